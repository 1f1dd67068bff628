#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder Grapevine is about to write a file in, open and locked against every other
/// Grapevine write in it.
///
/// The lock is `flock` on the folder itself: a folder keeps its inode when the files in it are
/// replaced by renames, so a second writer always waits on the same lock (a lock on the note
/// would be left behind on its old inode by the first writer's rename), and nothing is created
/// to hold it. It is released when the folder is closed, or when the process dies.
struct LockedFolder {
    /// The open folder, for the `*at` calls that write in it.
    let descriptor: Int32
    /// The name of the file to write, in the folder.
    let name: String
    /// The file's path as the caller gave it, for messages.
    let path: String

    /// Opens and locks the folder `folder` (a path ending in `/`, or empty for the current
    /// folder) to write `name` in it, waiting up to `timeout` for another Grapevine command to
    /// finish. Where the file system has no such locks (NFS), the folder is used unlocked.
    init(_ folder: String, name: String, path: String, timeout: Duration) throws(FileWriter.WriteError) {
        self.name = name
        self.path = path
        descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "its folder does not exist" : "its folder cannot be opened"
            throw FileWriter.WriteError(path: path, reason: reason + " (\(String(cString: strerror(errno))))")
        }
        guard Self.lock(descriptor, timeout: timeout) else {
            close(descriptor)
            throw FileWriter.WriteError(
                path: path,
                reason: "another Grapevine command has been writing in its folder for over \(timeout); "
                    + "nothing was written. Try again once it has finished",
                kind: .busy)
        }
    }

    /// The folder to write a new file at `path` in: `path`'s own folder, as given.
    static func forNewFile(_ path: String, timeout: Duration) throws(FileWriter.WriteError) -> LockedFolder {
        let folder = VaultPath.directory(of: path)
        return try LockedFolder(folder, name: String(path.dropFirst(folder.count)), path: path, timeout: timeout)
    }

    /// The folder to change the existing file at `path` in: the folder of the file a symlink
    /// leads to, so that the link stays and its target is written. A link into a hidden folder
    /// is refused (`linkIntoHidden`), and so is one out of the vault at `root` (`linkOut`).
    static func forExistingFile(_ path: String, inVault root: String? = nil, timeout: Duration)
        throws(FileWriter.WriteError) -> LockedFolder
    {
        guard let target = FileSystem.realPath(path) else {
            throw FileWriter.WriteError(path: path, reason: "the file no longer exists", kind: .changed)
        }
        if let refusal = linkIntoHidden(path, target: target) ?? root.flatMap({ linkOut(path, target: target, of: $0) })
        {
            throw refusal
        }
        let folder = VaultPath.directory(of: target)
        return try LockedFolder(folder, name: String(target.dropFirst(folder.count)), path: path, timeout: timeout)
    }

    /// Why the file at `path`, which resolves to `target`, is not written: it is a symlink into
    /// a hidden folder beside or above its own (`contacts/setup-notes.md` → `../.git/config`),
    /// whose files are no notes: the reader does not follow such a link either. `nil` otherwise.
    static func linkIntoHidden(_ path: String, target: String) -> FileWriter.WriteError? {
        guard target.contains("/."), FileSystem.kind(of: path) == .symlink else { return nil }
        let folder = VaultPath.directory(of: path)
        let realFolder = FileSystem.realPath(folder.isEmpty ? "." : folder) ?? ""
        let targetParts = target.split(separator: "/")
        let shared = zip(targetParts, realFolder.split(separator: "/")).prefix { $0 == $1 }.count
        guard targetParts.dropFirst(shared).contains(where: { $0.hasPrefix(".") }) else { return nil }
        return FileWriter.WriteError(
            path: path,
            reason: "it is a symlink to '\(target)', in a hidden folder; Grapevine neither reads nor writes "
                + "through a link into one. Nothing was written")
    }

    /// Why the file at `path`, which resolves to `target`, is not written: it leads out of the
    /// vault at `root`, through a symlink that took the place of the note, or of a folder on
    /// its way, after the vault was read (the reader does not follow such a link, SPEC §2).
    /// `nil` when `target` is in the vault.
    static func linkOut(_ path: String, target: String, of root: String) -> FileWriter.WriteError? {
        let vault = FileSystem.realPath(root) ?? root
        guard target != vault, !target.hasPrefix(vault == "/" ? "/" : vault + "/") else { return nil }
        return FileWriter.WriteError(
            path: path,
            reason: "it now leads to '\(target)', outside the vault (a symlink took its place, or its "
                + "folder's, after the vault was read); Grapevine writes only inside the vault. Nothing was written",
            kind: .changed)
    }

    /// The same open, locked folder, for writing another file in it: `name` in the folder,
    /// `path` for messages. Only the folder first locked is unlocked.
    func file(named name: String, path: String) -> LockedFolder {
        LockedFolder(descriptor: descriptor, name: name, path: path)
    }

    private init(descriptor: Int32, name: String, path: String) {
        (self.descriptor, self.name, self.path) = (descriptor, name, path)
    }

    /// Unlocks and closes the folder.
    func unlock() {
        close(descriptor)
    }

    /// Makes the renames and links done in the folder durable; a failure here loses nothing.
    func sync() {
        fsync(descriptor)
    }

    /// The error for a file that changed under the writer.
    var changed: FileWriter.WriteError {
        FileWriter.WriteError(
            path: path, reason: "the file changed while Grapevine was writing it; nothing was written, try again",
            kind: .changed)
    }

    /// Takes the lock, polling so that the wait has an end; `false` after `timeout`. `true`
    /// also when the file system does not lock folders: writing then relies on the comparison
    /// of contents alone.
    private static func lock(_ descriptor: Int32, timeout: Duration) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { return true }
            guard clock.now < deadline else { return false }
            usleep(5_000)
        }
        return true
    }
}
