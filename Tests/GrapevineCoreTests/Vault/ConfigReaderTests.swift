import Testing

@testable import GrapevineCore

@Suite("a broken .grapevine/config.yml")
struct ConfigReaderTests {
    static let notes = [
        "contacts/ann-lee.md": "---\nname: Ann Lee\n---\n",
        "organizations/acme.md": "---\nname: Acme\n---\n",
    ]

    /// Loads the two notes with `config` as the config file's bytes.
    func load(_ config: [UInt8]) throws -> Vault {
        try TemporaryVault.load(Self.notes, bytes: [ConfigReader.path: config])
    }

    /// Each diagnostic as `severity file:line:column: message`.
    func problems(_ vault: Vault) -> [String] {
        vault.diagnostics.map { "\($0.located): \($0.message)" }
    }

    @Test(
        "is one error at the place it breaks; the defaults are used and every note is indexed",
        arguments: [
            (
                "not UTF-8", Array("owner: Al".utf8) + [0xFF] + Array("ex\n".utf8),
                "error .grapevine/config.yml:1:10: the config file is not valid UTF-8"
            ),
            (
                "an unclosed bracket", Array("owner: Alex Kim\nignore: [drafts\n".utf8),
                "error .grapevine/config.yml:2:9: malformed config: did not find expected ',' or ']' "
                    + "(while parsing a flow sequence)"
            ),
            (
                "an unclosed quote", Array("owner: \"Alex Kim\n".utf8),
                "error .grapevine/config.yml:1:8: malformed config: found unexpected end of stream "
                    + "(while scanning a quoted scalar)"
            ),
            (
                "a list", Array("- owner: Alex Kim\n- ignore: [drafts]\n".utf8),
                "error .grapevine/config.yml:1:1: the config must be a mapping of 'key: value' lines"
            ),
            (
                "a scalar after comments", Array("# settings\nAlex Kim\n".utf8),
                "error .grapevine/config.yml:2:1: the config must be a mapping of 'key: value' lines"
            ),
        ] as [(String, [UInt8], String)])
    func unreadable(_ what: String, config: [UInt8], expected: String) throws {
        let vault = try load(config)
        #expect(problems(vault) == [expected], "\(what)")
        #expect(vault.diagnostics.map(\.code) == [.malformedConfig], "a note's code is not the config's")
        #expect(vault.config.owner == nil)
        #expect(vault.config.ignore.isEmpty)
        #expect(vault.notes.map(\.path).sorted() == ["contacts/ann-lee.md", "organizations/acme.md"])
        #expect(vault.filesWithErrors == 1)
    }

