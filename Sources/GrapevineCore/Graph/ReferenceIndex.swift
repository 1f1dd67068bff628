/// Resolves references to notes in the order of SPEC §2.4: a vault-relative path, a unique
/// file stem, a unique `name`/`title`/`aliases` entry, then a unique stem equal to the slug.
/// A contact's `title` is their job, not a name (`Note.titleAsName`).
///
/// A class, so the closures that resolve references on all cores share it rather than copy
/// its tables.
final class ReferenceIndex: Sendable {
    /// What a reference resolved to.
    enum Resolution: Hashable, Sendable {
        case note(Int)
        case ambiguous([Int])
        case missing
    }

    private let paths: [String]
    private let kinds: [NoteKind]
    private let byPath: [String: Int]
    private let byStem: NameTable
    private let byName: NameTable
    private let bySlug: NameTable
    /// Each note's display name, folded: the key duplicate names are found by.
    let nameKeys: [String]
    /// Each note's display name as `NameKey.lookAlike` folds it, the key look-alike names
    /// are found by; empty for interviews, which are named after their people.
    let lookAlikeKeys: [String]
    /// The organizations contacts' `organization:` fields name, folded: those with no note are
    /// placeholders, which a Referrals item may place someone at.
    private let organizationNames: Set<String>
    /// Whether a note is at the vault's root: else a reference without a `/` is no note's path,
    /// and is not looked up as one (most references are names: 1.3% of `check`).
    private let hasNotesAtRoot: Bool
    /// The notes named as a sync tool's copy of another (`DuplicateNotes.syncCopies`): a name
    /// they share with their original finds the original, not both, and a person's meetings,
    /// status and last touch leave a copy of an interview out.
    let copies: Set<Int>

    /// Indexes `notes` (sorted by path).
    convenience init(notes: [Note]) {
        // Folding and slugging every name is the costly part: do it on all cores.
        self.init(keys: parallelMap(count: notes.count, makeState: {}) { _, index in Keys(notes[index]) })
    }

    /// Indexes the notes whose lookup keys are `keys` (one per note, in note order).
    init(keys: [Keys]) {
        paths = keys.map(\.path)
        kinds = keys.map(\.kind)
        nameKeys = keys.map(\.displayName)
        lookAlikeKeys = keys.map(\.lookAlike)
        organizationNames = Set(keys.indices.lazy.compactMap { keys[$0].organization })
        hasNotesAtRoot = paths.contains { !$0.utf8.span.contains(UInt8(ascii: "/")) }
        copies = Set(DuplicateNotes.syncCopies(paths: paths).map(\.copy))
        // The lookup tables are independent: build them on all cores. The paths ride with the
        // stems, so that the first job is as long as the two others together.
        // Each key is read in place: `enumerated()` copied every note's keys, a retain and a
        // release of each of their strings, for each table.
        let tables = parallelMap(count: 3, batch: 1, makeState: {}) { [paths] _, table in
            switch table {
            case 0:
                return NameTable(
                    keys.indices.map { (keys[$0].stem, $0) },
                    paths: Dictionary(paths.indices.map { (paths[$0], $0) }) { first, _ in first })
            case 1: return NameTable(keys.indices.map { (keys[$0].slug, $0) })
            default: return NameTable(keys.indices.flatMap { index in keys[index].names.map { ($0, index) } })
            }
        }
        byStem = tables[0]
        bySlug = tables[1]
        byName = tables[2]
        byPath = tables[0].paths
    }

    /// Note indices by key, each once, in note order. Most keys name one note: those take no
    /// array of their own.
    private struct NameTable: Sendable {
        /// The first note with each key, and whether `more` has others.
        private var first: [String: (index: Int, isShared: Bool)] = [:]
        private var more: [String: [Int]] = [:]
        /// Rides along with one of the tables so that it, too, is built in parallel.
        var paths: [String: Int] = [:]

