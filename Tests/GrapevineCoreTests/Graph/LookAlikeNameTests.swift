import Testing

@testable import GrapevineCore

/// Issue 17: one person written two ways, and close names suggested for a missing note.
@Suite("Look-alike and close names")
struct LookAlikeNameTests {
    // MARK: The key

    @Test(arguments: [
        ("Dr. Nkechi Obi", "Nkechi Obi", true),
        ("Prof. Dr. Nkechi Obi", "nkechi obi", true),
        ("Mrs Ana Li", "Ana Li", true),
        ("Mx. Sam Reyes", "Sam Reyes", true),
        ("Nkechi A. Obi", "Nkechi Obi", true),
        ("Nkechi A Obi", "Dr Nkechi Obi", true),
        ("Mary Jane K. L. Watson", "Mary Jane Watson", true),
        ("José Núñez", "JOSE NUNEZ", true),
        ("Jose\u{301} Nun\u{303}ez", "José Núñez", true),
        ("Mary O'Brien", "Mary OBrien", true),
        ("Mary O\u{2019}Brien", "mary o'brien", true),
        ("Mary-Jane Smith", "Mary Jane Smith", true),
        ("Łukasz Wójcik", "Lukasz Wojcik", true),
        ("Søren Ærø", "Soren Aero", true),
        // The family name written first, as in a list.
        ("Lopez, Maria", "Maria Lopez", true),
        ("lopez,maria", "Maria Lopez", true),
        ("López ,  María", "maria lopez", true),
        ("van der Berg, Pieter", "Pieter van der Berg", true),
        ("Obi, Dr. Nkechi A.", "Nkechi Obi", true),
        ("Lopez, Maria, PhD", "Maria Lopez, PhD", true),
        // The family name first in capitals.
        ("WATANABE Kenji", "Kenji Watanabe", true),
        ("Dr. WATANABE Kenji", "Kenji Watanabe", true),
        ("DE LA TOUR Anne-Sophie", "Anne-Sophie de la Tour", true),
        ("Jean-Pierre DUPONT", "Jean-Pierre Dupont", true),
        // Different people stay apart.
        ("Lopez, Mario", "Maria Lopez", false),
        ("Ann Lee, PhD", "PhD Ann Lee", false),
        ("Ana Li", "Ann Lee", false),
        ("J. Obi", "Nkechi Obi", false),
        ("Nkechi Obi", "Obi Nkechi", false),
        ("JP Morgan", "Morgan JP", false),
        ("MARIA LOPEZ", "Lopez Maria", false),
        ("Drew Obi", "Obi", false),
        ("Sam Reyes", "Sam Reyes Jr", false),
        ("Maria Lopez", "Mario Lopez", false),
    ])
    func key(_ a: String, _ b: String, same: Bool) {
        #expect(
            (NameKey.lookAlike(a) == NameKey.lookAlike(b)) == same, "\(NameKey.lookAlike(a)) / \(NameKey.lookAlike(b))")
    }

    @Test(arguments: [
        ("Dr. Nkechi A. Obi", "nkechi obi"),
        ("Dr.", "dr"),
        ("Mr Mx", "mx"),
        ("A. B.", "a b"),
        ("", ""),
    ])
    func keyText(_ name: String, key: String) {
        #expect(NameKey.lookAlike(name) == key)
    }

    @Test(
        "a name written family name first is read given name first; a suffix or legal form after a comma is not a name",
        arguments: [
            ("Lopez, Maria", "Maria Lopez"),
            ("van der Berg, Pieter", "Pieter van der Berg"),
            ("Lopez, Maria, PhD", "Maria Lopez, PhD"),
            ("Smith, John, Jr., MBA", "John Smith, Jr., MBA"),
            ("Lopez,Maria", "Maria Lopez"),
            ("Ann Lee, PhD", "Ann Lee, PhD"),
            ("Smith, Jr.", "Smith, Jr."),
            ("Acme Foods, Inc.", "Acme Foods, Inc."),
            ("Ann Lee, Bo Chen, Cy Park", "Ann Lee, Bo Chen, Cy Park"),
            ("Lopez,", "Lopez,"),
            (", Maria", ", Maria"),
            ("Maria Lopez", "Maria Lopez"),
        ])
    func givenNameFirst(_ name: String, read: String) {
        #expect(NameKey.givenNameFirst(name) == read)
    }

    @Test(arguments: [
        ("Abena Cruz", "Abena C. Cruz", true),
        ("Dr. Abena C Cruz", "Abena C. Cruz", true),
        ("Abena C. Cruz", "Abena K. Cruz", false),
        ("Abena C. K. Cruz", "Abena C. Cruz", false),
        ("Abena Cruz", "Abena Cruz", true),
    ])
    func middleInitials(_ a: String, _ b: String, agree: Bool) {
        #expect(NameKey.lookAlike(a) == NameKey.lookAlike(b))
        #expect(NameKey.initialsAgree(a, b) == agree)
    }

    @Test func contactsWithDifferentMiddleInitialsAreTwoPeople() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Abena C. Cruz\n---\n",
            "contacts/b.md": "---\nname: Abena K. Cruz\n---\n",
            "contacts/c.md": "---\nname: Abena Cruz\n---\n",
            "contacts/d.md": "---\nname: Dr. Abena K Cruz\n---\n",
            "contacts/pat.md": "---\nreferred_by: Abena R. Cruz\n---\n",
        ])
        // c may be either, and names the first; d is b written another way; pat's referrer is neither.
        #expect(
            vault.diagnostics(.lookAlikeNames).map(\.message) == [
                "'Abena Cruz' looks like the same person as 'Abena C. Cruz' (contacts/a.md:2)",
                "'Dr. Abena K Cruz' looks like the same person as 'Abena K. Cruz' (contacts/b.md:2)",
                "no note for 'Abena R. Cruz', but 'Abena Cruz' (contacts/c.md:2) looks like the same person",
            ])
    }

    // MARK: A name with no note that looks like a contact's

    static let obi = "---\nname: Dr. Nkechi Obi\n---\n"

    @Test(arguments: [
        (
            "a Referrals item", "interviews/i.md",
            "---\ncontact: Sam\ndate: 2026-11-02\n---\n## Referrals\n- Nkechi Obi — runs the lab\n",
            "warning interviews/i.md:6:3"
        ),
        ("a referred_by", "contacts/pat.md", "---\nreferred_by: Nkechi A. Obi\n---\n", "warning contacts/pat.md:2:14"),
        (
            "an interview's contact", "interviews/i.md", "---\ncontact: nkechi obi\ndate: 2026-11-02\n---\n",
            "warning interviews/i.md:2:10"
        ),
    ])
    func aPlaceholderThatLooksLikeAContactIsOneWarningNamingBoth(
        _ what: String, path: String, text: String, located: String
    ) throws {
        let vault = try TemporaryVault.load([
            "contacts/obi.md": Self.obi, "contacts/sam.md": "---\n---\nSam.\n", path: text,
        ])
        let warning = try #require(vault.diagnostics(.lookAlikeNames).only, "\(what)")
        #expect(warning.located == located)
        #expect(warning.message.contains("'Dr. Nkechi Obi' (contacts/obi.md:2) looks like the same person"))
        #expect(warning.hint?.contains("add '") == true)
        #expect(vault.diagnostics(.missingNote).isEmpty, "\(what): one warning, not two")
    }

    @Test func aDifferentPersonIsAMissingNoteAndNotSuggested() throws {
        let vault = try TemporaryVault.load([
            "contacts/ann-lee.md": "---\nname: Ann Lee\n---\n",
            "contacts/pat.md": "---\nreferred_by: Ana Li\n---\n",
        ])
        #expect(vault.diagnostics(.lookAlikeNames).isEmpty)
        let warning = try #require(vault.diagnostics(.missingNote).only)
        #expect(warning.hint == "create one with: grapevine new contact \"Ana Li\"")
    }

    // MARK: Two contact notes

    @Test func twoContactsWhoseNamesLookAlikeWarnAtTheLaterNamingTheFirst() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": Self.obi,
            "contacts/b.md": "---\ntitle: Lab lead\nname: Nkechi A. Obi\n---\n",
            "organizations/obi.md": "---\nname: Nkechi Obi\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.lookAlikeNames).only)
        #expect(warning.located == "warning contacts/b.md:3:7")
        #expect(warning.message == "'Nkechi A. Obi' looks like the same person as 'Dr. Nkechi Obi' (contacts/a.md:2)")
    }

    @Test func namesEqualWhenFoldedAreDuplicatesOnly() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Nkechi Obi\n---\n", "contacts/b.md": "---\nname: NKECHI  OBI\n---\n",
        ])
        #expect(vault.diagnostics(.lookAlikeNames).isEmpty)
        #expect(vault.diagnostics(.duplicateName).count == 1)
    }

    // MARK: Close names suggested for a missing note

    @Test(arguments: [
        (
            "one letter off", ["contacts/maria-lopez.md": ""], "Maria Lopes",
            "did you mean 'Maria Lopez' (contacts/maria-lopez.md)? if not, create one with: grapevine new contact \"Maria Lopes\""
        ),
        (
            "closest first, then by name, at most three",
            [
                "contacts/maria-lopez.md": "x", "contacts/marie-lopes.md": "x", "contacts/mario-lopez.md": "x",
                "contacts/marta-lopes.md": "x", "contacts/maria-lopes-diaz.md": "x",
            ],
            "Maria Lopes",
            "did you mean 'Maria Lopez' (contacts/maria-lopez.md), 'Marie Lopes' (contacts/marie-lopes.md) or 'Marta Lopes' (contacts/marta-lopes.md)? if not, create one with: grapevine new contact \"Maria Lopes\""
        ),
        (
            "nothing close", ["contacts/ann-lee.md": "x"], "Bob Stone",
            "create one with: grapevine new contact \"Bob Stone\""
        ),
        (
            "a short name allows one edit", ["contacts/ann.md": "x", "contacts/al.md": "x"], "Ana",
            "did you mean 'Ann' (contacts/ann.md)? if not, create one with: grapevine new contact \"Ana\""
        ),
        (
            "organizations are not people", ["organizations/maria-lopez.md": "x"], "Maria Lopes",
            "create one with: grapevine new contact \"Maria Lopes\""
        ),
        (
            "a last name cut to its initial", ["contacts/maria-lopez.md": "x", "contacts/maria-perez.md": "x"],
            "Maria L.",
            "did you mean 'Maria Lopez' (contacts/maria-lopez.md)? if not, create one with: grapevine new contact \"Maria L.\""
        ),
        (
            "a first name cut to its initial, accents folded",
            ["contacts/jose-nunez.md": "x", "contacts/jo-nunes.md": "x"],
            "J Núñez",
            "did you mean 'Jose Nunez' (contacts/jose-nunez.md)? if not, create one with: grapevine new contact \"J Núñez\""
        ),
        (
            "every way to expand the initial", ["contacts/hannah-brooks.md": "x", "contacts/hannah-baker.md": "x"],
            "Hannah B",
            "did you mean 'Hannah Baker' (contacts/hannah-baker.md) or 'Hannah Brooks' (contacts/hannah-brooks.md)? if not, create one with: grapevine new contact \"Hannah B\""
        ),
        (
            "initials alone stand for too many", ["contacts/maria-lopez.md": "x"], "M L",
            "create one with: grapevine new contact \"M L\""
        ),
        (
            "as many words", ["contacts/maria-lopez-diaz.md": "x"], "Maria L",
            "create one with: grapevine new contact \"Maria L\""
        ),
    ])
    func suggestions(_ what: String, files: [String: String], name: String, hint: String) throws {
        let vault = try TemporaryVault.load(
            files.merging(["contacts/pat.md": "---\nreferred_by: \(name)\n---\n"]) { a, _ in a })
        let warning = try #require(vault.diagnostics(.missingNote).only, "\(what)")
        #expect(warning.hint == hint, "\(what)")
    }

    @Test func organizationsAndBodyLinksAreSuggestedToo() throws {
        let vault = try TemporaryVault.load([
            "organizations/acme-foods.md": "x",
            "contacts/pat.md": "---\norganization: Acme Food\n---\nSee [[Acme Fods]].\n",
        ])
        #expect(
            vault.diagnostics(.missingNote).map(\.hint) == [
                "did you mean 'Acme Foods' (organizations/acme-foods.md)? if not, create one with: grapevine new org \"Acme Food\"",
                "did you mean 'Acme Foods' (organizations/acme-foods.md)? if not, check the spelling, or create the note",
            ])
    }

    @Test func aLinkToAnInterviewByItsDayAndPeopleSuggestsItsFile() throws {
        let interview = { (people: String, date: String) in "---\ncontact: [\(people)]\ndate: \(date)\n---\n" }
        let vault = try TemporaryVault.load([
            "contacts/priya.md":
                "---\nname: Priya Raman\n---\nSee [[2026-11-12 Priya Raman]], [[2026-11-12 Núñez]], [[2026-11-12]] and [[2026-11-13 Priya]]. ([[2026-11-12 José]] is the file's stem as a slug, and found.)\n",
            "interviews/2026-11-12-priya.md": interview("Priya Raman", "2026-11-12 15:00"),
            "interviews/2026-11-12-jose.md": interview("José Núñez, Ana Li", "2026-11-12"),
            "contacts/jose.md": "---\nname: José Núñez\n---\n", "contacts/ana.md": "---\nname: Ana Li\n---\n",
        ])
        let priya = "[[interviews/2026-11-12-priya]] (the interview with Priya Raman on 2026-11-12)"
        let jose = "[[interviews/2026-11-12-jose]] (the interview with José Núñez and Ana Li on 2026-11-12)"
        #expect(
            vault.diagnostics(.missingNote).map(\.hint) == [
                "did you mean \(priya)? an interview is linked by its file",
                "did you mean \(jose)? an interview is linked by its file",
                // The day alone: both that day, in file order.
                "did you mean \(jose) or \(priya)? an interview is linked by its file",
                // No interview that day: what any other missing link gets.
                "check the spelling, or create the note",
            ])
    }

    // A hang guard, not a timing: the suite runs beside a hundred others on two cores.
    @Test(.timeLimit(.minutes(1)))
    func closeNamesAreFoundAmongManyWithoutComparingEveryPair() throws {
        // 19,200 names as people have them; each look-up compares a few dozen at most (comparing
        // every pair, 500 look-ups would be 9.6 million comparisons, minutes in a debug build).
        let first =
            "Maria Sam Dan Priya Alex Jordan Taylor Morgan Casey Riley Jamie Avery Quinn Rowan Sasha Elena Marco Lucia Pablo Sofia Mateo Valentina Diego Camila Javier Isabel Carmen Luis Ana Wei Mei Jun Hana Yuki Kenji Aiko Arjun Ananya Rohan Kavya"
            .split(separator: " ")
        let middle = "Ann Lee Rose Jean Marie Lou Kay Jo Ray Lynn Mae Sue".split(separator: " ")
        let last =
            "Lopez Reyes Kim Natarajan Chen Patel Nguyen Garcia Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Torres Hill Green Adams Baker"
            .split(separator: " ")
        var names: [String] = []
        for a in first { for b in middle { for c in last { names.append("\(a) \(b) \(c)") } } }
        let notes = names.enumerated().map { index, name in
            Note(
                path: "contacts/\(index).md", kind: .contact, name: name, hasExplicitName: true, aliases: [],
                title: nil, tags: [], privacy: .published, reminders: [], frontMatter: FrontMatter(),
                body: MarkdownDocument(), text: "", bodyLineOffset: 0, details: .other)
        }
        let close = CloseNames(notes: notes, lookAlikeKeys: names.map(NameKey.lookAlike))
        let found = names.prefix(500).map { close.matches(for: "Dr. " + $0.dropLast(), kinds: [.contact]) }
        #expect(found[0].first.map { notes[$0.note].name } == names[0])
        #expect(found.allSatisfy { $0.count <= CloseNames.suggestionLimit && !$0.isEmpty })
    }

    // MARK: Names with a comma

    static let commaVault = [
        "contacts/ann-lee.md": "---\nname: Ann Lee\n---\n",
        "contacts/bo-chen.md": "---\nname: Bo Chen\n---\n",
    ]

    @Test("several people written as one name get a warning that says to write a list")
    func severalPeopleAsOneName() throws {
        var files = Self.commaVault
        files["contacts/cy.md"] = "---\nname: Cy Diaz\nreferred_by: Ann Lee, Bo Chen\n---\n"
        files["interviews/i.md"] = "---\ncontact: Bo Chen,Ann Lee\ndate: 2026-11-10\n---\n"
        let vault = try TemporaryVault.load(files)
        let warnings = vault.diagnostics(.invalidValue)
        #expect(
            warnings.map(\.message) == [
                "'Ann Lee, Bo Chen' is read as one name, but Ann Lee and Bo Chen each have a note",
                "'Bo Chen,Ann Lee' is read as one name, but Bo Chen and Ann Lee each have a note",
            ])
        #expect(warnings.first?.hint == "for several people, write a list: [Ann Lee, Bo Chen]")
        #expect(warnings.first?.located == "warning contacts/cy.md:3:14")
        #expect(vault.diagnostics(.missingNote).isEmpty, "no note to create is suggested for the pair")
    }

    @Test(
        "several people joined by 'and' or '&' get the same warning",
        arguments: ["Ann Lee and Bo Chen", "Ann Lee & Bo Chen", "Ann Lee, Bo Chen and Cy Diaz"])
    func severalPeopleJoinedByAnd(name: String) throws {
        var files = Self.commaVault
        files["contacts/cy.md"] = "---\nname: Cy Diaz\n---\n"
        files["interviews/i.md"] = "---\ncontact: \(name)\ndate: 2026-11-10\n---\n"
        let vault = try TemporaryVault.load(files)
        let warning = try #require(vault.diagnostics(.invalidValue).only)
        #expect(warning.message.hasPrefix("'\(name)' is read as one name, but Ann Lee"))
        #expect(warning.message.hasSuffix(" each have a note") && warning.message.contains("Bo Chen"))
        #expect(warning.hint?.hasPrefix("for several people, write a list: [Ann Lee, Bo Chen") == true)
        #expect(vault.diagnostics(.missingNote).isEmpty, "no note to create is suggested for the group")
    }

    @Test(
        "a name with 'and' in it that lists no notes is an ordinary name", arguments: ["Ann Lee and Co", "Zed & Quill"])
    func andWithoutNotes(name: String) throws {
        var files = Self.commaVault
        files["contacts/cy.md"] = "---\nname: Cy Diaz\nreferred_by: \(name)\n---\n"
        let vault = try TemporaryVault.load(files)
        #expect(vault.diagnostics(inFile: "contacts/cy.md").map(\.code) == [.missingNote])
    }

    @Test("a name written surname first names the person's note, and is the look-alike of another spelling")
    func surnameFirst() throws {
        var files = Self.commaVault
        files["contacts/cy.md"] = "---\nname: Cy Diaz\nreferred_by: Lee, Ann\n---\n"
        let vault = try TemporaryVault.load(files)
        #expect(vault.diagnostics(inFile: "contacts/cy.md").isEmpty)
        #expect(
            vault.graph.referrals(by: try vault.node(atPath: "contacts/ann-lee.md")).contains(try vault.node("Cy Diaz"))
        )
        files["contacts/ann-lee.md"] = nil
        files["contacts/ab-lee.md"] = "---\nname: Ann B. Lee\n---\n"
        let warning = try #require(try TemporaryVault.load(files).diagnostics(.lookAlikeNames).only)
        #expect(
            warning.message
                == "no note for 'Ann Lee', but 'Ann B. Lee' (contacts/ab-lee.md:2) looks like the same person")
    }

    @Test(
        "a comma that lists no notes is an ordinary missing name",
        arguments: ["Ann Lee, PhD", "Lee, Zed", "Zed Quill, Ann", "Ann Lee and Co"])
    func commaWithoutNotes(name: String) throws {
        var files = Self.commaVault
        files["contacts/cy.md"] = "---\nname: Cy Diaz\nreferred_by: \(name)\n---\n"
        let vault = try TemporaryVault.load(files)
        #expect(vault.diagnostics(inFile: "contacts/cy.md").map(\.code) == [.missingNote])
    }

    @Test(
        "whole names joined by a comma, one of them a note: the warning says to write a list, or to create the note",
        arguments: ["Ann Lee, Zed Quill", "[[Ann Lee]], Zed Quill", "Zed Quill and Ann Lee"])
    func commaWithSomeNotes(name: String) throws {
        var files = Self.commaVault
        files["interviews/i.md"] = "---\ncontact: \"\(name)\"\ndate: 2026-11-10\n---\n"
        let vault = try TemporaryVault.load(files)
        let warning = try #require(vault.diagnostics(inFile: "interviews/i.md").only)
        #expect(warning.code == .invalidValue)
        #expect(warning.message == "'\(name)' is read as one name, but Ann Lee has a note")
        #expect(warning.hint?.hasPrefix("for several people, write a list: [") == true)
        #expect(
            warning.hint?.hasSuffix(
                "; if it is one person's name, create their note with: grapevine new contact \"\(name)\"") == true)
    }

    @Test("a name in brackets among the names with a comma is the person it links to")
    func commaWithALink() throws {
        var files = Self.commaVault
        files["contacts/cy.md"] = "---\nname: Cy Diaz\nreferred_by: \"[[Ann Lee]], Bo Chen\"\n---\n"
        let vault = try TemporaryVault.load(files)
        let warning = try #require(vault.diagnostics(.invalidValue).only)
        #expect(
            warning.message == "'[[Ann Lee]], Bo Chen' is read as one name, but Ann Lee and Bo Chen each have a note")
        #expect(warning.hint == "for several people, write a list: [Ann Lee, Bo Chen]")
    }

    // MARK: One word

    @Test(
        "a person named by one word, a first or last name, is suggested the contacts of that name",
        arguments: [
            (
                "Dana",
                "did you mean 'Dana Lee' (contacts/dana-lee.md)? if not, create one with: grapevine new contact \"Dana\""
            ),
            (
                "lee",
                "did you mean 'Dana Lee' (contacts/dana-lee.md)? if not, create one with: grapevine new contact \"lee\""
            ),
            (
                "Sam",
                "did you mean 'Sam Ortiz' (contacts/sam-o.md) or 'Sam Reyes' (contacts/sam-reyes.md)? if not, create one with: grapevine new contact \"Sam\""
            ),
            ("Quinn", "create one with: grapevine new contact \"Quinn\""),
        ])
    func oneWordName(name: String, hint: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/dana-lee.md": "---\nname: Dana Lee\n---\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
            "contacts/sam-o.md": "---\nname: Sam Ortiz\n---\n",
            "interviews/i.md": "---\ncontact: \(name)\ndate: 2026-11-10\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.missingNote).only)
        #expect(warning.hint == hint)
    }

    @Test("a first name many contacts share asks for the full name")
    func manyOfOneName() throws {
        var files = ["interviews/i.md": "---\ncontact: Ana\ndate: 2026-11-10\n---\n"]
        for last in ["Lima", "Ruiz", "Sousa", "Vega"] {
            files["contacts/ana-\(last).md"] = "---\nname: Ana \(last)\n---\n"
        }
        let vault = try TemporaryVault.load(files)
        let warning = try #require(vault.diagnostics(.missingNote).only)
        #expect(
            warning.hint?.hasPrefix("4 contacts are called Ana ('Ana Lima', 'Ana Ruiz', …): write the full name")
                == true)
    }

    // MARK: Organizations

    @Test(arguments: [
        ("Acme Foods, Inc.", "acme foods", true),
        ("The Acme Foods Co. Ltd", "Acme Foods", true),
        ("Globex GmbH", "GLOBEX", true),
        ("Søren Ærø AB", "Soren Aero", true),
        ("Co.", "co", true),
        ("The Co", "co", true),
        // Different organizations stay apart.
        ("Acme", "Acme Foods", false),
        ("Acme Foods Group", "Acme Foods", false),
        ("The Home Depot", "Home Depot Supply", false),
    ])
    func organizationKey(_ a: String, _ b: String, same: Bool) {
        #expect((NameKey.organizationLookAlike(a) == NameKey.organizationLookAlike(b)) == same)
    }

    @Test("an organization named with its legal form is the look-alike of its note")
    func missingOrganizationLooksLikeANote() throws {
        let vault = try TemporaryVault.load([
            "organizations/acme.md": "---\nname: Acme Foods\n---\n",
            "contacts/ann.md": "---\nname: Ann Lee\norganization: Acme Foods, Inc.\n---\n",
            "contacts/bo.md": "---\nname: Bo Chen\norganization: Acme Foods Group\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.lookAlikeNames).only)
        #expect(warning.located == "warning contacts/ann.md:3:15")
        #expect(
            warning.message
                == "no note for 'Acme Foods, Inc.', but 'Acme Foods' (organizations/acme.md:2) looks like the same organization"
        )
        #expect(
            warning.hint
                == "if it is, write 'Acme Foods' here or add 'Acme Foods, Inc.' to its aliases; if not, create one with: "
                + #"grapevine new org "Acme Foods, Inc.""#)
        #expect(vault.diagnostics(inFile: "contacts/bo.md").map(\.code) == [.missingNote], "another organization")
    }

    @Test("two organization notes whose names look alike are one organization, maybe")
    func twoOrganizationNotes() throws {
        let vault = try TemporaryVault.load([
            "organizations/acme.md": "---\nname: Acme Foods\n---\n",
            "organizations/acme-inc.md": "---\nname: The Acme Foods Inc.\n---\n",
            "organizations/acme-group.md": "---\nname: Acme Foods Group\n---\n",
        ])
        let warning = try #require(vault.diagnostics(.lookAlikeNames).only)
        #expect(
            warning.message
                == "'Acme Foods' looks like the same organization as 'The Acme Foods Inc.' (organizations/acme-inc.md:2)"
        )
        #expect(warning.hint?.contains("grapevine merge organizations/acme-inc.md organizations/acme.md") == true)
    }

}
