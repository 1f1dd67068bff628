import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// In a meeting with several people, a Resources or Leads item that is another's (`Lee: read
/// "Mismatch"`, `… on Dana's team`) is not said to be "as you recommended" or "the opening you
/// mentioned" in a message to someone else; to its own person it is said without their name.
@Suite("Drafts: what another of the people met said")
struct WhatAnotherSaidTests {
    /// Dana and Lee met you on 2026-10-15; Priya gave you Lee's name.
    static let files: [String: String] = [
        "contacts/dana.md": F.contact("name: Dana Ortiz"),
        "contacts/lee.md": F.contact("name: Lee Park", "referred_by: Priya Shah", "added: 2026-10-01"),
        "contacts/priya.md": F.contact("name: Priya Shah"),
        "interviews/joint.md": F.interview(
            "[\"[[Dana Ortiz]]\", \"[[Lee Park]]\"]", "2026-10-15",
            body: "## Resources\n- [x] Lee: read \"Mismatch\" by Kat Holmes\n- [ ] Join the Civic Tech Slack\n\n"
                + "## Leads\n- Junior analyst opening on Dana's team\n"),
    ]

    static func thankYou(_ files: [String: String] = files, to name: String) throws -> String {
        try ThankYouDraftTests.draft(files, to: name, today: "2026-10-16").0
    }

    @Test("the thank-you says as recommended only what this person recommended, and the openings they mentioned")
    func thankYou() throws {
        let dana = try Self.thankYou(to: "Dana Ortiz")
        #expect(dana.contains("I will join the Civic Tech Slack, as you recommended.\n"), "\(dana)")
        #expect(!dana.contains("Mismatch"), "\(dana)")
        #expect(dana.contains("the opening you mentioned: Junior analyst opening on Dana's team."), "\(dana)")
        let lee = try Self.thankYou(to: "Lee Park")
        // "Mismatch" is ticked: read already, not promised.
        #expect(
            lee.contains(
                "I will join the Civic Tech Slack, as you recommended. I have already read \"Mismatch\" by Kat Holmes."),
            "\(lee)")
        #expect(!lee.contains("opening"), "\(lee)")
    }

    @Test("the update and its step tell each what they recommended and you did")
    func update() throws {
        let (lee, _, _) = try UpdateDraftTests.update(Self.files, to: "Lee Park", today: "2026-11-20")
        #expect(lee.contains("As you recommended, I have read \"Mismatch\" by Kat Holmes.\n"), "\(lee)")
        let (dana, values, _) = try UpdateDraftTests.update(Self.files, to: "Dana Ortiz", today: "2026-11-20")
        #expect(!dana.contains("Mismatch"), "\(dana)")
        #expect(values["nothing_yet"] as? Bool == true)
        let steps = try F.details(Self.files, today: "2026-11-20", kind: .update)
        #expect(
            steps.first { $0.contact == "Lee Park" }?.details == [
                "You followed up on: read \"Mismatch\" by Kat Holmes."
            ])
        #expect(steps.first { $0.contact == "Dana Ortiz" }?.details.contains { $0.contains("Mismatch") } == false)
    }

    @Test("the note to the referrer says only the openings the person referred mentioned")
    func tellReferrer() throws {
        let vault = try TemporaryVault.load(Self.files)
        let day = LocalDate(valid: "2026-10-20")
        let composer = DraftComposer(vault: vault, today: day, templates: TemplateLibrary(vaultRoot: vault.root))
        let text = try composer.draft(.tellReferrer, to: try vault.node("Priya Shah"), interview: nil)
        #expect(text.contains("I met Lee Park"), "\(text)")
        #expect(!text.contains("Junior analyst"), "\(text)")
    }

    @Test(
        "met alone, every item is theirs, said without their name before a colon",
        arguments: [
            ("- [ ] Lee: read \"Mismatch\"", "I will read \"Mismatch\", as you recommended."),
            ("- [ ] Dana's newsletter", "I will look into Dana's newsletter, as you recommended."),
            ("- [ ] Note: the 18F guide", "I will look into Note: the 18F guide, as you recommended."),
        ])
    func alone(_ item: String, _ said: String) throws {
        var files = Self.files
        files["interviews/joint.md"] = F.interview("Lee Park", "2026-10-15", body: "## Resources\n\(item)\n")
        let text = try Self.thankYou(files, to: "Lee Park")
        #expect(text.contains(said), "\(text)")
    }
}