        init(_ entries: [(String, Int)], paths: [String: Int] = [:]) {
            first.reserveCapacity(entries.count)
            for (key, index) in entries {
                // One lookup for a key not seen yet, nearly every one; a key seen already gets
                // its first note back.
                guard let existing = first.updateValue((index, false), forKey: key) else { continue }
                first[key] = (existing.index, existing.isShared || existing.index != index)
                if existing.index != index { more[key, default: []].append(index) }
            }
            self.paths = paths
        }

        /// The notes with this key, or `nil`; most keys name one note, which takes no array
        /// and no second lookup.
        subscript(key: String) -> (first: Int, more: [Int])? {
            guard let entry = first[key] else { return nil }
            return (entry.index, entry.isShared ? more[key] ?? [] : [])
        }
    }

    /// The lookup keys of one note: what references to it may be written as.
    struct Keys: Sendable, Equatable {
        var path: String
        var kind: NoteKind
        var stem: String
        var slug: String
        /// The explicit name, the title when it is a name (not a contact's job), and the
        /// aliases, folded.
        var names: Set<String>
        var displayName: String
        var lookAlike: String
        /// A contact's `organization:`, folded as a placeholder's name is.
        var organization: String?

        init(_ note: Note) {
            path = note.path
            kind = note.kind
            stem = VaultPath.stem(of: path)
            // A hierarchy (`people.maria-lopez`) is found by its last part's slug: `[[Maria Lopez]]`.
            slug = NameKey.slug(NoteReader.hierarchyLeaf(stem).map(String.init) ?? stem)
            names = []
            displayName = NameKey.fold(note.name)
            lookAlike = note.kind == .interview ? "" : NameKey.lookAlike(note.name)
            organization = note.contact?.organization.map { NameKey.fold(ReferenceProblems.displayName(of: $0)) }
            // A name made from a Notion export's file name (`Bruno Costa 9a8b…`) is found as
            // its title would be: `[[Bruno Costa]]`.
            if note.hasExplicitName || NoteReader.withoutExportID(stem).utf8.count != stem.utf8.count {
                names.insert(displayName)
            }
            if let title = note.titleAsName { names.insert(NameKey.fold(title)) }
            for alias in note.aliases { names.insert(NameKey.fold(alias)) }
        }
    }

    /// Where a Referrals item places the person it names: an organization's note, or an
    /// organization with no note yet (a placeholder, by the link's name).
    enum Workplace: Sendable, Equatable {
        case note(Int)
        case placeholder(Reference)
    }

    /// Who a Referrals item names, as resolved, and where it places them: its first link, but
    /// for a link after a name that is where the person works (`Beatriz Nunes at [[Civic Design
    /// Collective]]`, `ReferralMention.nameBeforeLink`): that name, at that organization, as a
    /// person reads the item. The link is a workplace when it finds an organization's note, or
    /// finds no note and is either written after ` at ` or ` @ ` or named by a contact's
    /// `organization:` (a placeholder organization). An item without a link places the person
    /// at the words after their name (`Omar Said (City of Lakeport)`, `Kim Ro at Northwind`,
    /// `ReferralMention.placeAfterName`) when they are exactly the name of an organization's
    /// note or of a placeholder organization; other words are a remark (`(met at conference)`).
    /// A name that may be written family name first (`Ortiz, Dana`, `Sara, Acmecorp`) is a
    /// contact's note called so as written, else is read by `familyNameFirst(_:before:given:)`.
    func referred(by mention: ReferralMention) -> (person: Reference, resolution: Resolution, workplace: Workplace?) {
        if let given = mention.givenNameAfterComma, let before = Self.nameBeforeComma(of: mention) {
            // `Thomas, Zelda` is first the name of a contact's note called so, as a field's is.
            if let words = mention.person.label {
                let written = Reference(target: words, form: .name, position: mention.person.position)
                let resolution = resolve(written, preferring: .contact)
                if isContact(resolution) { return (written, resolution, nil) }
            }
            return familyNameFirst(mention.person, before: before, given: given)
        }
        let linked = resolve(mention.person, preferring: .contact)
        guard let name = mention.nameBeforeLink else {
            let place = mention.placeAfterName.flatMap { place in
                workplace(place, resolvedTo: resolve(place, preferring: .organization), isPlace: false)
            }
            return (mention.person, linked, place)
        }
        guard let workplace = workplace(mention.person, resolvedTo: linked, isPlace: mention.linkIsPlace) else {
            return (mention.person, linked, nil)
        }
        return (name, resolve(name, preferring: .contact), workplace)
    }

