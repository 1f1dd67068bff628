import Foundation
import Testing

@testable import GrapevineCore

@Suite("What an import does with each person")
struct ImportPlannerTests {
    let today = LocalDate(valid: "2026-11-21")

    private func person(
        _ name: String, email: String? = nil, linkedin: String? = nil, organization: String? = nil,
        title: String? = nil, connected: String? = nil, line: Int = 5
    ) -> ImportedPerson {
        var person = ImportedPerson(name: name, line: line)
        person.emails = email.map { [$0] } ?? []
        person.linkedin = linkedin
        person.organization = organization
        person.title = title
        person.connected = connected.map { LocalDate(valid: $0) }
        return person
    }

    private func plan(_ files: [String: String], _ people: [ImportedPerson], updates: Bool = true) throws -> ImportPlan
    {
        let folder = try TestFolder(files)
        let vault = VaultLoader.load(root: folder.root)
        return try ImportPlanner(vault: vault, source: "linkedin", updatesMatches: updates, today: today).plan(people)
    }

    /// Each action in a word, with the path or the short reason.
    private func summary(_ plan: ImportPlan) -> [String] {
        plan.entries.map { entry in
            switch entry.action {
            case .create(let note): return "create \(note.path)"
            case .update(let insertion, _):
                return "update \(insertion.path): " + insertion.fields.map(\.key).joined(separator: ",")
            case .unchanged(let path): return "unchanged \(path)"
            case .skip(let problem): return "skip: \(problem.skipped ?? "")"
            }
        }
    }

    static let notes = [
        "contacts/sam-reyes.md": "---\nname: Sam Reyes\nemail: Sam@Example.com\n---\n",
        "contacts/dana.md": "---\nname: Dana Fox\nlinkedin: https://www.linkedin.com/in/dana-fox\n---\n",
        "contacts/jane-doe.md": "---\nname: Jane Doe\naliases: [Janie]\n---\n",
        "organizations/acme-foods.md": "---\nname: Acme Foods\naliases: [acme]\n---\n",
    ]

