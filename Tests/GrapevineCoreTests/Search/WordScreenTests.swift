import Testing

@testable import GrapevineCore

/// The screen looks at a note's bytes before it is folded: it may let a note through that does
/// not hold the word, never rule out one that does.
@Suite("Search screen: rules out notes without folding them")
struct WordScreenTests {
    /// Whether the folded words of `text` hold one that starts with `word`: what search finds.
    static func holds(_ text: String, _ word: String) -> Bool {
        WordFolder.words(of: text).contains { $0.hasPrefix(word) }
    }

    static func screens(_ text: String, _ word: String) -> Bool {
        var folder = WordFolder()
        return WordScreen(word: word).mayOccur(in: text.utf8.span, folder: &folder)
    }

    @Test("never rules out a text that holds the word", arguments: 0..<8)
    func noFalseNegatives(seed: UInt64) {
        let pieces = [
            "man", "Man", "MANU", "ufact", "uring", "é", "É", "e\u{301}", "ß", "ss", "'", "’", "`", " ", "-", "—",
            "ﬁ", "fi", "Ｍ", "İ", "ı", "i", "ø", "o", "ö", "\n", "1", "½", "Æ", "ae", "ǅ", "dz",
        ]
        var random = SplitMix(state: seed)
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...14, using: &random)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }.joined()
            let words = WordFolder.words(of: text)
            var candidates = ["manufacturing", "man", "ess", "fin", "io", "aem", "dze", "1", "2", "iss"]
            for word in words where !word.isEmpty {
                candidates.append(String(word.prefix(Int.random(in: 1...word.count, using: &random))))
            }
            for word in candidates where Self.holds(text, word) {
                #expect(Self.screens(text, word), "\(text.debugDescription) holds \(word)")
            }
        }
    }

    @Test("rules out texts that lack the word, accents and apostrophes or not")
    func rulesOut() {
        let note = "Café in Zürich, O'Brien's résumé — the team's Q1 reorg.\nMet at the bakery."
        for word in ["manufacturing", "haccp", "plant", "q2", "brienz"] {
            #expect(!Self.screens(note, word), "\(word)")
        }
        for word in ["cafe", "zurich", "obrien", "obriens", "resume", "q1", "bake", "met"] {
            #expect(Self.screens(note, word), "\(word)")
        }
    }

    @Test("a word that does not start with an ASCII letter or digit is not screened")
    func unscreened() {
        #expect(Self.screens("nothing here", "οδοσ"))
        #expect(Self.screens("nothing here", "東京"))
    }
}