    @Test("a key written twice is an error; ignore and private_fields join both lists, other keys read the last")
    func repeatedKeys() throws {
        let config = """
            owner: Alex Kim
            ignore: []
            private_fields: [email, phone, organization]
            owner: Alexandra Kim
            ignore: ["contacts/diary.md"]
            private_fields: [location]

            """
        let vault = try load(Array(config.utf8))
        #expect(
            problems(vault) == [
                "error .grapevine/config.yml:4:1: the key 'owner' appears twice; the value on line 4 is read",
                "error .grapevine/config.yml:5:1: the key 'ignore' appears twice; both lists are read",
                "error .grapevine/config.yml:6:1: the key 'private_fields' appears twice; both lists are read",
            ])
        #expect(vault.diagnostics.allSatisfy { $0.code == .malformedConfig })
        #expect(vault.config.owner == "Alexandra Kim")
        #expect(vault.config.ignore == ["contacts/diary.md"])
        #expect(vault.config.privateFields == ["email", "phone", "organization", "location"])
    }

    @Test(
        "holding no value is the defaults, without a word",
        arguments: ["", "\n\n", "# nothing set yet\n", "---\n", "--- \n# owner: Alex Kim\n", "---\n...\n", "~\n"])
    func empty(_ text: String) throws {
        let vault = try load(Array(text.utf8))
        #expect(vault.diagnostics.isEmpty, "\(problems(vault))")
        #expect(vault.config.owner == nil)
        #expect(vault.notes.count == 2)
    }

    @Test("a key of the wrong type is an error at its value; the other keys still apply")
    func wrongTypes() throws {
        let config = """
            owner: [Alex Kim]
            site: { title: Alex's search, out: [a, b] }
            cadence: 5
            questions: { first: Why? }
            ignore: [drafts/**]
            holidays: 2026-11-26

            """
        let vault = try load(Array(config.utf8))
        #expect(
            problems(vault) == [
                "error .grapevine/config.yml:1:8: 'owner' should be text, not a list",
                "error .grapevine/config.yml:2:36: 'out' should be text, not a list",
                "error .grapevine/config.yml:3:10: 'cadence' should be a mapping of 'key: value' lines, not '5'",
                "error .grapevine/config.yml:4:12: 'questions' should be text or a list of text, not a mapping",
            ])
        #expect(vault.config.owner == nil)
        #expect(vault.config.siteTitle == "Alex's search")
        #expect(vault.config.siteOut == Config().siteOut)
        var cadence = Cadence()
        cadence.holidays = [LocalDate(valid: "2026-11-26")]
        #expect(vault.config.cadence == cadence)
        #expect(vault.config.questions == Config().questions)
        #expect(vault.config.ignore == ["drafts/**"])
        #expect(vault.notes.count == 2)
    }

    @Test(
        "search_ended is a date; anything else is an error and the search goes on",
        arguments: [
            ("search_ended: 2026-12-04\n", "2026-12-04", nil),
            ("search_ended: Dec 4\n", nil, "error .grapevine/config.yml:1:15: invalid date 'Dec 4' for 'search_ended'"),
        ] as [(String, String?, String?)])
    func searchEnded(text: String, ended: String?, problem: String?) throws {
        let vault = try load(Array(text.utf8))
        #expect(vault.config.searchEnded == ended.map(LocalDate.init(valid:)))
        #expect(problems(vault) == [problem].compactMap { $0 })
    }

    @Test("a cadence that is not a whole number is an error naming the key; the default stays")
    func cadenceNotANumber() throws {
        let vault = try load(Array("cadence:\n  thank_you_days: soon\n  update_days: 20\n".utf8))
        #expect(
            problems(vault) == [
                "error .grapevine/config.yml:2:19: 'thank_you_days' should be a whole number, not 'soon'"
            ])
        #expect(vault.config.cadence.thankYouDays == Cadence().thankYouDays)
        #expect(vault.config.cadence.updateDays == 20)
    }

    @Test(
        "a list key of the wrong type keeps its default: the question bank stays, email and phone stay private",
        arguments: ["private_fields: {email: yes}\n", "private_fields: [{email: yes}]\n"])
    func listKeyOfTheWrongType(_ config: String) throws {
        let vault = try load(Array((config + "questions: {first: Why?}\n").utf8))
        #expect(vault.diagnostics(.wrongType).count == 2, "\(problems(vault))")
        #expect(vault.config.privateFields == ["email", "phone"])
        #expect(vault.config.questions == Config().questions)
    }

    @Test(
        "a list of fields written as text with commas is read as the list, with a warning that shows it",
        arguments: [
            (
                "private_fields: email, phone, salary\n", ["email", "phone", "salary"],
                "warning .grapevine/config.yml:1:17: 'email, phone, salary' in 'private_fields' is one text with "
                    + "commas in it; it is read as the list [email, phone, salary]"
            ),
            (
                "public_fields: [salary, \"location, pronouns\"]\n", ["salary", "location", "pronouns"],
                "warning .grapevine/config.yml:1:25: 'location, pronouns' in 'public_fields' is one text with "
                    + "commas in it; it is read as the list [salary, location, pronouns]"
            ),
        ])
    func commasInText(config: String, read: [String], problem: String) throws {
        let vault = try load(Array(config.utf8))
        #expect((config.hasPrefix("private") ? vault.config.privateFields : vault.config.publicFields) == read)
        #expect(problems(vault) == [problem])
        #expect(vault.diagnostics.first?.code == .listAsText)
        let key = config.prefix { $0 != ":" }
        #expect(vault.diagnostics.first?.hint == "write '\(key): [\(read.joined(separator: ", "))]'")
    }

    @Test func aMisspelledFieldInTextWithCommasIsNamed() throws {
        let vault = try load(Array("private_fields: email, organisation\n".utf8))
        #expect(vault.config.privateFields == ["email", "organisation"])
        #expect(Set(vault.diagnostics.map(\.code)) == [.listAsText, .unknownKey])
    }

    /// Trial of December 6, evening: `name` in `private_fields` was read and did nothing.
    @Test(
        "name in private_fields is an error that says to mark the note private instead",
        arguments: [
            ("private_fields: [name, title, organization, tags]\n", "1:18: 'name'"),
            ("private_fields: [email]\nprivate_fields: [Name]\n", "2:18: 'Name'"),
            ("private_fields: email, name\n", "1:17: 'name'"),
        ])
    func nameIsNoPrivateField(config: String, problem: String) throws {
        let vault = try load(Array(config.utf8))
        let error = try #require(vault.diagnostics.first { $0.code == .invalidValue })
        #expect(
            "\(error.located): \(error.message)".hasSuffix(
                "\(problem) cannot be a private field: a note's name is its page's title and the text of every link "
                    + "to it, so the public site would show it all the same"))
        #expect(error.severity == .error)
        #expect(error.hint?.contains("write 'private: true' in each note") == true)
        let fields = try load(Array("private_fields: [title, tags]\npublic_fields: [name]\n".utf8))
        #expect(fields.diagnostics.isEmpty, "other fields, and name in public_fields, are fine")
    }

    /// Trial of December 6, evening: `site: {out: contacts}` hid every contact from every
    /// command, and a `site.out` where no site may go passed `check`.
    @Test(
        "a site.out where no site may go is an error at its place; a folder of notes is still read",
        arguments: [
            ("site: {out: contacts}\n", "'site.out' cannot be 'contacts': it holds notes of the vault, such as "),
            ("site: {out: ../outside}\n", "'site.out' cannot be '../outside': it is outside the vault"),
            ("site: {out: \".\"}\n", "'site.out' cannot be '.': it is the vault itself"),
            ("site: {out: .git}\n", "'site.out' cannot be '.git': it is in the vault's hidden folder '.git'"),
        ])
    func siteOutWhereNoSiteMayGo(config: String, problem: String) throws {
        let vault = try load(Array(config.utf8))
        let error = try #require(vault.diagnostics.first { $0.file == ConfigReader.path })
        #expect("\(error.located): \(error.message)".hasPrefix("error .grapevine/config.yml:1:13: " + problem))
        #expect(error.hint?.contains("'out: _site'") == true)
        #expect(vault.notes.map(\.path).sorted() == ["contacts/ann-lee.md", "organizations/acme.md"])
    }

    @Test("a site folder a build made is still skipped; one of your own is fine")
    func siteFolderOfItsOwn() throws {
        let vault = try TemporaryVault.load(
            Self.notes.merging([
                ".grapevine/config.yml": "site: {out: public}\n", "public/.grapevine-site": "",
                "public/stray.md": "---\nname: Stray\n---\n",
            ]) { $1 })
        #expect(vault.diagnostics.isEmpty)
        #expect(vault.notes.map(\.path).sorted() == ["contacts/ann-lee.md", "organizations/acme.md"])
    }

    @Test(
        "an ignore pattern that cannot be read is an error; one that leaves out every note a warning",
        arguments: [
            ("ignore: [\"[\"]\n", "error .grapevine/config.yml:1:10: the ignore pattern '[' cannot be read: "),
            ("ignore: [\"{a,b}/**\"]\n", "error .grapevine/config.yml:1:10: the ignore pattern '{a,b}/**' cannot"),
            ("ignore: [\"!drafts\"]\n", "error .grapevine/config.yml:1:10: the ignore pattern '!drafts' cannot"),
            ("ignore: [\"/\"]\n", "error .grapevine/config.yml:1:10: the ignore pattern '/' cannot be read: it"),
            ("ignore: [\"**\"]\n", "warning .grapevine/config.yml:1:10: the 'ignore' patterns leave out every note "),
            ("ignore: [drafts, \"*.md\"]\n", "warning .grapevine/config.yml:1:10: the 'ignore' patterns leave out"),
        ])
    func unreadableIgnore(config: String, problem: String) throws {
        let vault = try load(Array(config.utf8))
        #expect(problems(vault).count == 1)
        #expect(problems(vault).first?.hasPrefix(problem) == true, "\(problems(vault))")
        let fine = try load(Array("ignore: [\"drafts/**\", \"*.tmp.md\", \"notes/old?\"]\n".utf8))
        #expect(fine.diagnostics.isEmpty)
    }

    @Test("a config.yaml is an error saying it is not read, alone or beside config.yml")
    func configYAML() throws {
        let yaml = ".grapevine/config.yaml"
        let alone = try TemporaryVault.load(Self.notes.merging([yaml: "holidays: [2026-11-26]\n"]) { $1 })
        #expect(
            alone.diagnostics.map { "\($0.located): \($0.message) (\($0.hint ?? ""))" } == [
                "error \(yaml):1:1: grapevine reads its settings from .grapevine/config.yml, not from this file: "
                    + "none is used (rename it to .grapevine/config.yml)"
            ])
        #expect(alone.filesWithErrors == 1)
        let both = try TemporaryVault.load(
            Self.notes.merging([yaml: "owner: A\n", ConfigReader.path: "owner: B\n"]) { $1 })
        #expect(both.config.owner == "B")
        #expect(both.diagnostics.map(\.file) == [yaml])
        #expect(both.diagnostics.first?.hint?.hasPrefix("move what it sets into") == true)
    }

    @Test("an empty list is a choice, not a mistake: nothing private, no questions")
    func emptyLists() throws {
        let vault = try load(Array("private_fields: []\nquestions: []\n".utf8))
        #expect(vault.diagnostics.isEmpty)
        #expect(vault.config.privateFields.isEmpty)
        #expect(vault.config.questions.isEmpty)
    }
}
