/// Decides what an import does with each person (`ImportPlan`): match them with the vault's
/// contacts (`ContactMatcher`), then add what a matching note lacks or write a new note.
public struct ImportPlanner: Sendable {
    let vault: Vault
    private let source: String?
    let updatesMatches: Bool
    private let today: LocalDate
    private let templates: TemplateLibrary

    /// A planner for `vault`. New notes get `source: <source>` when it is given; a matching
    /// note gains missing fields unless `updatesMatches` is false (`--no-update`).
    public init(vault: Vault, source: String?, updatesMatches: Bool, today: LocalDate) {
        self.vault = vault
        self.source = source
        self.updatesMatches = updatesMatches
        self.today = today
        templates = TemplateLibrary(vaultRoot: vault.root)
    }

    /// The plan for `people`; fails only when the contact template cannot be used at all.
    public func plan(_ people: [ImportedPerson]) throws(NewNote.Failure) -> ImportPlan {
        let templates: TemplateLibrary
        do { templates = try self.templates.prepared("contact.md") } catch { throw .template(error) }
        let (people, decisions) = decide(people)
        let organizations = organizationNames(people)
        let referrers = referrers(of: people, decisions)
        let notes = try newNotes(people, decisions, organizations, referrers.references, templates)
        let updates = updates(people, decisions, organizations)
        var entries: [ImportPlan.Entry] = []
        entries.reserveCapacity(people.count)
        for (index, person) in people.enumerated() {
            let action: ImportPlan.Action
            switch decisions[index] {
            case .create: action = notes[index]!
            case .existing: action = updates[index]!
            case .repeated(_, let problem), .skip(let problem): action = .skip(problem)
            }
            entries.append(
                ImportPlan.Entry(
                    person: person, action: action,
                    leftOut: leftOut(of: person, action, organization: organizations[index])))
        }
        return ImportPlan(entries: entries, problems: referrers.problems + lookAlikes(people, notes))
    }

    /// What each person found in the vault gets, worked out on all cores; `nil` for the others.
    private func updates(_ people: [ImportedPerson], _ decisions: [Decision], _ organizations: [String?])
        -> [ImportPlan.Action?]
    {
        let found = decisions.indices.compactMap { index -> (Int, Int)? in
            if case .existing(let note) = decisions[index] { (index, note) } else { nil }
        }
        let actions = parallelMap(count: found.count, makeState: {}) { _, position in
            let (index, note) = found[position]
            return update(note, with: people[index], organization: organizations[index])
        }
        var result = [ImportPlan.Action?](repeating: nil, count: people.count)
        for (position, (index, _)) in found.enumerated() { result[index] = actions[position] }
        return result
    }

    // MARK: Deciding

    /// Who a person is.
    enum Decision {
        /// Someone new: a note is created.
        case create
        /// The contact note at this index of the vault's notes.
        case existing(Int)
        /// The person of an earlier row, by their index, who takes what this row adds.
        case repeated(Int, ImportProblem)
        /// Left out, and why.
        case skip(ImportProblem)
    }

    /// Who each person is; people listed again are merged into their first row, which the
    /// returned people hold.
    private func decide(_ people: [ImportedPerson]) -> ([ImportedPerson], [Decision]) {
        var matcher = ContactMatcher(vault: vault)
        let keys = parallelMap(count: people.count, makeState: {}) { [matcher] _, index in
            matcher.keys(of: people[index])
        }
        var people = people
        var decisions: [Decision] = []
        decisions.reserveCapacity(people.count)
        for index in people.indices {
            let person = people[index]
            switch matcher.match(keys[index]) {
            case .none:
                decisions.append(.create)
                matcher.remember(keys[index], at: index, line: person.line)
            case .note(let note, _):
                decisions.append(.existing(note))
            case .earlier(let first, let basis):
                people[first].merge(person)
                matcher.remember(matcher.keys(of: people[first]), at: first, line: people[first].line)
                decisions.append(.repeated(first, repeated(person, first: people[first], basis)))
            case let other:
                decisions.append(.skip(skip(person, other)))
            }
        }
        return (people, decisions)
    }

