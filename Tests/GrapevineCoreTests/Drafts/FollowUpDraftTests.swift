import Testing

@testable import GrapevineCore

@Suite("Drafts: follow-up")
struct FollowUpDraftTests {
    static let today = LocalDate(valid: "2026-12-03")

    static func vault(log: [String], interview: String? = nil) throws -> Vault {
        var files = [
            "contacts/dan.md": "---\nname: Dan Moore\n---\n",
            "contacts/obi.md": """
            ---
            name: Dr. Nkechi Obi, PhD
            referred_by: "[[Dan Moore]]"
            ---
            ## Log
            \(log.map { "- " + $0 }.joined(separator: "\n"))

            """,
        ]
        if let interview {
            files["interviews/obi.md"] = "---\ncontact: \"[[Dr. Nkechi Obi, PhD]]\"\ndate: \(interview)\n---\n"
        }
        return try TemporaryVault.load(files)
    }

    @Test(
        "the first message that got no answer, before any answer",
        arguments: [
            ([], nil, []),
            (["2026-11-20 emailed: my move into food science"], nil, ["2026-11-20"]),
            (
                ["2026-11-20 emailed: intro", "2026-12-01 followed up", "2026-11-10 messaged: on LinkedIn"], nil,
                ["2026-11-10", "2026-11-20", "2026-12-01"]
            ),
            (["2026-11-20 emailed: intro", "2026-11-21 replied: next week"], nil, []),
            (["2026-11-20 emailed: intro", "2026-11-21 declined"], nil, []),
            (["2026-11-20 emailed: intro", "2026-11-21 replied", "2026-11-25 emailed: the notes"], nil, []),
            (["2026-11-20 emailed: intro"], "2026-11-25", []),
            (["2026-11-20 emailed: intro"], "2026-12-10", []),
            (["2026-12-10 emailed: not sent yet"], nil, []),
        ] as [([String], String?, [String])])
    func unanswered(log: [String], interview: String?, expected: [String]) throws {
        let vault = try Self.vault(log: log, interview: interview)
        let composer = DraftComposer(vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root))
        let obi = try vault.node("Dr. Nkechi Obi, PhD")
        #expect(composer.unansweredMessages(to: obi).map(\.date.description) == expected)
    }

    @Test("the draft names the first unanswered message by its date, greets by title and names the referrer")
    func draft() throws {
        let vault = try Self.vault(log: [
            "2026-11-30 followed up", "2025-11-30 emailed: my move into food science.", "2026-12-01 reached out",
        ])
        let composer = DraftComposer(vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root))
        let obi = try vault.node("Dr. Nkechi Obi, PhD")
        let text = try composer.draft(.followUp, to: obi, interview: nil)
        #expect(text.hasPrefix("Subject: Following up: Dan Moore suggested I get in touch\n\nHi Dr. Obi,\n\n"))
        #expect(
            text.contains(
                "I emailed you on Sunday, 30 November 2025; Dan Moore suggested I get in touch with you. I know"))
        // The Log text is a note to yourself, not what the message said.
        #expect(!text.contains("food science"))
        #expect(text.contains("[You already followed up twice, last on Tuesday, 1 December: time to move on."))
        #expect(!text.contains("2025-11-30"))
    }

    /// Trial N, finding 2: the Log remarks "alumni, asked about their research team" and
    /// "mentioned Priya" were pasted into the email in brackets.
    @Test(
        "a Log remark on the message is never pasted into the email",
        arguments: [
            "2026-12-01 emailed: alumni, asked about their research team", "2026-12-01 emailed: mentioned Dan",
            "2026-12-01 emailed: [[Dan Moore]] intro, see [thread](https://mail.example/1)",
        ])
    func logRemarks(entry: String) throws {
        let vault = try Self.vault(log: [entry])
        let obi = try vault.node("Dr. Nkechi Obi, PhD")
        let text = try DraftComposer(vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root))
            .draft(.followUp, to: obi, interview: nil)
        #expect(text.contains("\n\nI emailed you on Tuesday, 1 December; Dan Moore suggested I get in touch with you."))
        #expect(!text.contains("about ["))
        #expect(!["research team", "mentioned", "intro", "thread"].contains { text.contains($0) })
    }

    @Test("one message: no move-on line, and no 'about' without Log text")
    func single() throws {
        let vault = try Self.vault(log: ["2026-12-01 called"])
        let obi = try vault.node("Dr. Nkechi Obi, PhD")
        let text = try DraftComposer(vault: vault, today: Self.today, templates: TemplateLibrary(vaultRoot: vault.root)).draft(.followUp, to: obi, interview: nil)
        #expect(text.contains("I called you on Tuesday, 1 December; Dan Moore suggested I get in touch with you."))
        #expect(!text.contains("move on"))
    }
}
