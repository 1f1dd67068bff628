import Foundation
import Testing

/// The export files in Fixtures/import.
private func fixture(_ name: String) -> String {
    Repository.root.appendingPathComponent("Tests/GrapevineCLITests/Fixtures/import/\(name)").path
}

/// A vault `init` made, with the pitch written and `files`.
private func vault(_ files: [String: String] = [:]) async throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    #expect(await CommandRun(["init", folder.path, "--owner", "Alex Kim"]).status == 0)
    try folder.write(["pitch.md": "---\ntype: pitch\n---\nI taught chemistry for nine years.\n"])
    try folder.write(files)
    return folder
}

private func run(_ arguments: [String], in folder: TemporaryFolder, isTerminal: Bool = false) async -> CommandRun {
    await CommandRun(arguments + ["--vault", folder.path, "--today", "2026-11-21"], isTerminal: isTerminal)
}

/// Every file under the folder with its bytes and modification time.
private func snapshot(_ folder: TemporaryFolder) throws -> [String: (Data, Date)] {
    var files: [String: (Data, Date)] = [:]
    let manager = FileManager.default
    for case let relative as String in manager.enumerator(atPath: folder.path)! {
        let path = folder.path + "/" + relative
        let attributes = try manager.attributesOfItem(atPath: path)
        guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
        files[relative] = (try Data(contentsOf: URL(fileURLWithPath: path)), attributes[.modificationDate] as! Date)
    }
    return files
}

private func text(_ path: String, in folder: TemporaryFolder) throws -> String {
    try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
}

/// Notes that three rows of Connections.csv find: by email, by profile written differently, by
/// the slug of the name.
private let matchingNotes = [
    "contacts/farah.md": "---\nname: Farah L.\nemail: Farah.Larsen@example.com\nadded: 2026-10-01\n---\n",
    "contacts/omar.md":
        "---\nname: Omar K.\nlinkedin: http://linkedin.com/in/omar-kaur-c6ba27/\norganization: Acme\n---\n\nMy notes.\n",
    "contacts/kofi-nunez.md": "---\r\nname: Kofi Nunez\r\ntitle:\r\n---\r\n",
]

