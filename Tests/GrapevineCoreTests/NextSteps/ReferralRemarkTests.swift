import Testing

@testable import GrapevineCore

/// What a Referrals item says of the person besides the name (`- [[Jo]] (in HR)`) is what the
/// user needs to find them: the step to contact them, the referrer's dossier, the person's own
/// dossier and the prep sheet keep it, and the step's id does not change for it.
@Suite("A referral's remark kept")
struct ReferralRemarkTests {
    static let today = LocalDate(valid: "2026-12-06")

    /// A meeting with Priya Shah on 2026-11-10 whose Referrals are `items`.
    static func vault(_ items: [String], more: [String: String] = [:]) throws -> Vault {
        try TemporaryVault.load(
            [
                "contacts/priya-shah.md": "---\nname: Priya Shah\n---\n",
                "interviews/2026-11-10-priya.md": "---\ncontact: \"[[Priya Shah]]\"\ndate: 2026-11-10\n---\n"
                    + "## Referrals\n" + items.map { "- \($0)\n" }.joined(),
            ].merging(more) { $1 })
    }

    @Test(
        "the remark of each way of writing an item",
        arguments: [
            ("[[Jo]] (in HR)", "(in HR)"), ("Jo, in HR", "in HR"), ("talk to Jo in HR", "in HR"),
            ("[[Jo]] — runs hiring", "runs hiring"), ("[[Jo|Joanna]]: recruiter", "recruiter"),
            ("[Jo](../contacts/jo.md) (in HR)", "(in HR)"), ("ask [[Jo]] about the data team", "about the data team"),
            ("[[Jo]]", nil), ("Jo", nil),
            // A separator the name ends at is not shown as the remark's start (session thirty-four).
            ("Jo / Zephyr", "Zephyr"), ("Jo | data team", "data team"), ("Jo; in HR", "in HR"),
            ("[[Jo]] / Zephyr", "Zephyr"), ("[[Jo]] /r/datascience mod", "/r/datascience mod"),
        ] as [(String, String?)])
    func remark(item: String, remark: String?) throws {
        let vault = try Self.vault([item], more: ["contacts/jo.md": "---\nname: Jo\n---\n"])
        let mention = try #require(vault.notes.first { $0.path.hasPrefix("interviews/") }?.interview?.referrals.only)
        #expect(mention.remark == remark)
        let step = try #require(
            NextStepEngine(vault: vault, today: Self.today).steps().first { $0.kind == .contactReferral })
        #expect(step.title == "Contact Jo, referred by Priya Shah")
        // Shown after a label, without the brackets around all of it.
        let shown = remark.map(Prose.unbracketed)
        #expect(step.details.contains("Noted with the name: \(shown ?? "")") == (remark != nil))
    }

    @Test("the step's title and id are those of the item without the remark")
    func stableID() throws {
        func step(_ item: String) throws -> NextStep {
            let vault = try Self.vault([item])
            let steps = NextStep.numbered(NextStepEngine(vault: vault, today: Self.today).steps(), today: Self.today)
            return try #require(steps.first { $0.kind == .contactReferral })
        }
        let plain = try step("[[Jo]]")
        let remarked = try step("[[Jo]] (in HR, ask about the data team)")
        #expect(remarked.id == plain.id)
        #expect(remarked.title == plain.title)
        #expect(
            remarked.details == [plain.details[0], "Noted with the name: in HR, ask about the data team"]
                + plain.details.dropFirst())
    }

    @Test("two people who gave the name: each remark once, with who wrote it")
    func twoReferrers() throws {
        let vault = try Self.vault(
            ["[[Jo]] (in HR)"],
            more: [
                "contacts/wei-chen.md": "---\nname: Wei Chen\n---\n",
                "interviews/2026-11-12-wei.md": "---\ncontact: \"[[Wei Chen]]\"\ndate: 2026-11-12\n---\n"
                    + "## Referrals\n- [[Jo]] — recruiter for data roles\n",
            ])
        let step = try #require(
            NextStepEngine(vault: vault, today: Self.today).steps().first { $0.kind == .contactReferral })
        #expect(step.details.contains("Noted with the name from Priya Shah: in HR"))
        #expect(step.details.contains("Noted with the name from Wei Chen: recruiter for data roles"))
    }

    @Test("the referrer's Led to and the person's own dossier show it")
    func dossiers() throws {
        let vault = try Self.vault(["[[Jo]] (in HR)", "Sam Lee"])
        let builder = DossierBuilder(vault: vault, today: Self.today)
        let priya = builder.dossier(for: try vault.node("Priya Shah"))
        #expect(priya.ledTo.map(\.person.name) == ["Jo", "Sam Lee"])
        #expect(priya.ledTo.map(\.remark) == ["in HR", nil])
        let jo = builder.dossier(for: try vault.node("Jo"))
        #expect(jo.remarks.map { "\($0.by.name): \($0.text)" } == ["Priya Shah: in HR"])
        #expect(DossierText(jo).text.contains("\n  Priya Shah gave you the name: in HR\n"))
        #expect(builder.dossier(for: try vault.node("Sam Lee")).remarks.isEmpty)
    }

    /// Trial finding: "Noted with the name: (in HR)", "Priya Shah gave you the name: [runs the
    /// data team]" and a Log line "emailed  [waiting on her reply]" printed the brackets around a
    /// remark, which read as a placeholder to fill in; brackets inside it, or a link, stay.
    @Test(
        "a remark in brackets is shown without them",
        arguments: [
            ("(in HR)", "in HR"), ("[waiting on her reply]", "waiting on her reply"), ("( spaced )", "spaced"),
            ("[[Jo Park]]", "[[Jo Park]]"), ("(a) and (b)", "(a) and (b)"), ("[see](x.md)", "[see](x.md)"),
            ("()", "()"), ("in HR", "in HR"), ("(unclosed", "(unclosed"),
        ])
    func unbracketed(written: String, shown: String) {
        #expect(Prose.unbracketed(written) == shown)
    }

    @Test("show prints a Log line's remark in brackets without them; --json keeps it as written")
    func logRemark() throws {
        let vault = try TemporaryVault.load([
            "contacts/priya.md": "---\nname: Priya Shah\n---\n## Log\n- 2026-11-02 emailed [waiting on her reply]\n"
                + "- 2026-11-03 called: (left a voicemail)\n- 2026-11-04 replied: yes (Tuesday) or (Wednesday)\n"
        ])
        let priya = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Priya Shah"))
        let text = DossierText(priya).text
        #expect(text.contains("emailed  waiting on her reply\n"), "\(text)")
        #expect(text.contains("called   left a voicemail\n"), "\(text)")
        #expect(text.hasSuffix("replied  yes (Tuesday) or (Wednesday)"), "\(text)")
        #expect(priya.log.map(\.entry.text).first == "[waiting on her reply]")
    }
}
