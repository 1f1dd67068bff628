#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The marker file, and removing what the last build wrote and this one did not.
///
/// The marker is a header line naming its format, a comment, then one line per file the last
/// build wrote: 16 hexadecimal digits of `ContentHash` of the bytes written, a space, the
/// site-relative path. Its word is not trusted on its own (a vault from someone else can ship
/// a site folder with any marker), so a listed file is removed only when all of these hold:
///
/// - the build no longer writes it;
/// - its path is one the site could write: relative, no `.` or `..` part, no hidden part
///   (`.git/HEAD` of a folder published with git is never touched), ending in `.html`, `.js` or
///   `.css`;
/// - every folder on the way is a real folder inside the site (opened with `O_NOFOLLOW` from
///   the site's own descriptor), and the file is a regular file there;
/// - it still holds exactly what was written: the hash of its bytes is the one listed.
///
/// So a forged marker can remove only a page-like file inside the output folder whose bytes its
/// author already knew, which they could have shipped themselves. A marker in the earlier
/// format (paths only, no header) is read as listing nothing: the folder stays Grapevine's, but
/// nothing it lists is removed.
///
/// A build writes the marker first with an `unfinishedLine` and the last build's files, and
/// at the end without it: a file a finished build's marker does not list is not the site's,
/// and no page replaces it.
extension SiteFolder {
    /// The first line of a marker in the current format.
    static let markerHeader = "# grapevine site marker 2"
    static let markerComment =
        "# The files grapevine site wrote, each after a hash of its bytes. A file listed here is removed "
        + "when a build no longer writes it, if it still holds what was written."
    /// The line of the marker of a build that has not finished.
    static let unfinishedLine = "# unfinished: pages written since are not listed"
    /// The endings of the files a site writes; nothing else is ever removed.
    static let removableEndings = [".html", ".js", ".css"]

    /// Removes the files the last build wrote that this one did not (see above), records this
    /// build's files in the marker, and returns the removed paths, sorted.
    @discardableResult
    public func finish() throws(SiteError) -> [String] {
        try finishing().removed
    }

    /// The same; also returns the files an earlier build wrote that this one did not, and
    /// which are still there, holding something else (a page you edited): they stay, and the
    /// marker goes on listing them, so that each build can say so (a public build must, since
    /// such a page may show what it leaves out).
    public func finishing() throws(SiteError) -> (removed: [String], kept: [String]) {
        var listed = written.withLock { $0 }
        var removed: [String] = []
        var kept: [String] = []
        var buffer: [UInt8] = []
        for (stale, hash) in previous.filter({ listed[$0.key] == nil }).sorted(by: { $0.key < $1.key }) {
            switch removeIfUnchanged(stale, hash: hash, buffer: &buffer) {
            case .removed: removed.append(stale)
            case .kept:
                kept.append(stale)
                listed[stale] = hash
            case .absent: break
            }
        }
        try writeMarker(listing: listed)
        return (removed, kept)
    }

    /// Records, for a build that stopped on an error, what it wrote with what the last build
    /// listed, as a finished marker: the next build then again knows every file the site
    /// wrote, and replaces no other (an error about a file of yours in the way is not followed
    /// by a build that replaces it).
    func stopped() {
        var listed = previous
        listed.merge(written.withLock { $0 }) { $1 }
        try? writeMarker(listing: listed)
    }

    /// Whether `relativePath` is a path the marker may name: one the site could have written.
    static func isRemovable(_ relativePath: String) -> Bool {
        guard let components = try? checked(relativePath), relativePath != markerName else { return false }
        return components.allSatisfy { !$0.hasPrefix(".") }
            && removableEndings.contains { relativePath.hasSuffix($0) }
    }

    /// What became of a file the last build wrote and this one did not.
    private enum Leftover {
        case removed
        /// Still there, through real folders inside the site, and not removed: it holds
        /// something else than what was written (or could not be removed).
        case kept
        /// Not there any more, or not where the site could have written it.
        case absent
    }

