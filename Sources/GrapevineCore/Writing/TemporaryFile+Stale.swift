#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TemporaryFile {
    /// How old a temporary file of the unlocked naming must be before it counts as abandoned:
    /// its writer cannot be asked, and no write takes this long.
    static let abandonedAfterSeconds = 60

    /// Removes the temporary files that killed Grapevine processes left in `folder`: regular
    /// files named as Grapevine names them (nothing else is touched), whose writer is gone —
    /// the file can be locked, or, for the unlocked naming or where the file system has no
    /// locks, it is over a minute old.
    static func removeStale(in folder: LockedFolder) {
        removeStale(inFolder: folder.descriptor)
    }

    /// Removes the stale temporary files in the open folder `descriptor` (see above); for
    /// writers that take no `LockedFolder`, such as a site build.
    static func removeStale(inFolder descriptor: Int32) {
        for name in FileSystem.hiddenNames(inOpenFolder: descriptor) where naming(of: name) != .foreign {
            removeIfStale(name, in: descriptor)
        }
    }

    private static func removeIfStale(_ name: String, in folder: Int32) {
        let descriptor = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return }
        #if canImport(Darwin)
            let modified = Int(status.st_mtimespec.tv_sec)
        #else
            let modified = Int(status.st_mtim.tv_sec)
        #endif
        let isOld = Int(time(nil)) - modified > abandonedAfterSeconds
        let isStale: Bool
        if naming(of: name) == .unlocked {
            isStale = isOld
        } else if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            isStale = true
        } else {
            isStale = errno != EWOULDBLOCK && isOld
        }
        // Still the file looked at: a name is removed only with what was checked under it.
        var now = stat()
        guard isStale, fstatat(folder, name, &now, AT_SYMLINK_NOFOLLOW) == 0, now.st_dev == status.st_dev,
            now.st_ino == status.st_ino
        else { return }
        unlinkat(folder, name, 0)
    }
}
