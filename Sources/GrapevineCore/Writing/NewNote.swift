/// A note that `grapevine new` creates: where it goes and its text, rendered from a template.
public struct NewNote: Sendable, Equatable {
    /// The vault-relative path: `contacts/<slug>.md`, `interviews/<date>-<slug>.md`, `organizations/<slug>.md`.
    public var path: String
    /// The rendered template.
    public var text: String

    /// What a new contact's front matter is filled with besides the name; `nil` leaves it blank.
    public struct ContactFields: Sendable, Equatable {
        /// Where they work: an organization's name.
        public var organization: String?
        /// Their role.
        public var title: String?
        /// Their email address.
        public var email: String?
        /// The names of the contacts who gave you theirs, each once (a name written twice, in
        /// any case or accents, is kept as first written): what the note says and what `new`
        /// reports are the same list.
        public var referredBy: [String] {
            didSet { referredBy = Self.distinct(referredBy) }
        }
        /// How you found them (`linkedin`, `alumni`, …).
        public var source: String?
        /// Their LinkedIn profile's address.
        public var linkedin: String?
        /// Their phone number.
        public var phone: String?
        /// Where they live or work.
        public var location: String?
        /// The day you became connected (LinkedIn's `Connected On`).
        public var connected: LocalDate?
        /// Tags for the note.
        public var tags: [String] = []
        /// Other names they go by.
        public var aliases: [String] = []
        /// Their given name, the one to greet them by (`first_name:`), when their name does not
        /// say it first (an address book's given name).
        public var firstName: String?
        /// Text for the note's body, before its Log section: what an address book said of them.
        public var about: String?
        /// Whether the person comes from an import (`grapevine import`): part of your network,
        /// not yet on your list to contact, so no `added` (SPEC §2.1); and every field given is
        /// written, where the template has no place for it too. For `new contact` the template
        /// alone decides which fields the note has.
        public var isImported = false

        /// Fields as given.
        public init(
            organization: String? = nil, title: String? = nil, email: String? = nil, referredBy: [String] = [],
            source: String? = nil
        ) {
            self.organization = organization
            self.title = title
            self.email = email
            self.referredBy = Self.distinct(referredBy)
            self.source = source
        }

        private static func distinct(_ names: [String]) -> [String] {
            var seen: Set<String> = []
            return names.filter { seen.insert(NameKey.fold($0)).inserted }
        }
    }

    /// Why a note was not created.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noFileName(String)
        case template(TemplateLibrary.TemplateError)
        case invalidNote(template: String, problems: [String])
        case write(FileWriter.WriteError)
        /// The contact would be written as referred by themselves (`new contact Sam --referred-by Sam`).
        case referredBySelf(String)

