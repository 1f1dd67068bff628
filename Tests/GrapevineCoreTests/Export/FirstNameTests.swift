import Testing

@testable import GrapevineCore

/// A contact's `first_name:`: the name drafts greet them by and the given name of their card,
/// when their name does not say it first.
@Suite("first_name: how to greet someone, and their card's given name")
struct FirstNameTests {
    static let files = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/nguyen-van-an.md": "---\nname: Nguyễn Văn An\nfirst_name: An\nadded: 2026-11-01\n---\n",
        "contacts/jose.md": "---\nname: José María Ortega y Gasset\nfirst_name: José María\nadded: 2026-11-01\n---\n",
        "contacts/bob.md": "---\nname: Robert Smith\nfirst_name: Bob\nadded: 2026-11-01\n---\n",
        "contacts/obi.md": "---\nname: Dr. Nkechi Obi\nadded: 2026-11-01\n---\n",
        "contacts/wang.md": "---\nname: Wang Fang\nnickname: Fang\nadded: 2026-11-01\n---\n",
    ]

    @Test(
        "N: the given name as first_name says, the words before it a family name when it is written last",
        arguments: [
            ("Nguyễn Văn An", "An", ["Nguyễn Văn"], ["An"], [String]()),
            ("José María Ortega y Gasset", "José María", ["Gasset"], ["José María"], ["Ortega", "y"]),
            ("Mary Ann Smith", "Mary", ["Smith"], ["Mary"], ["Ann"]),
            ("Robert Smith", "Bob", ["Smith"], ["Bob"], []),
            ("Dr. Nkechi Obi", "nkechi", ["Obi"], ["nkechi"], []),
            ("Lopez, Maria", "Maria", ["Lopez"], ["Maria"], []),
            ("Maria Lopez", "  ", ["Lopez"], ["Maria"], []),
        ] as [(String, String, [String], [String], [String])])
    func nameParts(name: String, firstName: String, family: [String], given: [String], additional: [String]) {
        let parts = NameParts(name, firstName: firstName)
        #expect(parts.family == family)
        #expect(parts.given == given)
        #expect(parts.additional == additional)
    }

    @Test("the card's N has the given name first_name says; without it, as before")
    func cards() throws {
        let cards = try ContactCards(
            vault: TemporaryVault.load(Self.files), isPublic: false, today: LocalDate(valid: "2026-12-01")
        ).cards
        let an = try #require(cards.first { $0.formattedName == "Nguyễn Văn An" })
        #expect(an.lines.contains("N:Nguyễn Văn;An;;;"))
        let obi = try #require(cards.first { $0.formattedName == "Dr. Nkechi Obi" })
        #expect(obi.name.given == ["Nkechi"])
    }

    @Test("drafts greet by first_name, else as before; a nickname: key is pointed to first_name")
    func greeting() throws {
        let vault = try TemporaryVault.load(Self.files)
        let composer = DraftComposer(
            vault: vault, today: LocalDate(valid: "2026-12-01"), templates: TemplateLibrary(vaultRoot: vault.root))
        let greeting = { (name: String) throws -> String? in
            composer.values(.outreach, to: try vault.node(name), interview: nil)["greeting_name"] as? String
        }
        #expect(try greeting("Nguyễn Văn An") == "An")
        #expect(try greeting("José María Ortega y Gasset") == "José María")
        #expect(try greeting("Robert Smith") == "Bob")
        #expect(try greeting("Dr. Nkechi Obi") == "Dr. Obi")
        #expect(try greeting("Wang Fang") == "Wang")
        #expect(
            vault.diagnostics.contains { $0.file == "contacts/wang.md" && $0.hint == "did you mean 'first_name'?" },
            "\(vault.diagnostics)")
    }

    @Test("a vCard's N given name the name holds but does not start with is read as first_name")
    func importedFirstName() throws {
        let file = try VCardFile.read(
            Array(
                """
                BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nguyễn Văn An\r\nN:Nguyễn;An;Văn;;\r\nEND:VCARD\r\n\
                BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maria Lopez\r\nN:Lopez;Maria;;;\r\nEND:VCARD\r\n\
                BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Smith\r\nN:Smith;Robert;;;\r\nEND:VCARD\r\n
                """.utf8), file: "contacts.vcf")
        #expect(file.people.map(\.firstName) == ["An", nil, nil])
        let fields = file.people[0].newNoteFields(organization: nil, source: nil, referredBy: [])
        #expect(fields.frontMatter.first == .init(key: "first_name", value: "An"))
    }
}
