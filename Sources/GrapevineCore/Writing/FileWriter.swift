#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only way Grapevine writes into a vault: new files appear whole or not at all, and an
/// existing file is replaced only by `replace`, which `log` uses to add a line to a note.
public enum FileWriter {
    /// Why a write did not happen.
    public struct WriteError: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Creates `path` with `contents`, refusing when it exists.
    ///
    /// The text goes to a temporary file in the same folder first, which is then hard-linked
    /// into place: `link` fails rather than replace an existing file, so a crash leaves either
    /// nothing or the whole file.
    public static func create(_ path: String, contents: String) throws(WriteError) {
        guard !FileSystem.exists(path) else { throw WriteError(path: path, reason: "the file already exists") }
        let temporary = temporaryPath(besides: path)
        try write(Array(contents.utf8), to: temporary)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            let code = errno
            if code == EEXIST { throw WriteError(path: path, reason: "the file already exists") }
            throw WriteError(path: path, reason: String(cString: strerror(code)))
        }
    }

    /// Creates a folder (and its parents); succeeds when it already exists.
    public static func createFolder(_ path: String) throws(WriteError) {
        guard !FileSystem.isDirectory(path) else { return }
        let parent = VaultPath.directory(of: path)
        if parent.count > 1 { try createFolder(String(parent.dropLast())) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Replaces the file at `path` with `contents`, provided it still holds exactly `expected`.
    ///
    /// The new bytes go to a temporary file in the same folder, with the original's permissions,
    /// which is then renamed over the original: a crash leaves either the old file or the new
    /// one, never a mix. Refuses, writing nothing, when the file's bytes are no longer
    /// `expected` or it changes while the new file is written. A symlink is followed: its
    /// target gets the new contents and the link stays.
    public static func replace(_ path: String, expecting expected: [UInt8], with contents: [UInt8])
        throws(WriteError)
    {
        guard let target = FileSystem.realPath(path) else {
            throw WriteError(path: path, reason: "the file no longer exists")
        }
        let changed = WriteError(
            path: path, reason: "the file changed on disk since Grapevine read it; nothing was written, try again")
        var before = stat()
        guard stat(target, &before) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        guard (before.st_mode & S_IFMT) == S_IFREG else { throw WriteError(path: path, reason: "it is not a file") }
        var buffer: [UInt8] = []
        let current = FileSystem.withContents(of: target, buffer: &buffer) { Array($0) }
        guard case .success(let bytes) = current else { throw WriteError(path: path, reason: "it cannot be read") }
        guard bytes == expected else { throw changed }
        let temporary = temporaryPath(besides: target)
        try write(contents, to: temporary, mode: before.st_mode & 0o7777, owner: (before.st_uid, before.st_gid))
        var after = stat()
        guard stat(target, &after) == 0, isSameVersion(before, after) else {
            unlink(temporary)
            throw changed
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(path: path, reason: String(cString: strerror(code)))
        }
        syncFolder(of: target)
    }

    private static func temporaryPath(besides path: String) -> String {
        VaultPath.directory(of: path) + ".grapevine-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Writes a new file: with `mode` and `owner` when given (the owner only where the system
    /// allows it), else readable by all as the umask permits.
    private static func write(
        _ contents: [UInt8], to path: String, mode: mode_t? = nil, owner: (uid_t, gid_t)? = nil
    ) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode == nil ? 0o644 : 0o600)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        if let owner { _ = fchown(descriptor, owner.0, owner.1) }
        let failure: Int32? = contents.withUnsafeBufferPointer { bytes in
            if let mode, fchmod(descriptor, mode) != 0 { return errno }
            if let failure = FileSystem.writeAll(bytes, to: descriptor) { return failure }
            return fsync(descriptor) == 0 ? nil : errno
        }
        if let failure {
            unlink(path)
            throw WriteError(path: path, reason: String(cString: strerror(failure)))
        }
    }

    /// Whether two `stat` results describe the same, unchanged file.
    private static func isSameVersion(_ a: stat, _ b: stat) -> Bool {
        #if canImport(Darwin)
            let (aModified, bModified) = (a.st_mtimespec, b.st_mtimespec)
            let (aChanged, bChanged) = (a.st_ctimespec, b.st_ctimespec)
        #else
            let (aModified, bModified) = (a.st_mtim, b.st_mtim)
            let (aChanged, bChanged) = (a.st_ctim, b.st_ctim)
        #endif
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size
            && aModified.tv_sec == bModified.tv_sec && aModified.tv_nsec == bModified.tv_nsec
            && aChanged.tv_sec == bChanged.tv_sec && aChanged.tv_nsec == bChanged.tv_nsec
    }

    /// Makes a rename durable; a failure here loses nothing, so it is ignored.
    private static func syncFolder(of path: String) {
        let folder = VaultPath.directory(of: path)
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
