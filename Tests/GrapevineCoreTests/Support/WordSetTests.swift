import Testing

@testable import GrapevineCore

@Suite("Word sets")
struct WordSetTests {
    @Test("a word is found among those of its length, and only the words put in are")
    func contains() {
        let words: WordSet = ["log", "next step", "referral", "name", "type", "thank_you"]
        for word in ["log", "next step", "referral", "name", "type", "thank_you"] { #expect(words.contains(word)) }
        for other in ["", "lo", "logs", "Log", "nam", "names", "referrals", "thank you", "thank_you ", "lög"] {
            #expect(!words.contains(other), "\(other)")
        }
    }

    @Test("its words, each once, and a union with others")
    func sequence() {
        let words = WordSet(["b", "aa", "b", "c"]).union(["aa", "ddd"])
        #expect(words.sorted() == ["aa", "b", "c", "ddd"])
        #expect(words.contains("ddd") && !WordSet([]).contains("ddd"))
    }

    @Test("the section and key sets of each kind of note hold their names")
    func noteSets() throws {
        #expect(try #require(NoteReader.sectionKeys[.interview]).contains(Section.normalizedTitle("Next steps")))
        #expect(try #require(NoteReader.keys[.contact]).contains("referred_by"))
        #expect(NoteReader.commonKeys.contains("aliases") && !NoteReader.commonKeys.contains("alias"))
    }
}
