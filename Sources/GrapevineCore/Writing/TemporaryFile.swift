#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file Grapevine writes in full, beside the file it is meant to become, before linking or
/// swapping it into place.
///
/// Its name, `.grapevine-<16 hex digits>.tmp`, is hidden (the vault's walker skips it, and it
/// never ends in `.md`) and Grapevine's alone, so one left behind by a killed process can be
/// recognised and removed by the next write in the folder. While the file is being written
/// its writer holds an `flock` on it, which the system drops when the writer dies: a file of
/// that name that can be locked is stale.
struct TemporaryFile {
    /// The file's name in its folder.
    let name: String
    /// The file, open for writing (and locked) until `remove`.
    let descriptor: Int32
    private let folder: Int32

    /// Creates a temporary file in `folder` holding `contents`, synced to disk unless `syncs` is
    /// false (a batch syncs its files together, `FileWriter+Batch`): with `original`'s
    /// permissions and owner (the owner only where the system allows it), else readable by all
    /// as the umask permits.
    init(in folder: LockedFolder, contents: [UInt8], like original: stat? = nil, syncs: Bool = true)
        throws(FileWriter.WriteError)
    {
        self.folder = folder.descriptor
        var name = Self.newName()
        var descriptor = openat(folder.descriptor, name, Self.flags, original == nil ? 0o644 : 0o600)
        while descriptor < 0, errno == EEXIST {
            name = Self.newName()
            descriptor = openat(folder.descriptor, name, Self.flags, original == nil ? 0o644 : 0o600)
        }
        guard descriptor >= 0 else { throw Self.creationError(errno, path: folder.path) }
        (self.name, self.descriptor) = (name, descriptor)
        _ = flock(descriptor, LOCK_EX | LOCK_NB)
        if let failure = fill(contents, like: original, syncs: syncs) {
            remove()
            throw FileWriter.WriteError(
                path: folder.path,
                reason: "the new text could not be written beside it (\(String(cString: strerror(failure))))")
        }
    }

    /// Removes the name (whatever it holds by now, which the caller has checked) and closes the file.
    func remove() {
        unlinkat(folder, name, 0)
        close(descriptor)
    }

    /// Closes the file and returns its name, which the caller removes later (the name holds
    /// what a swap displaced, `FileWriter.updateAll`).
    func closeLeavingName() -> String {
        close(descriptor)
        return name
    }

    /// Whether `name` in the folder is this file.
    func isAt(_ name: String) -> Bool {
        var own = stat()
        var there = stat()
        return fstat(descriptor, &own) == 0 && fstatat(folder, name, &there, AT_SYMLINK_NOFOLLOW) == 0
            && own.st_dev == there.st_dev && own.st_ino == there.st_ino
    }

    private static let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC

    /// Syncs the file to disk; `nil`, or the `errno` of the failure.
    func sync() -> Int32? {
        fsync(descriptor) == 0 ? nil : errno
    }

    private func fill(_ contents: [UInt8], like original: stat?, syncs: Bool) -> Int32? {
        if let original {
            _ = fchown(descriptor, original.st_uid, original.st_gid)
            if fchmod(descriptor, original.st_mode & 0o7777) != 0 { return errno }
        }
        if let failure = FileSystem.writeAll(contents.span, to: descriptor) { return failure }
        return syncs ? sync() : nil
    }

    private static func creationError(_ code: Int32, path: String) -> FileWriter.WriteError {
        let reason = String(cString: strerror(code))
        guard code == EACCES || code == EPERM || code == EROFS else {
            return FileWriter.WriteError(path: path, reason: "no file can be created beside it (\(reason))")
        }
        return FileWriter.WriteError(
            path: path, reason: "its folder cannot be written to (\(reason))", kind: .folderNotWritable)
    }

    // MARK: Names

    static let prefix = ".grapevine-"
    static let suffix = ".tmp"

    /// A new name: 64 random bits, so that nobody can prepare a file (or a symlink) under it.
    static func newName() -> String {
        let digits = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        return prefix + String(repeating: "0", count: 16 - digits.count) + digits + suffix
    }

    /// What a name says about a file: ours and locked while written, ours from a version of
    /// Grapevine that did not lock it (`.grapevine-<pid>-<number>.tmp`), or not ours.
    enum Naming: Equatable {
        case current, unlocked, foreign
    }

    static func naming(of name: String) -> Naming {
        let bytes = Array(name.utf8)
        let (head, tail) = (Array(prefix.utf8), Array(suffix.utf8))
        guard bytes.count > head.count + tail.count, bytes.starts(with: head),
            bytes.reversed().starts(with: tail.reversed())
        else { return .foreign }
        let middle = bytes[head.count..<(bytes.count - tail.count)]
        if middle.count == 16, middle.allSatisfy({ isDigit($0) || (97...102).contains($0) }) { return .current }
        let parts = middle.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) ? .unlocked : .foreign
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
}
