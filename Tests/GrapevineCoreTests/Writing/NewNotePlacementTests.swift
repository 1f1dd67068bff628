import Testing

@testable import GrapevineCore

@Suite("Where a new note goes: the vault's own folders")
struct NewNotePlacementTests {
    private func placement(_ kind: NoteKind, _ files: [String: String]) throws -> NewNote.Placement {
        NewNote.Placement(for: kind, among: try TemporaryVault.load(files).notes)
    }

    private let typedContact = "---\ntype: contact\nname: X\n---\n"

    @Test("the kind's own folder in an empty vault, or when it holds any note of the kind")
    func standardFolder() throws {
        #expect(try placement(.contact, [:]) == .standard(.contact))
        #expect(
            try placement(
                .contact,
                ["contacts/a.md": "---\nname: A\n---\n", "People/b.md": typedContact, "People/c.md": typedContact])
                == .standard(.contact))
        #expect(try placement(.interview, ["People/b.md": typedContact]) == .standard(.interview))
    }

    @Test("the folder that holds most of the kind's notes, with a type line, when the kind's own has none")
    func vaultsOwnFolder() throws {
        let files = [
            "People/a.md": typedContact, "People/b.md": "---\ntype: person\nname: B\n---\n",
            "Archive/c.md": typedContact, "Meetings/2026-10-01 a.md": "---\ntype: meeting\ncontact: A\n---\n",
            "People/untyped.md": "---\nname: U\n---\n",
        ]
        #expect(try placement(.contact, files) == NewNote.Placement(folder: "People/", type: .contact))
        // Its one note is named as a title: so are new ones there.
        var meetings = NewNote.Placement(folder: "Meetings/", type: .interview)
        meetings.naming = .title
        #expect(try placement(.interview, files) == meetings)
        #expect(try placement(.organization, files) == .standard(.organization))
    }

    /// Trial N, finding 6: both month folders held four interviews, and a meeting on
    /// 2026-12-14 went into `Meetings/2026-11/`, the first by name.
    @Test(
        "a vault that files interviews by month or year files a new one in the folder of its own date",
        arguments: [
            ("Meetings/2026-11/", "Meetings/2026-12/"), ("Meetings/2026-12/", "Meetings/2026-12/"),
            ("Meetings/2025/", "Meetings/2026/"), ("Meetings/2025/2025-03/", "Meetings/2026/2026-12/"),
            ("2026-11/", "2026-12/"), ("Meetings/", "Meetings/"), ("Meetings/Q4 2026/", "Meetings/Q4 2026/"),
            ("Meetings/2026-13/", "Meetings/2026-13/"), ("", ""),
        ])
    func filedByDate(folder: String, filed: String) {
        let placement = NewNote.Placement(folder: folder, type: .interview)
        #expect(placement.filed(on: LocalDate(valid: "2026-12-14")).folder == filed)
        #expect(placement.filed(on: LocalDate(valid: "2026-12-14")).type == .interview)
    }

    @Test("an interview's file is named after the person's name, not the rest of their file name")
    func interviewStem() {
        let date = LocalDate(valid: "2026-12-14")
        let chloe = NewNote.interviewStem(with: "Chloé Dubois", fileStem: "Chloé Dubois 🌟", on: date)
        #expect(chloe == "2026-12-14 Chloé Dubois")
        let sam = NewNote.interviewStem(with: "Sam: Lead", fileStem: "Sam Lead (old)", on: date, number: 2)
        #expect(sam == "2026-12-14 Sam Lead 2")
        #expect(NewNote.interviewStem(with: "Maria Lopez", fileStem: "m-lopez", on: date) == "2026-12-14-m-lopez")
        #expect(NewNote.interviewStem(with: "Maria Lopez", fileStem: nil, on: date) == "2026-12-14-maria-lopez")
    }

    /// Trial of session twenty-six: `People/Sam.md` (name: Sam Reyes) in a vault of
    /// `Meetings/2026-11-10 María López.md` got `Meetings/2026-11-18-Sam.md`.
    @Test(
        "a person's file of one word follows the interviews' folder's style",
        arguments: [
            ("Sam", NoteFileNaming.title, 1, "2026-12-14 Sam Reyes"), ("Sam", .title, 2, "2026-12-14 Sam Reyes 2"),
            ("Sam", .slug, 1, "2026-12-14-Sam"), ("sam", .slug, 1, "2026-12-14-sam"),
            ("sam-reyes", .title, 1, "2026-12-14-sam-reyes"), ("Sam R", .slug, 1, "2026-12-14 Sam Reyes"),
        ])
    func oneWordStem(stem: String, folder: NoteFileNaming, number: Int, expected: String) {
        let date = LocalDate(valid: "2026-12-14")
        #expect(
            NewNote.interviewStem(with: "Sam Reyes", fileStem: stem, on: date, number: number, folderNaming: folder)
                == expected)
    }

    @Test("as many in two folders: the first by name; notes at the top: the top")
    func tiesAndTop() throws {
        #expect(
            try placement(.contact, ["Zeta/a.md": typedContact, "Alpha/b.md": typedContact])
                == NewNote.Placement(folder: "Alpha/", type: .contact))
        #expect(try placement(.contact, ["a.md": typedContact]) == NewNote.Placement(folder: "", type: .contact))
        #expect(
            try placement(.contact, ["Net/People/a.md": typedContact])
                == NewNote.Placement(folder: "Net/People/", type: .contact))
    }

    @Test("files are named as most of the kind's files where the note goes: titles or slugs")
    func naming() throws {
        let titled = ["People/Dana Ortiz.md": typedContact, "People/Sam Lee.md": typedContact]
        #expect(try placement(.contact, titled).naming == .title)
        #expect(try placement(.contact, titled.merging(["People/bo-ek.md": typedContact]) { $1 }).naming == .title)
        #expect(
            try placement(.contact, ["People/Dana Ortiz.md": typedContact, "People/bo-ek.md": typedContact]).naming
                == .slug)
        // Titles elsewhere do not count: the kind's own folder holds the slugs.
        #expect(
            try placement(.contact, titled.merging(["contacts/bo-ek.md": "# Bo\n"]) { $1 }) == .standard(.contact))
        #expect(try placement(.contact, ["contacts/Bo Ek.md": "# Bo\n"]).naming == .title)
        #expect(try placement(.organization, titled).naming == .slug)
        let note = try NewNote.contact(
            named: "Ana Li", today: LocalDate(valid: "2026-11-18"),
            templates: TemplateLibrary(vaultRoot: "/nonexistent"),
            in: try placement(.contact, titled))
        #expect(note.path == "People/Ana Li.md")
    }

    @Test(
        "a title is the name without what a file name or a wikilink cannot hold",
        arguments: [
            ("Dana Ortiz", "Dana Ortiz"), ("  Dana   Ortiz ", "Dana Ortiz"), ("José Núñez", "José Núñez"),
            ("A/B Testing: Lead", "A B Testing Lead"), ("...Dana", "Dana"), ("Ana | Li #1 ^x [y]", "Ana Li 1 x y"),
            ("?*:", ""), ("Dana\tOrtiz", "Dana Ortiz"),
        ])
    func titles(name: String, stem: String) {
        // With no letter or digit left, the slug, which `new` refuses as no file name.
        #expect(NoteFileNaming.title.stem(for: name) == (stem.isEmpty ? NameKey.fileSlug(name) : stem))
        #expect(NoteFileNaming.slug.stem(for: name) == NameKey.fileSlug(name))
    }

    @Test(
        "a name Windows keeps for a device gets a file name a Windows computer can hold",
        arguments: [
            ("Con", "con-2", "Con 2"), ("AUX", "aux-2", "AUX 2"), ("Nul", "nul-2", "Nul 2"),
            ("Com1", "com1-2", "Com1 2"),
            ("lpt9", "lpt9-2", "lpt9 2"), ("Con Stavros", "con-stavros", "Con Stavros"), ("Conan", "conan", "Conan"),
            ("Com10", "com10", "Com10"), ("Con. Smith", "con-smith", "Con 2. Smith"),
        ])
    func windowsDeviceNames(name: String, slug: String, title: String) throws {
        #expect(NoteFileNaming.slug.stem(for: name) == slug)
        #expect(NoteFileNaming.title.stem(for: name) == title)
        let note = try NewNote.contact(
            named: name, today: LocalDate(valid: "2026-11-18"), templates: TemplateLibrary(vaultRoot: "/nonexistent"),
            in: .standard(.contact))
        #expect(note.path == "contacts/\(slug).md")
        // After a date the name is no device's: the interview keeps the name as it is.
        let interview = NewNote.interviewStem(
            with: name, fileStem: title, on: LocalDate(valid: "2026-12-01"), folderNaming: .title)
        #expect(
            interview.hasPrefix("2026-12-01") && interview.hasSuffix(NoteFileNaming.title.unreservedStem(for: name)))
    }

    @Test("a long name makes a title no longer than a slug may be")
    func longTitle() {
        let stem = NoteFileNaming.title.stem(for: String(repeating: "Núñez ", count: 40))
        #expect(stem.utf8.count <= NameKey.maximumFileSlugLength)
        #expect(!stem.hasSuffix(" ") && stem.hasPrefix("Núñez Núñez"))
    }

    @Test("a new note there is of its kind: a type line is written unless the template has one")
    func typeLine() throws {
        let templates = TemplateLibrary(vaultRoot: "/nonexistent")
        let people = NewNote.Placement(folder: "People/", type: .contact)
        let note = try NewNote.contact(
            named: "Ana Li", today: LocalDate(valid: "2026-11-18"), templates: templates, in: people)
        #expect(note.path == "People/ana-li.md")
        #expect(note.text.hasPrefix("---\ntype: contact\nname: Ana Li\n"))
        let read = NoteReader(path: note.path, parser: MarkdownParser()).read(note.text.utf8.span)
        #expect(read.0.kind == .contact)
        #expect(read.1.filter { $0.severity == .error }.isEmpty)
        #expect(
            NewNote.typed("---\ntype: person\nname: A\n---\n", at: "People/a.md", as: people).hasPrefix(
                "---\ntype: person\n"))
        #expect(
            NewNote.typed("---\r\nname: A\r\n---\r\n", at: "People/a.md", as: people)
                == "---\r\ntype: contact\r\nname: A\r\n---\r\n")
        #expect(NewNote.typed("Just text\n", at: "People/a.md", as: people) == "---\ntype: contact\n---\nJust text\n")
        let interview = try NewNote.interview(
            with: "Ana Li", date: LocalDateTime(date: LocalDate(valid: "2026-11-20")), questions: [],
            today: LocalDate(valid: "2026-11-18"), templates: templates,
            in: NewNote.Placement(folder: "Meetings/", type: .interview))
        #expect(interview.path == "Meetings/2026-11-20-ana-li.md")
        #expect(
            NoteReader(path: interview.path, parser: MarkdownParser()).read(interview.text.utf8.span).0.kind
                == .interview)
    }
}