        public var description: String {
            switch self {
            case .noFileName(let name):
                return "'\(name)' gives no file name; use a name with letters or digits"
            case .template(let error):
                return error.description
            case .invalidNote(let template, let problems):
                return "the template \(template) makes a note with errors; fix the template:\n"
                    + problems.map { "  " + $0 }.joined(separator: "\n")
            case .write(let error):
                return error.description
            case .referredBySelf(let name):
                return "\(name) cannot have referred themselves: name who gave you their name, "
                    + "or say how you found them with a source (linkedin, alumni, …)"
            }
        }
    }

    /// A contact note, `contacts/<slug of name>.md` (or in `placement`'s folder, named in its style).
    public static func contact(
        named name: String, fields: ContactFields = ContactFields(), today: LocalDate, templates: TemplateLibrary,
        in placement: Placement = .standard(.contact)
    ) throws(Failure) -> NewNote {
        if fields.referredBy.contains(where: { isSelf($0, contact: name) }) { throw .referredBySelf(name) }
        var values = baseValues(name: name, today: today)
        values.add("organization", fields.organization, yaml: fields.organization.map(referenceYAML))
        values.add("title", fields.title, yaml: fields.title.map(YAMLText.scalar))
        values.add("email", fields.email, yaml: fields.email.map(YAMLText.quoted))
        values.add("source", fields.source, yaml: fields.source.map(YAMLText.scalar))
        values.add("linkedin", fields.linkedin, yaml: fields.linkedin.map(YAMLText.scalar))
        if !fields.referredBy.isEmpty {
            let references = fields.referredBy.map(referenceYAML)
            values.add(
                "referred_by", fields.referredBy.joined(separator: ", "),
                yaml: references.count == 1 ? references[0] : "[" + references.joined(separator: ", ") + "]")
        }
        return try render(
            "contact.md", placement, stem: placement.naming.stem(for: name), name, values, templates,
            completing: { text, path in NewNote.completed(text, with: fields, at: path) })
    }

    /// Whether `reference`, written in the new note of the contact `name`, would find that note
    /// itself, as `check` resolves it: by its name or its file stem (`con`, `Sam Lee`, `sam-lee`).
    public static func isSelf(_ reference: String, contact name: String) -> Bool {
        NameKey.fold(reference) == NameKey.fold(name) || NameKey.slug(reference) == NameKey.fileSlug(name)
    }

    /// An interview with `person` on `date`, its agenda the `questions`:
    /// `interviews/<date>-<fileStem>.md` (or in `placement`'s folder), `-2.md`, `-3.md`… for the
    /// `number`th meeting that day. `reference` is how the note refers to the person (their
    /// name, or their note's path when the name is not unique); `fileStem` defaults to the slug
    /// of their name.
    public static func interview(
        with person: String, reference: String? = nil, fileStem: String? = nil, date: LocalDateTime,
        number: Int = 1, questions: [String], today: LocalDate, templates: TemplateLibrary,
        in placement: Placement = .standard(.interview)
    ) throws(Failure) -> NewNote {
        var values = baseValues(name: person, today: today)
        let link = wikilink(reference ?? person)
        values.add("contact", link ?? person, yaml: YAMLText.quoted(link ?? person))
        values["date"] = date.description
        values["questions"] = questions
        let stem = interviewStem(
            with: person, fileStem: fileStem, on: date.date, number: number, folderNaming: placement.naming)
        return try render("interview.md", placement, stem: stem, person, values, templates)
    }

    /// The file name, without `.md`, of the `number`th interview with `person` on `date`:
    /// `2026-11-10-maria-lopez`, then `2026-11-10-maria-lopez-2`; after a person's file named
    /// as a title (`Tomás Ortega.md`, as Obsidian names files), in the same style:
    /// `2026-12-01 Tomás Ortega`, then `2026-12-01 Tomás Ortega 2`. A title names the person as
    /// their name does, not as the rest of their file name (`Chloé Dubois 🌟.md`). A file name of
    /// one word (`Sam.md`) says no style: the interviews' folder's (`folderNaming`) is followed,
    /// `2026-11-18 Sam Reyes` beside `2026-11-10 María López`, not `2026-11-18-Sam`.
    public static func interviewStem(
        with person: String, fileStem: String?, on date: LocalDate, number: Int = 1,
        folderNaming: NoteFileNaming = .slug
    ) -> String {
        let name =
            fileStem.map { stem in
                let saysStyle = stem.contains { " -_".contains($0) }
                let naming = saysStyle ? NoteFileNaming(ofStem: stem) : folderNaming
                return naming == .title ? NoteFileNaming.title.unreservedStem(for: person) : stem
            } ?? NameKey.fileSlug(person)
        let separator = NoteFileNaming(ofStem: name).separator
        let stem = "\(date)" + separator + name
        // A stem with no letter or digit stays as it is, to be refused as no file name.
        return number > 1 && !stem.hasSuffix(separator) ? stem + separator + "\(number)" : stem
    }

    /// An organization note, `organizations/<slug of name>.md` (or in `placement`'s folder, named
    /// in its style).
    public static func organization(
        named name: String, today: LocalDate, templates: TemplateLibrary,
        in placement: Placement = .standard(.organization)
    ) throws(Failure) -> NewNote {
        try render(
            "organization.md", placement, stem: placement.naming.stem(for: name), name,
            baseValues(name: name, today: today), templates)
    }

    /// Creates the file, and its folder if needed, in the vault at `root`; never replaces a file.
    public func write(inVault root: String) throws(Failure) {
        do {
            try FileWriter.createFolder(String(VaultPath.directory(of: path).dropLast()), inVault: root)
            try FileWriter.create(root + "/" + path, contents: text)
        } catch {
            throw .write(error.relative(to: root))
        }
    }

    // MARK: Private

    private static func baseValues(name: String, today: LocalDate) -> [String: Any] {
        ["name": name, "name_yaml": YAMLText.scalar(name), "today": today.description]
    }

    /// `[[Name]]` as a quoted YAML string; the bare name when it cannot be a wikilink.
    fileprivate static func referenceYAML(_ name: String) -> String {
        YAMLText.quoted(wikilink(name) ?? name)
    }

    /// `[[target]]`, or `nil` when the target holds characters that end or split a wikilink.
    private static func wikilink(_ target: String) -> String? {
        let breaking: Set<Character> = ["[", "]", "|", "#"]
        guard !target.contains(where: { breaking.contains($0) || $0.isNewline }) else { return nil }
        return "[[" + target + "]]"
    }

    private static func render(
        _ template: String, _ placement: Placement, stem: String, _ name: String, _ values: [String: Any],
        _ templates: TemplateLibrary, completing complete: (String, String) -> Completion = { text, _ in .init(text) }
    ) throws(Failure) -> NewNote {
        guard !stem.isEmpty, !stem.hasSuffix("-") else { throw .noFileName(name) }
        let path = placement.folder + stem + ".md"
        let completion: Completion
        do {
            completion = complete(typed(try templates.render(template, values), at: path, as: placement), path)
        } catch {
            throw .template(error)
        }
        var note = NewNote(path: path, text: completion.text)
        var read = note.read()
        if let check = completion.check, !check.expectation.isMet(by: read) {
            note.text = check.withoutFields
            read = note.read()
        }
        let problems = read.diagnostics.filter { $0.severity == .error }.map {
            "\($0.line):\($0.column): \($0.message)"
        }
        guard problems.isEmpty else {
            throw .invalidNote(template: templates.origin(of: template), problems: problems)
        }
        return note
    }

    /// A rendered note made whole (`completed`): its text, and when fields were put in its
    /// front matter, what reading it must show and its text without them for when it does
    /// not. The note is read once, whole, for both.
    struct Completion {
        var text: String
        var check: (expectation: FrontMatterInsertion.Expectation, withoutFields: String)?

        init(_ text: String, check: (expectation: FrontMatterInsertion.Expectation, withoutFields: String)? = nil) {
            self.text = text
            self.check = check
        }
    }

    /// The note as `check` reads it, with the diagnostics it would report.
    private func read() -> (note: Note, diagnostics: [Diagnostic]) {
        NoteReader(path: path, parser: MarkdownParser(), makesSuggestions: false).read(text.utf8.span)
    }
}

