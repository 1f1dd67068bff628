import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder a site is written into: Grapevine writes only inside it, refuses a folder it did
/// not create, and removes its own stale pages when it is built again.
///
/// A marker file, `.grapevine-site`, says the folder is Grapevine's and lists, one per line,
/// the files the last build wrote. Only files on that list are ever removed, and only when the
/// path to them stays inside the folder without passing through a symlink. Writes may come
/// from several threads at once.
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
    static let markerHeader = "# Written by grapevine site. Files listed here are removed when no longer built."

    /// Why the folder cannot be used or a file not written.
    public struct SiteError: Error, Equatable, CustomStringConvertible {
        /// The folder or file concerned.
        public var path: String
        /// What went wrong, as a sentence.
        public var reason: String
        public var description: String { "cannot write the site to \(path): \(reason)" }
    }

    /// The folder, as an absolute path with symlinks resolved.
    public let path: String
    private let previous: Set<String>
    private let written = Mutex(Set<String>())
    private let unchanged = Mutex(0)
    /// The folders opened so far, by site-relative path, `""` for the site itself.
    private let folders: Mutex<[String: Int32]>

    /// How many files `write` left alone because they already held what it was given.
    public var unchangedCount: Int { unchanged.withLock { $0 } }

    private init(path: String, previous: Set<String>) throws(SiteError) {
        self.path = path
        self.previous = previous
        let root = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0 else { throw SiteError(path: path, reason: String(cString: strerror(errno))) }
        folders = Mutex(["": root])
    }

    deinit {
        folders.withLock { open in
            for descriptor in open.values { close(descriptor) }
        }
    }

    /// Opens `path` for a build: creates it (and its marker) when absent or empty, reopens it
    /// when it holds a marker, and refuses any other folder.
    public static func prepare(_ path: String) throws(SiteError) -> SiteFolder {
        if !FileSystem.exists(path) {
            do { try FileWriter.createFolder(path) } catch { throw SiteError(path: path, reason: error.reason) }
        }
        guard FileSystem.isDirectory(path), let root = FileSystem.realPath(path) else {
            throw SiteError(path: path, reason: "it exists and is not a folder")
        }
        guard let entries = FileSystem.entries(of: root) else {
            throw SiteError(path: path, reason: "the folder cannot be read")
        }
        let folder: SiteFolder
        if entries.isEmpty {
            folder = try SiteFolder(path: root, previous: [])
        } else if entries.contains(where: { $0.name == markerName && $0.kind == .file }) {
            folder = try SiteFolder(path: root, previous: try readMarker(in: root))
        } else {
            throw SiteError(
                path: path,
                reason: "the folder is not empty and was not made by grapevine site (it has no \(markerName) file); "
                    + "choose another folder or empty this one")
        }
        try folder.writeMarker(listing: folder.previous)
        return folder
    }

    /// Writes `contents` to `relativePath` inside the folder, creating folders on the way and
    /// replacing a file an earlier build wrote. A file that already holds exactly `contents` is
    /// left alone, modification time included, so a rebuild touches only what changed.
    ///
    /// Refuses absolute paths, `.` and `..` components, control characters, the marker itself,
    /// and any path whose folders are symlinks or not folders.
    public func write(_ relativePath: String, contents: String) throws(SiteError) {
        // Written from the string's own storage, without a copy of the page.
        var contents = contents
        try contents.withUTF8 { bytes in
            Result { () throws(SiteError) in try write(relativePath, bytes: bytes) }
        }.get()
    }

    /// `write(_:contents:)` for what an `HTMLWriter` wrote.
    func write(_ relativePath: String, contents: HTMLWriter) throws(SiteError) {
        try contents.withBytes { (bytes) throws(SiteError) in try write(relativePath, bytes: bytes) }
    }

    private func write(_ relativePath: String, bytes: UnsafeBufferPointer<UInt8>) throws(SiteError) {
        let components = try Self.checked(relativePath)
        guard relativePath != Self.markerName else {
            throw SiteError(path: relativePath, reason: "the name is reserved for the marker file")
        }
        let folder = try self.folder(components.dropLast())
        let target = Target(folder: folder, name: String(components.last!), path: path + "/" + relativePath)
        if try !Self.replace(target, withBytes: bytes) { unchanged.withLock { $0 += 1 } }
        written.withLock { _ = $0.insert(relativePath) }
    }

    /// The descriptor of the folder at `components` inside the site, opened (and created) one
    /// component at a time from the site's own; a symlink or a file on the way is an error.
    private func folder(_ components: ArraySlice<Substring>) throws(SiteError) -> Int32 {
        var descriptor = folders.withLock { $0[""]! }
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

    /// Removes the files the last build wrote that this one did not, records this build's
    /// files in the marker, and returns the removed paths, sorted.
    @discardableResult
    public func finish() throws(SiteError) -> [String] {
        let current = written.withLock { $0 }
        var removed: [String] = []
        for stale in previous.subtracting(current).sorted() where removeIfSafe(stale) {
            removed.append(stale)
        }
        try writeMarker(listing: current)
        return removed
    }

    /// Removes a listed file when every folder on the way is a real folder inside the site and
    /// the file itself is a regular file; removes folders that became empty.
    private func removeIfSafe(_ relativePath: String) -> Bool {
        guard let components = try? Self.checked(relativePath), relativePath != Self.markerName else { return false }
        var folders: [String] = []
        var folder = path
        for component in components.dropLast() {
            folder += "/" + component
            guard FileSystem.kind(of: folder) == .directory else { return false }
            folders.append(folder)
        }
        let target = folder + "/" + components.last!
        guard FileSystem.kind(of: target) == .file, unlink(target) == 0 else { return false }
        for folder in folders.reversed() {
            guard rmdir(folder) == 0 else { break }  // the first folder still in use ends it
        }
        return true
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

    private static func readMarker(in root: String) throws(SiteError) -> Set<String> {
        var buffer: [UInt8] = []
        let markerPath = root + "/" + markerName
        guard
            case .success(let text) = FileSystem.withContents(
                of: markerPath, buffer: &buffer, { String(decoding: $0, as: UTF8.self) })
        else { throw SiteError(path: markerPath, reason: "the marker file cannot be read") }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }

    private func writeMarker(listing files: Set<String>) throws(SiteError) {
        var text = ([Self.markerHeader] + files.sorted()).joined(separator: "\n") + "\n"
        let target = Target(
            folder: folders.withLock { $0[""]! }, name: Self.markerName, path: path + "/" + Self.markerName)
        // Whether the marker changed does not matter.
        _ = try text.withUTF8 { bytes in
            Result { () throws(SiteError) in try Self.replace(target, withBytes: bytes) }
        }.get()
    }

    /// A file to write: its name in an open folder, and its path for messages.
    private struct Target {
        let folder: Int32
        let name: String
        let path: String
    }

    /// Writes `bytes` to `target`: a new file in place, or a temporary file in its folder
    /// renamed over the old one (`rename` replaces a symlink at `target` rather than write
    /// through it). `false` when `target` already held `bytes` and was left alone. Pages are not
    /// synced one by one: a site can always be built again, and syncing thousands of pages would
    /// be slow.
    @discardableResult
    private static func replace(_ target: Target, withBytes bytes: UnsafeBufferPointer<UInt8>) throws(SiteError)
        -> Bool
    {
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
        var status = stat()
        if fstatat(target.folder, target.name, &status, AT_SYMLINK_NOFOLLOW) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw SiteError(path: target.path, reason: "a folder is in the way")
        }
        if holds(target, bytes) { return false }
        let temporary = ".grapevine-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).tmp"
        let descriptor = openat(target.folder, temporary, flags, 0o644)
        guard descriptor >= 0 else { throw fail(errno) }
        let failure = FileSystem.writeAll(bytes, to: descriptor)
        close(descriptor)
        if let failure {
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
    private static func holds(_ target: Target, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let descriptor = openat(target.folder, target.name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == bytes.count else {
            return false
        }
        var existing = [UInt8](repeating: 0, count: bytes.count + 1)
        var count = 0
        while count < existing.count {
            let got = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            count += got
        }
        // One byte more than expected was asked for: a file that grew meanwhile is not the same.
        return count == bytes.count && existing.prefix(count).elementsEqual(bytes)
    }
}
