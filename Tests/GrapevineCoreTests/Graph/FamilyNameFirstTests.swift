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
            ("- Thomas, Zelda", "Zelda Thomas"),
            ("- Scott, Maren — data lead", "Maren Scott"),
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
            ("- Sara, Zelda", "contacts/zelda.md", "name: Zelda Sara", "Zelda Sara"),
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

    /// A contact whose `referred_by`, or an interview whose `contact`, is `value`.
    private static func fields(_ key: String, _ value: String) -> [String: String] {
        key == "referred_by"
            ? ["contacts/bo.md": F.contact("name: Bo Chen", "added: 2026-11-01", "referred_by: \(value)")]
            : ["interviews/i.md": F.interview(value, "2026-11-12")]
    }

    @Test("a field written family name first names that person", arguments: ["referred_by", "contact"])
    func field(key: String) throws {
        let files = Self.fields(key, "Thomas, Zelda")
        let placeholder = try TemporaryVault.load(files)
        let zelda = try placeholder.node("Zelda Thomas")
        #expect(placeholder.graph.nodes[zelda].kind == .placeholderPerson)
        #expect(!placeholder.graph.nodes.contains { $0.name == "Thomas, Zelda" || $0.name == "Thomas" })
        #expect(
            placeholder.diagnostics(.missingNote).map(\.message) == [
                "no note for 'Zelda Thomas' yet; they are a placeholder person"
            ])
        #expect(try placeholder.node("Thomas, Zelda") == zelda)
        let path = "contacts/zelda-thomas.md"
        let vault = try TemporaryVault.load(files.merging([path: "---\nname: Zelda Thomas\n---\n"]) { $1 })
        #expect(vault.diagnostics.isEmpty)
        let note = try vault.node(atPath: path)
        #expect(try vault.node("Thomas, Zelda") == note)
        let (kind, other) = key == "contact" ? (Graph.EdgeKind.met, "interviews/i.md") : (.referred, "contacts/bo.md")
        let (from, to) =
            key == "contact" ? (try vault.node(atPath: other), note) : (note, try vault.node(atPath: other))
        #expect(vault.graph.edges.contains { $0.kind == kind && $0.from == from && $0.to == to })
    }

    @Test(
        "a field that is no name written family name first is read as written",
        arguments: [
            "Smith, Jr.", "Acme, Inc.", "Lee, from HR", "Ana, Ben and Cy", "Thomas, Zelda (data)", "Ann Lee, PhD",
        ])
    func fieldAsWritten(value: String) throws {
        for key in ["referred_by", "contact"] {
            let vault = try TemporaryVault.load(Self.fields(key, value))
            #expect(vault.graph.nodes.contains { $0.name == value && $0.kind == .placeholderPerson }, "\(key)")
        }
    }

    @Test("a name written as a note's, or a field naming someone at an organization, is read as written")
    func noteAsWritten() throws {
        let alias = try TemporaryVault.load(
            Self.fields("referred_by", "Thomas, Zelda").merging(Self.files(item: "- Thomas, Zelda")) { $1 }.merging([
                "contacts/z.md": "---\nname: Zee Thomas\naliases: [\"Thomas, Zelda\"]\n---\n",
                "contacts/zelda-thomas.md": "---\nname: Zelda Thomas\n---\n",
            ]) { $1 })
        #expect(alias.graph.referrals(by: try alias.node(atPath: "contacts/z.md")) == [try alias.node("Bo Chen")])
        #expect(alias.graph.referrals(by: try alias.node("Wei Chen")) == [try alias.node(atPath: "contacts/z.md")])
        let place = try TemporaryVault.load(
            Self.fields("referred_by", "Sara, Northwind").merging([
                "organizations/northwind.md": "---\nname: Northwind\n---\n"
            ]) { $1 })
        #expect(place.graph.nodes.contains { $0.name == "Sara, Northwind" && $0.kind == .placeholderPerson })
    }
}
