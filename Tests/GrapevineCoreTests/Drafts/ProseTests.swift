import Testing

@testable import GrapevineCore

@Suite("Prose")
struct ProseTests {
    @Test(
        "lists read as English",
        arguments: [
            ([], ""), (["Sam"], "Sam"), (["Sam", "Ana"], "Sam and Ana"), (["Sam", "Ana", "Leo"], "Sam, Ana and Leo"),
        ])
    func list(items: [String], expected: String) {
        #expect(Prose.list(items) == expected)
    }

    @Test("items lose their wikilink brackets, and the comment after a dash")
    func items() {
        #expect(Prose.plain("Ask [[Grace Liu]] and [[José Núñez|José]] today") == "Ask Grace Liu and José today")
        #expect(Prose.plain("[[unclosed") == "[[unclosed")
        #expect(
            Prose.headline("Associate Food Scientist, req 4471 — Nadia will forward it")
                == "Associate Food Scientist, req 4471")
        #expect(Prose.headline("[[Sam Reyes]] - sensory") == "Sam Reyes")
        #expect(Prose.comment("[[Grace Liu]] — regulatory at Greenway") == "regulatory at Greenway")
        #expect(Prose.comment("Grace Liu") == nil)
    }

    @Test("first sentences, first names and word counts")
    func sentences() {
        #expect(Prose.firstSentence("I taught chemistry. Then food.") == "I taught chemistry.")
        #expect(Prose.firstSentence("Version 2.0 is out") == "Version 2.0 is out")
        #expect(Prose.firstName("Mary O'Brien") == "Mary")
        #expect(Prose.firstName("Zoë") == "Zoë")
        #expect(Prose.wordCount("Hi Grace,\n\nWould you have 20 minutes?") == 7)
    }

    @Test(
        "when something happened, seen from 2026-11-18 (a Wednesday)",
        arguments: [
            ("2026-11-18", "today"), ("2026-11-17", "yesterday"), ("2026-11-13", "on Friday"),
            ("2026-11-12", "on Thursday"), ("2026-11-11", "on November 11"), ("2026-01-02", "on January 2"),
        ])
    func when(date: String, expected: String) {
        #expect(Prose.when(LocalDate(valid: date), today: LocalDate(valid: "2026-11-18")) == expected)
    }
}
