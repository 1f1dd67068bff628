import CSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file `FileWriter.update` changes, as read under the folder's lock, and kept open: the
/// file itself, not only its name, so that what happened to it can be checked after the swap.
struct OriginalFile {
    let descriptor: Int32
    let status: stat
    /// The bytes the change was made from.
    let bytes: [UInt8]

    /// Opens and reads the file the folder was locked for, once no other program is writing it
    /// (waiting up to `timeout`); refuses a file that is not a regular file or that may not be
    /// written.
    init(in folder: LockedFolder, timeout: Duration = FileWriter.lockTimeout) throws(FileWriter.WriteError) {
        // No symlink at the last step (the path was resolved), no wait on a FIFO put there since.
        descriptor = openat(folder.descriptor, folder.name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ELOOP { throw folder.changed }
            throw FileWriter.WriteError(
                path: folder.path, reason: "it cannot be opened (\(String(cString: strerror(code))))")
        }
        var status = stat()
        var bytes: [UInt8]?
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            if let refusal = Self.refusal(status, in: folder) {
                closeFile(descriptor)
                throw refusal
            }
            guard Self.waitWhileWritten(descriptor, timeout: timeout) else {
                closeFile(descriptor)
                throw Self.beingWritten(folder, for: timeout)
            }
            if fstat(descriptor, &status) == 0 { bytes = FileSystem.contents(ofOpenFile: descriptor) }
        }
        guard let bytes else {
            closeFile(descriptor)
            throw FileWriter.WriteError(path: folder.path, reason: "it is not a file that can be read")
        }
        (self.status, self.bytes) = (status, bytes)
    }

    func close() {
        closeFile(descriptor)
    }

    /// The file's bytes now, read again; `nil` when they cannot be read.
    func currentBytes() -> [UInt8]? {
        FileSystem.contents(ofOpenFile: descriptor)
    }

    /// Whether `name` in the folder is still this file, holding the bytes first read, and no
    /// other program has it open to write more into it.
    func isUnchanged(at name: String, in folder: LockedFolder) -> Bool {
        var there = stat()
        return fstatat(folder.descriptor, name, &there, AT_SYMLINK_NOFOLLOW) == 0 && there.st_dev == status.st_dev
            && there.st_ino == status.st_ino && !Self.isBeingWritten(descriptor) && currentBytes() == bytes
    }

    private static func beingWritten(_ folder: LockedFolder, for timeout: Duration) -> FileWriter.WriteError {
        FileWriter.WriteError(
            path: folder.path,
            reason: "another program has been writing it for over \(timeout) (an editor saving it?); "
                + "nothing was written. Try again once it has saved",
            kind: .busy)
    }

    /// How long a file must have gone unchanged before it is read, where the system cannot
    /// tell whether another program has it open for writing.
    static let quiet = Duration.seconds(1)

    /// Waits while the file may be half written; `false` after `timeout`.
    private static func waitWhileWritten(_ descriptor: Int32, timeout: Duration) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while isBeingWritten(descriptor) {
            guard clock.now < deadline else { return false }
            usleep(10_000)
        }
        return true
    }

    /// Whether another program may be writing the file: it has it open for writing (an editor
    /// saving in place truncates it, then writes, possibly in parts), or, where the system
    /// cannot tell, it changed less than `quiet` ago.
    private static func isBeingWritten(_ descriptor: Int32) -> Bool {
        switch grapevine_is_open_for_writing(descriptor) {
        case 0: return false
        case 1: return true
        default: return changedRecently(descriptor)
        }
    }

    private static func changedRecently(_ descriptor: Int32) -> Bool {
        var status = stat()
        var now = timespec()
        guard fstat(descriptor, &status) == 0, clock_gettime(CLOCK_REALTIME, &now) == 0 else { return false }
        #if canImport(Darwin)
            let modified = status.st_mtimespec
        #else
            let modified = status.st_mtim
        #endif
        let age = Duration.seconds(now.tv_sec - modified.tv_sec) + .nanoseconds(now.tv_nsec - modified.tv_nsec)
        return age >= .zero && age < quiet
    }

    /// Why the file may not be written: its mode says so (root could write it anyway, but the
    /// user made it read-only), or the system refuses (permissions, an immutable flag, a
    /// read-only mount). `nil` when it may.
    private static func refusal(_ status: stat, in folder: LockedFolder) -> FileWriter.WriteError? {
        let mode = String(status.st_mode & 0o777, radix: 8)
        let readOnly = FileWriter.WriteError(
            path: folder.path, reason: "the file is read-only (mode \(mode)); make it writable first", kind: .readOnly)
        guard status.st_mode & S_IWUSR != 0 else { return readOnly }
        guard faccessat(folder.descriptor, folder.name, W_OK, 0) != 0 else { return nil }
        switch errno {
        case EACCES:
            return readOnly
        case EPERM:
            return FileWriter.WriteError(
                path: folder.path, reason: "the file is marked immutable; clear that flag first", kind: .immutable)
        case EROFS:
            return FileWriter.WriteError(
                path: folder.path, reason: "the file system holding it is read-only", kind: .readOnlyFileSystem)
        default:
            return nil
        }
    }
}

/// `close`, which the method of the same name hides inside `OriginalFile`.
private func closeFile(_ descriptor: Int32) {
    close(descriptor)
}