    /// Removes a listed file that still holds what was written (its hash is `hash`), through
    /// real folders inside the site; removes folders that became empty.
    private func removeIfUnchanged(_ relativePath: String, hash: UInt64, buffer: inout [UInt8]) -> Leftover {
        guard Self.isRemovable(relativePath), let components = try? Self.checked(relativePath) else { return .absent }
        var opened: [Int32] = []
        defer { opened.forEach { close($0) } }
        var folder = rootDescriptor
        for component in components.dropLast() {
            let next = openat(folder, String(component), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else { return .absent }
            opened.append(next)
            folder = next
        }
        let name = String(components.last!)
        let contents = FileSystem.withContents(of: name, in: folder, followingSymlinks: false, buffer: &buffer) {
            ContentHash.hash($0)
        }
        guard case .success(let found) = contents else {
            // Anything but a missing file (a symlink, a folder, one that cannot be read) is still there.
            return faccessat(folder, name, F_OK, AT_SYMLINK_NOFOLLOW) == 0 ? .kept : .absent
        }
        guard found == hash, unlinkat(folder, name, 0) == 0 else { return .kept }
        // The deepest folder first; the first one still in use ends it.
        for (index, component) in components.dropLast().enumerated().reversed() {
            let parent = index == 0 ? rootDescriptor : opened[index - 1]
            guard unlinkat(parent, String(component), AT_REMOVEDIR) == 0 else { break }
        }
        return .removed
    }

    /// What a marker says: the files it lists, with their hashes, and whether those are every
    /// file the last build wrote.
    struct Marker {
        var files: [String: UInt64]
        var listsEveryFile: Bool
    }

    /// The marker in the folder `root`.
    static func readMarker(in root: Int32, path: String) throws(SiteError) -> Marker {
        var buffer: [UInt8] = []
        let result = FileSystem.withContents(of: markerName, in: root, followingSymlinks: false, buffer: &buffer) {
            String(decodingUTF8: $0)
        }
        let text: String
        switch result {
        case .success(let contents): text = contents
        case .failure(let error):
            throw SiteError(path: path + "/" + markerName, reason: "the marker file cannot be read: \(error.message)")
        }
        return parseMarker(text)
    }

    /// The entries of a marker's text: lines of a hash, a space and a path the site could
    /// write, after the header line; any other line is ignored. Without the header, nothing,
    /// and not every file.
    static func parseMarker(_ text: String) -> Marker {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(markerHeader) else { return Marker(files: [:], listsEveryFile: false) }
        var entries: [String: UInt64] = [:]
        var finished = true
        for line in lines {
            if line == unfinishedLine { finished = false }
            guard let space = line.firstIndex(of: " "), let hash = ContentHash.parse(line[..<space]) else { continue }
            let path = String(line[line.index(after: space)...])
            if isRemovable(path) { entries[path] = hash }
        }
        return Marker(files: entries, listsEveryFile: finished)
    }

    /// The marker's text for `files`, as UTF-8: written once at the end of a build, on one
    /// core, so as bytes rather than a string grown piece by piece.
    static func marker(listing files: [String: UInt64], finished: Bool = true) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(256 + files.count * 48)
        text.appendUTF8(of: markerHeader + "\n" + markerComment + "\n")
        if !finished { text.appendUTF8(of: unfinishedLine + "\n") }
        for (path, hash) in files.sorted(by: { $0.key < $1.key }) {
            ContentHash.appendHex(hash, to: &text)
            text.append(UInt8(ascii: " "))
            text.appendUTF8(of: path)
            text.append(UInt8(ascii: "\n"))
        }
        return text
    }

    /// Writes the marker listing `files`; a build that has not `finished` says so.
    func writeMarker(listing files: [String: UInt64], finished: Bool = true) throws(SiteError) {
        let text = Self.marker(listing: files, finished: finished)
        let target = Target(folder: rootDescriptor, name: Self.markerName, path: path + "/" + Self.markerName)
        // Whether the marker changed does not matter.
        _ = try Self.replace(target, withBytes: text.span)
    }
}
