import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// The line of the notes a thank-you quotes back ("From your notes: …"): in a meeting with
/// several people, never what another of them said.
@Suite("Drafts: the line quoted from the notes")
struct HighlightDraftTests {
    /// The trial's meeting with Jordan and Ravi, with `notes` as its Notes section.
    static func files(notes: String, with contact: String = "[\"[[Jordan Kim]]\", \"[[Ravi Patel]]\"]")
        -> [String: String]
    {
        [
            "contacts/jordan.md": F.contact("name: Jordan Kim", "added: 2026-11-06"),
            "contacts/ravi.md": F.contact("name: Ravi Patel", "added: 2026-11-11"),
            "interviews/j.md": F.interview(contact, "2026-11-16", body: "## Notes\n" + notes),
        ]
    }

    static func highlight(_ files: [String: String], to name: String) throws -> String? {
        try ThankYouDraftTests.draft(files, to: name, today: "2026-11-17").1["highlight"] as? String
    }

    static let trialNotes = """
        Jordan: service design is 60% workshops with city staff. Ravi: plain language is the whole job.
        They both said my fintech compliance experience is an asset for benefits work.

        """

    /// Trial N, finding 2: the quote came out as `"> [!quote] > "Hiring managers want…""`.
    @Test(
        "a block quote or an Obsidian callout is quoted as its text, without its markup or its own quotation marks",
        arguments: [
            "> [!quote]\n> \"Hiring managers want to see one study end to end.\"\n",
            "> [!note]+ What Jordan said\n> Hiring managers want to see one study end to end.\n",
            "> Hiring managers want to see one study\n> end to end.\n",
            "“Hiring managers want to see one study end to end.”\n",
        ])
    func calloutsAndQuotes(notes: String) throws {
        let files = Self.files(notes: notes, with: "\"[[Jordan Kim]]\"")
        #expect(try Self.highlight(files, to: "Jordan Kim") == "Hiring managers want to see one study end to end.")
    }

    @Test("the trial's finding: Ravi's thank-you quotes Ravi, Jordan's quotes Jordan")
    func eachTheirOwn() throws {
        let files = Self.files(notes: Self.trialNotes)
        #expect(try Self.highlight(files, to: "Ravi Patel") == "Ravi: plain language is the whole job.")
        #expect(
            try Self.highlight(files, to: "Jordan Kim") == "Jordan: service design is 60% workshops with city staff.")
        let (text, _) = try ThankYouDraftTests.draft(files, to: "Ravi Patel", today: "2026-11-17")
        #expect(!text.contains("Jordan:"), "\(text)")
    }

    @Test("with nothing of theirs, a line nobody in particular said; never one that names only the other")
    func neutralLine() throws {
        let notes =
            "- Jordan said service design is mostly workshops\n- Jordan's team is hiring in Q1\n"
            + "- They both liked my fintech background\n"
        let files = Self.files(notes: notes)
        #expect(try Self.highlight(files, to: "Ravi Patel") == "They both liked my fintech background")
        #expect(try Self.highlight(files, to: "Jordan Kim") == "Jordan said service design is mostly workshops")
    }

    @Test("when every line is the other person's, nothing is quoted")
    func noneLeft() throws {
        let files = Self.files(notes: "Kim: workshops all day. Jordan Kim: city staff love sticky notes.\n")
        #expect(try Self.highlight(files, to: "Ravi Patel") == nil)
        let (text, _) = try ThankYouDraftTests.draft(files, to: "Ravi Patel", today: "2026-11-17")
        #expect(!text.contains("From your notes"), "\(text)")
    }

    @Test("met alone, the first sentence is quoted as before, whoever it names")
    func alone() throws {
        let files = Self.files(notes: Self.trialNotes, with: "\"[[Ravi Patel]]\"")
        #expect(
            try Self.highlight(files, to: "Ravi Patel") == "Jordan: service design is 60% workshops with city staff.")
    }

    @Test(
        "whose words a sentence is, for Ravi Patel met with Jordan Kim",
        arguments: [
            ("Ravi Patel: plain language.", DraftComposer.Attribution.theirs),
            ("Patel: plain language.", .theirs),
            ("Ravi thinks benefits forms are the hard part.", .theirs),
            ("Jordan and Ravi disagreed on workshops.", .theirs),
            ("Jordan: workshops.", .someoneElse),
            ("Jordan's view: workshops.", .someoneElse),
            ("Tip: show one project end to end.", .nobody),
            ("Jordan said to ask Omar Said: he runs hiring.", .someoneElse),
            ("Civic tech pays less.", .nobody),
        ])
    func attribution(sentence: String, expected: DraftComposer.Attribution) {
        #expect(DraftComposer.attribution(of: sentence, to: "Ravi Patel", others: ["Jordan Kim"]) == expected)
    }

    @Test("sentences end at . ! or ? before a space or the end")
    func sentences() {
        #expect(Prose.sentences("One. Two! Three? four 1.5 five") == ["One.", "Two!", "Three?", "four 1.5 five"])
        #expect(Prose.sentences("") == [])
        #expect(Prose.firstSentence("No end") == "No end")
    }

    @Test("the dot of a title, an initial or e.g. inside a sentence ends none")
    func abbreviations() {
        #expect(
            Prose.sentences("I'm a nurse at St. Brigid's. I met Dr. Obi (e.g. on rounds) and J. Smith. Bye.") == [
                "I'm a nurse at St. Brigid's.", "I met Dr. Obi (e.g. on rounds) and J. Smith.", "Bye.",
            ])
        #expect(
            Prose.sentences("I worked at Acme Inc. Then I moved. I got a B.") == [
                "I worked at Acme Inc.", "Then I moved.", "I got a B.",
            ])
    }
}
