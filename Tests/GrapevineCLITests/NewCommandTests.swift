import Foundation
import GrapevineCore
import Testing

/// A vault made by `grapevine init`, with `files` added.
/// A vault `init` made, with the pitch written (`check` warns about `init`'s placeholder) and `files`.
private func initializedVault(_ files: [String: String] = [:]) async throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    #expect(await CommandRun(["init", folder.path, "--owner", "Alex Kim"]).status == 0)
    try folder.write(["pitch.md": "---\ntype: pitch\n---\nI taught chemistry for nine years.\n"])
    try folder.write(files)
    return folder
}

private func run(_ arguments: [String], in folder: TemporaryFolder) async -> CommandRun {
    await CommandRun(arguments + ["--vault", folder.path, "--today", "2026-11-21"])
}

private func contents(_ path: String, in folder: TemporaryFolder) throws -> String {
    try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
}

@Suite("grapevine new")
struct NewCommandTests {
    /// Trial N, finding 7: `new contact` on a plain note where the new one would go said only
    /// "the file already exists"; `log` on the same note says how to make it the person's.
    @Test("a plain note where the new one goes: new says to make it theirs, as log does, and rewrites nothing")
    func plainNoteInTheWay() async throws {
        let folder = try TemporaryFolder()
        let lena = "# Lena Fischer\norg:: [[Bluepeak]]\n\n## Log\n- 2026-11-28 emailed: via Ben\n"
        try folder.write([
            "People/Ana Ruiz.md": "---\ntype: contact\nname: Ana Ruiz\n---\n", "People/Lena Fischer.md": lena,
            "Orgs/Acme Corp.md": "---\ntype: organization\nname: Acme Corp\n---\n",
            "Orgs/Bluepeak.md": "Bluepeak notes\n",
        ])
        let new = await run(["new", "contact", "Lena Fischer"], in: folder)
        let log = await run(["log", "Lena Fischer", "emailed", "hi"], in: folder)
        #expect(new.status == 1 && log.status == 1)
        #expect(
            new.errors
                == "error: 'Lena Fischer' is People/Lena Fischer.md, a plain note, not a contact.\n"
                + "If the note is about this person, make it theirs: write 'type: contact' in its front matter "
                + "(between '---' lines at the top).\nNothing was created.\n")
        #expect(log.errors.hasPrefix(new.errors.split(separator: "\n").prefix(2).joined(separator: "\n")))
        #expect(try contents("People/Lena Fischer.md", in: folder) == lena)
        let organization = await run(["new", "org", "Bluepeak"], in: folder)
        #expect(organization.status == 1)
        #expect(organization.errors.contains("write 'type: organization' in its front matter"))
        #expect(try contents("Orgs/Bluepeak.md", in: folder) == "Bluepeak notes\n")
    }

    /// Trial of session twenty-six: a plain note's name is its `title:` when it has one, which on
    /// a person's page is their job: "'Data Scientist' is People/Priya Raman.md".
    @Test("a plain note in the way is named by its file, not by its title")
    func plainNoteWithTitleInTheWay() async throws {
        let folder = try TemporaryFolder()
        let priya = "---\ntitle: Data Scientist\nadded: 2026-11-15\n---\nWorks with María.\n"
        try folder.write([
            "People/Ana Ruiz.md": "---\ntype: contact\nname: Ana Ruiz\n---\n", "People/Priya Raman.md": priya,
        ])
        let new = await run(["new", "contact", "Priya Raman"], in: folder)
        #expect(new.status == 1)
        #expect(new.errors.hasPrefix("error: 'Priya Raman' is People/Priya Raman.md, a plain note, not a contact.\n"))
        #expect(!new.errors.contains("Data Scientist"))
        #expect(try contents("People/Priya Raman.md", in: folder) == priya)
    }

    /// Trial of session twenty-six: `Created Meetings/2026-11-18-Sam.md` beside `2026-11-10 María López.md`.
    @Test("a person whose file is one word gets an interview named in the style of the vault's interviews")
    func interviewWithOneWordFile() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "People/Sam.md": "---\ntype: contact\nname: Sam Reyes\n---\n",
            "People/Maria Lopez.md": "---\ntype: contact\nname: María López\n---\n",
            "Meetings/2026-11-10 María López.md":
                "---\ntype: interview\ncontact: \"[[Maria Lopez]]\"\ndate: 2026-11-10\n---\n",
        ])
        let first = await run(["new", "interview", "Sam", "--date", "2026-11-18"], in: folder)
        #expect(first.output.hasPrefix("Created Meetings/2026-11-18 Sam Reyes.md\n"), "\(first.output)")
        let second = await run(["new", "interview", "Sam", "--date", "2026-11-18 16:00"], in: folder)
        #expect(second.output.hasPrefix("Created Meetings/2026-11-18 Sam Reyes 2.md\n"), "\(second.output)")
    }

    /// Trial N, finding 6: `Created Meetings/2026-11/2026-12-14 Chloé Dubois 🌟.md`.
    @Test("a new interview goes in its own month's folder, named after the person")
    func interviewFiledByMonth() async throws {
        let folder = try TemporaryFolder()
        var files = [
            "People/Chloé Dubois 🌟.md": "---\ntype: contact\nname: Chloé Dubois\n---\n",
            "People/Ana Ruiz.md": "---\ntype: contact\nname: Ana Ruiz\n---\n",
        ]
        for (month, day) in [("2026-11", "02"), ("2026-11", "09"), ("2026-12", "01"), ("2026-12", "03")] {
            files["Meetings/\(month)/\(month)-\(day) Ana Ruiz.md"] =
                "---\ntype: interview\ncontact: \"[[Ana Ruiz]]\"\ndate: \(month)-\(day)\n---\n"
        }
        try folder.write(files)
        let december = await run(["new", "interview", "Chloé", "--date", "2026-12-14 11:00"], in: folder)
        #expect(december.status == 0)
        #expect(december.output.hasPrefix("Created Meetings/2026-12/2026-12-14 Chloé Dubois.md\n"))
        let january = await run(["new", "interview", "Ana Ruiz", "--date", "2027-01-05"], in: folder)
        #expect(january.output.hasPrefix("Created Meetings/2027-01/2027-01-05 Ana Ruiz.md\n"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/Meetings/2027-01/2027-01-05 Ana Ruiz.md"))
    }

    @Test("a new contact named as someone else is but for accents or case is made, with the merge to fold it in")
    func lookAlikeOfAnotherContact() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/sean.md": "---\nname: Seán O'Brien\n---\n",
            "contacts/ann.md": "---\nname: Ann Lee\naliases: [Annie Lee]\n---\n",
        ])
        let sean = await run(["new", "contact", "Sean O'Brien"], in: folder)
        #expect(sean.status == 0)
        #expect(sean.output == "Created contacts/sean-obrien.md\n")
        #expect(
            sean.errors
                == "warning: Seán O'Brien (contacts/sean.md) has the same name but for accents, case or punctuation. "
                + "If it is the same person, keep contacts/sean-obrien.md (it has more fields) and fold contacts/sean.md "
                + "into it: grapevine merge contacts/sean-obrien.md contacts/sean.md\n")
        #expect(
            await run(["new", "contact", "Dr. Annie Lee"], in: folder).errors.contains("Ann Lee (contacts/ann.md)"))
        let other = await run(["new", "contact", "Sean Brien"], in: folder)
        #expect(other.status == 0 && other.errors.isEmpty, "\(other.errors)")
    }

    @Test("a new contact whose two names are another's the other way round, at one organization, is warned (trial P)")
    func swappedNamesAtOneOrganization() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/chen-wei.md":
                "---\nname: Chen Wei\norganization: \"[[Anthropic]]\"\nconnected: 2024-01-15\n---\n",
            "contacts/james-thomas.md": "---\nname: James Thomas\norganization: Acme\n---\n",
        ])
        let wei = await run(["new", "contact", "Wei Chen", "--org", "Anthropic"], in: folder)
        #expect(wei.status == 0)
        #expect(
            wei.errors.hasPrefix(
                "warning: Chen Wei (contacts/chen-wei.md), also at Anthropic, has the same names in the other order. "
                    + "If it is the same person, keep "), "\(wei.errors)")
        #expect(wei.errors.contains("grapevine merge"), "\(wei.errors)")
        let check = await run(["check"], in: folder)
        #expect(check.output.contains("'Wei Chen' looks like the same person as 'Chen Wei'"), "\(check.output)")
        // At another organization, or none given: common pairs of names, two people.
        let thomas = await run(["new", "contact", "Thomas James", "--org", "Globex"], in: folder)
        #expect(thomas.status == 0 && thomas.errors.isEmpty, "\(thomas.errors)")
        let nowhere = await run(["new", "contact", "Acme James"], in: folder)
        #expect(nowhere.status == 0 && nowhere.errors.isEmpty, "\(nowhere.errors)")
    }

    /// `--org "Anthropic, Inc."` beside the note of Anthropic wrote `[[Anthropic, Inc.]]`, a
    /// second organization with no note, without a word.
    @Test(
        "--org written as an organization's note looks links that note and says so; a name with no note is kept",
        arguments: [
            ("Anthropic, Inc.", "Anthropic", true), ("anthropic", "Anthropic", true),
            ("The Anthropic Company", "Anthropic", true), ("Anthropic PBC", "Anthropic", true),
            ("Anthropic", "Anthropic", false), ("Acme, Inc.", "Acme, Inc.", false), ("Figma Inc", "Figma Inc", false),
            ("Globex Corp.", "Globex Corp.", false),
        ])
    func organizationNoteLookingAlike(typed: String, written: String, isSaid: Bool) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "organizations/anthropic.md": "---\nname: Anthropic\n---\n",
            "organizations/globex.md": "---\nname: Globex\n---\n",
            "organizations/globex-2.md": "---\nname: GLOBEX\n---\n",
            "contacts/bo.md": "---\nname: Bo Park\norganization: Figma\n---\n",
        ])
        let made = await run(["new", "contact", "Sam Lee", "--org", typed], in: folder)
        #expect(made.status == 0, "\(made.errors)")
        #expect(try contents("contacts/sam-lee.md", in: folder).contains("organization: \"[[\(written)]]\"\n"))
        let note =
            "note: --org '\(typed)': linked the existing organization note 'Anthropic' (organizations/anthropic.md).\n"
        #expect(isSaid ? made.errors == note : !made.errors.contains("linked"), "\(made.errors)")
    }

    @Test("in a vault of People/ and Meetings/ notes with type:, new notes go there and say their type")
    func followsTheVaultsFolders() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "People/Priya Raman.md": "---\ntype: contact\nname: Priya Raman\nadded: 2026-11-01\n---\n",
            "Meetings/2026-11-02 Priya.md":
                "---\ntype: interview\ncontact: \"[[Priya Raman]]\"\ndate: 2026-11-02\n---\n",
        ])
        // Named as the contact files there are: as titles (People/Priya Raman.md).
        #expect(await run(["new", "contact", "Ana Li"], in: folder).output == "Created People/Ana Li.md\n")
        #expect(try contents("People/Ana Li.md", in: folder).hasPrefix("---\ntype: contact\nname: Ana Li\n"))
        let interview = await run(["new", "interview", "Ana Li", "--date", "2026-11-25"], in: folder)
        #expect(interview.output.hasPrefix("Created Meetings/2026-11-25 Ana Li.md\n"), "\(interview.output)")
        #expect(await run(["new", "org", "Northwind"], in: folder).output == "Created organizations/northwind.md\n")
        let check = await run(["check", "--json"], in: folder)
        #expect(check.status == 0, "\(check.output)")
        let show = await run(["show", "Ana Li"], in: folder)
        #expect(show.output.contains("Interviews\n  2026-11-25"), "\(show.output)")
        // Trial J: a person whose file is named as a title gets interview files in that style.
        let titled = await run(["new", "interview", "Priya Raman", "--date", "2026-11-26"], in: folder)
        #expect(titled.output.hasPrefix("Created Meetings/2026-11-26 Priya Raman.md\n"), "\(titled.output)")
        let again = await run(["new", "interview", "Priya Raman", "--date", "2026-11-26 15:00"], in: folder)
        #expect(again.output.hasPrefix("Created Meetings/2026-11-26 Priya Raman 2.md\n"), "\(again.output)")
        #expect(await run(["check"], in: folder).status == 0)
    }

    @Test("creates a contact, an organization and an interview that check accepts")
    func eachKind() async throws {
        let folder = try await initializedVault()
        #expect(await run(["new", "contact", "Maria Lopez"], in: folder).output == "Created contacts/maria-lopez.md\n")
        #expect(
            await run(["new", "org", "Brightfield Foods"], in: folder).output
                == "Created organizations/brightfield-foods.md\n")
        let sam = await run(
            [
                "new", "contact", "Sam Reyes", "--org", "brightfield foods", "--title", "Chemist",
                "--referred-by", "maria lopez", "--email", "sam@example.com", "--source", "meetup",
            ], in: folder)
        #expect(sam.status == 0)
        #expect(
            sam.output
                == """
                Created contacts/sam-reyes.md
                  organization  Brightfield Foods
                  title         Chemist
                  referred by   Maria Lopez

                """)
        let contact = try contents("contacts/sam-reyes.md", in: folder)
        for line in [
            "name: Sam Reyes\n", "organization: \"[[Brightfield Foods]]\"\n", "title: Chemist\n",
            "email: \"sam@example.com\"\n", "referred_by: \"[[Maria Lopez]]\"\n", "source: meetup\n",
            "added: 2026-11-21\n", "## Log\n",
        ] {
            #expect(contact.contains(line), "missing \(line)")
        }
        let interview = await run(["new", "interview", "Sam Reyes", "--date", "2026-11-25 14:00"], in: folder)
        #expect(
            interview.output
                == "Created interviews/2026-11-25-sam-reyes.md\n  with  Sam Reyes\n  date  2026-11-25 14:00\n")
        let text = try contents("interviews/2026-11-25-sam-reyes.md", in: folder)
        #expect(text.hasPrefix("---\ncontact: \"[[Sam Reyes]]\"\ndate: 2026-11-25 14:00\n"))
        #expect(text.contains("- [ ] \(Config.defaultQuestions[0])\n"))
        // The contacts' line for you to replace is pointed out, as an info.
        let check = await run(["check", "--strict"], in: folder)
        #expect(check.status == 0)
        #expect(check.output.hasSuffix("\n2 infos in 2 files (5 notes checked).\n"))
        #expect(!check.output.contains("warning:") && !check.output.contains("error:"))
        #expect(check.output.components(separatedBy: "info: the note still holds the placeholder line").count == 3)
    }

    @Test("never replaces a file: a second note of the same name is refused and the first is untouched")
    func refusesOverwrite() async throws {
        let folder = try await initializedVault()
        #expect(await run(["new", "contact", "Sam Reyes"], in: folder).status == 0)
        let own = "---\nname: Sam Reyes\nadded: 2026-11-01\n---\nmy own notes\n"
        try folder.write(["contacts/sam-reyes.md": own])
        let again = await run(["new", "contact", "sam reyes"], in: folder)
        #expect(again.status == 1)
        #expect(again.errors.contains("'sam reyes' already has a note: contacts/sam-reyes.md (Sam Reyes)"))
        #expect(try contents("contacts/sam-reyes.md", in: folder) == own)
        #expect(await run(["new", "org", "Acme"], in: folder).status == 0)
        #expect(await run(["new", "org", "Acme"], in: folder).status == 1)
        #expect(await run(["new", "interview", "Sam Reyes"], in: folder).status == 0)
        let interview = await run(["new", "interview", "Sam Reyes"], in: folder)
        #expect(interview.status == 1)
        #expect(
            interview.errors.contains(
                "interviews/2026-11-21-sam-reyes.md is already your interview with Sam Reyes on 2026-11-21"))
    }

    @Test("a contact of your network (no added) is put on your list: added and the missing options, one line each")
    func networkContactGetsAdded() async throws {
        let original = "---\r\nname: Jun Park\r\norganization: Cove Creamery\r\n---\r\nMet at a meetup.\r\n"
        let folder = try await initializedVault([
            "contacts/jun-park.md": original,
            "organizations/cove.md": "---\nname: Cove Creamery\ntarget: true\n---\n",
        ])
        #expect(await run(["next", "--kind", "reach-out"], in: folder).output.contains("Jun Park") == false)
        let result = await run(["new", "contact", "jun park", "--org", "Acme", "--source", "linkedin"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            result.output.hasPrefix(
                """
                Put Jun Park on your list: contacts/jun-park.md:4
                  added: 2026-11-21
                  source: linkedin
                  organization: left as the note has it

                """), "\(result.output)")
        // Every byte kept; the new lines before the closing fence, with the file's line endings.
        #expect(
            try contents("contacts/jun-park.md", in: folder)
                == "---\r\nname: Jun Park\r\norganization: Cove Creamery\r\nadded: 2026-11-21\r\nsource: linkedin\r\n"
                + "---\r\nMet at a meetup.\r\n")
        let next = await run(["next", "--kind", "reach-out"], in: folder)
        #expect(next.output.contains("Reach out to Jun Park (Cove Creamery)"), "\(next.output)")
        // Now on the list: a second time is refused, and nothing changes.
        let before = try contents("contacts/jun-park.md", in: folder)
        let again = await run(["new", "contact", "Jun Park"], in: folder)
        #expect(again.status == 1)
        #expect(again.errors.contains("already has a note: contacts/jun-park.md"))
        #expect(try contents("contacts/jun-park.md", in: folder) == before)
    }

    @Test("a contact of your network with fields left blank (an imported note) gets them filled where they are")
    func networkContactBlankFields() async throws {
        let folder = try await initializedVault([
            "contacts/jun-park.md": "---\nname: Jun Park\ntitle:\nemail: jun@cove.example\nsource: ~\ntags: []\n---\n"
        ])
        let result = await run(
            ["new", "contact", "Jun Park", "--title", "Cheesemaker", "--email", "j@x.example", "--source", "meetup"],
            in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            result.output.hasPrefix(
                """
                Put Jun Park on your list: contacts/jun-park.md:3
                  added: 2026-11-21
                  title: Cheesemaker
                  source: meetup
                  email: left as the note has it

                """), "\(result.output)")
        #expect(
            try contents("contacts/jun-park.md", in: folder)
                == "---\nname: Jun Park\ntitle: Cheesemaker\nemail: jun@cove.example\nsource: meetup\ntags: []\n"
                + "added: 2026-11-21\n---\n")
    }

    @Test("a contact whose added is not a date is refused where it is, nothing written; a blank added is filled")
    func networkContactWithUnreadableAdded() async throws {
        let original = "---\nname: Cy Sea\nadded: soon\n---\nbody\n"
        let folder = try await initializedVault([
            "contacts/cy-sea.md": original, "contacts/di-ek.md": "---\nname: Di Ek\nadded:\n---\n",
        ])
        let result = await run(["new", "contact", "Cy Sea"], in: folder)
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(
            result.errors.hasPrefix(
                "contacts/cy-sea.md:3:8: error: Cy Sea's 'added' ('soon') is not a date grapevine can read; write the "
                    + "day you put them on your list (YYYY-MM-DD). Nothing was written."), "\(result.errors)")
        #expect(try contents("contacts/cy-sea.md", in: folder) == original)
        let blank = await run(["new", "contact", "Di Ek"], in: folder)
        #expect(blank.status == 0, "\(blank.errors)")
        #expect(try contents("contacts/di-ek.md", in: folder) == "---\nname: Di Ek\nadded: 2026-11-21\n---\n")
    }

    @Test("a contact note without front matter gets one holding added")
    func networkContactWithoutFrontMatter() async throws {
        let folder = try await initializedVault(["contacts/ana-li.md": "Ana Li, from the chemistry club.\n"])
        let result = await run(["new", "contact", "Ana Li"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            try contents("contacts/ana-li.md", in: folder)
                == "---\nadded: 2026-11-21\n---\nAna Li, from the chemistry club.\n")
        #expect(await run(["check", "--strict"], in: folder).status == 0)
    }

    @Test("refuses a name that a note of any kind, anywhere, already has, and points at it")
    func nameTakenElsewhere() async throws {
        let folder = try await initializedVault([
            "people/sam.md": "---\ntype: contact\nname: Sam Reyes\nadded: 2026-11-01\n---\n"
        ])
        let result = await run(["new", "contact", "Sam Reyes"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors.contains("people/sam.md"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/contacts/sam-reyes.md"))
        #expect(await run(["new", "org", "Sam Reyes"], in: folder).status == 1)
    }

    @Test(
        "a new contact's file is named in the style of most contact files where it goes",
        arguments: [
            (["People/Dana Ortiz.md", "People/Sam Lee.md"], "Jo Park", "People/Jo Park.md"),
            (["People/Dana Ortiz.md", "People/sam-lee.md", "People/bo-ek.md"], "Jo Park", "People/jo-park.md"),
            // As many of each: slugs, as grapevine writes them.
            (["People/Dana Ortiz.md", "People/sam-lee.md"], "Jo Park", "People/jo-park.md"),
            (["contacts/Dana Ortiz.md"], "José Núñez-O'Brien", "contacts/José Núñez-O'Brien.md"),
            // What no file name or wikilink can hold is left out of a title.
            (["People/Dana Ortiz.md"], "Ana: R&D / Ops #2", "People/Ana R&D Ops 2.md"),
            (["People/Dana Ortiz.md"], "Ana [[Li]]", "People/Ana Li.md"),
        ])
    func contactFileStyle(existing: [String], name: String, path: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write(Dictionary(uniqueKeysWithValues: existing.map { ($0, "---\ntype: contact\n---\n") }))
        let made = await run(["new", "contact", name], in: folder)
        #expect(made.output == "Created \(path)\n", "\(made.errors)")
        #expect(try contents(path, in: folder).contains("name: "))
        // The note answers to its name, and check finds no error.
        let show = await run(["show", name], in: folder)
        #expect(show.status == 0, "\(show.errors)")
        #expect(await run(["check"], in: folder).status == 0)
    }

    @Test("an interview file or a plain note named after the person is not their note: the contact is created")
    func interviewNamedAfterThePerson() async throws {
        let folder = try await initializedVault([
            "interviews/Maria Lopez.md": "---\ncontact: \"[[Maria Lopez]]\"\ndate: 2026-11-17\n---\n",
            "notes/pat.md": "# Pat\nnotes about pat\n",
        ])
        let maria = await run(["new", "contact", "Maria Lopez"], in: folder)
        #expect(maria.status == 0, "\(maria.errors)")
        #expect(maria.output.hasPrefix("Created contacts/maria-lopez.md\n"))
        let pat = await run(["new", "contact", "Pat"], in: folder)
        #expect(pat.status == 0, "\(pat.errors)")
        let next = await run(["next", "--kind", "thank-you"], in: folder)
        #expect(next.output.contains("Send a thank-you note to Maria Lopez"), "\(next.output)")
        // Now Maria has a note: a second one is refused.
        #expect(await run(["new", "contact", "Maria Lopez"], in: folder).status == 1)
    }

    @Test("creates the note of someone a referral named, who had no note yet")
    func placeholder() async throws {
        let folder = try await initializedVault([
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
            "interviews/2026-11-02-sam-reyes.md":
                "---\ncontact: \"[[Sam Reyes]]\"\ndate: 2026-11-02\n---\n## Referrals\n- Priya Shah — runs the lab\n",
        ])
        let interview = await run(["new", "interview", "Priya Shah", "--date", "2026-12-01"], in: folder)
        #expect(interview.status == 0)
        #expect(interview.output.hasPrefix("Created interviews/2026-12-01-priya-shah.md\n"))
        let contact = await run(["new", "contact", "Priya Shah", "--referred-by", "Sam Reyes"], in: folder)
        #expect(contact.status == 0)
        #expect(contact.output.hasPrefix("Created contacts/priya-shah.md\n"))
        #expect(await run(["check", "--strict"], in: folder).status == 0)
    }

    @Test("uses the user's own template from .grapevine/templates")
    func userTemplate() async throws {
        let folder = try await initializedVault([
            ".grapevine/templates/contact.md":
                "---\nname: {{name_yaml}}\ntags: [{{#source}}{{source}}{{/source}}]\n---\nMet: {{name}} on {{today}}\n"
        ])
        #expect(await run(["new", "contact", "Ana & Leo", "--source", "meetup"], in: folder).status == 0)
        #expect(
            try contents("contacts/ana-leo.md", in: folder)
                == "---\nname: Ana & Leo\ntags: [meetup]\n---\nMet: Ana & Leo on 2026-11-21\n")
    }

    @Test("a broken user template fails with its file and line, and creates nothing")
    func brokenTemplate() async throws {
        let folder = try await initializedVault([".grapevine/templates/organization.md": "---\nname: {{name\n---\n"])
        let result = await run(["new", "org", "Acme"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.errors.hasPrefix(
                ".grapevine/templates/organization.md:2:7: error: the tag '{{name' is never closed; end it with }}\n"
                    + "   2 | name: {{name\n     |       ^\n"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/organizations/acme.md"))
    }

    @Test("a user template that includes another fails at the tag, naming it, and creates nothing")
    func includingTemplate() async throws {
        let folder = try await initializedVault([
            ".grapevine/templates/contact.md": "---\nname: {{name_yaml}}\n---\n{{> signature}}\n"
        ])
        let result = await run(["new", "contact", "Ana Lee"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.errors.hasPrefix(
                ".grapevine/templates/contact.md:4:1: error: there is no note template 'signature' to include; "))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/contacts/ana-lee.md"))
    }

    @Test("the agenda is the question bank of the config")
    func questionBank() async throws {
        let folder = try await initializedVault([
            ".grapevine/config.yml": "questions:\n  - \"What surprised you: the work or the people?\"\n  - Who else?\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
        ])
        #expect(await run(["new", "interview", "Sam Reyes", "--date", "2026-11-25"], in: folder).status == 0)
        let text = try contents("interviews/2026-11-25-sam-reyes.md", in: folder)
        #expect(
            text.contains("## Agenda\n- [ ] What surprised you: the work or the people?\n- [ ] Who else?\n\n## Notes"))
        #expect(!text.contains(Config.defaultQuestions[0]))
    }

    @Test("an interview without --date is dated today, and says so")
    func dateDefaultsToToday() async throws {
        let folder = try await initializedVault(["contacts/sam.md": "---\nname: Sam Reyes\n---\n"])
        let result = await run(["new", "interview", "Sam Reyes"], in: folder)
        #expect(result.status == 0)
        // The file name follows the person's note, not their name.
        #expect(result.output.hasPrefix("Created interviews/2026-11-21-sam.md\n"))
        #expect(result.output.contains("date  2026-11-21 (today"))
        #expect(try contents("interviews/2026-11-21-sam.md", in: folder).contains("\ndate: 2026-11-21\n"))
    }

    @Test("an interview with someone unknown, or with an organization, is refused with a hint")
    func interviewNeedsAPerson() async throws {
        let folder = try await initializedVault(["organizations/acme.md": "---\nname: Acme\n---\n"])
        let unknown = await run(["new", "interview", "Nobody Known"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("grapevine new contact \"Nobody Known\""))
        let organization = await run(["new", "interview", "Acme"], in: folder)
        #expect(organization.status == 1)
        #expect(organization.errors.contains("not one of your contacts"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/interviews")
        #expect(files.isEmpty)
    }

    @Test("names that break naive YAML make notes that check --strict accepts")
    func hostileNames() async throws {
        let folder = try await initializedVault()
        for name in ["Mary O'Brien", "Sam \"The Hammer\" Reyes", "Dr. Who: The Return", "C# Guru | Lead", "yes"] {
            #expect(await run(["new", "contact", name], in: folder).status == 0, "\(name)")
            #expect(await run(["new", "interview", name, "--date", "2026-11-25"], in: folder).status == 0, "\(name)")
            #expect(await run(["new", "org", name + " Labs"], in: folder).status == 0, "\(name)")
        }
        let check = await run(["check", "--strict"], in: folder)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.hasSuffix(" (16 notes checked).\n"))
        #expect(!check.output.contains("warning:") && !check.output.contains("error:"))
    }

    @Test(
        "--referred-by a typo of one person's name writes that name and says so",
        arguments: ["Maria Lopes", "dr. maria lopez", "Maria  López", "Lopez, Maria", "lópez,maría"])
    func referrerTypo(typed: String) async throws {
        let folder = try await initializedVault(["contacts/maria-lopez.md": "---\nname: María López\n---\n"])
        let run = await run(["new", "contact", "Sam Reyes", "--referred-by", typed], in: folder)
        #expect(run.status == 0)
        if typed.contains(",") {
            // Written family name first, it names her note, as a field written so does.
            #expect(
                run.errors
                    == "note: --referred-by '\(typed)': linked the existing contact note 'María López' "
                    + "(contacts/maria-lopez.md).\n")
        } else if typed != "Maria  López" {
            #expect(run.errors == "note: --referred-by: using 'María López' for '\(typed)'.\n")
        }
        let text = try contents("contacts/sam-reyes.md", in: folder)
        #expect(text.contains("María López"))
        #expect(!text.contains(typed))
    }

    @Test(
        "--referred-by like several people, or like a name without being close to it, is refused with exit status 2",
        arguments: [("Sam Reyex", "'Sam Reyes' or 'Sam Reyez'"), ("Maria", "'Maria Lopez'")])
    func referrerAmbiguous(typed: String, candidates: String) async throws {
        let folder = try await initializedVault([
            "contacts/maria-lopez.md": "---\nname: Maria Lopez\n---\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
            "contacts/sam-reyez.md": "---\nname: Sam Reyez\n---\n",
        ])
        let run = await run(["new", "contact", "Priya Shah", "--referred-by", typed], in: folder)
        #expect(run.status == 2)
        #expect(run.errors.contains("could be \(candidates). Nothing was created."))
        #expect(run.errors.contains("grapevine new contact \"\(typed)\""))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/contacts/priya-shah.md"))
    }

    @Test("--referred-by a name like nobody's is written as typed: someone with no note yet")
    func referrerUnknown() async throws {
        let folder = try await initializedVault(["contacts/maria-lopez.md": "---\nname: Maria Lopez\n---\n"])
        let run = await run(["new", "contact", "Priya Shah", "--referred-by", "Zed Quill"], in: folder)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(try contents("contacts/priya-shah.md", in: folder).contains("Zed Quill"))
    }

    @Test(
        "a contact referred by themselves, by name, case or file name, is refused with exit status 2; nothing is written",
        arguments: [
            ("con", ["con"]), ("Sam Lee", ["sam lee"]), ("Sam Lee", ["Ann Lee", "sam-lee"]),
            ("María López", ["maria-lopez"]),
        ])
    func referredBySelf(name: String, referrers: [String]) async throws {
        let folder = try await initializedVault(["contacts/ann-lee.md": "---\nname: Ann Lee\n---\n"])
        let run = await run(["new", "contact", name] + referrers.flatMap { ["--referred-by", $0] }, in: folder)
        #expect(run.status == 2)
        #expect(run.errors.contains("someone cannot have referred themselves"), "\(run.errors)")
        #expect(run.errors.contains("Nothing was created."))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/contacts")
        #expect(files == ["ann-lee.md"])
    }

    @Test("a referrer named twice is written once")
    func referrerTwice() async throws {
        let folder = try await initializedVault(["contacts/ann-lee.md": "---\nname: Ann Lee\n---\n"])
        let run = await run(
            ["new", "contact", "Priya Shah", "--referred-by", "Ann Lee", "--referred-by", "ann lee"], in: folder)
        #expect(run.status == 0)
        #expect(try contents("contacts/priya-shah.md", in: folder).contains("referred_by: \"[[Ann Lee]]\"\n"))
        // The summary names what was written, once.
        let summary = run.output.split(separator: "\n").first { $0.contains("referred by") }
        #expect(summary?.split(separator: " ").filter { $0.hasPrefix("Ann") }.count == 1, "\(run.output)")
        #expect(await CommandRun(["check", "--vault", folder.path, "--today", "2026-11-21"]).status == 0)
    }

    @Test("a referrer named twice with other accents is written and reported once, as first written")
    func referrerTwiceAccents() async throws {
        let folder = try await initializedVault([
            "contacts/ines-souza.md": "---\nname: Inês Souza\n---\n", "contacts/bo-li.md": "---\nname: Bo Li\n---\n",
        ])
        let run = await run(
            [
                "new", "contact", "Priya Shah", "--referred-by", "Inês Souza", "--referred-by", "Bo Li",
                "--referred-by", "INES SOUZA",
            ],
            in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let note = try contents("contacts/priya-shah.md", in: folder)
        #expect(note.contains("referred_by: [\"[[Inês Souza]]\", \"[[Bo Li]]\"]\n"), "\(note)")
        #expect(run.output.contains("Inês Souza, Bo Li\n"), "\(run.output)")
    }

    @Test("bad input is a usage error", arguments: [["interview", "Sam", "--date", "2026-13-01"], ["contact", "  "]])
    func usage(arguments: [String]) async throws {
        let folder = try await initializedVault()
        #expect(await run(["new"] + arguments, in: folder).status == 2)
    }

    /// Hostile session 29: ArgumentParser lowers a usage error's first letter, so "NAME is
    /// empty" read "error: nAME is empty", and the log command's "eVENT is empty".
    @Test("an empty name or event says so in words, not a mangled NAME or EVENT")
    func emptyNameMessage() async throws {
        let folder = try await initializedVault()
        let new = await run(["new", "contact", "  "], in: folder)
        let log = await run(["log", "Sam Reyes", " "], in: folder)
        #expect(new.status == 2 && log.status == 2)
        #expect(new.errors.hasPrefix("error: the name is empty; give a name, e.g. \"Sam Reyes\".\n"), "\(new.errors)")
        #expect(log.errors.hasPrefix("error: the event is empty; say what happened, e.g. emailed.\n"), "\(log.errors)")
    }

    @Test("global options may come before the command")
    func globalOptionsFirst() async throws {
        let folder = try await initializedVault()
        let result = await CommandRun(["--vault", folder.path, "new", "org", "Acme"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/organizations/acme.md"))
    }
}
