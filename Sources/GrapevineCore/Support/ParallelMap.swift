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
/// counter, which keeps both cores busy when files differ in size; each worker keeps its
/// results with their indices and hands them over once, at its end (no worker writes into
/// memory another may read).
///
/// The results are moved, not copied, into the array returned: a copy of a result (a note has
/// dozens of strings and arrays) is a reference count changed for each of them, and then
/// again when the batch is freed, on one core while the other waits.
func parallelMap<State, Result: Sendable>(
    count: Int, batch: Int = 16, makeState: @Sendable () -> State, _ body: @Sendable (inout State, Int) -> Result
) -> [Result] {
    guard count > 0 else { return [] }
    let batches = (count + batch - 1) / batch
    let workers = max(1, min(ProcessorCount.active, batches))
    let next = Atomic<Int>(0)
    let done = Mutex<[[Result?]]>(Array(repeating: [], count: batches))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        var state = makeState()
        var finished: [(batch: Int, results: [Result?])] = []
        while true {
            let number = next.add(1, ordering: .relaxed).oldValue
            guard number < batches else { break }
            let start = number * batch
            finished.append((number, (start..<min(start + batch, count)).map { body(&state, $0) }))
        }
        done.withLock { done in
            for (number, results) in finished { done[number] = results }
        }
    }
    return done.withLock { done in
        var results: [Result] = []
        results.reserveCapacity(count)
        for number in done.indices {
            for index in done[number].indices { results.append(done[number][index].take()!) }
        }
        return results
    }
}

/// The number of cores the process may use: on Linux those its CPU affinity allows (`taskset`,
/// a container's CPU set), as `nproc` counts them, else every core online.
enum ProcessorCount {
    static let active: Int = {
        let allowed = Int(grapevine_allowed_processors())
        return allowed > 0 ? allowed : max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }()
}

/// `first()` and `second()`, worked out at the same time (on two cores where there are two).
///
/// For the few independent steps of a build that each take tens of milliseconds and would
/// otherwise leave a core idle. Each side gets one core: a `parallelMap` inside a side runs
/// on that side's core alone (Dispatch gives a nested `concurrentPerform` its outer one's
/// share), so work that splits well goes after `inParallel`, not inside it.
func inParallel<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
    let firstResult = Mutex<First?>(nil)
    let secondResult = Mutex<Second?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            let result = first()
            firstResult.withLock { $0 = result }
        } else {
            let result = second()
            secondResult.withLock { $0 = result }
        }
    }
    return (firstResult.withLock { $0.take()! }, secondResult.withLock { $0.take()! })
}
