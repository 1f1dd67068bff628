import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM, as a value to wait for: the server stops cleanly instead of
/// being killed mid-write, and removes its folder.
///
/// Listening starts when one is made, before the server says it is serving: a signal sent as
/// soon as that line was read used to be lost while the task listening for it had not
/// started (ignored, and the server went on). While one exists, the two signals no longer end
/// the process by themselves; so that they always do, `whenStuck` runs on a thread of its
/// own if the process is still there `grace` after one (it ends the process).
public final class StopSignals {
    /// The number of each signal; it ends when the task reading it is cancelled.
    public let stream: AsyncStream<Int32>
    private let sources: [any DispatchSourceSignal]

    public init(grace: DispatchTimeInterval = .seconds(5), whenStuck: @escaping @Sendable () -> Void) {
        let signals = [SIGINT, SIGTERM]
        for number in signals { signal(number, SIG_IGN) }
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.stream = stream
        sources = signals.map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                continuation.yield(number)
                DispatchQueue.global().asyncAfter(deadline: .now() + grace, execute: whenStuck)
            }
            source.resume()
            return source
        }
    }

    deinit {
        sources.forEach { $0.cancel() }
    }
}
