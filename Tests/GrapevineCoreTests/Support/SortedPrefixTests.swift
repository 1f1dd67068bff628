import Testing

@testable import GrapevineCore

@Suite("The first few in order, without sorting everyone")
struct SortedPrefixTests {
    @Test("the same as sorting and taking the first, for any count")
    func sameAsSortingEverything() {
        var random = SplitMix(state: 20)
        for _ in 0..<300 {
            // Values with ties, told apart by their position: a strict order, as the callers use.
            let values = (0..<Int.random(in: 0...40, using: &random)).map {
                (Int.random(in: 0...9, using: &random), $0)
            }
            let order = { (left: (Int, Int), right: (Int, Int)) in
                left.0 != right.0 ? left.0 < right.0 : left.1 < right.1
            }
            for count in [0, 1, 3, values.count, values.count + 5] {
                let expected = values.sorted(by: order).prefix(count).map(\.1)
                #expect(values.sortedPrefix(count, by: order).map(\.1) == expected)
            }
        }
    }

    @Test("equal elements keep their order")
    func equalElementsKeepTheirOrder() {
        let words = ["pear", "fig", "kiwi", "plum", "date", "lime"]
        #expect(words.sortedPrefix(4) { $0.count < $1.count } == ["fig", "pear", "kiwi", "plum"])
    }
}

@Suite("Two steps at once")
struct InParallelTests {
    @Test("both results come back, each from its own closure")
    func bothResults() {
        let (numbers, text) = inParallel({ (1...1_000).reduce(0, +) }, { String(repeating: "ab", count: 3) })
        #expect(numbers == 500_500)
        #expect(text == "ababab")
    }
}
