import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// In a meeting with several people, a Referrals item whose words name one of them (`- Farah
/// Haddad — Claire's friend`) is that person's name to give, not everyone's: the thank-you to
/// the others does not thank them for it, and the step says whom to mention.
@Suite("Group meetings: the Referrals item that says who gave the name")
struct GroupReferralCreditTests {
    /// Aisha, Ben and Claire met you together on 2026-12-02; the Referrals section holds `item`.
    static func vault(_ item: String, farah: String? = nil) -> [String: String] {
        var files = [
            "contacts/aisha.md": F.contact("name: Aisha Mohammed", "added: 2026-11-12"),
            "contacts/ben.md": F.contact("name: Ben Okoro"),
            "contacts/claire.md": F.contact("name: Claire Dubois"),
            "interviews/2026-12-02-acme.md": F.interview(
                "[\"[[Aisha Mohammed]]\", \"[[Ben Okoro]]\", \"[[Claire Dubois]]\"]", "2026-12-02 15:00",
                body: "## Referrals\n- \(item)\n"),
        ]
        if let farah { files["contacts/farah.md"] = farah }
        return files
    }

    static func referrers(_ files: [String: String]) throws -> [String] {
        let vault = try TemporaryVault.load(files)
        let farah = try vault.node("Farah Haddad")
        return vault.graph.edges(.referred, to: farah).map { vault.graph.nodes[$0.from].name }.sorted()
    }

    @Test(
        "the item's words name who gave the name: only they are credited",
        arguments: [
            ("Farah Haddad — Claire's friend, ID at Desjardins", ["Claire Dubois"]),
            ("[[Farah Haddad]] — [[Claire Dubois|Claire]] will introduce us", ["Claire Dubois"]),
            ("Farah Haddad (Ben Okoro and Claire Dubois both know her)", ["Ben Okoro", "Claire Dubois"]),
            ("Farah Haddad — ID at Desjardins", ["Aisha Mohammed", "Ben Okoro", "Claire Dubois"]),
            // Not written as a name: "claire" in lower case is no one's.
            ("Farah Haddad — a claire-obscure designer", ["Aisha Mohammed", "Ben Okoro", "Claire Dubois"]),
        ])
    func credit(_ item: String, _ expected: [String]) throws {
        #expect(try Self.referrers(Self.vault(item)) == expected)
    }

    @Test("the referred person's own referred_by still decides first")
    func referredByFirst() throws {
        let farah = F.contact("name: Farah Haddad", "referred_by: \"[[Ben Okoro]]\"", "added: 2026-12-03")
        #expect(try Self.referrers(Self.vault("Farah Haddad — Claire's friend", farah: farah)) == ["Ben Okoro"])
    }

    @Test("the finding: Ben is not thanked for Claire's friend, and the step says to mention Claire")
    func stepsAndDraft() throws {
        let files = Self.vault("Farah Haddad — Claire's friend, ID at Desjardins")
        let steps = try F.details(files, today: "2026-12-07", kind: .contactReferral)
        let step = try #require(steps.first)
        #expect(step.title == "Contact Farah Haddad, referred by Claire Dubois")
        #expect(step.details.contains("Noted with the name: Claire's friend, ID at Desjardins"))
        let ben = try #require(
            try F.details(files, today: "2026-12-07", kind: .thankYou).first { $0.contact == "Ben Okoro" })
        #expect(!ben.details.joined().contains("Farah"), "\(ben.details)")
        let draft = try ThankYouDraftTests.draft(files, to: "Ben Okoro", today: "2026-12-07").0
        #expect(!draft.contains("Farah"), "\(draft)")
        let claire = try ThankYouDraftTests.draft(files, to: "Claire Dubois", today: "2026-12-07").0
        #expect(claire.contains("suggesting I talk to Farah Haddad"), "\(claire)")
    }

    @Test("an item that names no one there credits all three, and its remark is said once, as no one's")
    func remarkOfTheWholeMeeting() throws {
        let steps = try F.details(
            Self.vault("Farah Haddad — ID at Desjardins"), today: "2026-12-07", kind: .contactReferral)
        let step = try #require(steps.first)
        #expect(step.details.contains("Noted with the name: ID at Desjardins"), "\(step.details)")
    }
}