extension NewNote.ContactFields {
    /// The front matter lines these fields make, field by field, as a note holds them: what a
    /// note that exists gains where it lacks them (`new contact` on someone of your network,
    /// `import`), and what a new imported note gets where its template has no place for them.
    /// Keys in the order of the contact template.
    public var frontMatter: [FrontMatterInsertion.Field] {
        var fields: [FrontMatterInsertion.Field] = []
        func add(_ key: String, _ value: String?) {
            if let value { fields.append(.init(key: key, value: value)) }
        }
        add("first_name", firstName.map(YAMLText.scalar))
        add("organization", organization.map(NewNote.referenceYAML))
        add("title", title.map(YAMLText.scalar))
        add("email", email.map(YAMLText.quoted))
        add("phone", phone.map(YAMLText.quoted))
        add("linkedin", linkedin.map(YAMLText.scalar))
        add("location", location.map(YAMLText.scalar))
        add("source", source.map(YAMLText.scalar))
        let references = referredBy.map(NewNote.referenceYAML)
        add("referred_by", references.count < 2 ? references.first : "[" + references.joined(separator: ", ") + "]")
        add("connected", connected?.description)
        add("aliases", aliases.isEmpty ? nil : YAMLText.list(aliases))
        add("tags", tags.isEmpty ? nil : YAMLText.list(tags))
        return fields
    }

    /// `added: <today>`, then `frontMatter`: what a contact of your network gains when you put
    /// them on your list.
    public func frontMatter(added today: LocalDate) -> [FrontMatterInsertion.Field] {
        [FrontMatterInsertion.Field(key: "added", value: today.description)] + frontMatter
    }
}

extension [String: Any] {
    /// Sets a template value and its front matter form; leaves both out when `value` is `nil`.
    fileprivate mutating func add(_ key: String, _ value: String?, yaml: String?) {
        guard let value, let yaml else { return }
        self[key] = value
        self[key + "_yaml"] = yaml
    }
}
