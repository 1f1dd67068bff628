/// The problems with one note's references (SPEC §5): a reference that could mean several
/// notes, one to a note of the wrong kind, one to a note that does not exist yet (with the
/// names it may have meant), and a contact named as their own referrer.
///
/// What a note's references say depends on the note and on what the vault's other notes are
/// called, never on what the other notes say — but for whether a contact an organization's note
/// links names an organization: `check` works it out for every note, and a `LiveVault` again for
/// the notes an edit concerns (and for the organizations linking a contact whose
/// `organization:` came or went).
struct ReferenceProblems {
    let notes: [Note]
    let index: ReferenceIndex
    let closeNames: CloseNames
    /// The owner's name, folded: a reference to you is no missing person.
    let ownerKey: String
    /// The folded names of every placeholder: a body link to a person or organization some
    /// field already names is no missing note.
    let placeholderNames: Set<String>
    /// The files not read as notes for their extension (`Ben Carter.md.txt`, `bea.markdown`:
    /// `other-markdown-extension`), by the slug of their names: a missing note may be one.
    var unreadFiles: [String: String] = [:]
    /// The close names found for each missing name, by the kinds looked among and the name.
    private var closeMatches: [String: [CloseNames.Match]] = [:]
    /// The interviews by day, made at the first link that starts with a date and names no
    /// note. (What it suggests depends on the interviews' dates: a hint a `LiveVault` keeps may
    /// name an interview as it was when the linking note was last checked.)
    private var interviewsByDay: [LocalDate: [Int]]?
    /// The contact notes by their email and LinkedIn profile (`ContactKeys`), made when a
    /// reference first looks like one.
    private var contactsByAddress: [String: [Int]]?
    /// The organization notes by `NameKey.organizationLookAlike` of their names and aliases,
    /// made when a missing organization is first named.
    private var organizationsByLookAlike: [String: [Int]]?
    /// The contact notes by the first and the last word of their names, folded, made when a
    /// missing person is first named with one word.
    private var contactsByNameWord: [String: [Int]]?
    /// The `organization:` fields that name a placeholder, by its folded name, in note order,
    /// each as written: made when a missing organization is first named. (A `LiveVault` checks
    /// the notes naming one again when another note starts or stops naming it.)
    private var placeholderOrganizations: [String: [OrganizationField]]?

    /// An `organization:` field: the name as written, its note and where.
    private struct OrganizationField {
        var spelling: String
        var note: Int
        var position: SourcePosition
    }

    init(notes: [Note], index: ReferenceIndex, closeNames: CloseNames, ownerKey: String, placeholderNames: Set<String>)
    {
        self.notes = notes
        self.index = index
        self.closeNames = closeNames
        self.ownerKey = ownerKey
        self.placeholderNames = placeholderNames
    }

