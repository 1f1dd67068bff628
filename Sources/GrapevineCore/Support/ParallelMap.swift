import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs `body` for every index in `0..<count` on all cores and returns the results in order.
///
/// Each worker thread gets its own `State` (a Markdown parser, a read buffer) from `makeState`,
/// so nothing mutable is shared. Indices are handed out in small batches from an atomic
/// counter, which keeps both cores busy when files differ in size.
func parallelMap<State, Result: Sendable>(
    count: Int, batch: Int = 16, makeState: @Sendable () -> State, _ body: @Sendable (inout State, Int) -> Result
) -> [Result] {
    guard count > 0 else { return [] }
    let workers = max(1, min(ProcessorCount.active, (count + batch - 1) / batch))
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }  // every element is moved out below
    let output = UnsafeSendable(results)
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        var state = makeState()
        while true {
            let start = next.add(batch, ordering: .relaxed).oldValue
            guard start < count else { break }
            for index in start..<min(start + batch, count) {
                output.value[index] = body(&state, index)
            }
        }
    }
    // Move the results out rather than copy them: each is written exactly once above.
    return Array(unsafeUninitializedCapacity: count) { target, initialized in
        for index in 0..<count {
            (target.baseAddress! + index).initialize(to: (results.baseAddress! + index).move()!)
        }
        initialized = count
    }
}

/// A value handed across threads whose safety the caller guarantees: here, a buffer whose
/// every slot is written by exactly one worker.
struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The number of cores the process may use.
enum ProcessorCount {
    static var active: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
