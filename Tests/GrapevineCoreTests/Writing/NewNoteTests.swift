import Foundation
import Testing

@testable import GrapevineCore

/// Names that break naive YAML: quotes, colons, wikilink characters, YAML words, leading symbols.
let hostileNames = [
    "Mary O'Brien", "Sam \"The Hammer\" Reyes", "Dr. Who: The Return", "C# Guru | Lead", "yes", "No",
    "Jose\u{301} Nu\u{301}n\u{303}ez", "[[Brackets]]", "- Dash", "100% Real", "@handle", "Back\\slash",
    "Ana # Lima", "O'Neil-Smith, Jr.", "*Star*", "{Curly}", "Trailing:", "Zoë ‘Z’ Ng", "null", "&anchor",
]

@Suite("New notes from templates")
struct NewNoteTests {
    let today = LocalDate(valid: "2026-11-21")

    @Test("a contact goes to contacts/<slug>.md with its name, fields and today's date")
    func contact() throws {
        let folder = try TestFolder()
        let fields = NewNote.ContactFields(
            organization: "Brightfield Foods", title: "R&D: Lead", email: "sam@example.com",
            referredBy: ["Maria Lopez", "Dan Moore"], source: "alumni")
        let note = try NewNote.contact(named: "Sam Reyes", fields: fields, today: today, templates: folder.library)
        #expect(note.path == "contacts/sam-reyes.md")
        let vault = try TemporaryVault.load([note.path: note.text])
        let read = try #require(vault.note(atPath: note.path))
        #expect(read.name == "Sam Reyes")
        #expect(read.title == "R&D: Lead")
        let contact = try #require(read.contact)
        #expect(contact.organization?.target == "Brightfield Foods")
        #expect(contact.referredBy.map(\.target) == ["Maria Lopez", "Dan Moore"])
        #expect(contact.email == "sam@example.com")
        #expect(contact.source == "alumni")
        #expect(contact.added == today)
        #expect(vault.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test(
        "a contact referred by a name or file name that finds the note itself is refused",
        arguments: [
            ("con", "con"), ("Sam Reyes", "SAM  reyes"), ("Sam Reyes", "sam-reyes"), ("José Núñez", "jose-nunez"),
        ])
    func referredBySelf(name: String, referrer: String) throws {
        let folder = try TestFolder()
        let fields = NewNote.ContactFields(referredBy: ["Maria Lopez", referrer])
        #expect(throws: NewNote.Failure.referredBySelf(name)) {
            try NewNote.contact(named: name, fields: fields, today: today, templates: folder.library)
        }
        #expect(!NewNote.isSelf("Sam Reye", contact: "Sam Reyes"))
    }

    @Test("a very long name gets a file name cut to 100 bytes at a character, and the whole name inside")
    func longName() throws {
        let folder = try TestFolder()
        let name = String(repeating: "Zoë ", count: 80) + "Quux"
        let note = try NewNote.contact(named: name, today: today, templates: folder.library)
        let stem = VaultPath.stem(of: note.path)
        #expect(stem.utf8.count <= 100 && stem.hasPrefix("zoe-zoe") && !stem.hasSuffix("-"))
        let interview = try NewNote.interview(
            with: name, date: LocalDateTime(date: today), questions: [], today: today, templates: folder.library)
        #expect(VaultPath.stem(of: interview.path).utf8.count <= 111)
        let vault = try TemporaryVault.load([note.path: note.text])
        #expect(vault.notes.first?.name == name)
    }

    @Test("fields not given are left blank, without trailing spaces")
    func blankFields() throws {
        let note = try NewNote.contact(named: "Sam Reyes", today: today, templates: try TestFolder().library)
        #expect(note.text.contains("\norganization:\ntitle:\nemail:\n"))
        #expect(!note.text.contains(" \n"))
    }

    @Test("an interview is dated, names the person as a wikilink, and has the question bank as its agenda")
    func interview() throws {
        let folder = try TestFolder()
        let date = try #require(LocalDateTime("2026-11-25 14:00"))
        let note = try NewNote.interview(
            with: "Sam Reyes", date: date, questions: ["What do you do all day?", "Who else should I meet?"],
            today: today, templates: folder.library)
        #expect(note.path == "interviews/2026-11-25-sam-reyes.md")
        #expect(note.text.contains("contact: \"[[Sam Reyes]]\"\ndate: 2026-11-25 14:00\n"))
        #expect(note.text.contains("## Agenda\n- [ ] What do you do all day?\n- [ ] Who else should I meet?\n\n"))
        let vault = try TemporaryVault.load([
            note.path: note.text, "contacts/sam-reyes.md": "---\nname: Sam Reyes\n---\n",
        ])
        let interview = try #require(vault.note(atPath: note.path)?.interview)
        #expect(interview.date == date)
        #expect(vault.diagnostics.isEmpty, "\(vault.diagnostics)")
    }

    @Test("an interview reuses the file name of the person's note and refers to it as told")
    func interviewFileStem() throws {
        let note = try NewNote.interview(
            with: "Sam Lee", reference: "contacts/sam-lee", fileStem: "samuel-lee",
            date: LocalDateTime(date: today), questions: [], today: today, templates: try TestFolder().library)
        #expect(note.path == "interviews/2026-11-21-samuel-lee.md")
        #expect(note.text.contains("contact: \"[[contacts/sam-lee]]\"\n"))
    }

    @Test("an organization goes to organizations/<slug>.md")
    func organization() throws {
        let note = try NewNote.organization(
            named: "Brightfield Foods, Inc.", today: today, templates: try TestFolder().library)
        #expect(note.path == "organizations/brightfield-foods-inc.md")
        let vault = try TemporaryVault.load([note.path: note.text])
        #expect(vault.note(atPath: note.path)?.name == "Brightfield Foods, Inc.")
        #expect(vault.note(atPath: note.path)?.kind == .organization)
    }

    @Test("hostile names make notes that read back with the same name and no problems", arguments: hostileNames)
    func hostileName(name: String) throws {
        let library = try TestFolder().library
        let contact = try NewNote.contact(
            named: name, fields: NewNote.ContactFields(organization: name + " Inc", referredBy: ["Dan " + name]),
            today: today, templates: library)
        let interview = try NewNote.interview(
            with: name, date: LocalDateTime(date: today), questions: ["How: \"why\"?"], today: today,
            templates: library)
        let organization = try NewNote.organization(named: name + " Inc", today: today, templates: library)
        let vault = try TemporaryVault.load([
            contact.path: contact.text, interview.path: interview.text, organization.path: organization.text,
            "contacts/dan.md": "---\nname: \(YAMLText.quoted("Dan " + name))\n---\n",
        ])
        // The contact's line for you to replace is the one note `check` has on them.
        let problems = vault.diagnostics.filter { $0.code != .placeholderText }
        #expect(problems.isEmpty, "\(problems.map { "\($0.file):\($0.line): \($0.message)" })")
        #expect(vault.diagnostics(.placeholderText).map(\.file) == [contact.path])
        #expect(vault.note(atPath: contact.path)?.name == name)
        #expect(vault.note(atPath: organization.path)?.name == name + " Inc")
        let contactNode = try vault.node(atPath: contact.path)
        let met = vault.graph.edges.filter { $0.kind == .met && $0.to == contactNode }
        #expect(met.count == 1, "the interview should refer to the contact")
    }

    @Test("a name with no letters or digits gives no file name")
    func noFileName() throws {
        #expect(throws: NewNote.Failure.noFileName("!!!")) {
            try NewNote.contact(named: "!!!", today: today, templates: try TestFolder().library)
        }
    }

    @Test("a user template that makes invalid front matter is refused, naming the template")
    func invalidNote() throws {
        let folder = try TestFolder([".grapevine/templates/contact.md": "---\nname: {{name}}\n---\n"])
        #expect(throws: NewNote.Failure.self) {
            try NewNote.contact(named: "Dr. Who: The Return", today: today, templates: folder.library)
        }
        do {
            _ = try NewNote.contact(named: "Dr. Who: The Return", today: today, templates: folder.library)
        } catch {
            guard case .invalidNote(let template, let problems) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(template == ".grapevine/templates/contact.md")
            #expect(problems.first?.hasPrefix("2:") == true)
        }
    }

    @Test("writing creates the folder and never replaces an existing file")
    func write() throws {
        let folder = try TestFolder()
        let note = try NewNote.organization(named: "Acme", today: today, templates: folder.library)
        try note.write(inVault: folder.root)
        let path = folder.root + "/" + note.path
        #expect(try String(contentsOfFile: path, encoding: .utf8) == note.text)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: NewNote.Failure.self) { try note.write(inVault: folder.root) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
    }
}