    /// Who `Ortiz, Dana` names: the person read the other way round (`person`, `Dana Ortiz`), or
    /// the name before the comma (`before`), at the organization the words after it (`given`)
    /// may name (`Sara, Northwind`). A contact's note found by one reading and not the other
    /// decides; else an organization called as the words after the comma (a note, or a
    /// contact's `organization:`) makes it the name before the comma, at that organization; else
    /// a common given name before the comma that is not a common family name too, and none
    /// after it (`Sara, Acmecorp`, but `Thomas, Zelda`: `GivenNames`)
    /// makes it the name before the comma, the rest a remark; else it is the person read the
    /// other way round (`Ortiz, Dana`, `Lee, Mary Ann`).
    private func familyNameFirst(_ person: Reference, before: Reference, given: Reference)
        -> (person: Reference, resolution: Resolution, workplace: Workplace?)
    {
        let turned = resolve(person, preferring: .contact)
        let asWritten = resolve(before, preferring: .contact)
        let turnedIsContact = isContact(turned)
        if turnedIsContact != isContact(asWritten) {
            return turnedIsContact ? (person, turned, nil) : (before, asWritten, workplace(ofGiven: given))
        }
        if let place = workplace(ofGiven: given) { return (before, asWritten, place) }
        if GivenNames.isGivenRatherThanFamily(before.target), !GivenNames.contains(given.target) {
            return (before, asWritten, nil)
        }
        return (person, turned, nil)
    }

    /// What a person field (`contact:`, `referred_by:`) names: what `reference` resolves to,
    /// but a name written family name first that finds no note as written (`Thomas, Zelda`) is
    /// read as a Referrals item written so is (`familyNameFirst(_:before:given:)`): `Zelda
    /// Thomas`, her note or a placeholder of that name, with the words as written for its label.
    /// Read as written when the other reading wins (`Sara, Northwind`) or it is no such name
    /// (`Smith, Jr.`, `Acme, Inc.`, `Lee, from HR`, `Ana, Ben and Cy`).
    func person(_ reference: Reference) -> (reference: Reference, resolution: Resolution) {
        let resolution = resolve(reference, preferring: .contact)
        guard case .missing = resolution, let reading = Self.familyNameFirstReading(of: reference) else {
            return (reference, resolution)
        }
        let chosen = familyNameFirst(reading.person, before: reading.before, given: reading.given)
        return chosen.person == reading.person ? (reading.person, chosen.resolution) : (reference, resolution)
    }

    /// A field's name written family name first, all of it (`Thomas, Zelda`, as
    /// `InterviewReader.givenName(after:in:lineEnd:)` tells a Referrals item's): the name turned
    /// round, the family name and the given names. `nil` for any other reference, and for a
    /// name with more after it (`Thomas, Zelda (data)`), which stays as written.
    static func familyNameFirstReading(of reference: Reference) -> (
        person: Reference, before: Reference, given: Reference
    )? {
        // Nearly every field's name has no comma.
        let written = reference.label ?? reference.target
        guard reference.form == .name, written.utf8.contains(UInt8(ascii: ",")) else { return nil }
        let family = String(written.prefix { $0 != "," })
        guard let (given, words) = InterviewReader.givenName(after: family, in: written, lineEnd: nil),
            words == written
        else { return nil }
        let position = reference.position
        return (
            Reference(target: given + " " + family, label: written, form: .name, position: position),
            Reference(target: family, form: .name, position: position),
            Reference(target: given, form: .name, position: position)
        )
    }