@Suite("grapevine import")
struct ImportCommandTests {
    @Test(
        "a realistic LinkedIn export: a note per connection, matches gain what they lack, check finds no error, the same import again changes nothing"
    )
    func linkedIn() async throws {
        let folder = try await vault(matchingNotes)
        let first = await run(["import", "linkedin", fixture("Connections.csv")], in: folder)
        #expect(first.status == 0, "\(first.errors)")
        let summary = first.output.split(separator: "\n").suffix(6).joined(separator: "\n")
        #expect(
            summary == """
                \(fixture("Connections.csv")): 240 connections read.
                  created   235
                  updated     3
                  unchanged   0
                  skipped     2  (2 no name)
                36 names were not read as written (a nickname made an alias, a credential, pronouns or an emoji \
                left out, a family name first put last): the warnings say which
                """)
        // 36 names tidied: one warning per kind of tidying with the first three, not one a row.
        let tidied = first.errors.split(separator: "\n").filter { $0.contains(" names had ") }
        #expect(tidied.count == 3, "\(first.errors)")
        #expect(
            first.errors.contains(
                "Connections.csv:17: warning: 8 names had a nickname made an alias, such as 'Rosa \"Max\" "
                    + "Kowalski-Tanaka' as 'Rosa Kowalski-Tanaka' (line 17), 'Maya \"Sunny\" Haddad-Abbott' as "
                    + "'Maya Haddad-Abbott' (line 21), 'Jana \"Bo\" Schmidt-Alvarez' as 'Jana Schmidt-Alvarez' "
                    + "(line 68) and 5 more; if they write a name otherwise, change 'name' or 'aliases' in its note "
                    + "(--verbose lists every row)\n"))
        #expect(first.errors.contains("Connections.csv:29: warning: 21 names had a credential left out, such as "))
        #expect(first.errors.contains("Connections.csv:89: warning: 6 names had pronouns left out, such as "))
        // The one emoji keeps its row's own warning.
        #expect(first.errors.contains("Connections.csv:45: warning: 'Dana Chowdhury ✨' is read as the name"))
        #expect(!first.errors.contains("'Leo Larsen, PMP' is read as the name"))
        // --verbose: every row's own warning, as the JSON has them.
        let verbose = await run(
            ["import", "linkedin", fixture("Connections.csv"), "--dry-run", "--verbose"], in: folder)
        #expect(verbose.errors.split(separator: "\n").count { $0.contains("' is read as the name '") } == 36)
        #expect(!verbose.errors.contains(" names had "))
        #expect(first.output.contains("Added organization, title, linkedin, connected to contacts/farah.md\n"))
        #expect(first.output.contains("Added title, connected to contacts/omar.md\n"))
        #expect(first.output.contains("Created contacts/farah-larsen.md\n") == false)
        #expect(
            try text("contacts/kofi-nunez.md", in: folder)
                == "---\r\nname: Kofi Nunez\r\ntitle: Nurse Practitioner\r\norganization: \"[[Aperture Science]]\"\r\n"
                + "linkedin: \"https://www.linkedin.com/in/kofi-nunez-2a9861\"\r\nconnected: 2026-11-01\r\n---\r\n")
        #expect(
            try text("contacts/omar.md", in: folder).hasPrefix(
                "---\nname: Omar K.\nlinkedin: http://linkedin.com/in/omar-kaur-c6ba27/\norganization: Acme\n"))
        #expect(!(try text("contacts/farah.md", in: folder).contains("source")))
        let created = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/contacts")
        #expect(created.count == 238)
        for name in created where !["farah.md", "omar.md", "kofi-nunez.md"].contains(name) {
            let note = try text("contacts/" + name, in: folder)
            #expect(
                note.contains("\nsource: linkedin\n") && note.contains("\nconnected: 20") && !note.contains("added:"),
                "\(name)")
        }
        let check = await run(["check"], in: folder)
        #expect(check.status == 0)
        #expect(!check.output.contains("error:"))

        let before = try snapshot(folder)
        let second = await run(["import", "linkedin", fixture("Connections.csv")], in: folder)
        #expect(second.status == 0)
        #expect(second.output.contains("  created     0\n  updated     0\n  unchanged 238\n"))
        let after = try snapshot(folder)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after.allSatisfy { before[$0.key]?.0 == $0.value.0 && before[$0.key]?.1 == $0.value.1 })
    }

    /// LinkedIn's Position is often its Company (`Freelance`, `Self-employed`, `Founder`): the
    /// job title is not a name, so the organization field does not find the contacts.
    @Test("people whose Position is their Company: check passes, and they work there", arguments: [1, 2])
    func positionSameAsCompany(rows: Int) async throws {
        let folder = try await vault()
        let csv = folder.path + "/free.csv"
        let lines = [
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
            "Amy,Fox,https://www.linkedin.com/in/amyfox,,Freelance,Freelance,05 Nov 2024",
            "Bo,Chen,https://www.linkedin.com/in/bochen,,Freelance,Freelance,05 Nov 2024",
        ]
        try (lines.prefix(1 + rows).joined(separator: "\n") + "\n").write(
            toFile: csv, atomically: false, encoding: .utf8)
        let imported = await run(["import", "linkedin", csv], in: folder)
        #expect(imported.status == 0, "\(imported.errors)")
        let check = await run(["check"], in: folder)
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(!check.output.contains("could mean") && !check.output.contains("is a contact"), "\(check.output)")
        #expect(check.output.contains("no note for 'Freelance' yet; it is a placeholder organization"))
        let show = await run(["show", "Freelance"], in: folder)
        #expect(show.status == 0, "\(show.errors)")
        #expect(show.output.contains("Amy Fox"))
        #expect(show.output.contains("Bo Chen") == (rows == 2))
    }

    @Test("the export's zip gives the same notes as the Connections.csv in it")
    func zip() async throws {
        let (plain, zipped) = (try await vault(), try await vault())
        #expect(await run(["import", "linkedin", fixture("Connections.csv")], in: plain).status == 0)
        let result = await run(["import", "linkedin", fixture("Basic_LinkedInDataExport_11-20-2026.zip")], in: zipped)
        #expect(result.status == 0)
        #expect(
            result.output.contains("Basic_LinkedInDataExport_11-20-2026.zip/Connections.csv: 240 connections read."))
        let (a, b) = (try snapshot(plain), try snapshot(zipped))
        let notes = a.keys.filter { $0.hasPrefix("contacts/") }.sorted()
        #expect(notes.count == 238)
        #expect(notes == b.keys.filter { $0.hasPrefix("contacts/") }.sorted())
        #expect(notes.allSatisfy { a[$0]?.0 == b[$0]?.0 })
    }

    @Test("--dry-run prints what it would do and writes nothing: every byte and time stays")
    func dryRun() async throws {
        let folder = try await vault(matchingNotes)
        let before = try snapshot(folder)
        let result = await run(["import", "linkedin", fixture("Connections.csv"), "--dry-run"], in: folder)
        #expect(result.status == 0)
        #expect(result.output.contains("Would create contacts/marco-mendes.md\n"))
        #expect(result.output.contains("Would add organization, title, linkedin, connected to contacts/farah.md\n"))
        #expect(result.output.contains("240 connections read; dry run, nothing was written.\n  to create 235\n"))
        let after = try snapshot(folder)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after.allSatisfy { before[$0.key]?.0 == $0.value.0 && before[$0.key]?.1 == $0.value.1 })
    }

    @Test("--no-update creates new people only; notes that exist keep every byte")
    func noUpdate() async throws {
        let folder = try await vault(matchingNotes)
        let result = await run(["import", "linkedin", fixture("Connections.csv"), "--no-update"], in: folder)
        #expect(result.status == 0)
        #expect(result.output.contains("  created   235\n  updated     0\n  unchanged   3\n"))
        for (path, original) in matchingNotes { #expect(try text(path, in: folder) == original) }
    }

    @Test("--json: the counts, each person, and the problems")
    func json() async throws {
        let folder = try await vault(matchingNotes)
        let result = await run(["import", "linkedin", fixture("Connections.csv"), "--json", "--dry-run"], in: folder)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["dry_run"] as? Bool == true)
        #expect(object["read"] as? Int == 240)
        #expect(object["created"] as? Int == 235)
        #expect(object["updated"] as? Int == 3)
        #expect(object["skipped"] as? Int == 2)
        let people = try #require(object["people"] as? [[String: Any]])
        #expect(people.count == 238)
        let farah = try #require(people.first { $0["file"] as? String == "contacts/farah.md" })
        #expect(farah["action"] as? String == "updated")
        #expect(farah["fields"] as? [String] == ["organization", "title", "linkedin", "connected"])
        let problems = try #require(object["problems"] as? [[String: Any]])
        // Two rows without a name, and nine people whose names look like another's of the file
        // (`Kofi Fischer`, then `Kofi B. Fischer`), as check will say of their notes.
        let skipped = problems.filter { $0["skipped"] != nil }
        #expect(skipped.count == 2)
        #expect(skipped.allSatisfy { $0["skipped"] as? String == "no name" && $0["severity"] as? String == "warning" })
        let lookAlikes = problems.filter { ($0["message"] as? String)?.contains("looks like the same person") == true }
        #expect(lookAlikes.count == 9)
        // And 36 whose names were not read as written: a nickname, a credential, pronouns, an emoji.
        let tidied = problems.filter { $0["code"] as? String == "name-tidied" }
        #expect(tidied.count == 36)
        #expect(problems.count == 47)
    }

    @Test("into a vault whose contacts are in People/ with type:, imported notes go there, typed")
    func intoTheVaultsFolder() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "People/priya.md": "---\ntype: contact\nname: Priya Raman\n---\n",
            "in/c.csv":
                "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Li,,,Acme,Chemist,05 Nov 2024\n",
        ])
        let result = await run(["import", "linkedin", folder.path + "/in/c.csv"], in: folder)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Created People/ana-li.md\n"), "\(result.output)")
        let text = try String(contentsOfFile: folder.path + "/People/ana-li.md", encoding: .utf8)
        #expect(text.hasPrefix("---\ntype: contact\n"))
        #expect(await run(["check"], in: folder).status == 0)
    }

    @Test("bad rows are FILE:LINE warnings and the rest is imported; an unclosed quote is an error, exit 1")
    func badRows() async throws {
        let folder = try await vault()
        try folder.write([
            "in/bad.csv": """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            ,,,,,,01 Jan 2020
            Jane,Doe,https://www.linkedin.com/in/jane,not-an-email,Acme,Chemist,12/01/2024
            Sam,Reyes,,,Acme, Inc.,Chemist,05 Nov 2024
            Ana,Li,,,,,05 Nov 2024
            ,,,,,,
            "Hartmann, Klaus",,https://www.linkedin.com/in/klaus-hartmann,,Siemens,Software Architect,21 Sep 2018

            """,
            "in/unclosed.csv": "First Name,Last Name\nJane,Doe\nSam,\"Reyes\nAna,Li\n",
        ])
        let result = await run(["import", "linkedin", folder.path + "/in/bad.csv"], in: folder)
        #expect(result.status == 0)
        let file = folder.path + "/in/bad.csv"
        #expect(
            result.errors == """
                \(file):2: warning: the row has no name (LinkedIn leaves names out for members who hide them); skipped
                \(file):3: warning: 'not-an-email' is not an email address; imported without it
                \(file):3: warning: 'Connected On' is '12/01/2024', not a date LinkedIn writes (05 Nov 2024, 05-Nov-24 or 2024-11-05); imported without 'connected'
                \(file):4: warning: the row has 1 more values than the header has columns (a separator inside a value that is not in quotes?); skipped, since its values cannot be told apart
                \(file):6: warning: the row has no values, only separators (a row emptied in a spreadsheet?); skipped
                \(file):7: warning: 'Hartmann, Klaus' is read as the name 'Klaus Hartmann'; if they write it otherwise, change 'name' in the note

                """)
        #expect(
            result.output.hasPrefix(
                "Created contacts/jane-doe.md\nCreated contacts/ana-li.md\nCreated contacts/klaus-hartmann.md\n"))
        #expect(result.output.contains("6 connections read"), "\(result.output)")
        #expect(result.output.contains("skipped   3  (1 no name, 1 no values, 1 too many values)"), "\(result.output)")
        #expect(try text("contacts/klaus-hartmann.md", in: folder).contains("name: Klaus Hartmann\n"))
        let unclosed = await run(["import", "linkedin", folder.path + "/in/unclosed.csv"], in: folder)
        #expect(unclosed.status == 1)
        #expect(unclosed.errors.contains("unclosed.csv:3: error: a quoted value opened here is never closed"))
        #expect(unclosed.output.contains("Created contacts/jane-doe-2.md") == false)
    }

    @Test("a file that cannot be imported is one error, exit 1, and nothing is written")
    func unreadable() async throws {
        let folder = try await vault()
        let before = try snapshot(folder)
        let missing = await run(["import", "linkedin", "no-such.csv"], in: folder)
        #expect(missing.status == 1)
        #expect(
            missing.errors == "no-such.csv: error: cannot read the file: there is no such file\nNothing was imported.\n"
        )
        let wrong = await run(["import", "linkedin", fixture("google-contacts-3.0.vcf")], in: folder)
        #expect(wrong.status == 1)
        #expect(wrong.errors.contains("error: no header line with 'First Name' and 'Last Name' columns"))
        let notVCard = await run(["import", "vcard", fixture("Connections.csv")], in: folder)
        #expect(notVCard.status == 1)
        #expect(notVCard.errors.contains("error: no vCard in the file"))
        #expect(try snapshot(folder).keys.sorted() == before.keys.sorted())
    }

    @Test("a note that cannot be written fails alone, with its row's line; the others are written")
    func readOnly() async throws {
        let folder = try await vault(matchingNotes)
        chmod(folder.path + "/contacts/farah.md", 0o444)
        let result = await run(["import", "linkedin", fixture("Connections.csv")], in: folder)
        #expect(result.status == 1)
        #expect(result.errors.contains(":5: error: contacts/farah.md was not written: "))
        #expect(result.output.contains("  failed      1  (see the errors above)\n"))
        #expect(try text("contacts/farah.md", in: folder) == matchingNotes["contacts/farah.md"])
        #expect(try text("contacts/kofi-nunez.md", in: folder).contains("connected: 2026-11-01"))
    }

    @Test("a progress bar on a terminal's standard error for a large import, never on a pipe")
    func progress() async throws {
        let (terminal, pipe) = (try await vault(), try await vault())
        let shown = await run(["import", "linkedin", fixture("Connections.csv")], in: terminal, isTerminal: true)
        #expect(shown.errors.contains("\r[████████████████████████] 238 of 238 notes written"))
        #expect(shown.errors.contains("\r\u{1B}[K"))
        let hidden = await run(["import", "linkedin", fixture("Connections.csv")], in: pipe)
        #expect(!hidden.errors.contains("\r"))
        #expect(!hidden.errors.contains("notes written"))
    }

    @Test(
        "vCards from four address books: people, not companies or nameless cards or you; matches by email gain fields")
    func vCards() async throws {
        let folder = try await vault([
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\nemail: sam@example.com\ntags: []\n---\n"
        ])
        var created: [String] = []
        for file in [
            "apple-contacts-3.0.vcf", "google-contacts-3.0.vcf", "android-2.1.vcf", "outlook-2.1.vcf",
            "nextcloud-4.0.vcf",
        ] {
            let result = await run(["import", "vcard", fixture(file)], in: folder)
            #expect(result.status == 0, "\(file): \(result.errors)")
            created += result.output.split(separator: "\n").filter { $0.hasPrefix("Created ") }.map {
                String($0.dropFirst(8))
            }
        }
        #expect(
            created == [
                "contacts/maria-lopez.md", "contacts/dr-nkechi-a-obi.md", "contacts/jose-nunez.md",
                "contacts/priya-shah.md", "contacts/robert-smith.md", "contacts/bjorn-lindqvist.md",
                "contacts/jurgen-muller.md", "contacts/mary-obrien.md", "contacts/grace-hughes.md",
            ])
        #expect(
            try text("contacts/maria-lopez.md", in: folder) == """
                ---
                name: Maria Lopez
                organization: "[[Acme Foods]]"
                title: Senior Food Scientist
                email: "maria.lopez@acmefoods.example"
                linkedin: "http://www.linkedin.com/in/maria-lopez-foodsci"
                referred_by:
                source:
                tags: [Work, Food science]
                phone: "+1 (415) 555-0132"
                location: "San Francisco, CA"
                ---

                How you know of them, what they do, and why you want to talk to them.

                Met at the IFT meetup in October; she knows everyone in R&D at Acme. Ask about the Q1 opening, and mention Dan.

                ## Log

                """)
        #expect(
            try text("contacts/sam-reyes.md", in: folder) == """
                ---
                name: Sam Reyes
                email: sam@example.com
                tags: [Chemistry]
                organization: "[[Brightfield Foods]]"
                title: Process Chemist
                phone: "+1 510-555-0147"
                linkedin: "https://www.linkedin.com/in/samreyes"
                location: "Oakland, CA"
                ---

                """)
        let again = await run(["import", "vcard", fixture("apple-contacts-3.0.vcf")], in: folder)
        #expect(
            again.output.contains(
                "  created   0\n  updated   0\n  unchanged 3\n  skipped   2  (1 an organization, 1 you)\n"))
        #expect(await run(["check"], in: folder).status == 0)
    }

    /// Trial of December 6, evening, finding 1: the import and `check` suggest one merge, the
    /// same way round (`MergeDirection`), for a look-alike the import makes a note for.
    @Test(
        "the merge an import suggests for a look-alike is the one check suggests once it is written",
        arguments: [
            // The vault's note has a Log: it is kept.
            (
                "---\nname: Mary OBrien\nadded: 2026-11-02\n---\n## Log\n- 2026-11-03 emailed\n", false,
                "contacts/mary.md"
            ),
            // The vault's note is referred to: it is kept.
            ("---\nname: Mary OBrien\n---\n", true, "contacts/mary.md"),
            // A bare note nobody refers to: the card's, with more fields, is kept.
            ("---\nname: Mary OBrien\n---\n", false, "contacts/mary-obrien.md"),
        ])
    func importAndCheckAgree(existing: String, isReferredTo: Bool, kept: String) async throws {
        var files = [
            "contacts/mary.md": existing,
            "in/mary.vcf":
                "BEGIN:VCARD\nVERSION:3.0\nFN:Mary O'Brien\nTITLE:Chemist\nEMAIL:mary@x.example\nEND:VCARD\n",
        ]
        if isReferredTo { files["contacts/dan.md"] = "---\nname: Dan Ortiz\nreferred_by: Mary OBrien\n---\n" }
        let folder = try await vault(files)
        let imported = await run(["import", "vcard", folder.path + "/in/mary.vcf"], in: folder)
        #expect(imported.status == 0, "\(imported.errors)")
        let suggested = try #require(imported.errors.firstMatch(of: /grapevine merge (\S+) \S+/))
        #expect(suggested.output.1 == kept)
        let checked = await run(["check"], in: folder)
        #expect((checked.output + checked.errors).contains(suggested.output.0), "\(checked.output)")
    }

    @Test(
        "a card's second email and phone and its NOTE, which a note that exists does not gain, are named, not dropped")
    func leftOut() async throws {
        let ana = "---\nname: Ana Silva\nemail: ana@acme.com\n---\n\nMet at the meetup.\n"
        let folder = try await vault([
            "contacts/ana-silva.md": ana,
            "in/ana.vcf": "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Silva\nEMAIL;TYPE=work:ana@acme.com\n"
                + "EMAIL;TYPE=home:ana.silva@gmail.com\nTEL;TYPE=cell:+1 555 0100\nTEL;TYPE=work:+1 555 0199\n"
                + "NOTE:Met at PyCon 2025\\, talked about data teams.\nEND:VCARD\n",
        ])
        let line =
            "Left out of contacts/ana-silva.md: email ana.silva@gmail.com and phone +1 555 0199 (a note has one email "
            + "and one phone), the card's note \"Met at PyCon 2025, talked about data teams.\" (an import adds no text "
            + "to a note that exists); copy into the note by hand what you want to keep\n"
        let dry = await run(["import", "vcard", folder.path + "/in/ana.vcf", "--dry-run"], in: folder)
        #expect(
            dry.output.hasPrefix("Would add phone to contacts/ana-silva.md\nWould leave out of contacts/ana-silva.md: ")
        )
        let imported = await run(["import", "vcard", folder.path + "/in/ana.vcf"], in: folder)
        #expect(imported.output.hasPrefix("Added phone to contacts/ana-silva.md\n" + line))
        #expect(
            imported.output.hasSuffix(
                "1 person's emails, phones, card notes or changed details were left out (a note has one email and one phone, and an import adds no text to a note that exists and changes no value you wrote): the 'Left out of' lines say which\n"
            ))
        #expect(
            try text("contacts/ana-silva.md", in: folder)
                == ana.replacing("---\n\n", with: "phone: \"+1 555 0100\"\n---\n\n"))
        let json = await run(["import", "vcard", folder.path + "/in/ana.vcf", "--json"], in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let people = try #require(report["people"] as? [[String: Any]])
        #expect(people.first?["action"] as? String == "unchanged")
        #expect(
            (people.first?["left_out"] as? [[String: String]])?.map { $0["field"]! + " " + $0["value"]! } == [
                "email ana.silva@gmail.com", "phone +1 555 0199", "note Met at PyCon 2025, talked about data teams.",
            ])
    }

    @Test("a card whose title differs from the note's says both, and the note keeps its own; --json gives both")
    func changedTitleNamed() async throws {
        let sam = "---\nname: Sam Reyes\ntitle: Designer\n---\n"
        let folder = try await vault([
            "contacts/sam-reyes.md": sam,
            "in/sam.vcf": "BEGIN:VCARD\nVERSION:3.0\nFN:Sam Reyes\nTITLE:Senior Designer\nEND:VCARD\n",
        ])
        let imported = await run(["import", "vcard", folder.path + "/in/sam.vcf"], in: folder)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(
            imported.output.hasPrefix(
                "Left out of contacts/sam-reyes.md: title \"Senior Designer\" where the note has \"Designer\" (an import "
                    + "changes no value you wrote); copy into the note by hand what you want to keep\n"),
            "\(imported.output)")
        #expect(try text("contacts/sam-reyes.md", in: folder) == sam)
        let json = await run(["import", "vcard", folder.path + "/in/sam.vcf", "--json"], in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let people = try #require(report["people"] as? [[String: Any]])
        #expect(
            people.first?["left_out"] as? [[String: String]] == [
                ["field": "title", "value": "Senior Designer", "noted": "Designer"]
            ])
    }

    static let pat = "---\nname: Pat Lee\nemail: shared@x.example\nlinkedin: https://www.linkedin.com/in/pat\n---\n"
    static let kim =
        "BEGIN:VCARD\nVERSION:3.0\nFN:Kim Lee\nN:Lee;Kim;;;\nEMAIL:shared@x.example\nTEL;TYPE=CELL:+1 555 7777\n"
        + "ORG:Kim Co\nTITLE:Dentist\nEND:VCARD\n"

    @Test("a card at an address of another person's note is skipped, naming both; given a note of its own, it fills it")
    func sharedEmail() async throws {
        let folder = try await vault(["contacts/pat-lee.md": Self.pat, "in/kim.vcf": Self.kim])
        let result = await run(["import", "vcard", folder.path + "/in/kim.vcf"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(try text("contacts/pat-lee.md", in: folder) == Self.pat)
        #expect(
            result.errors.contains(
                "in/kim.vcf:1: warning: skipped 'Kim Lee': the email shared@x.example belongs to 'Pat Lee' "
                    + "(contacts/pat-lee.md), a name with nothing in common with 'Kim Lee'"))
        #expect(result.output.contains("skipped   1  (1 another person's email)"))
        #expect(await run(["new", "contact", "Kim Lee"], in: folder).status == 0)
        let again = await run(["import", "vcard", folder.path + "/in/kim.vcf"], in: folder)
        #expect(
            again.output.contains("Added organization, title, email, phone to contacts/kim-lee.md"), "\(again.output)")
        #expect(try text("contacts/pat-lee.md", in: folder) == Self.pat)
    }

    @Test("two rows of one CSV at one address with names of two people: the second is skipped, not merged")
    func sharedEmailInCSV() async throws {
        let folder = try await vault([
            "in/c.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Pat,Lee,,shared@x.example,Acme,Nurse,05 Nov 2024\n"
                + "Kim,Lee,,shared@x.example,Kim Co,Dentist,05 Nov 2024\n"
        ])
        let result = await run(["import", "linkedin", folder.path + "/in/c.csv"], in: folder)
        #expect(result.errors.contains("belongs to 'Pat Lee' (line 2)"), "\(result.errors)")
        #expect(try text("contacts/pat-lee.md", in: folder).contains("title: Nurse"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/contacts/kim-lee.md"))
    }

    @Test(
        "a connection whose name looks like a contact's gets its note, and a warning naming both that check agrees with"
    )
    func lookAlike() async throws {
        let folder = try await vault([
            "contacts/mary.md": "---\nname: Mary OBrien\n---\n",
            "in/c.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nMary,O'Brien,,,,,\n",
        ])
        let result = await run(["import", "linkedin", folder.path + "/in/c.csv"], in: folder)
        #expect(result.status == 0)
        #expect(
            result.errors.contains(
                "in/c.csv:2: warning: 'Mary O'Brien' gets a note of its own, contacts/mary-obrien.md, but looks like "
                    + "the same person as 'Mary OBrien' (contacts/mary.md)"), "\(result.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/contacts/mary-obrien.md"))
        let check = await run(["check"], in: folder)
        #expect(
            (check.output + check.errors).contains(
                "contacts/mary.md:2:7: warning: 'Mary OBrien' looks like the same person as 'Mary O'Brien' "
                    + "(contacts/mary-obrien.md:2)"))
    }
}
