/// How many times longer `run` takes on `large` items than on `small` ones: the fastest of three
/// runs at each size, the sizes in turn, what `prepare` returns for that size being timed (not
/// `prepare` itself).
///
/// The tests of hostile sizes assert that this stays near `large / small`, as work that grows
/// with the input does, and far from its square, which each of the bugs they guard against
/// was. A time in seconds, which they asserted before, is a budget a loaded machine exceeds
/// (STYLE: budgets go in benchmarks); a ratio of two times taken in one run is not.
func growth(from small: Int, to large: Int, _ prepare: (Int) throws -> () throws -> Void) throws -> Double {
    let runs = (small: try prepare(small), large: try prepare(large))
    var fastest: (small: Duration, large: Duration) = (.seconds(Int.max), .seconds(Int.max))
    // The sizes take turns, three times: a machine busy with other tests for a while (a test
    // run is parallel) slows both sizes alike, not only the one timed then.
    for _ in 0..<3 {
        for isLarge in [false, true] {
            let start = ContinuousClock.now
            try isLarge ? runs.large() : runs.small()
            let time = ContinuousClock.now - start
            if isLarge { fastest.large = min(fastest.large, time) } else { fastest.small = min(fastest.small, time) }
        }
    }
    return fastest.large / max(fastest.small, .microseconds(1))
}
