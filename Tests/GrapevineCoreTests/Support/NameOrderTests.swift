import Testing

@testable import GrapevineCore

/// People are listed by name as search folds it: a name that starts with an accented capital
/// (`Ørjan`, `Émilie`, `Łukasz`) is among its letter, not after Z.
@Suite("Names in order: accented capitals among their letters")
struct NameOrderTests {
    static let files = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "organizations/nordbank.md": "---\nname: Nordbank\n---\n",
        "contacts/zoe-zhang.md": "---\nname: Zoe Zhang\norganization: \"[[Nordbank]]\"\nadded: 2026-11-01\n---\n",
        "contacts/ørjan-aberg.md": "---\nname: Ørjan Åberg\norganization: \"[[Nordbank]]\"\nadded: 2026-11-01\n---\n",
        "contacts/emilie-dubois.md":
            "---\nname: Émilie Dubois\norganization: \"[[Nordbank]]\"\nadded: 2026-11-01\n---\n",
        "contacts/lukasz.md": "---\nname: Łukasz Nowak\norganization: \"[[Nordbank]]\"\nadded: 2026-11-01\n---\n",
        "contacts/anna-berg.md": "---\nname: Anna Berg\norganization: \"[[Nordbank]]\"\nadded: 2026-11-01\n---\n",
        "contacts/oscar.md": "---\nname: oscar Pettersson\norganization: \"[[Nordbank]]\"\nadded: 2026-11-01\n---\n",
    ]
    static let byName = [
        "Anna Berg", "Émilie Dubois", "Łukasz Nowak", "Ørjan Åberg", "oscar Pettersson", "Zoe Zhang",
    ]

    @Test(arguments: [
        ("Ørjan", "Zoe"), ("Émilie", "Fred"), ("Łukasz", "Maria"), ("Ann Lee", "Anna"), ("Straße", "Strasser"),
        ("Anna", "anna"),
    ])
    func precedes(first: String, second: String) {
        #expect(NameKey.precedes(first, second))
        #expect(!NameKey.precedes(second, first))
    }

    @Test("an organization's people (show's 'People there') are listed by folded name")
    func peopleThere() throws {
        let vault = try TemporaryVault.load(Self.files)
        let dossier = DossierBuilder(vault: vault, today: LocalDate(valid: "2026-12-01")).dossier(
            for: try vault.node("Nordbank"))
        #expect(dossier.people.map(\.person.name) == Self.byName)
    }

    @Test("graph --format json lists notes by folded path")
    func graphExport() throws {
        let export = GraphExport(vault: try TemporaryVault.load(Self.files))
        let contacts = export.nodes.compactMap(\.file).filter { $0.hasPrefix("contacts/") }
        #expect(
            contacts == [
                "contacts/anna-berg.md", "contacts/emilie-dubois.md", "contacts/lukasz.md",
                "contacts/ørjan-aberg.md", "contacts/oscar.md", "contacts/zoe-zhang.md",
            ])
    }

    @Test("the site's table of contacts: rows by folded name, data-sort folded as they are")
    func contactsTable() async throws {
        let folder = try TestFolder()
        try folder.write(Self.files)
        let builder = SiteBuilder(
            vault: VaultLoader.load(root: folder.root), today: LocalDate(valid: "2026-12-01"), isPublic: false,
            templates: try SiteTemplates(vaultRoot: folder.root))
        let rows = builder.contactsPage().rows
        #expect(rows.map(\.person.name) == Self.byName)
        #expect(rows.map(\.sortName) == rows.map(\.sortName).sorted())
        let orjan = try #require(rows.first { $0.person.name == "Ørjan Åberg" })
        #expect(orjan.sortName == "orjan-aberg")
    }
}
