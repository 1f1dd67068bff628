import Testing

@testable import GrapevineCore

@Suite("Search queries: words and phrases")
struct SearchQueryTests {
    static func terms(_ query: SearchQuery) -> [[String]] { query.terms.map(\.words) }

    @Test func wordsAndQuotedPhrases() throws {
        #expect(Self.terms(try SearchQuery("José  HACCP")) == [["jose"], ["haccp"]])
        #expect(Self.terms(try SearchQuery(#"haccp "thank you" plan"#)) == [["haccp"], ["thank", "you"], ["plan"]])
        #expect(Self.terms(try SearchQuery("“food safety” audit")) == [["food", "safety"], ["audit"]])
        // A quote left open runs to the end; a repeated term counts once.
        #expect(Self.terms(try SearchQuery(#"plan "scale up"#)) == [["plan"], ["scale", "up"]])
        #expect(Self.terms(try SearchQuery("plan Plan PLAN")) == [["plan"]])
        // Words that folding splits are words of their own outside quotes.
        #expect(Self.terms(try SearchQuery("scale-up")) == [["scale"], ["up"]])
        // A word written without spaces that folds to several (Chinese, Japanese; `½`) is
        // the phrase of them, in the box and on the command line.
        #expect(Self.terms(try SearchQuery("腾讯 alumni 서울")) == [["腾", "讯"], ["alumni"], ["서울"]])
        #expect(Self.terms(try SearchQuery(arguments: ["小明", "腾讯"])) == [["小", "明"], ["腾", "讯"]])
        #expect(Self.terms(try SearchQuery("½")) == [["1", "2"]])
    }

    @Test("an argument with spaces is a phrase; with quotes in it, it is read like the site's box")
    func arguments() throws {
        #expect(Self.terms(try SearchQuery(arguments: ["food safety", "audit"])) == [["food", "safety"], ["audit"]])
        #expect(Self.terms(try SearchQuery(arguments: ["scale-up"])) == [["scale", "up"]])
        #expect(Self.terms(try SearchQuery(arguments: [#""food safety" audit"#])) == [["food", "safety"], ["audit"]])
    }

    @Test(arguments: ["", "   ", #""""#, "... — !?", "“ ”"])
    func nothingToSearch(text: String) {
        #expect(throws: SearchQuery.Empty.self) { try SearchQuery(text) }
        #expect(throws: SearchQuery.Empty.self) { try SearchQuery(arguments: [text, text]) }
    }
}