    private func workplace(ofGiven given: Reference) -> Workplace? {
        workplace(given, resolvedTo: resolve(given, preferring: .organization), isPlace: false)
    }

    private func isContact(_ resolution: Resolution) -> Bool {
        if case .note(let index) = resolution { return kinds[index] == .contact }
        return false
    }

    /// The name before the comma of an item read family name first (`Sara` of `Sara, Acmecorp`),
    /// where the item's words (the label of its turned-round `person`) start.
    static func nameBeforeComma(of mention: ReferralMention) -> Reference? {
        guard mention.givenNameAfterComma != nil, let written = mention.person.label else { return nil }
        return Reference(target: String(written.prefix { $0 != "," }), form: .name, position: mention.person.position)
    }

    /// The organization `place` (resolved as `resolution`) is: an organization's note, or,
    /// finding no note, a placeholder organization when `isPlace` or a contact's
    /// `organization:` names one so.
    private func workplace(_ place: Reference, resolvedTo resolution: Resolution, isPlace: Bool) -> Workplace? {
        switch resolution {
        case .note(let organization) where kinds[organization] == .organization:
            return .note(organization)
        case .missing
        where isPlace || organizationNames.contains(NameKey.fold(ReferenceProblems.displayName(of: place))):
            return .placeholder(place)
        default:
            return nil
        }
    }

    /// Resolves `reference`; when several notes match, one of the `preferred` kind wins alone.
    ///
    /// A person or an organization (`preferred` is `.contact` or `.organization`: a field such
    /// as `contact:`, `referred_by:` or `organization:`, or a name typed to find someone) is
    /// never an interview, the pitch or a plain note: those are passed over at every rule but
    /// an explicit path, so `contact: "[[Maria Lopez]]"` in `interviews/Maria Lopez.md`, or
    /// `contact: Pat` beside `notes/pat.md`, falls through to the next rule, else to a
    /// placeholder person (SPEC §2.4: resolution is by the field's kind). `someone` passes them
    /// over without preferring a person to an organization (a name typed to `show`).
    func resolve(_ reference: Reference, preferring preferred: NoteKind? = nil, someone: Bool = false) -> Resolution {
        if reference.form == .path {
            return byPath[reference.target].map(Resolution.note) ?? .missing
        }
        let target = reference.target
        // Every note's path ends in `.md` (the walker lists nothing else): a path without it
        // can only match with it added.
        if hasNotesAtRoot || target.utf8.span.contains(UInt8(ascii: "/")), let path = VaultPath.normalize(target),
            let index = (VaultWalker.isMarkdown(path) ? byPath[path] : nil) ?? byPath[path + ".md"]
        {
            return .note(index)
        }
        let stem = VaultWalker.isMarkdown(target) ? String(target.dropLast(3)) : target  // [[sam-reyes.md]]
        let someone = someone || preferred?.isSomeone == true
        // Each key made only when the one before found nothing: folding and slugging cost.
        if let candidates = byStem[stem], let found = choose(among: candidates, preferring: preferred, someone: someone)
        {
            return found
        }
        if let candidates = byName[NameKey.fold(target)],
            let found = choose(among: candidates, preferring: preferred, someone: someone)
        {
            return found
        }
        // `[[people.priya-shah]]` is found by its last part's slug, as a hierarchy's note is.
        if let candidates = bySlug[NameKey.slug(NoteReader.hierarchyLeaf(target).map(String.init) ?? target)],
            let found = choose(among: candidates, preferring: preferred, someone: someone)
        {
            return found
        }
        return .missing
    }

