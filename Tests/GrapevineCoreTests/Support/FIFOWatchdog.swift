import Foundation
import Synchronization

/// Unblocks whatever is stuck opening one of `paths` (FIFOs) for reading, once `seconds` have
/// passed, and says whether it had to: a regression then fails its test instead of hanging
/// the whole run.
///
/// After the deadline it keeps opening each FIFO for writing without blocking, which succeeds
/// only while someone waits to read it, and closes it at once: the reader sees an empty file.
final class FIFOWatchdog: Sendable {
    private let state = Mutex((stopped: false, fired: false))

    init(_ paths: [String], seconds: Double = 5) {
        let deadline = Date().addingTimeInterval(seconds)
        let thread = Thread { [self] in
            while !state.withLock({ $0.stopped }) {
                Thread.sleep(forTimeInterval: 0.05)
                guard Date() > deadline else { continue }
                for path in paths {
                    let descriptor = open(path, O_WRONLY | O_NONBLOCK)
                    if descriptor >= 0 {
                        state.withLock { $0.fired = true }
                        close(descriptor)
                    }
                }
            }
        }
        thread.start()
    }

    /// Stops watching; whether a reader had been stuck on a FIFO.
    func stop() -> Bool {
        state.withLock { state in
            state.stopped = true
            return state.fired
        }
    }
}

/// Makes a FIFO at `path`.
func makeFIFO(_ path: String) throws {
    guard mkfifo(path, 0o644) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}

/// Makes a Unix domain socket file at `path` (the socket itself is closed at once; the file
/// stays).
func makeSocketFile(_ path: String) throws {
    #if canImport(Glibc)
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    #else
        let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { throw POSIXError(.EIO) }
    defer { close(descriptor) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw POSIXError(.ENAMETOOLONG) }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
        raw.copyBytes(from: bytes)
    }
    let result = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
        }
    }
    guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