@Suite("YAML scalars")
struct YAMLTextTests {
    @Test(
        "plain when YAML reads it back as the same string, else quoted",
        arguments: [
            ("Mary O'Brien", "Mary O'Brien"), ("José Núñez", "José Núñez"), ("R&D Lead", "R&D Lead"),
            ("yes", "\"yes\""), ("2026", "\"2026\""), ("Sam: Reyes", "\"Sam: Reyes\""), ("a #b", "\"a #b\""),
            ("Say \"hi\"", "\"Say \\\"hi\\\"\""), ("line\u{2028}break", "\"line\\Lbreak\""),
            ("bell\u{7}", "\"bell\\x07\""),
            ("trailing ", "\"trailing \""), ("", "\"\""),
            ("NULL", "\"NULL\""), ("Off", "\"Off\""), ("Yes Man", "Yes Man"),
            ("Ann-Marie O'Neil & Co.", "Ann-Marie O'Neil & Co."),
            ("B2B Sales 3", "B2B Sales 3"), ("3M", "\"3M\""), ("a_b", "\"a_b\""), ("ana@x.org", "\"ana@x.org\""),
            ("Zoë-Ann", "Zoë-Ann"), ("a@b Zoë", "\"a@b Zoë\""), ("Zoë ", "\"Zoë \""), ("tab\there", "\"tab\\there\""),
            ("https://www.linkedin.com/in/ana-li", "\"https://www.linkedin.com/in/ana-li\""),
        ])
    func scalar(text: String, expected: String) {
        #expect(YAMLText.scalar(text) == expected)
    }

    @Test(
        "quoted text escapes what YAML would read otherwise, and nothing else",
        arguments: [
            ("ana@x.org", "\"ana@x.org\""), ("+1 555 0100", "\"+1 555 0100\""), ("a\\b", "\"a\\\\b\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\""), ("del\u{7F}", "\"del\\x7F\""), ("née", "\"née\""),
        ])
    func quoted(text: String, expected: String) {
        #expect(YAMLText.quoted(text) == expected)
    }
}