    private func repeated(_ person: ImportedPerson, first: ImportedPerson, _ basis: ContactMatcher.Basis)
        -> ImportProblem
    {
        ImportProblem(
            .warning, line: person.line,
            "'\(person.name)' is the person of line \(first.line) again (same \(basis.rawValue)); "
                + "what this row adds is imported with that one", skipped: "listed twice")
    }

    private func skip(_ person: ImportedPerson, _ match: ContactMatcher.Match) -> ImportProblem {
        let name = person.name
        switch match {
        case .ambiguous(let paths, let basis):
            return ImportProblem(
                .warning, line: person.line,
                "skipped '\(name)': the \(basis.rawValue) matches \(paths.count) notes "
                    + "(\(paths.joined(separator: ", ").escapingControlCharacters)); "
                    + "add what is new to the right one by hand", skipped: "matches several notes")
        case .notAContact(let path):
            return ImportProblem(
                .warning, line: person.line,
                "skipped '\(name)': the name already finds \(path.escapingControlCharacters), which is not a "
                    + "contact; a contact of that name "
                    + "would make references to it ambiguous", skipped: "name of another note")
        case .namesake(let place):
            return ImportProblem(
                .warning, line: person.line,
                "skipped '\(name)': a contact of that name with another LinkedIn profile is already there "
                    + "(\(place.escapingControlCharacters)); "
                    + "a second note named '\(name)' would make [[\(name)]] ambiguous. Create it by hand under a "
                    + "name that tells them apart (a middle initial, say)", skipped: "a namesake")
        case .anotherPersonsEmail(let email, let holders):
            return anotherPersonsEmail(person, email, holders)
        case .owner:
            return ImportProblem(
                .warning, line: person.line, "skipped '\(name)': that is you (owner in .grapevine/config.yml)",
                skipped: "you")
        case .none, .note, .earlier:
            preconditionFailure("not a reason to skip")
        }
    }

    /// Why a person found by an email address alone, whose holders have other people's names,
    /// is left out, and the two ways to import them: as one of the holders, or on their own.
    private func anotherPersonsEmail(_ person: ImportedPerson, _ email: String, _ holders: [String])
        -> ImportProblem
    {
        let name = person.name
        let who = holders.count == 1 ? holders[0] : "\(holders.dropLast().joined(separator: ", ")) and \(holders.last!)"
        let names = holders.count == 1 ? "a name" : "names"
        return ImportProblem(
            .warning, line: person.line,
            "skipped '\(name)': the email \(email) belongs to \(who), \(names) with nothing in common with "
                + "'\(name)' (a household's or an office's address?), and nothing of one person is written into "
                + "another's note. To import them anyway: if they are one person, add '\(name)' to the aliases of "
                + "that note; if not, give them a note of their own (grapevine new contact \(Shell.argument(name))); "
                + "then import again",
            skipped: "another person's email")
    }

    // MARK: Writing

    /// The organization each person works at, as notes name it: the organization note's name
    /// when the text finds one (`acme` → `Acme Foods`), else as the file has it.
    private func organizationNames(_ people: [ImportedPerson]) -> [String?] {
        var known: [String: String] = [:]
        return people.map { person in
            guard let text = person.organization else { return nil }
            if let name = known[text] { return name }
            let found = vault.notes(foundBy: text, preferring: .organization)
            let name =
                found.count == 1 && vault.notes[found[0]].kind == .organization ? vault.notes[found[0]].name : text
            known[text] = name
            return name
        }
    }