    @Test("found by email (case folded), then LinkedIn profile (written differently), then name, alias or file name")
    func order() throws {
        let found = try plan(
            Self.notes,
            [
                person("Samuel R.", email: " sam@example.COM"),
                person("D. Fox", linkedin: "http://LinkedIn.com/in/dana-fox/"),
                person("jane  DOE"), person("Janie"), person("DANA FOX"),
                person("Sam Other", email: "sam@example.com", linkedin: "https://linkedin.com/in/dana-fox"),
                person("Dana Fox", linkedin: "https://linkedin.com/in/other-dana"),
            ])
        #expect(
            summary(found) == [
                "unchanged contacts/sam-reyes.md", "unchanged contacts/dana.md", "unchanged contacts/jane-doe.md",
                "unchanged contacts/jane-doe.md", "unchanged contacts/dana.md",
                "update contacts/sam-reyes.md: linkedin",
                "skip: a namesake",
            ])
    }

    @Test("a person whose note is not UTF-8 (read as Windows-1252) is skipped in the plan, as the write refuses it")
    func noteNotUTF8() throws {
        let folder = try TestFolder(["contacts/other.md": "---\nname: Other\n---\n"])
        let bytes = Array("---\nname: Jos".utf8) + [0xE9, 0x0A] + Array("email: jose@x.example\n---\n".utf8)
        let path = folder.root + "/contacts/jose.md"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let vault = VaultLoader.load(root: folder.root)
        // Found by name (José, read as Windows-1252) and by email: neither is planned as an update.
        let people = [person("José", organization: "Acme"), person("Jose Garcia", email: "jose@x.example", line: 6)]
        let found = try ImportPlanner(vault: vault, source: "linkedin", updatesMatches: true, today: today).plan(people)
        #expect(summary(found) == ["skip: not UTF-8", "skip: not UTF-8"])
        _ = found.write(inVault: folder.root)
        #expect(FileManager.default.contents(atPath: path) == Data(bytes))
        #expect(FileManager.default.subpaths(atPath: folder.root + "/contacts")?.sorted() == ["jose.md", "other.md"])
    }

    @Test("a note edited between the plan and the write keeps the edit and gains only what it still lacks")
    func editedMeanwhile() throws {
        let folder = try TestFolder(["contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\nNotes.\n"])
        let vault = VaultLoader.load(root: folder.root)
        let sam = person("Sam Reyes", email: "sam@home.example", title: "Process Chemist")
        let plan = try ImportPlanner(vault: vault, source: "linkedin", updatesMatches: true, today: today).plan([sam])
        #expect(summary(plan) == ["update contacts/sam-reyes.md: title,email"])
        // An editor saves the note after the plan was made.
        let edited = "---\nname: Sam Reyes\ntitle: Dr\n---\nNotes.\nMore notes.\n"
        try edited.write(toFile: folder.root + "/contacts/sam-reyes.md", atomically: true, encoding: .utf8)
        #expect(plan.write(inVault: folder.root) == [.updated(path: "contacts/sam-reyes.md", keys: ["email"])])
        let written = try String(contentsOfFile: folder.root + "/contacts/sam-reyes.md", encoding: .utf8)
        #expect(written == "---\nname: Sam Reyes\ntitle: Dr\nemail: \"sam@home.example\"\n---\nNotes.\nMore notes.\n")
    }

    @Test("a match gains only the fields it lacks, byte for byte: blank ones filled, others inserted, the rest kept")
    func exactBytes() throws {
        let original =
            "\u{FEFF}---\r\nname: Sam Reyes\r\ntitle:\r\nemail: sam@work.example  # work\r\n"
            + "tags:\r\n  - chemist\r\n---\r\n\r\nMet at the \u{301}meetup.\r\n## Log\r\n- 2026-10-01 emailed"
        let folder = try TestFolder(Self.notes.merging(["contacts/sam-reyes.md": original]) { $1 })
        let vault = VaultLoader.load(root: folder.root)
        var sam = person(
            "Sam Reyes", email: "sam@home.example", linkedin: "https://www.linkedin.com/in/sam-reyes",
            organization: "acme", title: "Process Chemist", connected: "2024-11-05")
        sam.tags = ["LinkedIn"]
        let plan = try ImportPlanner(vault: vault, source: "linkedin", updatesMatches: true, today: today).plan([sam])
        #expect(summary(plan) == ["update contacts/sam-reyes.md: organization,title,linkedin,connected"])
        #expect(
            plan.write(inVault: folder.root) == [
                .updated(path: "contacts/sam-reyes.md", keys: ["organization", "title", "linkedin", "connected"])
            ])
        // Read as bytes: decoding a String from the file drops the byte order mark.
        let written = try Data(contentsOf: URL(fileURLWithPath: folder.root + "/contacts/sam-reyes.md"))
        #expect(
            Array(written)
                == Array(
                    ("\u{FEFF}---\r\nname: Sam Reyes\r\ntitle: Process Chemist\r\nemail: sam@work.example  # work\r\n"
                        + "tags:\r\n  - chemist\r\norganization: \"[[Acme Foods]]\"\r\n"
                        + "linkedin: \"https://www.linkedin.com/in/sam-reyes\"\r\nconnected: 2024-11-05\r\n---\r\n\r\n"
                        + "Met at the \u{301}meetup.\r\n## Log\r\n- 2026-10-01 emailed").utf8))
        // The same import again changes nothing.
        let again = try ImportPlanner(
            vault: VaultLoader.load(root: folder.root), source: "linkedin", updatesMatches: true, today: today
        ).plan([sam])
        #expect(summary(again) == ["unchanged contacts/sam-reyes.md"])
    }

    @Test("someone listed twice makes one note with what both rows have; a namesake in the same file is left out")
    func sameFile() throws {
        let found = try plan(
            [:],
            [
                person("Ana Li", linkedin: "https://linkedin.com/in/ana-li", line: 5),
                person(
                    "Ana Li", email: "ana@example.com", linkedin: "https://www.linkedin.com/in/ana-li/",
                    title: "Chemist", line: 6),
                person("ana li", email: "ANA@example.com", connected: "2024-11-05", line: 7),
                person("Ana Li", linkedin: "https://linkedin.com/in/ana-li-2", line: 8),
            ])
        #expect(
            summary(found) == [
                "create contacts/ana-li.md", "skip: listed twice", "skip: listed twice", "skip: a namesake",
            ])
        guard case .create(let note) = found.entries[0].action else { return }
        #expect(note.text.contains("title: Chemist\n"))
        #expect(note.text.contains("email: \"ana@example.com\"\n"))
        #expect(note.text.contains("connected: 2024-11-05\n"))
        #expect(!note.text.contains("added:"))
        #expect(found.entries[3].action.problem?.message.contains("(line 5)") == true)
    }

    @Test(
        "left out: a shared email, a name that is another kind of note, you, a file Grapevine does not read, a front matter that does not read; a note without one gets one"
    )
    func skipped() throws {
        let found = try plan(
            Self.notes.merging([
                "contacts/other-sam.md": "---\nname: Other Sam\nemail: sam@example.com\n---\n",
                ".grapevine/config.yml": "owner: Alex Kim\nignore: [\"contacts/zed-*\"]\n",
                "contacts/zed-one.md": "---\nname: Zed One\n---\n",
                "contacts/plain.md": "Just text, no front matter.\n",
                "contacts/broken.md": "---\ntitle: [Chemist\n---\n",
                "contacts/open.md": "---\ntitle: Chemist\n",
            ]) { $1 },
            [
                person("Sam", email: "sam@example.com"), person("Acme Foods"), person("alex kim"), person("Zed One"),
                person("Broken", title: "Chemist"), person("Open", title: "Chemist"), person("Plain", title: "Chemist"),
            ])
        #expect(
            summary(found) == [
                "skip: matches several notes", "skip: name of another note", "skip: you", "skip: file exists",
                "skip: front matter unreadable", "skip: front matter unreadable", "update contacts/plain.md: title",
            ])
        #expect(
            found.entries[4].action.problem?.message.contains("is contacts/broken.md, whose front matter has errors")
                == true)
    }

    @Test(
        "a file in the way is named by the path the note would have: where the vault keeps people, named as they are",
        arguments: [
            ([String: String](), "contacts/zed-one.md"),
            (["People/Ana Silva.md": "---\ntype: contact\nname: Ana Silva\n---\n"], "People/Zed One.md"),
            (["People/ana-silva.md": "---\ntype: contact\nname: Ana Silva\n---\n"], "People/zed-one.md"),
        ])
    func fileInTheWay(people: [String: String], path: String) throws {
        let found = try plan(
            people.merging([
                ".grapevine/config.yml": "ignore: [\"contacts/zed-*\", \"People/Zed*\", \"People/zed-*\"]\n",
                path: "---\nname: Zed One\n---\n",
            ]) { $1 }, [person("Zed One")])
        #expect(summary(found) == ["skip: file exists"])
        #expect(
            found.entries[0].action.problem?.message
                == "skipped 'Zed One': \(path) exists but is not a note Grapevine reads (ignored, or not readable); "
                + "nothing is written over it")
    }

    @Test(
        "referred_by of a new note names its referrers' notes: in the file (new, found, listed twice), in the vault by its card's UID, or by name"
    )
    func referrers() throws {
        var people = [
            person("Maria Lopez", line: 1), person("José Núñez", line: 10), person("Leo Marsh", line: 20),
            person("Samuel R.", email: "sam@example.com", line: 30), person("Nina Park", line: 40),
            person("Alex Kim", line: 50), person("Olga Kim", line: 60), person("maria lopez", line: 70),
            person("Pia Berg", line: 80), person("Quinn Li", line: 90),
        ]
        for (index, uid) in ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u10"].enumerated() {
            people[index].uid = "urn:uuid:" + uid
        }
        let hannah = ContactCard.uid(ofNoteAt: "contacts/hannah.md")
        people[1].referredBy = [.card(uid: "urn:uuid:u1"), .card(uid: hannah), .name("Dan Moore"), .name("dan moore")]
        people[2].referredBy = [.card(uid: "urn:uuid:u4")]
        people[3].referredBy = [.card(uid: "urn:uuid:u1")]
        people[4].referredBy = [.card(uid: "urn:uuid:gone")]
        people[6].referredBy = [.card(uid: "urn:uuid:u6")]
        people[8].referredBy = [.card(uid: "urn:uuid:u8")]
        people[9].referredBy = [.card(uid: "urn:uuid:u10")]
        let found = try plan(
            Self.notes.merging([
                "contacts/hannah.md": "---\nname: Hannah Brooks\n---\n",
                ".grapevine/config.yml": "owner: Alex Kim\n",
            ]) { $1 }, people)
        func referredBy(_ index: Int) -> String? {
            guard case .create(let note) = found.entries[index].action else { return nil }
            return note.text.split(separator: "\n").first { $0.hasPrefix("referred_by:") }.map(String.init)
        }
        #expect(referredBy(1) == "referred_by: [\"[[Maria Lopez]]\", \"[[Hannah Brooks]]\", \"[[Dan Moore]]\"]")
        #expect(referredBy(2) == "referred_by: \"[[Sam Reyes]]\"")
        #expect(summary(found)[3] == "unchanged contacts/sam-reyes.md")
        #expect(referredBy(4) == "referred_by:")
        #expect(referredBy(6) == "referred_by:")
        #expect(referredBy(8) == "referred_by: \"[[Maria Lopez]]\"")
        #expect(referredBy(9) == "referred_by:")
        #expect(
            found.problems.map(\.line) == [40, 60] && found.problems.allSatisfy { $0.severity == .warning },
            "\(found.problems)")
        #expect(
            found.problems[0].message.contains("'urn:uuid:gone', which is neither in the file nor a note of the vault"))
        #expect(found.problems[1].message.contains("referred by 'Alex Kim' (line 50), who is not imported"))
    }

    static let household = [
        "contacts/pat-lee.md":
            "---\nname: Pat Lee\nemail: shared@x.example\nlinkedin: https://linkedin.com/in/pat\n---\n"
    ]

    @Test("an email whose note names someone else (a household's address) is not that note: the person is skipped")
    func sharedEmail() throws {
        var kim = person("Kim Lee", email: "shared@x.example", organization: "Kim Co", title: "Dentist")
        kim.phone = "+1 555 7777"
        let found = try plan(Self.household, [kim])
        #expect(summary(found) == ["skip: another person's email"])
        let message = try #require(found.entries[0].action.problem?.message)
        #expect(
            message.hasPrefix(
                "skipped 'Kim Lee': the email shared@x.example belongs to 'Pat Lee' (contacts/pat-lee.md)"))
        #expect(message.contains("add 'Kim Lee' to the aliases of that note"))
        #expect(message.contains("grapevine new contact \"Kim Lee\""))
    }

    @Test("the two ways the skip names: Kim's own note takes the row, and so does an alias on Pat's note")
    func sharedEmailImportedAnyway() throws {
        let kim = person("Kim Lee", email: "SHARED@x.example", title: "Dentist")
        let own = try plan(Self.household.merging(["contacts/kim-lee.md": "---\nname: Kim Lee\n---\n"]) { $1 }, [kim])
        #expect(summary(own) == ["update contacts/kim-lee.md: title,email"])
        let alias = "---\nname: Pat Lee\naliases: [Kim Lee]\nemail: shared@x.example\n---\n"
        #expect(summary(try plan(["contacts/pat-lee.md": alias], [kim])) == ["update contacts/pat-lee.md: title"])
        // Both have the address now: each row goes to its own note.
        let both = Self.household.merging(["contacts/kim-lee.md": "---\nname: Kim Lee\nemail: shared@x.example\n---\n"])
        {
            $1
        }
        let pat = person("Pat Lee", email: "shared@x.example", title: "Nurse")
        #expect(
            summary(try plan(both, [kim, pat])) == [
                "update contacts/kim-lee.md: title", "update contacts/pat-lee.md: title",
            ])
    }

    @Test(
        "an email still finds its note under a married name, an initial, a short form, a nickname, an honorific, family name first, an alias",
        arguments: [
            ("Jane Doe", "Jane Smith"), ("Jane Doe", "J. Doe"), ("Jane Doe", "Dr. Jane A. Doe"),
            ("Jane Doe", "Doe Jane"),
            ("Robert Doe", "Bob Doe"), ("Robert Doe", "Rob Doe"), ("Samuel Reyes", "Sam Reyes"),
            ("Katherine Ng", "Kate Ng"), ("José Núñez", "Jose Nunez"), ("Mary O'Brien", "mary obrien"),
            ("Jane Doe", "Jane"), ("Jane Doe", "Doe"), ("Jane Doe", "😀"),
        ])
    func sharedEmailSamePerson(note: String, row: String) throws {
        let notes = ["contacts/note.md": "---\nname: \(note)\nemail: one@x.example\n---\n"]
        #expect(
            summary(try plan(notes, [person(row, email: "one@x.example", title: "Chemist")])) == [
                "update contacts/note.md: title"
            ])
    }

    @Test(
        "names with nothing in common are two people",
        arguments: [
            ("Pat Lee", "Kim Lee"), ("Acme Recruiting", "Ann Smith"), ("Jane Doe", "John Doe"),
            ("Dan Moore", "Ed Moore"),
        ])
    func sharedEmailOtherPerson(note: String, row: String) throws {
        let notes = ["contacts/note.md": "---\nname: \(note)\nemail: one@x.example\n---\n"]
        #expect(summary(try plan(notes, [person(row, email: "one@x.example")])) == ["skip: another person's email"])
    }

    @Test("in one file, a second person at an earlier row's address is skipped, not taken for that row's person")
    func sharedEmailInFile() throws {
        let found = try plan(
            [:],
            [
                person("Pat Lee", email: "shared@x.example", line: 5),
                person("Kim Lee", email: "shared@x.example", line: 6),
                person("Patricia Lee", email: "shared@x.example", title: "Nurse", line: 7),
            ])
        #expect(summary(found) == ["create contacts/pat-lee.md", "skip: another person's email", "skip: listed twice"])
        #expect(found.entries[1].action.problem?.message.contains("belongs to 'Pat Lee' (line 5)") == true)
    }

    @Test("a new note whose name looks like a contact's is made, with a warning naming both files and the merge")
    func lookAlike() throws {
        let found = try plan(
            ["contacts/mary.md": "---\nname: Mary OBrien\n---\n"], [person("Mary O'Brien", title: "Chemist", line: 4)])
        #expect(summary(found) == ["create contacts/mary-obrien.md"])
        #expect(
            found.problems == [
                ImportProblem(
                    .warning, line: 4,
                    "'Mary O'Brien' gets a note of its own, contacts/mary-obrien.md, but looks like the same person as "
                        + "'Mary OBrien' (contacts/mary.md); if they are one person, keep contacts/mary-obrien.md (it has "
                        + "more fields) and fold contacts/mary.md into it: grapevine merge contacts/mary-obrien.md "
                        + "contacts/mary.md; if not, tell them apart in 'name'")
            ])
    }

    @Test(
        "look-alikes as check finds them: an honorific, a middle initial on one side, accents; not other initials or other names",
        arguments: [
            ("Dr. Nkechi Obi", "Nkechi A. Obi", true), ("Abena Cruz", "Abena K. Cruz", true),
            ("Jose Nunez", "José Núñez", true), ("Abena C. Cruz", "Abena K. Cruz", false), ("Ana Li", "Ann Lee", false),
            ("J. Obi", "Nkechi Obi", false), ("Sam Reyes", "sam  REYES", false),
        ])
    func lookAlikes(note: String, row: String, warned: Bool) throws {
        let found = try plan(["contacts/someone.md": "---\nname: \(note)\n---\n"], [person(row)])
        #expect(found.problems.count == (warned ? 1 : 0))
        #expect(found.problems.allSatisfy { $0.message.contains("(contacts/someone.md)") })
    }

    @Test("two new notes of one file that look alike: the second is warned about, naming the first")
    func lookAlikeInFile() throws {
        let found = try plan([:], [person("Sam Reyes", line: 2), person("Dr. Sam Reyes", line: 3)])
        #expect(summary(found) == ["create contacts/sam-reyes.md", "create contacts/dr-sam-reyes.md"])
        #expect(found.problems.map(\.line) == [3])
        #expect(found.problems.first?.message.contains("as 'Sam Reyes' (contacts/sam-reyes.md)") == true)
    }

    /// Each entry's left-out values, as `field value`.
    private func leftOut(_ plan: ImportPlan) -> [[String]] {
        plan.entries.map { $0.leftOut.map { "\($0.field) \($0.value)" } }
    }

    @Test(
        "what a note will not hold is left out, and said: other emails and phones, and a card's NOTE for a note that exists"
    )
    func leftOutValues() throws {
        var ana = person("Ana Silva", email: "ana@acme.com")
        ana.emails.append("ana.silva@gmail.com")
        (ana.phone, ana.otherPhones) = ("+1 555 0100", ["+1 555 0199"])
        ana.about = "Met at PyCon 2025,\ntalked about data teams."
        var bo = person("Bo Chen", email: "bo@x.com")
        bo.emails.append("BO.CHEN@y.com")
        bo.about = "Old colleague."
        var cy = person("Cy Park", email: "cy@x.com")
        cy.emails.append("cy.park@y.com")
        (cy.phone, cy.otherPhones) = ("+1 555 0300", ["+1 555 0301"])
        cy.about = "New person."
        let files = [
            "contacts/ana-silva.md": "---\nname: Ana Silva\nemail: ana@acme.com\n---\n\nMet at the meetup.\n",
            // Written in the body already, however the lines and the number are written.
            "contacts/bo-chen.md": "---\nname: Bo Chen\nphone: 555-0100\n---\nHome: bo.chen@Y.com, (555) 0111.\n"
                + "Old\ncolleague.\n",
        ]
        bo.otherPhones = ["555 0111", "+1 (555) 0122"]
        let found = try plan(files, [ana, bo, cy])
        #expect(
            summary(found) == [
                "update contacts/ana-silva.md: phone", "update contacts/bo-chen.md: email",
                "create contacts/cy-park.md",
            ])
        #expect(
            leftOut(found) == [
                [
                    "email ana.silva@gmail.com", "phone +1 555 0199",
                    "note Met at PyCon 2025,\ntalked about data teams.",
                ],
                ["phone +1 (555) 0122"],
                ["email cy.park@y.com", "phone +1 555 0301"],
            ])
        // Unchanged notes say it every time, until the values are in the note; --no-update never.
        let again = try plan(
            files.merging(["contacts/cy-park.md": "---\nname: Cy Park\nemail: cy@x.com\n---\n"]) { $1 }, [cy])
        #expect(summary(again) == ["update contacts/cy-park.md: phone"])
        #expect(leftOut(again) == [["email cy.park@y.com", "phone +1 555 0301", "note New person."]])
        #expect(leftOut(try plan(files, [ana], updates: false)) == [[]])
    }

    @Test("a title, organization or location the note has another of is named with both, and the note keeps its own")
    func differingValuesNamed() throws {
        var sam = person("Sam Reyes", organization: "Cove Creamery", title: "Senior Designer")
        sam.location = "Lisbon"
        var kim = person("Kim Ode", organization: "acme", title: "  product   MANAGER ")
        let bo = person("Bo Lind", organization: "Globex, Inc.", title: "Chemist")
        kim.location = "Oslo"
        let files = [
            "contacts/sam-reyes.md":
                "---\nname: Sam Reyes\norganization: \"[[Brightfield Foods]]\"\nrole: Designer\nlocation: Porto\n---\n",
            // The same values, written otherwise: the organization note by an alias, the title
            // in other capitals and spaces; no location in the note, so it gains one.
            "contacts/kim-ode.md": "---\nname: Kim Ode\norganization: \"[[Acme]]\"\ntitle: Product Manager\n---\n",
            // An organization's name begun by the note's, with no note of its own.
            "contacts/bo-lind.md": "---\nname: Bo Lind\norganization: Globex\ntitle: Chemist\n---\n",
            "organizations/acme-foods.md": "---\nname: Acme Foods\naliases: [Acme]\n---\n",
            "organizations/brightfield-foods.md": "---\nname: Brightfield Foods\n---\n",
        ]
        let found = try plan(files, [sam, kim, bo])
        #expect(
            summary(found) == [
                "unchanged contacts/sam-reyes.md", "update contacts/kim-ode.md: location",
                "unchanged contacts/bo-lind.md",
            ])
        #expect(
            found.entries.map { $0.leftOut.map { "\($0.field) \($0.value) / \($0.noted ?? "-")" } } == [
                [
                    "title Senior Designer / Designer", "organization Cove Creamery / Brightfield Foods",
                    "location Lisbon / Porto",
                ],
                [], [],
            ])
        // A new note holds them all: nothing differs.
        #expect(try plan([:], [sam]).entries.map(\.leftOut) == [[]])
    }

    @Test("--no-update leaves a matching note alone, however much it lacks")
    func noUpdate() throws {
        let found = try plan(
            Self.notes, [person("Jane Doe", title: "Chemist", connected: "2024-11-05")], updates: false)
        #expect(summary(found) == ["unchanged contacts/jane-doe.md"])
    }
}

extension ImportPlan.Action {
    /// The problem of a skip.
    var problem: ImportProblem? {
        if case .skip(let problem) = self { problem } else { nil }
    }
}
