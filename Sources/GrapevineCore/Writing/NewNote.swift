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
        /// The names of the contacts who gave you theirs.
        public var referredBy: [String]
        /// How you found them (`linkedin`, `alumni`, …).
        public var source: String?

        /// Fields as given.
        public init(
            organization: String? = nil, title: String? = nil, email: String? = nil, referredBy: [String] = [],
            source: String? = nil
        ) {
            self.organization = organization
            self.title = title
            self.email = email
            self.referredBy = referredBy
            self.source = source
        }
    }

    /// Why a note was not created.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noFileName(String)
        case template(TemplateLibrary.TemplateError)
        case invalidNote(template: String, problems: [String])
        case write(FileWriter.WriteError)

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
            }
        }
    }

    /// A contact note, `contacts/<slug of name>.md`.
    public static func contact(
        named name: String, fields: ContactFields = ContactFields(), today: LocalDate, templates: TemplateLibrary
    ) throws(Failure) -> NewNote {
        var values = baseValues(name: name, today: today)
        values.add("organization", fields.organization, yaml: fields.organization.map(referenceYAML))
        values.add("title", fields.title, yaml: fields.title.map(YAMLText.scalar))
        values.add("email", fields.email, yaml: fields.email.map(YAMLText.quoted))
        values.add("source", fields.source, yaml: fields.source.map(YAMLText.scalar))
        if !fields.referredBy.isEmpty {
            let references = fields.referredBy.map(referenceYAML)
            values.add(
                "referred_by", fields.referredBy.joined(separator: ", "),
                yaml: references.count == 1 ? references[0] : "[" + references.joined(separator: ", ") + "]")
        }
        return try render("contact.md", folder: "contacts/", stem: NameKey.slug(name), name, values, templates)
    }

    /// An interview with `person` on `date`, its agenda the `questions`:
    /// `interviews/<date>-<fileStem>.md`. `reference` is how the note refers to the person
    /// (their name, or their note's path when the name is not unique); `fileStem` defaults to
    /// the slug of their name.
    public static func interview(
        with person: String, reference: String? = nil, fileStem: String? = nil, date: LocalDateTime,
        questions: [String], today: LocalDate, templates: TemplateLibrary
    ) throws(Failure) -> NewNote {
        var values = baseValues(name: person, today: today)
        let link = wikilink(reference ?? person)
        values.add("contact", link ?? person, yaml: YAMLText.quoted(link ?? person))
        values["date"] = date.description
        values["questions"] = questions
        let stem = "\(date.date)-" + (fileStem ?? NameKey.slug(person))
        return try render("interview.md", folder: "interviews/", stem: stem, person, values, templates)
    }

    /// An organization note, `organizations/<slug of name>.md`.
    public static func organization(named name: String, today: LocalDate, templates: TemplateLibrary)
        throws(Failure) -> NewNote
    {
        try render(
            "organization.md", folder: "organizations/", stem: NameKey.slug(name), name,
            baseValues(name: name, today: today), templates)
    }

    /// Creates the file, and its folder if needed, in the vault at `root`; never replaces a file.
    public func write(inVault root: String) throws(Failure) {
        do {
            try FileWriter.createFolder(root + "/" + VaultPath.directory(of: path).dropLast())
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
        _ template: String, folder: String, stem: String, _ name: String, _ values: [String: Any],
        _ templates: TemplateLibrary
    ) throws(Failure) -> NewNote {
        guard !stem.isEmpty, !stem.hasSuffix("-") else { throw .noFileName(name) }
        let text: String
        do {
            text = try templates.render(template, values)
        } catch {
            throw .template(error)
        }
        let note = NewNote(path: folder + stem + ".md", text: text)
        let problems = note.errors()
        guard problems.isEmpty else {
            throw .invalidNote(template: templates.origin(of: template), problems: problems)
        }
        return note
    }

    /// The errors `check` would report in the note, as `line:column: message`.
    private func errors() -> [String] {
        let diagnostics = NoteReader(path: path, parser: MarkdownParser()).read(text.utf8.span).1
        return diagnostics.filter { $0.severity == .error }.map { "\($0.line):\($0.column): \($0.message)" }
    }
}

extension NewNote.ContactFields {
    /// The front matter lines these fields make in a new contact note, `added` first: for a
    /// note that exists already, which gains those it lacks.
    public func frontMatter(added today: LocalDate) -> [FrontMatterInsertion.Field] {
        var fields = [FrontMatterInsertion.Field(key: "added", value: today.description)]
        if let organization { fields.append(.init(key: "organization", value: NewNote.referenceYAML(organization))) }
        if let title { fields.append(.init(key: "title", value: YAMLText.scalar(title))) }
        if let email { fields.append(.init(key: "email", value: YAMLText.quoted(email))) }
        if let source { fields.append(.init(key: "source", value: YAMLText.scalar(source))) }
        if !referredBy.isEmpty {
            let references = referredBy.map(NewNote.referenceYAML)
            let value = references.count == 1 ? references[0] : "[" + references.joined(separator: ", ") + "]"
            fields.append(.init(key: "referred_by", value: value))
        }
        return fields
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