    /// The new notes, rendered on all cores; `nil` for people who get none.
    private func newNotes(
        _ people: [ImportedPerson], _ decisions: [Decision], _ organizations: [String?], _ referrers: [[String]],
        _ templates: TemplateLibrary
    ) throws(NewNote.Failure) -> [ImportPlan.Action?] {
        let creating = decisions.indices.filter { if case .create = decisions[$0] { true } else { false } }
        let (source, today, root) = (source, today, vault.root)
        let placement = NewNote.Placement(for: .contact, among: vault.notes)
        let rendered = parallelMap(count: creating.count, makeState: {}) { _, position in
            let index = creating[position]
            let fields = people[index].newNoteFields(
                organization: organizations[index], source: source, referredBy: referrers[index])
            return Result { () throws(NewNote.Failure) in
                try NewNote.contact(
                    named: people[index].name, fields: fields, today: today, templates: templates, in: placement)
            }.map { note in (note: note, exists: FileSystem.exists(root + "/" + note.path)) }
        }
        var actions = [ImportPlan.Action?](repeating: nil, count: people.count)
        for (position, index) in creating.enumerated() {
            actions[index] = try action(for: people[index], rendered[position])
        }
        return actions
    }

    /// What to do with a person who has no note yet: create the note rendered for them, or skip
    /// them when a file that is no note already has its path (named where the vault's contacts
    /// are, as their neighbours are named: `NewNote.Placement`).
    private func action(
        for person: ImportedPerson, _ rendered: Result<(note: NewNote, exists: Bool), NewNote.Failure>
    ) throws(NewNote.Failure) -> ImportPlan.Action {
        switch rendered {
        case .success(let rendered) where !rendered.exists:
            return .create(rendered.note)
        case .success(let rendered):
            return .skip(
                ImportProblem(
                    .warning, line: person.line,
                    "skipped '\(person.name)': \(rendered.note.path.escapingControlCharacters) exists but is not a "
                        + "note Grapevine reads "
                        + "(ignored, or not readable); nothing is written over it", skipped: "file exists"))
        case .failure(.noFileName):
            return .skip(.nameWithoutLetters(person.name, line: person.line))
        case .failure(let failure):
            throw failure
        }
    }

    /// The fields `note` lacks that the person has, as the note's own bytes show them: absent,
    /// or written with no value (`FrontMatterInsertion`).
    private func update(_ index: Int, with person: ImportedPerson, organization: String?) -> ImportPlan.Action {
        let note = vault.notes[index]
        guard updatesMatches else { return .unchanged(path: note.path) }
        // A note that is not UTF-8 is read (as Windows-1252 when it can be), but never written:
        // the dry run says so as the run does.
        if vault.diagnostics.contains(where: { $0.code == .notUTF8 && $0.file == note.path }) {
            return .skip(
                ImportProblem(
                    .warning, line: person.line,
                    "'\(person.name)' is \(note.path.escapingControlCharacters), which is not UTF-8 (grapevine "
                        + "check shows where); left as it is",
                    skipped: "not UTF-8"))
        }
        let wanted = FrontMatterInsertion(
            path: note.path, fields: person.noteFields(organization: organization).frontMatter)
        let inserted: (contents: [UInt8], result: FrontMatterInsertion.Inserted)
        do throws(FrontMatterInsertion.Failure) {
            inserted = try wanted.inserted(into: Array(note.text.utf8), leavingOutWritten: true)
        } catch {
            return .skip(unwritable(person, note.path, error))
        }
        guard !inserted.result.fields.isEmpty else { return .unchanged(path: note.path) }
        return .update(
            FrontMatterInsertion(path: note.path, fields: inserted.result.fields),
            planned: ImportPlan.Planned(original: note.text, contents: inserted.contents))
    }

    /// Why a note the person has cannot gain their fields.
    private func unwritable(_ person: ImportedPerson, _ path: String, _ failure: FrontMatterInsertion.Failure)
        -> ImportProblem
    {
        let why: String
        switch failure {
        case .brokenFrontMatter: why = "whose front matter has errors (grapevine check shows them)"
        case .noFrontMatter: why = "whose front matter has no end (a second '---' line)"
        default: why = "whose front matter would not read back with the new fields (run grapevine check on it)"
        }
        return ImportProblem(
            .warning, line: person.line,
            "'\(person.name)' is \(path.escapingControlCharacters), \(why); left as it is",
            skipped: "front matter unreadable")
    }
}
