import Testing

@testable import GrapevineCore

@Suite("Edit distances")
struct SpellingTests {
    @Test(
        "the distance within a limit is the full distance when it is at most the limit",
        arguments: [
            ("maria lopez", "maria lopes", 2, 1), ("kitten", "sitting", 3, 3), ("kitten", "sitting", 2, nil),
            ("", "abc", 3, 3), ("abc", "", 2, nil), ("same", "same", 0, 0),
            ("jose nunez", "josé núñez", 3, 3),
        ] as [(String, String, Int, Int?)])
    func limitedDistance(a: String, b: String, limit: Int, expected: Int?) {
        #expect(Spelling.distance(a, b, limit: limit) == expected)
    }

    @Test("on random words, the limited distance agrees with the full one")
    func limitedAgreesWithFull() {
        var random = SplitMix(state: 7)
        let letters = Array("abc")
        for _ in 0..<2000 {
            let a = String(
                (0..<Int.random(in: 0...9, using: &random)).map { _ in letters.randomElement(using: &random)! })
            let b = String(
                (0..<Int.random(in: 0...9, using: &random)).map { _ in letters.randomElement(using: &random)! })
            let full = Spelling.distance(a, b)
            for limit in 0...4 {
                #expect(Spelling.distance(a, b, limit: limit) == (full <= limit ? full : nil), "\(a) \(b) \(limit)")
            }
        }
    }

    /// Two names of a hundred thousand characters, one letter apart, once took hours to compare.
    @Test("names of a hundred thousand characters are compared in linear time", .timeLimit(.minutes(1)))
    func hugeNames() {
        let name = String(repeating: "b", count: 100_000)
        #expect(Spelling.distance(name, name + "c", limit: 2) == 1)
        #expect(Spelling.isCloseName(name, name + "c"))
        #expect(!Spelling.isCloseName(name, String(repeating: "c", count: 100_000)))
    }

    @Test(
        "a slip: one letter wrong, left out, added or swapped with its neighbour; in a short word a swap or a double",
        arguments: [
            ("referal", "referral", true), ("refferal", "referral", true), ("agneda", "agenda", true),
            ("nextstep", "next step", true), ("questoin", "question", true), ("lgo", "log", true),
            ("logg", "log", true), ("llog", "log", true), ("laed", "lead", true), ("leadd", "lead", true),
            ("referral", "referral", false), ("deferral", "referral", false), ("referred", "referral", false),
            ("legal", "lead", false), ("lean", "lead", false), ("leed", "lead", false), ("lot", "log", false),
            ("logo", "log", false), ("lg", "log", false), ("blog", "log", false), ("addenda", "agenda", false),
            ("agent", "agenda", false), ("referee", "referral", false), ("resarch", "research", true),
            ("reserach", "research", true), ("referer", "referral", false),
            // A letter written precomposed in one and decomposed in the other is the same letter.
            ("\u{E9}tape", "e\u{301}tapes", true), ("e\u{301}tapes", "\u{E9}tape", true),
            ("\u{E9}tape", "etapes", false),
        ])
    func slips(typed: String, word: String, isSlip: Bool) {
        #expect(Spelling.isSlip(typed, of: word) == isSlip, "\(typed) \(word)")
    }
}
