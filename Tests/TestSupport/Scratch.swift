import Foundation

/// Where tests make their folders: a RAM disk when the machine has one with room
/// (`/dev/shm` on Linux), else the system's temporary folder. Tests write tens of thousands of
/// files, and Grapevine syncs each file it writes (26,000 `fsync` calls a run): on a virtual
/// machine's disk each waits for the disk, on a RAM disk none does.
public enum Scratch {
    /// The folder to make test folders in.
    public static let folder: URL = {
        let ramDisk = "/dev/shm"
        var stats = statvfs()
        guard statvfs(ramDisk, &stats) == 0, access(ramDisk, W_OK) == 0,
            UInt64(stats.f_bavail) * UInt64(stats.f_frsize) >= 2 << 30
        else { return FileManager.default.temporaryDirectory }
        return URL(fileURLWithPath: ramDisk, isDirectory: true)
    }()

    /// A new, unique path in `folder` whose name starts with `prefix` (nothing is made there).
    public static func path(_ prefix: String) -> URL {
        folder.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }
}
