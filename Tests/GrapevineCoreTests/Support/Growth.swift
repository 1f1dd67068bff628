/// How many times longer `run` takes on `large` items than on `small` ones: the fastest of two
/// runs at each size, what `prepare` returns for that size being timed (not `prepare` itself).
///
/// The tests of hostile sizes assert that this stays near `large / small`, as work that grows
/// with the input does, and far from its square, which each of the bugs they guard against
/// was. A time in seconds, which they asserted before, is a budget a loaded machine exceeds
/// (STYLE: budgets go in benchmarks); a ratio of two times taken in one run is not.
func growth(from small: Int, to large: Int, _ prepare: (Int) throws -> () throws -> Void) throws -> Double {
    func fastest(_ size: Int) throws -> Duration {
        let run = try prepare(size)
        var times: [Duration] = []
        for _ in 0..<2 {
            let start = ContinuousClock.now
            try run()
            times.append(ContinuousClock.now - start)
        }
        return times.min()!
    }
    let (first, second) = (try fastest(small), try fastest(large))
    return second / max(first, .microseconds(1))
}
