import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// SPEC §2.2 cuts an unlinked Referrals item at its first comma; a name written family name first
/// (`Ortiz, Dana`) is the exception, and so is a given name and where they work (`Sara,
/// Acmecorp`): which of the two an item is, a contact's note tells first
/// (`ReferenceIndex.referred(by:)`).
@Suite("Referrals items written family name first")
struct FamilyNameFirstTests {
    private static func files(item: String, more: [String: String] = [:]) -> [String: String] {
        [
            "contacts/wei.md": F.contact("name: Wei Chen", "added: 2026-11-01"),
            "interviews/i.md": F.interview("\"[[Wei Chen]]\"", "2026-11-16", body: "## Referrals\n\(item)\n"),
        ].merging(more) { _, new in new }
    }

    @Test(
        "with no note to tell, the reading a person would make",
        arguments: [
            ("- ortiz, dana", "dana ortiz"),
            ("- van der berg, anna", "anna van der berg"),
            ("- Lee, Mary Ann", "Mary Ann Lee"),
            ("- Lee, Mary Ann (her manager)", "Mary Ann Lee"),
            ("- Okafor, Chidi — data lead", "Chidi Okafor"),
            ("- Lind, Sara", "Sara Lind"),
            ("- Thomas, Ruth", "Ruth Thomas"),
            ("- Sara, Acmecorp", "Sara"),
            ("- sara, acmecorp", "sara"),
            ("- Priya, Flutterwave — data", "Priya"),
            ("- Kim, Product Design", "Kim"),
            ("- bo, recruiter", "bo"),
            ("- Sara, Northwind's CTO", "Sara"),
        ])
    func noNoteToTell(item: String, name: String) throws {
        let files = Self.files(item: item)
        let vault = try TemporaryVault.load(files)
        #expect(vault.graph.referrals(by: try vault.node("Wei Chen")) == [try vault.node(name)])
        #expect(
            vault.diagnostics(.missingNote).map(\.message) == [
                "no note for '\(name)' yet; they are a placeholder person"
            ])
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .contactReferral).first)
        #expect(step.title == "Contact \(name), referred by Wei Chen")
    }

    @Test(
        "a contact's note found by one reading decides",
        arguments: [
            ("- Thomas, Zelda", "contacts/zelda.md", "name: Zelda Thomas", "Zelda Thomas"),
            ("- Tunji, Flutterwave", "contacts/tunji.md", "name: Tunji Bello\naliases: [Tunji]", "Tunji Bello"),
            ("- Sara, Acmecorp", "contacts/sara.md", "name: Acmecorp Sara", "Acmecorp Sara"),
            ("- lee, mary ann", "contacts/mary.md", "name: Mary Ann Lee", "Mary Ann Lee"),
        ])
    func noteDecides(item: String, path: String, frontMatter: String, name: String) throws {
        let without = try TemporaryVault.load(Self.files(item: item))
        #expect(!without.graph.nodes.contains { $0.name == name })
        let vault = try TemporaryVault.load(Self.files(item: item, more: [path: "---\n\(frontMatter)\n---\n"]))
        #expect(vault.graph.referrals(by: try vault.node("Wei Chen")) == [try vault.node(atPath: path)])
        #expect(vault.diagnostics(.missingNote).isEmpty)
    }

    @Test("an organization's note called as the words after the comma places the name before it there")
    func organizationAfterComma() throws {
        let vault = try TemporaryVault.load(
            Self.files(item: "- Lind, Acme Foods", more: ["organizations/acme.md": "---\nname: Acme Foods\n---\n"]))
        let lind = try vault.node("Lind")
        #expect(vault.graph.referrals(by: try vault.node("Wei Chen")) == [lind])
        #expect(vault.graph.organization(of: lind) == (try vault.node(atPath: "organizations/acme.md")))
    }
}
