import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder a site is written into: Grapevine writes only inside it, refuses a folder it did
/// not create, and removes its own stale pages when it is built again.
///
/// A marker file, `.grapevine-site`, says the folder is Grapevine's and lists the files the
/// last build wrote, each with a hash of what it wrote (`SiteFolder+Marker.swift`). A listed
/// file is removed only when this build no longer writes it, it lies inside the folder
/// without passing through a symlink, and it still holds what was written. A file the marker
/// does not list (one you put in the folder) is never replaced by a page of the same name.
/// Where the folder may be at all is `SiteFolder+Location.swift`. Writes may come from several
/// threads at once.
///
/// Pages are written through descriptors of the folders they go in, each opened once, with
/// `O_NOFOLLOW`, from the descriptor of the folder above: a folder is checked when it is
/// opened, and one swapped for a symlink later in the build is never followed. (Checking each
/// path before writing to it left a moment between the check and the write, and cost two more
/// system calls a page.) A site has a handful of folders, all one level deep; their descriptors
/// stay open until the `SiteFolder` is released.
public final class SiteFolder: Sendable {
    /// The marker file's name.
    public static let markerName = ".grapevine-site"

    /// Why the folder cannot be used or a file not written.
    public struct SiteError: Error, Equatable, CustomStringConvertible {
        /// The folder or file concerned.
        public var path: String
        /// What went wrong, as a sentence.
        public var reason: String
        public var description: String { "cannot write the site to \(path.escapingControlCharacters): \(reason)" }
    }

    /// The folder, as an absolute path with symlinks resolved.
    public let path: String
    /// What the last build wrote, by site-relative path: the hash of each file's bytes.
    let previous: [String: UInt64]
    /// Whether `previous` is every file the last build wrote, so that a file it does not list
    /// is someone else's: not so after a marker in the earlier format or a build that did not
    /// finish, which may have written pages it never listed.
    let listsEveryFile: Bool
    /// What this build wrote so far, the same way.
    let written = Mutex([String: UInt64]())
    private let unchanged = Mutex(0)
    /// The folders opened so far, by site-relative path, `""` for the site itself.
    private let folders: Mutex<[String: Int32]>

    /// How many files `write` left alone because they already held what it was given.
    public var unchangedCount: Int { unchanged.withLock { $0 } }

    /// The descriptor of the site folder itself.
    var rootDescriptor: Int32 { folders.withLock { $0[""]! } }

    private init(path: String, root: Int32, previous: SiteFolder.Marker) {
        self.path = path
        self.previous = previous.files
        listsEveryFile = previous.listsEveryFile
        folders = Mutex(["": root])
    }

    deinit {
        folders.withLock { open in
            for descriptor in open.values { close(descriptor) }
        }
    }