    /// The problems with the references of the note at `noteIndex`, resolved as `references`.
    mutating func diagnostics(ofNote noteIndex: Int, _ references: ResolvedReferences) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let path = notes[noteIndex].path
        if let entry = references.organization { check(entry, as: .organization, in: path, into: &found) }
        for entry in references.referredBy {
            check(entry, as: .contact, in: path, into: &found)
            if entry.resolution == .note(noteIndex), notes[noteIndex].kind == .contact {
                found.append(
                    Diagnostic(
                        .warning, .selfReferral, "\(notes[noteIndex].name) cannot have referred themselves",
                        file: path, at: entry.reference.position))
            }
        }
        if let problem = sourceNamingAContact(ofNote: noteIndex, referredBy: references.referredBy) {
            found.append(problem)
        }
        for entry in references.interviewContacts { check(entry, as: .contact, in: path, into: &found) }
        for entry in references.referrals {
            if let problem = uncounted(entry, of: references, in: path) {
                found.append(problem)
            } else {
                check(entry, as: .contact, in: path, into: &found)
            }
        }
        // A Referrals item's link is its referral too: a name it could mean twice is told once, as the referral's.
        let referrals = references.referrals.isEmpty ? [] : Set(references.referrals.map(\.reference.position))
        for entry in references.bodyLinks {
            if case .ambiguous = entry.resolution, referrals.contains(entry.reference.position) { continue }
            checkBodyLink(entry, in: path, ofNote: noteIndex, into: &found)
        }
        if notes[noteIndex].kind == .organization { checkMembers(references.bodyLinks, of: noteIndex, into: &found) }
        if references.organization == nil, let problem = organizationInTitle(ofNote: noteIndex) {
            found.append(problem)
        }
        return found
    }

    /// A contact's `source` that links another contact's note (`source: "[[Marco Diaz]]"`),
    /// unless `referred_by` names them too. `source` says how you found someone when nobody
    /// referred you (SPEC §2.1), so it makes no referral: no step thanks Marco or tells him how
    /// it went, and the link reads as if it did.
    private func sourceNamingAContact(ofNote note: Int, referredBy: [ResolvedReferences.Entry]) -> Diagnostic? {
        guard let reference = Self.sourceLink(of: notes[note]),
            let value = notes[note].frontMatter.entry("source")?.value,
            case .note(let target) = index.resolve(reference), target != note, notes[target].kind == .contact,
            !referredBy.contains(where: { $0.resolution == .note(target) })
        else { return nil }
        let name = notes[target].name
        return Diagnostic(
            .warning, .sourceNamesAContact,
            "'source' links \(name), but a source makes no referral: no step thanks \(name) or tells them how it went",
            file: notes[note].path, at: value.position,
            hint: "if \(name) gave you this name, write 'referred_by: \"[[\(name)]]\"' in place of 'source'; "
                + "'source' says how you found someone when nobody referred you ('linkedin', 'alumni')")
    }

    /// The link a contact's `source` is (`source: "[[Marco Diaz]]"`), if it is one: what
    /// `sourceNamingAContact` checks, and a name its problems depend on (`ReferenceIndex.nameProbes`).
    static func sourceLink(of note: Note) -> Reference? {
        guard let source = note.contact?.source, source.utf8.starts(with: Wikilink.opener),
            let reference = Reference(frontMatter: source, at: .start, in: note.path), reference.form == .wikilink
        else { return nil }
        return reference
    }

    /// How a `referral-not-counted` message begins; what follows is why (`notCountedReason`).
    static let notCountedLead = "this item is not counted as a referral: "

    /// Why a Referrals item counts no referral, from its `referral-not-counted` message: "it
    /// names Wei Chen, who you met here".
    static func notCountedReason(_ message: String) -> String {
        message.hasPrefix(notCountedLead) ? String(message.dropFirst(notCountedLead.count)) : message
    }

    /// A Referrals item that counts no referral (`ResolvedReferences.uncounted`), said so: it
    /// names someone met here (`- [[Wei Chen]]'s old colleague Karim`), or its first link is
    /// a note that is no person's (`- [[Acme]]`).
    private func uncounted(_ entry: ResolvedReferences.Entry, of references: ResolvedReferences, in path: String)
        -> Diagnostic?
    {
        let problem: String
        switch references.uncounted(entry, in: notes) {
        case .metHere:
            var name = Self.displayName(of: entry.reference)
            if case .note(let target) = entry.resolution { name = notes[target].name }
            problem = "it names \(name), who you met here"
        case .notAPerson(let target):
            problem =
                "it names '\(entry.reference.target)', \(notes[target].kind.withArticle) "
                + "(\(notes[target].path)), not a person"
        case nil:
            return nil
        }
        return Diagnostic(
            .warning, .referralNotCounted, Self.notCountedLead + problem, file: path,
            at: entry.reference.position,
            hint: "start the item with the person they suggested: '- [[Their Name]] — what you know of them' or "
                + "'- Their Name at [[Organization]]'")
    }

    /// `title: Senior Analyst at Acme Foods` on a contact with no `organization:`, Acme Foods
    /// being an organization's note: the person is not counted there (`find-contacts`,
    /// `try-another` and the report read `organization:`), though the note says they work there.
    private func organizationInTitle(ofNote index: Int) -> Diagnostic? {
        guard notes[index].kind == .contact, let title = notes[index].title,
            let (role, organization) = roleAtOrganization(title),
            case let key = Note.titleKey(in: notes[index].frontMatter, kind: .contact),
            let value = notes[index].frontMatter[key]
        else { return nil }
        let name = notes[organization].name
        return Diagnostic(
            .warning, .memberWithoutOrganization,
            "the title names \(name) (\(location(ofNote: organization))), but with no 'organization:' they are not "
                + "counted there",
            file: notes[index].path, at: value.position,
            hint: "write 'organization: \(name)' and '\(key): \(role)'")
    }

    /// The role and the organization's note of `Senior Analyst at Acme Foods`, when what follows
    /// the last ` at ` is an organization's note.
    private func roleAtOrganization(_ text: String) -> (role: String, organization: Int)? {
        guard let (role, name) = Self.roleAndOrganization(text), let organization = organizationNote(named: name) else {
            return nil
        }
        return (role, organization)
    }

    /// `Senior Analyst at Acme Foods` cut at its last ` at `, both sides not empty.
    static func roleAndOrganization(_ text: String) -> (role: String, organization: String)? {
        guard let at = text.range(of: " at ", options: .backwards) else { return nil }
        let role = text[..<at.lowerBound].trimmingWhitespace()
        let organization = text[at.upperBound...].trimmingWhitespace()
        return role.isEmpty || organization.isEmpty ? nil : (String(role), String(organization))
    }

    /// What `Acme Foods — Data team` has before each separator an organization's name may be
    /// followed by a remark after.
    static func namesBeforeRemarks(_ text: String) -> [String] {
        organizationRemarkSeparators.compactMap { separator in
            text.range(of: separator).map { String(text[..<$0.lowerBound]) }
        }
    }

    private static let organizationRemarkSeparators = [" — ", " – ", "—", " - ", ", ", " / ", " | "]

    /// The names whose notes the warnings about an organization written with a role or a
    /// remark (`Senior Analyst at Acme Foods`, `Acme Foods — Data team`) depend on.
    static func organizationProbes(of text: String) -> [String] {
        (roleAndOrganization(text).map { [$0.organization] } ?? []) + namesBeforeRemarks(text)
    }

    /// The organization's note `name` resolves to, as a reference would.
    private func organizationNote(named name: String) -> Int? {
        note(named: name, kind: .organization)
    }

    /// The organization's note that `Acme Foods — Data team` (or `, `, ` - `, ` / `, ` | `)
    /// starts with: an organization written with a remark after it.
    private func organizationBeforeRemark(_ name: String) -> Int? {
        Self.namesBeforeRemarks(name).lazy.compactMap(organizationNote(named:)).first
    }

    /// An organization field that reads as a role there (`Senior Analyst at Acme Foods`).
    private func roleInOrganizationField(
        _ reference: Reference, role: String, organization: Int, in path: String, code: DiagnosticCode
    ) -> Diagnostic {
        let name = notes[organization].name
        return Diagnostic(
            .warning, code,
            "'\(reference.target)' reads as a role at \(name) (\(location(ofNote: organization))), not an organization's "
                + "name",
            file: path, at: reference.position, hint: "write 'organization: \(name)' and 'title: \(role)'")
    }

    /// The contacts an organization's note links (`## People` / `- [[Dana Lee]]`) whose own
    /// note names no organization: they are not counted there (a contact's `organization:`
    /// says where they work), so `find-contacts` said nobody was. Once a person.
    private func checkMembers(
        _ links: [ResolvedReferences.Entry], of organization: Int, into found: inout [Diagnostic]
    ) {
        var named: Set<Int> = []
        // Only links in list items: a list of people, not a mention in a sentence.
        let body = notes[organization].body
        let listed = Set(body.items.flatMap { body.links[$0.links].map(\.position) })
        for entry in links where listed.contains(entry.reference.position) {
            guard case .note(let person) = entry.resolution, notes[person].kind == .contact,
                notes[person].contact?.organization == nil, named.insert(person).inserted
            else { continue }
            let name = notes[organization].name
            found.append(
                Diagnostic(
                    .warning, .memberWithoutOrganization,
                    "\(notes[person].name) is listed here, but their note names no organization, so they are not "
                        + "counted at \(name)",
                    file: notes[organization].path, at: entry.reference.position,
                    hint: "write 'organization: \(name)' in \(notes[person].path)"))
        }
    }

    /// The folded placeholder names a note's field references make (SPEC §2.4: a person or an
    /// organization named in a field that has no note yet); an organization's also without its
    /// legal form (`NameKey.placeholderOrganization`), the key its placeholder is found by.
    static func placeholderNames(_ references: ResolvedReferences, ownerKey: String) -> [String] {
        var names: [String] = []
        func add(_ entry: ResolvedReferences.Entry, isPerson: Bool) {
            guard entry.resolution == .missing else { return }
            if isPerson, isOwner(entry.reference, ownerKey: ownerKey) { return }
            let name = displayName(of: entry.reference)
            names.append(NameKey.fold(name))
            if !isPerson, NameKey.placeholderOrganization(name) != names.last {
                names.append(NameKey.placeholderOrganization(name))
            }
        }
        if let entry = references.organization { add(entry, isPerson: false) }
        for entry in references.referredBy + references.interviewContacts + references.referrals {
            add(entry, isPerson: true)
        }
        return names
    }

    /// Whether a reference names you: by name (not by path), folded, or as `me` or `myself`.
    static func isOwner(_ reference: Reference, ownerKey: String) -> Bool {
        guard reference.form != .path else { return false }
        let key = NameKey.fold(reference.target)
        return key == ownerKey || Reference.you.contains(key)
    }

    /// The name a placeholder shows: the target, or for a path the de-slugged file stem; a
    /// Dendron or Foam hierarchy (`[[people.priya-shah]]`) is named as its note would be
    /// (`NoteReader.hierarchyLeaf`): Priya Shah, the person `[[Priya Shah]]` names.
    static func displayName(of reference: Reference) -> String {
        if reference.form == .path { return NoteReader.deslugged(VaultPath.stem(of: reference.target)) }
        return NoteReader.hierarchyLeaf(reference.target) != nil
            ? NoteReader.deslugged(reference.target) : reference.target
    }

    // MARK: Fields and links

    /// A field reference, which must name a note of `kind`.
    private mutating func check(
        _ entry: ResolvedReferences.Entry, as kind: NoteKind, in path: String, into found: inout [Diagnostic]
    ) {
        let reference = entry.reference
        switch entry.resolution {
        case .note(let target):
            let actual = notes[target].kind
            guard actual != kind else { return }
            // `organization: Senior Analyst at Acme Foods`, which is someone's title too.
            if kind == .organization, reference.form == .name,
                let (role, organization) = roleAtOrganization(reference.target)
            {
                found.append(
                    roleInOrganizationField(
                        reference, role: role, organization: organization, in: path, code: .wrongKind))
                return
            }
            found.append(
                Diagnostic(
                    .warning, .wrongKind,
                    "'\(reference.target)' is \(actual.withArticle) (\(notes[target].path)), not \(kind.withArticle)",
                    file: path, at: reference.position, hint: "point this at \(kind.withArticle) note"))
        case .ambiguous(let candidates):
            found.append(ambiguous(reference, candidates, in: path))
        case .missing:
            if kind == .contact, Self.isOwner(reference, ownerKey: ownerKey) { return }
            var spellings = ""
            if kind == .organization {
                // `Brightfield foods` after `Brightfield Foods`: one placeholder organization, one
                // warning, at the first (SPEC §2.4 compares names case-insensitively).
                guard let others = otherSpellings(of: reference, in: path) else { return }
                spellings = others
            }
            var problem = missing(reference, in: path, kind: kind)
            problem.message += spellings
            if let note = plainNote(answeringTo: reference, besides: path), let hint = problem.hint {
                problem.hint =
                    "\(notes[note].path) is a plain note: if it is theirs, give it 'type: \(kind.rawValue)'; "
                    + "else \(hint)"
            }
            found.append(problem)
        }
    }

    /// For the first `organization:` field naming a placeholder, the other ways the others write
    /// it (" (also written 'Brightfield foods' in contacts/sam.md:3)"), or "" when none does;
    /// `nil` for a later field written another way, whose warning is the first's.
    private mutating func otherSpellings(of reference: Reference, in path: String) -> String? {
        let spelling = Self.displayName(of: reference)
        let places = placesNaming(organization: NameKey.placeholderOrganization(spelling))
        guard let first = places.first else { return "" }
        guard notes[first.note].path == path, first.position == reference.position else {
            return first.spelling == spelling ? "" : nil
        }
        var others: [String: [String]] = [:]
        var order: [String] = []
        for place in places where place.spelling != spelling {
            if others[place.spelling] == nil { order.append(place.spelling) }
            others[place.spelling, default: []].append("\(notes[place.note].path):\(place.position.line)")
        }
        guard !order.isEmpty else { return "" }
        let written = order.map { other in
            let at = others[other]!
            let more = at.count > 2 ? " and \(at.count - 2) more" : ""
            return "'\(other)' in \(at.prefix(2).joined(separator: ", "))\(more)"
        }
        return " (also written \(Prose.list(written)))"
    }

    /// The `organization:` fields naming the placeholder of key `key`
    /// (`NameKey.placeholderOrganization`), in note order.
    private mutating func placesNaming(organization key: String) -> [OrganizationField] {
        guard placeholderNames.contains(key) else { return [] }
        if placeholderOrganizations == nil {
            var places: [String: [OrganizationField]] = [:]
            for note in notes.indices {
                guard let field = notes[note].contact?.organization else { continue }
                let spelling = Self.displayName(of: field)
                guard placeholderNames.contains(NameKey.fold(spelling)) else { continue }
                places[NameKey.placeholderOrganization(spelling), default: []].append(
                    OrganizationField(spelling: spelling, note: note, position: field.position))
            }
            placeholderOrganizations = places
        }
        return placeholderOrganizations?[key] ?? []
    }

    /// The plain note (no `type:`, outside the kinds' folders) that `reference` would name but
    /// for the field's kind, other than the note at `path`: `notes/pat.md` for `contact: Pat`,
    /// a person's page kept in a folder of its own, which becomes theirs with a `type:`.
    private func plainNote(answeringTo reference: Reference, besides path: String) -> Int? {
        guard case .note(let note) = index.resolve(reference), notes[note].kind == .note, notes[note].path != path
        else { return nil }
        return note
    }

    private mutating func checkBodyLink(
        _ entry: ResolvedReferences.Entry, in path: String, ofNote note: Int, into found: inout [Diagnostic]
    ) {
        let reference = entry.reference
        switch entry.resolution {
        case .note:
            return
        case .ambiguous(let candidates):
            found.append(ambiguous(reference, candidates, in: path))
        case .missing:
            guard !placeholderNames.contains(NameKey.fold(Self.displayName(of: reference))),
                !Self.isOwner(reference, ownerKey: ownerKey), !Self.isAttachment(reference.target)
            else { return }
            // A link to a day (`[[2026-11-01]]`, a daily note in Obsidian) needs no note, unless
            // an interview was held that day: then it may have meant the interview's file.
            // A Log entry's date (`- [[2026-11-19]] met`) is a day even then: writing the interview's
            // link there instead, as the hint would say, would leave the entry without a date.
            if reference.target.utf8.count == 10, let day = LocalDate(reference.target),
                interviews(namedBy: reference.target).isEmpty || Self.dates(reference, day, aLogEntryOf: notes[note])
            {
                return
            }
            // Nor does a day written otherwise (`[[Nov 2nd, 2026]]`, Logseq's journal pages): a
            // Log entry starting with one is an error that gives its ISO form.
            if LocalDate(reference.target) == nil, let day = LogDateForms.match(reference.target, year: nil),
                day.written == reference.target, !day.meanings.isEmpty
            {
                return
            }
            found.append(missing(reference, in: path, kind: nil))
        }
    }

    /// The kinds of file a note links or embeds as they are (`[[cv.pdf]]`, `![[photo.png]]`):
    /// attachments, which Grapevine neither reads nor publishes, not notes.
    private static let attachmentExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "svg", "heic", "bmp", "tif", "tiff", "pdf", "doc", "docx", "odt",
        "rtf", "txt", "csv", "xls", "xlsx", "ods", "ppt", "pptx", "odp", "key", "pages", "numbers", "mp3", "m4a",
        "wav", "ogg", "mp4", "mov", "webm", "zip", "vcf", "ics", "canvas", "excalidraw",
    ]

    /// Whether a link's target is an attachment: a file name with one of `attachmentExtensions`
    /// (before any `#` part).
    static func isAttachment(_ target: String) -> Bool {
        let file = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let dot = file.lastIndex(of: ".") else { return false }
        return attachmentExtensions.contains(file[file.index(after: dot)...].lowercased())
    }

    // MARK: Diagnostics

    /// How many of the notes a reference could mean its error names: a name shared by
    /// thousands of notes, referred to by each, made an error list of millions of paths.
    static let candidatesNamed = 5

    private func ambiguous(_ reference: Reference, _ candidates: [Int], in path: String) -> Diagnostic {
        let paths = index.paths(Array(candidates.prefix(Self.candidatesNamed)))
        let more = candidates.count - paths.count
        let list = paths.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
        return Diagnostic(
            .error, .ambiguousReference, "'\(reference.target)' could mean \(candidates.count) notes: \(list)",
            file: path, at: reference.position,
            hint: "link to one by its path, e.g. [[\(VaultPath.stripMarkdownExtension(paths[0]))]]")
    }

    /// What to do about a missing note named `name` when a file that is not read for its
    /// extension is named so (`contacts/ben-carter.md.txt` for `Ben Carter`): rename it; else `create`.
    private func unreadFile(named name: String, else create: String) -> String {
        guard !unreadFiles.isEmpty, let file = unreadFiles[NameKey.slug(name)] else { return create }
        return "'\(file)' is not read, since its name does not end in '.md': if it is the note meant, rename it to "
            + "'\(Self.markdownName(of: file))'; if not, \(create)"
    }

    /// The name a file not read for its extension has as a note: `.md` for `.md.txt` or `.markdown`.
    static func markdownName(of file: String) -> String {
        var stem = Substring(file)
        if stem.lowercased().hasSuffix(".md.txt") {
            stem = stem.dropLast(7)
        } else if let dot = stem.lastIndex(of: "."), !stem[dot...].contains("/") {
            stem = stem[..<dot]
        }
        return stem + ".md"
    }

    /// The files not read for their extension that `diagnostics` name (`other-markdown-extension`),
    /// by the slug of their names (`unreadFiles`); of two with one slug, the first by path.
    static func unreadFiles(among diagnostics: some Sequence<Diagnostic>) -> [String: String] {
        Dictionary(
            diagnostics.lazy.filter { $0.code == .otherMarkdownExtension }.map { (unreadFileSlug($0.file), $0.file) },
            uniquingKeysWith: min)
    }

    /// The slug of the name of a file not read for its extension (`ReferenceProblems.unreadFiles`).
    private static func unreadFileSlug(_ file: String) -> String {
        let name = markdownName(of: file).split(separator: "/").last.map(String.init) ?? file
        return NameKey.slug(String(name.dropLast(3)))
    }

    /// A reference to a missing note: a look-alike of a contact's name when it names that
    /// person another way, else a missing note, with the close names first in the hint.
    /// `kind` is what a field expects (a person or an organization), `nil` for a body link.
    private mutating func missing(_ reference: Reference, in path: String, kind: NoteKind?) -> Diagnostic {
        let name = Self.displayName(of: reference)
        switch kind {
        case .contact?:
            // `contact: dana@acme.com`: an address where a name goes, never a name to create.
            if let key = Self.addressKey(name) {
                let owners = contacts(withAddress: key)
                let hint =
                    owners.count == 1
                    ? "that is the address of \(notes[owners[0]].name) (\(location(ofNote: owners[0]))): write '\(notes[owners[0]].name)' here"
                    : "write the person's name here; the address goes in their note ('email:' or 'linkedin:')"
                return Diagnostic(
                    .warning, .missingNote, "'\(name)' is an address, not the name of a note", file: path,
                    at: reference.position, hint: hint)
            }
            // `referred_by: Ann Lee, Bo Chen`: several people written as one name.
            if reference.form == .name, let listed = peopleListed(in: name) {
                let names = listed.map { $0.note.map { notes[$0].name } ?? $0.name }
                let known = listed.compactMap(\.note).map { notes[$0].name }
                let list = "for several people, write a list: [\(names.joined(separator: ", "))]"
                return Diagnostic(
                    .warning, .invalidValue,
                    "'\(name)' is read as one name, but \(Prose.list(known)) "
                        + (known.count == 1 ? "has a note" : "each have a note"),
                    file: path, at: reference.position,
                    hint: known.count == names.count
                        ? list
                        : list + "; if it is one person's name, create their note with: grapevine new contact "
                            + Shell.argument(name))
            }
            // `referred_by: Ana Díaz (met at conference)`: a remark in brackets after a name.
            if let before = Self.nameBeforeRemark(name), let note = contactNote(named: before) {
                return remarkInName(reference, name: notes[note].name, in: path)
            }
            let create = "create one with: grapevine new contact \(Shell.argument(name))"
            let close: [CloseNames.Match]
            switch contactsMeant(by: name) {
            case .tooManyNamed(let named):
                let some = named.prefix(2).map { "'\(notes[$0].name)'" }.joined(separator: ", ")
                return Diagnostic(
                    .warning, .missingNote, "no note for '\(name)' yet; they are a placeholder person", file: path,
                    at: reference.position,
                    hint: "\(named.count) contacts are called \(name) (\(some), …): write the full name; if it is "
                        + "someone new, \(create)")
            case .samePerson(let same):
                let note = notes[same]
                return Diagnostic(
                    .warning, .lookAlikeNames,
                    "no note for '\(name)', but '\(note.name)' (\(location(ofNote: same))) looks like the same person",
                    file: path, at: reference.position,
                    hint:
                        "if it is them, write '\(note.name)' here or add '\(name)' to their aliases; if not, \(create)")
            case .close(let matches):
                close = matches
            }
            // `referred_by: ask around at the meetup`: a phrase where a name goes. A Referrals
            // item never names one: it names the person in it, or no one (`InterviewReader.isPhrase`).
            let sentence =
                reference.form == .name && InterviewReader.isPhrase(name)
                ? "if '\(name)' is not a name, write the person's name here ('Jo Smith'); else " : ""
            return Diagnostic(
                .warning, .missingNote, "no note for '\(name)' yet; they are a placeholder person", file: path,
                at: reference.position, hint: sentence + suggesting(close, else: unreadFile(named: name, else: create)))
        case .organization?:
            if reference.form == .name, let (role, organization) = roleAtOrganization(name) {
                return roleInOrganizationField(
                    reference, role: role, organization: organization, in: path, code: .missingNote)
            }
            if let before = Self.nameBeforeRemark(name), let note = organizationNote(named: before) {
                return remarkInName(reference, name: notes[note].name, in: path)
            }
            let create = "create one with: grapevine new org \(Shell.argument(name))"
            // `Acme Foods Inc.` for the note of Acme Foods: one organization, written two ways.
            if let same = organizations(lookingLike: NameKey.organizationLookAlike(name)).first {
                return Diagnostic(
                    .warning, .lookAlikeNames,
                    "no note for '\(name)', but '\(notes[same].name)' (\(location(ofNote: same))) looks like the same "
                        + "organization",
                    file: path, at: reference.position,
                    hint:
                        "if it is, write '\(notes[same].name)' here or add '\(name)' to its aliases; if not, \(create)")
            }
            // `Acme Foods — Data team`: an organization with a remark after a dash.
            if reference.form == .name, let organization = organizationBeforeRemark(name) {
                return Diagnostic(
                    .warning, .missingNote,
                    "no note for '\(name)': only '\(notes[organization].name)' is an organization's note", file: path,
                    at: reference.position,
                    hint: "write '\(notes[organization].name)' here, and the rest in the note's body or its 'title:'")
            }
            let close = closeNotes(to: name, among: [.organization])
            return Diagnostic(
                .warning, .missingNote, "no note for '\(name)' yet; it is a placeholder organization", file: path,
                at: reference.position,
                hint: suggesting(close, else: unreadFile(named: name, else: create)))
        default:
            let what = reference.form == .path ? "file '\(reference.target)'" : "note '\(reference.target)'"
            let interviews = interviews(namedBy: reference.target)
            let hint: String
            if let block = blockLink(reference) {
                hint =
                    "to link to a block of \(notes[block.note].name)'s note, write '[[\(block.written)]]' "
                    + "('#' before the '^')"
            } else if interviews.isEmpty {
                let close = closeNotes(to: name, among: Self.bodyLinkKinds)
                hint = suggesting(close, else: "check the spelling, or create the note")
            } else {
                hint = suggesting(interviews: interviews)
            }
            return Diagnostic(
                .warning, .missingNote, "link to a missing \(what)", file: path, at: reference.position, hint: hint)
        }
    }

    /// Whether `reference` is the date the Log entry on its line starts with.
    private static func dates(_ reference: Reference, _ day: LocalDate, aLogEntryOf note: Note) -> Bool {
        note.contact?.log.contains { $0.date == day && $0.position.line == reference.position.line } == true
    }

    /// The name before a remark in brackets that ends `name` (`Ana Díaz (met at conference)`
    /// → `Ana Díaz`); `nil` when it does not end so.
    static func nameBeforeRemark(_ name: String) -> String? {
        guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) else { return nil }
        let before = name[..<open.lowerBound].trimmingWhitespace()
        return before.isEmpty ? nil : String(before)
    }

    /// A field naming `name`'s note with a remark in brackets after it, read as one name.
    private func remarkInName(_ reference: Reference, name: String, in path: String) -> Diagnostic {
        Diagnostic(
            .warning, .missingNote,
            "no note for '\(reference.target)': the remark in brackets is read as part of the name", file: path,
            at: reference.position, hint: "write '\(name)' here, and the remark in the note's body")
    }

    /// The people a name with commas in it lists (`Ann Lee, Bo Chen`, `[[Ann Lee]], Bo Chen`),
    /// each with their note if any: when every part is a person's note, or when one is and every
    /// part is a whole name of two words or more (`Ann Lee, Bo Chen` without Bo's note yet);
    /// `nil` otherwise (`Lee, Ann` is one person's name, `Ann Lee, PhD` one with a degree).
    private func peopleListed(in name: String) -> [(name: String, note: Int?)]? {
        // `Ann Lee, Bo Chen`, `Ann Lee and Bo Chen`, `Ann Lee, Bo Chen & Cy Park`.
        let parts = Self.commaParts(of: name).flatMap { part in
            part.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " & ") }
                .map { Wikilink.shown(String($0.trimmingWhitespace())) }
        }
        guard parts.count >= 2, !parts.contains(where: \.isEmpty) else { return nil }
        let people = parts.map { (name: $0, note: contactNote(named: $0)) }
        let known = people.count { $0.note != nil }
        guard known == people.count || (known > 0 && parts.allSatisfy { $0.contains(" ") }) else { return nil }
        return people
    }

    /// The parts of a name between its commas, trimmed; none when one is empty.
    private static func commaParts(of name: String) -> [String] {
        let parts = name.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace()) }
        return parts.contains(where: \.isEmpty) ? [] : parts
    }

    /// `[[Ana Souza^abc123]]`: a link to a block of a note that exists, written without the
    /// `#` Obsidian needs before the `^`; the note and the link as it should be written.
    private func blockLink(_ reference: Reference) -> (note: Int, written: String)? {
        guard reference.form == .wikilink, let caret = reference.target.lastIndex(of: "^"),
            caret != reference.target.startIndex, reference.target[reference.target.index(before: caret)] != "#"
        else { return nil }
        let target = String(reference.target[..<caret])
        guard case .note(let note) = index.resolve(Reference(target: target, form: .wikilink, position: .start))
        else { return nil }
        return (note, target + "#" + reference.target[caret...])
    }

    /// The contact note `name` resolves to, as a reference would.
    private func contactNote(named name: String) -> Int? {
        note(named: name, kind: .contact)
    }

    /// The note of `kind` that `name` (trimmed) resolves to, as a reference would.
    private func note(named name: String, kind: NoteKind) -> Int? {
        let name = name.trimmingWhitespace()
        guard !name.isEmpty,
            case .note(let note) = index.resolve(
                Reference(target: String(name), form: .name, position: .start), preferring: kind),
            notes[note].kind == kind
        else { return nil }
        return note
    }

    /// The interviews a link such as `[[2026-11-12 Priya Raman]]` means: those of its date,
    /// and of them, when there are several, those whose people or file name have the rest of
    /// the link in them (an interview has no name of its own to link by).
    private mutating func interviews(namedBy target: String) -> [Int] {
        guard target.utf8.count >= 10, let day = LocalDate(target.prefix(10)) else { return [] }
        if interviewsByDay == nil {
            var byDay: [LocalDate: [Int]] = [:]
            for (index, note) in notes.enumerated() {
                if let date = note.interview?.date?.date { byDay[date, default: []].append(index) }
            }
            interviewsByDay = byDay
        }
        let onDay = interviewsByDay?[day] ?? []
        // As slugs, so that "José" finds `jose` in a file name and "Priya Raman" finds "priya-raman".
        let rest = NameKey.slug(String(target.dropFirst(10)))
        guard onDay.count > 1, !rest.isEmpty else { return onDay }
        let named = onDay.filter { index in
            let words = notes[index].interview?.contacts.map(\.target) ?? []
            return (words + [notes[index].path]).contains { NameKey.slug($0).contains(rest) }
        }
        return named.isEmpty ? onDay : named
    }

    /// "did you mean [[interviews/2026-11-12-priya]] (the interview with Priya Raman on
    /// 2026-11-12)? an interview is linked by its file".
    private func suggesting(interviews: [Int]) -> String {
        let shown = interviews.prefix(3).map { index in
            let interview = notes[index].interview
            let people = Prose.list(interview?.contacts.map(\.target) ?? [])
            let day = interview?.date.map { " on \($0.date)" } ?? ""
            return "[[\(VaultPath.stripMarkdownExtension(notes[index].path))]] (the interview with \(people)\(day))"
        }
        let more = interviews.count > 3 ? " (and \(interviews.count - 3) more that day)" : ""
        return "did you mean \(shown.joined(separator: " or "))\(more)? an interview is linked by its file"
    }

    /// The contact notes a person's name no note has may mean, as `check` names them.
    enum ContactsMeant: Equatable {
        /// One contact, the name written another way (`Sean O'Brien` for Seán O'Brien, `Lopez,
        /// Maria`): a look-alike.
        case samePerson(Int)
        /// The contacts a few letters off (`CloseNames`), else those of that one first or last
        /// name (`Dana` for Dana Lee); maybe none.
        case close([CloseNames.Match])
        /// More contacts of that one first or last name than a hint names.
        case tooManyNamed([Int])

        /// The contact notes meant, closest first; none when too many are.
        var notes: [Int] {
            switch self {
            case .samePerson(let note): [note]
            case .close(let matches): matches.map(\.note)
            case .tooManyNamed: []
            }
        }
    }

    /// The contact notes `name`, which no note has, may mean: the one decision behind `check`'s
    /// "did you mean" for a missing person and `next`'s for a step about them.
    mutating func contactsMeant(by name: String) -> ContactsMeant {
        var close = closeNotes(to: name, among: [.contact])
        if close.isEmpty {
            let named = contacts(namedWith: name)
            if named.count > CloseNames.suggestionLimit { return .tooManyNamed(named) }
            close = named.map { CloseNames.Match(note: $0, distance: 1) }
        }
        let sameName = close.first { $0.distance == 0 && NameKey.initialsAgree(name, notes[$0.note].name) }
        if let same = sameName?.note { return .samePerson(same) }
        return .close(close)
    }

    /// The notes a reference to a missing note may mean, as its problem's hint names them
    /// (the one it looks like, else the close names), for an editor to offer writing instead.
    /// `kind` is what a field expects, `nil` for a body link.
    mutating func notesMeant(by reference: Reference, kind: NoteKind?) -> [Int] {
        let name = Self.displayName(of: reference)
        switch kind {
        case .contact?:
            guard Self.addressKey(name) == nil else { return [] }
            return contactsMeant(by: name).notes
        case .organization?:
            if let same = organizations(lookingLike: NameKey.organizationLookAlike(name)).first { return [same] }
            return closeNotes(to: name, among: [.organization]).map(\.note)
        default:
            return closeNotes(to: name, among: Self.bodyLinkKinds).map(\.note)
        }
    }

    /// The kinds of note a body link to a missing note may have meant.
    private static let bodyLinkKinds: Set<NoteKind> = [.contact, .organization, .pitch, .note]

    /// The notes of `kinds` with a name close to `name`, worked out once per name.
    private mutating func closeNotes(to name: String, among kinds: Set<NoteKind>) -> [CloseNames.Match] {
        let key = kinds.map(\.rawValue).sorted().joined(separator: ",") + "\u{0}" + name
        if let known = closeMatches[key] { return known }
        let found = closeNames.matches(for: name, kinds: kinds)
        closeMatches[key] = found
        return found
    }

    /// "did you mean 'Maria Lopez' (contacts/maria-lopez.md)? if not, `otherwise`".
    private func suggesting(_ close: [CloseNames.Match], else otherwise: String) -> String {
        guard !close.isEmpty else { return otherwise }
        let names = close.map { "'\(notes[$0.note].name)' (\(notes[$0.note].path))" }
        return "did you mean \(Prose.alternatives(names))? if not, \(otherwise)"
    }

    /// `contacts/obi.md:2`: a note's file and the line of its `name`, else its first line.
    /// `text` as `ContactKeys` compares it when it is an email address (an `@`, no space) or a
    /// LinkedIn profile's address; `nil` for anything else, a name or a path.
    static func addressKey(_ text: String) -> String? {
        guard !text.contains(where: \.isWhitespace) else { return nil }
        if text.contains("@") { return ContactKeys.email(text) }
        if text.lowercased().contains("linkedin.com/") { return ContactKeys.linkedIn(text) }
        return nil
    }

    /// The organization notes whose name or an alias has the look-alike key `key`
    /// (`NameKey.organizationLookAlike`), in note order; the table is made at the first call.
    private mutating func organizations(lookingLike key: String) -> [Int] {
        if organizationsByLookAlike == nil {
            var byKey: [String: [Int]] = [:]
            for (index, note) in notes.enumerated() where note.kind == .organization {
                let keys = Set(([note.name] + note.aliases).map(NameKey.organizationLookAlike))
                for key in keys { byKey[key, default: []].append(index) }
            }
            organizationsByLookAlike = byKey
        }
        return organizationsByLookAlike?[key] ?? []
    }

    /// The contact notes whose name's first or last word is `word` (folded); none when `word`
    /// is more than one word. The table is made at the first call.
    private mutating func contacts(namedWith word: String) -> [Int] {
        let key = NameKey.fold(word)
        guard !key.isEmpty, !key.contains(" ") else { return [] }
        if contactsByNameWord == nil {
            var byWord: [String: [Int]] = [:]
            for (index, note) in notes.enumerated() where note.kind == .contact {
                let words = NameKey.fold(note.name).split(separator: " ")
                guard words.count > 1, let first = words.first, let last = words.last else { continue }
                byWord[String(first), default: []].append(index)
                if last != first { byWord[String(last), default: []].append(index) }
            }
            contactsByNameWord = byWord
        }
        return contactsByNameWord?[key] ?? []
    }

    /// The contact notes whose email or LinkedIn profile is `key` (as `ContactKeys` makes it).
    private mutating func contacts(withAddress key: String) -> [Int] {
        if contactsByAddress == nil {
            var byAddress: [String: [Int]] = [:]
            for (index, note) in notes.enumerated() {
                guard let contact = note.contact else { continue }
                for address in [
                    contact.email.flatMap(ContactKeys.email), contact.linkedin.flatMap(ContactKeys.linkedIn),
                ] {
                    if let address { byAddress[address, default: []].append(index) }
                }
            }
            contactsByAddress = byAddress
        }
        return contactsByAddress?[key] ?? []
    }

    private func location(ofNote index: Int) -> String {
        let position = notes[index].frontMatter.entry("name")?.value.position ?? .start
        return "\(notes[index].path):\(position.line)"
    }
}
