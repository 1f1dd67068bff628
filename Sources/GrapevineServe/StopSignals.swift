import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM, as a value to wait for: the server stops cleanly instead of
/// being killed mid-write, and removes its folder.
public enum StopSignals {
    /// Waits for SIGINT or SIGTERM and returns its number; 0 when the waiting task is
    /// cancelled first. Until then, the two signals no longer end the process by themselves.
    public static func next() async -> Int32 {
        let signals = [SIGINT, SIGTERM]
        for number in signals { signal(number, SIG_IGN) }
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        let sources = signals.map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        defer { sources.forEach { $0.cancel() } }
        return await withTaskCancellationHandler {
            for await number in stream { return number }
            return 0
        } onCancel: {
            continuation.finish()
        }
    }
}