    /// Opens `path` for a build: creates it when absent, takes it when it is empty or holds a
    /// marker, refuses any other folder; then removes the temporary files an interrupted build
    /// left and writes the marker. With `expected`, the folder's real path must be that one
    /// (the one `prepare(_:for:configured:)` checked).
    static func prepare(_ path: String, expecting expected: String? = nil) throws(SiteError) -> SiteFolder {
        if !FileSystem.exists(path) {
            do { try FileWriter.createFolder(path) } catch { throw SiteError(path: path, reason: error.reason) }
        }
        guard FileSystem.isDirectory(path), let real = FileSystem.realPath(path) else {
            throw SiteError(path: path, reason: "it exists and is not a folder")
        }
        if let expected, real != expected {
            throw SiteError(path: path, reason: "it changed while it was checked (it now leads to \(real))")
        }
        let hasMarker = try checkContents(of: real, shownAs: path)
        let root = open(real, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0 else { throw SiteError(path: path, reason: String(cString: strerror(errno))) }
        let previous: Marker
        do throws(SiteError) {
            previous = hasMarker ? try readMarker(in: root, path: real) : Marker(files: [:], listsEveryFile: true)
        } catch {
            close(root)
            throw error
        }
        let folder = SiteFolder(path: real, root: root, previous: previous)
        folder.removeLeftoverTemporaryFiles()
        try folder.writeMarker(listing: previous.files, finished: false)
        return folder
    }

    /// Whether the folder at `real` holds a marker; an error when it is neither empty nor
    /// marked, or holds notes (`*.md`) whatever else it holds.
    private static func checkContents(of real: String, shownAs path: String) throws(SiteError) -> Bool {
        guard let entries = FileSystem.entries(of: real) else {
            throw SiteError(path: path, reason: "the folder cannot be read")
        }
        let hasMarker = entries.contains { $0.name == markerName && $0.kind == .file }
        guard entries.isEmpty || hasMarker else {
            throw SiteError(
                path: path,
                reason: "the folder is not empty and was not made by grapevine site (it has no \(markerName) file); "
                    + "choose another folder or empty this one")
        }
        if let note = entries.first(where: { VaultWalker.isMarkdown($0.name) }) {
            throw SiteError(
                path: path, reason: "it holds notes such as '\(note.name)', and the site needs a folder of its own")
        }
        return hasMarker
    }

    /// Writes `contents` to `relativePath` inside the folder, creating folders on the way and
    /// replacing a file an earlier build wrote. A file that already holds exactly `contents` is
    /// left alone, modification time included, so a rebuild touches only what changed.
    ///
    /// Refuses absolute paths, `.` and `..` components, control characters, the marker itself,
    /// and any path whose folders are symlinks or not folders.
    public func write(_ relativePath: String, contents: String) throws(SiteError) {
        // Written from the string's own storage, without a copy of the page.
        try write(relativePath, bytes: contents.utf8.span)
    }

    /// `write(_:contents:)` for what an `HTMLWriter` wrote.
    func write(_ relativePath: String, contents: HTMLWriter) throws(SiteError) {
        try write(relativePath, bytes: contents.bytes.span)
    }

    private func write(_ relativePath: String, bytes: Span<UInt8>) throws(SiteError) {
        let components = try Self.checked(relativePath)
        guard relativePath != Self.markerName else {
            throw SiteError(path: relativePath, reason: "the name is reserved for the marker file")
        }
        let folder = try self.folder(components.dropLast())
        let target = Target(folder: folder, name: String(components.last!), path: path + "/" + relativePath)
        let hash = ContentHash.hash(bytes)
        // A file this folder wrote before (`grapevine serve` writes a page again after an edit)
        // is taken to hold what was written: the hashes say whether it changed, without reading
        // the file back (most of the time of writing the biggest pages again).
        let earlier = written.withLock { $0[relativePath] }
        var replaced = false
        if earlier != hash {
            let isOwn = earlier != nil || previous[relativePath] != nil || !listsEveryFile
            replaced = try Self.replace(target, withBytes: bytes, mayHold: earlier == nil, isOwn: isOwn)
        }
        if !replaced { unchanged.withLock { $0 += 1 } }
        written.withLock { $0[relativePath] = hash }
    }

    /// The descriptor of the folder at `components` inside the site, opened (and created) one
    /// component at a time from the site's own; a symlink or a file on the way is an error.
    private func folder(_ components: ArraySlice<Substring>) throws(SiteError) -> Int32 {
        var descriptor = rootDescriptor
        var walked = ""
        for component in components {
            walked += (walked.isEmpty ? "" : "/") + component
            if let known = folders.withLock({ $0[walked] }) {
                descriptor = known
                continue
            }
            let name = String(component)
            let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
            var opened = openat(descriptor, name, flags)
            // Another thread may create the same folder between the two calls: `EEXIST` is fine.
            if opened < 0, errno == ENOENT, mkdirat(descriptor, name, 0o755) == 0 || errno == EEXIST {
                opened = openat(descriptor, name, flags)
            }
            guard opened >= 0 else {
                let reason =
                    errno == ELOOP || errno == ENOTDIR
                    ? "it is not a folder inside the site (a symlink or a file)" : String(cString: strerror(errno))
                throw SiteError(path: path + "/" + walked, reason: reason)
            }
            // Two threads may open the same folder: the first descriptor is kept.
            descriptor = folders.withLock { open in
                if let first = open[walked] {
                    close(opened)
                    return first
                }
                open[walked] = opened
                return opened
            }
        }
        return descriptor
    }

    /// The components of a safe relative path.
    static func checked(_ relativePath: String) throws(SiteError) -> [Substring] {
        let refuse = { (reason: String) in SiteError(path: relativePath, reason: reason) }
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/") else {
            throw refuse("only relative paths inside the site folder can be written")
        }
        guard !relativePath.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw refuse("the path contains control characters")
        }
        // Split on bytes: a page's path is checked on every write, and splitting characters
        // cost more than writing a small page.
        let components = relativePath.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .map(Substring.init)
        guard components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw refuse("the path has an empty, '.' or '..' part; it must stay inside the site folder")
        }
        return components
    }

    /// A file to write: its name in an open folder, and its path for messages.
    struct Target {
        let folder: Int32
        let name: String
        let path: String
    }

    /// Writes `bytes` to `target`: a new file in place, or a temporary file in its folder
    /// renamed over the regular file there when it `isOwn` (a file the site wrote); anything
    /// else at `target` is an error. `false` when `target` already held `bytes` and was left
    /// alone (looked at only when it `mayHold` them).
    /// Pages are not synced one by one: a site can always be built again, and syncing
    /// thousands of pages would be slow.
    @discardableResult
    static func replace(
        _ target: Target, withBytes bytes: Span<UInt8>, mayHold: Bool = true, isOwn: Bool = true
    ) throws(SiteError) -> Bool {
        let fail = { (code: Int32) in SiteError(path: target.path, reason: String(cString: strerror(code))) }
        // A new page is created in place (`O_EXCL` refuses anything already there, symlinks
        // included): half the file system work of a temporary file and a rename, which is
        // most of the time of a first build.
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW
        let fresh = openat(target.folder, target.name, flags, 0o644)
        if fresh >= 0 {
            let failure = FileSystem.writeAll(bytes, to: fresh)
            close(fresh)
            guard let failure else { return true }
            unlinkat(target.folder, target.name, 0)
            throw fail(failure)
        }
        guard errno == EEXIST else { throw fail(errno) }
        // Only a regular file is replaced: a symlink or a FIFO where a page goes was put there
        // by someone else, and is neither followed nor opened (a FIFO would block the build).
        var status = stat()
        guard fstatat(target.folder, target.name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { throw fail(errno) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw SiteError(path: target.path, reason: "a folder is in the way")
        default:
            throw SiteError(
                path: target.path,
                reason: "\(FileSystem.kindName(status.st_mode)) is in the way, and grapevine site replaces only "
                    + "regular files; remove it and build again")
        }
        if mayHold, holds(target, bytes) { return false }
        guard isOwn else {
            throw SiteError(
                path: target.path,
                reason: "a file grapevine site did not write is where a page goes (\(markerName) does not list it); "
                    + "move it out of the folder and build again")
        }
        let temporary = TemporaryFile.newName()
        let descriptor = openat(target.folder, temporary, flags, 0o644)
        guard descriptor >= 0 else { throw fail(errno) }
        // Locked until renamed: another build's clean-up takes a file it can lock for a leftover.
        defer { close(descriptor) }
        _ = flock(descriptor, LOCK_EX | LOCK_NB)
        if let failure = FileSystem.writeAll(bytes, to: descriptor) {
            unlinkat(target.folder, temporary, 0)
            throw fail(failure)
        }
        guard renameat(target.folder, temporary, target.folder, target.name) == 0 else {
            let code = errno
            unlinkat(target.folder, temporary, 0)
            throw fail(code)
        }
        return true
    }

    /// Whether `target` is a regular file (not a symlink) holding exactly `bytes`.
    private static func holds(_ target: Target, _ bytes: Span<UInt8>) -> Bool {
        var buffer: [UInt8] = []
        let same = FileSystem.withContents(
            of: target.name, in: target.folder, followingSymlinks: false, buffer: &buffer
        ) { existing in
            existing.count == bytes.count && existing.indices.allSatisfy { existing[$0] == bytes[$0] }
        }
        return (try? same.get()) == true
    }
}
