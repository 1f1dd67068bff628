import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A Referrals item that names someone without a link and says where they work in brackets
/// right after the name (`Omar Said (City of Lakeport Digital Services)`) or after ` at `
/// (`Kim Ro at Northwind`) places them there, as `Omar Said at [[City of Lakeport Digital
/// Services]]` does, when the words are exactly an organization Grapevine knows: an
/// organization's note, or a placeholder a contact's `organization:` names. Other words are a
/// remark.
@Suite("Where a Referrals item without a link says someone works")
struct ReferralItemWorkplaceTests {
    /// Tomás, who works at Bluepeak (no note), gave a name; Civic Design Collective has a note.
    private static func files(item: String) -> [String: String] {
        [
            "contacts/tomas.md": F.contact("name: Tomás Ortega", "organization: Bluepeak", "added: 2026-11-01"),
            "organizations/civic.md": "---\nname: Civic Design Collective\naliases: [CDC]\n---\n",
            "interviews/i.md": F.interview("Tomás Ortega", "2026-12-01", body: "## Referrals\n\(item)\n"),
        ]
    }

    @Test(
        "in brackets or after ' at ': an organization's note or a placeholder organization",
        arguments: [
            ("- Omar Said (Civic Design Collective) — product lead, hiring in Q1", "Civic Design Collective"),
            ("- Omar Said (civic design collective)", "Civic Design Collective"),
            ("- Omar Said (CDC), product lead", "Civic Design Collective"),
            ("- Omar Said at Civic Design Collective — product lead", "Civic Design Collective"),
            ("- Omar Said at Civic Design Collective, product lead", "Civic Design Collective"),
            ("- Omar Said (Bluepeak) — research ops lead", "Bluepeak"),
            ("- Omar Said  ( Bluepeak )", "Bluepeak"),
            ("- Omar Said at Bluepeak", "Bluepeak"),
            ("- Omar Said at Bluepeak; ask about QA", "Bluepeak"),
            // Session 35: `Nina Petrova / Zephyr` showed "Zephyr" as a remark only.
            ("- Omar Said / Civic Design Collective", "Civic Design Collective"),
            ("- Omar Said / Bluepeak, research ops", "Bluepeak"), ("- Omar Said | Bluepeak", "Bluepeak"),
        ])
    func placed(item: String, organization: String) throws {
        let files = Self.files(item: item)
        let vault = try TemporaryVault.load(files)
        let omar = try vault.node("Omar Said")
        #expect(vault.graph.nodes[omar].kind == .placeholderPerson)
        #expect(vault.graph.referrers(of: omar) == [try vault.node("Tomás Ortega")])
        let workplace = try #require(vault.graph.organization(of: omar))
        #expect(vault.graph.nodes[workplace].name == organization)
        #expect(!vault.graph.nodes.contains { $0.kind == .placeholderOrganization && $0.name != "Bluepeak" })
        let step = try #require(try F.details(files, today: "2026-12-02", kind: .contactReferral).first)
        #expect(step.title == "Contact Omar Said (\(organization)), referred by Tomás Ortega")
        #expect(
            step.details.last
                == "No note yet: grapevine new contact \"Omar Said\" --org \(Shell.argument(organization))")
    }

    @Test(
        "words that are not an organization Grapevine knows stay a remark",
        arguments: [
            "- Omar Said (met at conference)", "- Omar Said (Northwind)", "- Omar Said at the meetup",
            "- Omar Said (Bluepeak's old CTO)", "- Omar Said (Civic Design Collective alumni)",
            "- Omar Said, Bluepeak", "- Omar Said — Bluepeak", "- Omar Said (Bluepeak",
            "- Omar Said\n  (Bluepeak)", "- Omar Said / met at the meetup",
        ])
    func remark(item: String) throws {
        let files = Self.files(item: item)
        let vault = try TemporaryVault.load(files)
        let omar = try vault.node("Omar Said")
        #expect(vault.graph.referrers(of: omar) == [try vault.node("Tomás Ortega")])
        #expect(vault.graph.organization(of: omar) == nil, "\(item)")
        let step = try #require(try F.details(files, today: "2026-12-02", kind: .contactReferral).first)
        #expect(step.details.last == "No note yet: grapevine new contact \"Omar Said\"")
    }

    @Test("a person with a note is where their note says, whatever the item says")
    func personWithNote() throws {
        var files = Self.files(item: "- Omar Said (Civic Design Collective)")
        files["contacts/omar.md"] = F.contact("name: Omar Said", "added: 2026-12-01")
        let vault = try TemporaryVault.load(files)
        #expect(vault.graph.organization(of: try vault.node("Omar Said")) == nil)
    }

    @Test("the item's remark keeps the words, as before")
    func remarkKept() throws {
        let vault = try TemporaryVault.load(Self.files(item: "- Omar Said (Bluepeak) — product lead"))
        let mention = try #require(vault.notes.first { $0.path == "interviews/i.md" }?.interview?.referrals.first)
        #expect(mention.person.target == "Omar Said")
        #expect(mention.placeAfterName?.target == "Bluepeak")
        #expect(mention.placeAfterName?.position == SourcePosition(line: 6, column: 14))
    }
}