    /// The folded names the references of a note look up by name (`byName`), each once: the
    /// keys under which a change of another note's names can change what they resolve to. A
    /// reference written as a path looks up no name, but names its placeholder by the file's
    /// stem: that name is among them too; and so are a name before a remark in brackets, and
    /// the organizations a field or a contact's `title` (`Analyst at Acme Foods`) may name.
    static func nameProbes(_ references: ResolvedReferences, of note: Note) -> [String] {
        var names: Set<String> = []
        let title = note.kind == .contact ? note.title : nil
        for name in title.map(ReferenceProblems.organizationProbes(of:)) ?? [] { names.insert(NameKey.fold(name)) }
        for entry in references.all {
            let reference = entry.reference
            names.insert(
                NameKey.fold(reference.form == .path ? ReferenceProblems.displayName(of: reference) : reference.target))
            // `Ana Díaz (met at conference)`: its warning names the note of the name before the remark.
            if reference.form == .name, let before = ReferenceProblems.nameBeforeRemark(reference.target) {
                names.insert(NameKey.fold(before))
            }
            // `Thomas, Zelda` in a field: either reading once a note is called so, and the words
            // as written once a note's alias is (`person(_:)` looks them up first).
            if let reading = familyNameFirstReading(of: reference) {
                for name in [reading.person, reading.before, reading.given] { names.insert(NameKey.fold(name.target)) }
                names.insert(NameKey.fold(reading.person.label ?? reading.person.target))
            }
            if reference.form == .name {
                for name in ReferenceProblems.organizationProbes(of: reference.target) {
                    names.insert(NameKey.fold(name))
                }
            }
        }
        // `source: "[[Marco Diaz]]"`: warned about once Marco's note is a contact's.
        if let source = ReferenceProblems.sourceLink(of: note) { names.insert(NameKey.fold(source.target)) }
        // `Figma, Inc.`: one placeholder with `Figma` in another note, whose warning lists it.
        if let organization = references.organization?.reference {
            names.insert(NameKey.placeholderOrganization(ReferenceProblems.displayName(of: organization)))
        }
        // `Omar Said (City of Lakeport)`: where he works once an organization is called so.
        for mention in note.interview?.referrals ?? [] {
            // `Sara, Northwind`: Sara at Northwind once an organization is called so; `Ortiz,
            // Dana`: either reading once a contact's note is called so.
            let readings = [mention.placeAfterName, mention.givenNameAfterComma, nameBeforeComma(of: mention)]
            for place in readings.compactMap(\.self) {
                names.insert(NameKey.fold(place.target))
            }
            // The words as written, once a contact's note is called so (`referred(by:)`).
            if mention.givenNameAfterComma != nil, let written = mention.person.label {
                names.insert(NameKey.fold(written))
            }
        }
        return names.sorted()
    }

    /// The index of the note at a vault-relative path.
    func index(ofPath path: String) -> Int? {
        byPath[path]
    }

    /// The paths of notes, sorted, for messages.
    func paths(_ indices: [Int]) -> [String] {
        indices.map { paths[$0] }.sorted()
    }

    /// Candidates are distinct and in note order already (`NameTable`): sorting a set of them
    /// for every reference took quadratic time when thousands of notes share a name. `nil`
    /// when none may stand for the person or organization `someone` asks for.
    private func choose(
        among candidates: (first: Int, more: [Int]), preferring preferred: NoteKind?, someone: Bool
    ) -> Resolution? {
        if candidates.more.isEmpty {
            return !someone || kinds[candidates.first].isSomeone ? .note(candidates.first) : nil
        }
        var unique = [candidates.first] + candidates.more
        // `Ana López` in an OneDrive copy and in its original: the original (`check` warns about the copy).
        if !copies.isEmpty, unique.contains(where: { !copies.contains($0) }) {
            unique.removeAll { copies.contains($0) }
            if unique.count == 1 { return !someone || kinds[unique[0]].isSomeone ? .note(unique[0]) : nil }
        }
        if someone {
            unique.removeAll { !kinds[$0].isSomeone }
            if unique.count <= 1 { return unique.first.map(Resolution.note) }
        }
        if let preferred {
            let ofKind = unique.filter { kinds[$0] == preferred }
            if ofKind.count == 1 { return .note(ofKind[0]) }
            if ofKind.count > 1 { return .ambiguous(ofKind) }
        }
        return .ambiguous(unique)
    }
}
