import CSystem
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
    let next = Atomic<Int>(0)
    // The results are written straight into the array's storage: each slot exactly once.
    return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
        let output = UnsafeSendable(buffer.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var state = makeState()
            while true {
                let start = next.add(batch, ordering: .relaxed).oldValue
                guard start < count else { break }
                for index in start..<min(start + batch, count) {
                    (output.value + index).initialize(to: body(&state, index))
                }
            }
        }
        initialized = count
    }
}

/// A value handed across threads whose safety the caller guarantees: here, storage whose
/// every slot is written by exactly one worker.
struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The number of cores the process may use: on Linux those its CPU affinity allows (`taskset`,
/// a container's CPU set), as `nproc` counts them, else every core online.
enum ProcessorCount {
    static let active: Int = {
        let allowed = Int(grapevine_allowed_processors())
        return allowed > 0 ? allowed : max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }()
}

/// Runs `first` and `second` at the same time, on two cores when there are two, and returns
/// both results.
///
/// For two pieces of work that are each serial: a `parallelMap` called inside either runs on
/// one thread (Dispatch runs a nested `concurrentPerform` serially).
func concurrently<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    var results: (First?, Second?) = (nil, nil)
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            withUnsafeMutablePointer(to: &results) { results in
                let (output, first, second) = (UnsafeSendable(results), UnsafeSendable(first), UnsafeSendable(second))
                // Each slot is written by exactly one of the two.
                DispatchQueue.concurrentPerform(iterations: 2) { part in
                    if part == 0 {
                        output.value.pointee.0 = first.value()
                    } else {
                        output.value.pointee.1 = second.value()
                    }
                }
            }
        }
    }
    return (results.0!, results.1!)
}
