/// Finds the note an imported person already has (SPEC §4, `import`): by email address, then
/// by LinkedIn profile (both compared as `ContactKeys` folds them, as `check` finds duplicate
/// notes), then by name, found as a reference finds a note (case, white space and Unicode
/// normalization folded; the file name's slug). People earlier in the same file count as
/// well, so a file that lists someone twice makes one note.
///
/// A name is not enough when both sides have a LinkedIn profile and the profiles differ: two
/// people share the name (a namesake). An email is not enough when the names say it is another
/// person's (`NameKey.mayBeOnePerson`: `Kim Lee` at Pat Lee's address, a household's or an
/// office's): the person is then looked for by profile and name, and left out if not found.
struct ContactMatcher {
    /// What a match was found by.
    enum Basis: String, Sendable, Equatable {
        case email
        case profile = "LinkedIn profile"
        case name
    }

    /// Who a person is in the vault.
    enum Match: Equatable {
        /// Nobody yet.
        case none
        /// The contact note at this index of the vault's notes.
        case note(Int, Basis)
        /// A person earlier in the file, by their index in the file's people.
        case earlier(Int, Basis)
        /// Several contact notes, by path.
        case ambiguous([String], Basis)
        /// The name finds a note that is not a contact (an organization, a plain note).
        case notAContact(path: String)
        /// A contact of the same name with another LinkedIn profile: its path, or the line of
        /// the person earlier in the file.
        case namesake(String)
        /// The vault's owner (`owner` in the config): you.
        case owner
        /// Found by nothing but an email address whose notes or earlier people all have names of
        /// other people: the address, and who has it (`'Pat Lee' (contacts/pat-lee.md)`, `'Pat
        /// Lee' (line 5)`).
        case anotherPersonsEmail(String, holders: [String])
    }

    private let vault: Vault
    private let emails: [String: [Int]]
    private let profiles: [String: [Int]]
    private let owner: String
    private var earlierEmails: [String: Int] = [:]
    private var earlierProfiles: [String: Int] = [:]
    private var earlierNames: [String: Int] = [:]
    /// The profile, line and names of each person remembered, by index.
    private var earlierPeople: [Int: (profile: String?, line: Int, names: [String])] = [:]

    /// What a person is compared by, worked out once (`keys(of:)`), on all cores for a
    /// whole file: folding names and addresses was most of the matching's time.
    struct Keys: Sendable {
        /// Their email addresses, as `ContactKeys` folds them.
        var emails: [String]
        /// Their LinkedIn profile, folded.
        var profile: String?
        /// Their name folded as references fold it, and its slug.
        var name: String
        var slug: String
        /// Their name and aliases, as written.
        var names: [String]
        /// The vault's notes the name finds, as a reference finds them.
        var notesFoundByName: [Int]
    }

    /// A matcher over the contact notes of `vault`.
    init(vault: Vault) {
        self.vault = vault
        let keys = parallelMap(count: vault.notes.count, makeState: {}) { _, index in
            vault.notes[index].contact.map { contact in
                (contact.email.flatMap(ContactKeys.email), contact.linkedin.flatMap(ContactKeys.linkedIn))
            }
        }
        var emails: [String: [Int]] = [:]
        var profiles: [String: [Int]] = [:]
        for (index, key) in keys.enumerated() {
            guard let (email, profile) = key else { continue }
            if let email { emails[email, default: []].append(index) }
            if let profile { profiles[profile, default: []].append(index) }
        }
        (self.emails, self.profiles) = (emails, profiles)
        owner = vault.config.owner.map(NameKey.fold) ?? ""
    }

    /// What `person` is compared by; it depends on the vault alone, not on earlier people.
    func keys(of person: ImportedPerson) -> Keys {
        Keys(
            emails: person.emails.compactMap(ContactKeys.email), profile: person.linkedin.flatMap(ContactKeys.linkedIn),
            name: NameKey.fold(person.name), slug: NameKey.slug(person.name), names: [person.name] + person.aliases,
            notesFoundByName: vault.notes(foundBy: person.name, preferring: .contact))
    }

    /// Who the person with `keys` is: the first of email, profile, name that finds someone
    /// (by email, someone whose names may be theirs).
    func match(_ keys: Keys) -> Match {
        var anotherPersons: Match?
        for email in keys.emails {
            let (notes, earlier) = samePerson(keys, emails[email] ?? [], earlierEmails[email])
            if let match = match(notes.found, earlier.found, .email) { return match }
            let holders =
                notes.others.map { "'\(vault.notes[$0].name)' (\(vault.notes[$0].path))" }
                + (earlier.other.flatMap { earlierPeople[$0] }.map { ["'\($0.names[0])' (line \($0.line))"] } ?? [])
            if anotherPersons == nil, !holders.isEmpty {
                anotherPersons = .anotherPersonsEmail(email, holders: holders)
            }
        }
        if let profile = keys.profile, let match = match(profiles[profile], earlierProfiles[profile], .profile) {
            return match
        }
        if !owner.isEmpty, keys.name == owner { return .owner }
        let byName = matchByName(keys)
        if byName == .none, let anotherPersons { return anotherPersons }
        return byName
    }

    /// Remembers the file's person at `index`, who has `keys`, for the people after them.
    mutating func remember(_ keys: Keys, at index: Int, line: Int) {
        for email in keys.emails where earlierEmails[email] == nil {
            earlierEmails[email] = index
        }
        if let profile = keys.profile, earlierProfiles[profile] == nil {
            earlierProfiles[profile] = index
        }
        for key in [keys.name, keys.slug] where earlierNames[key] == nil {
            earlierNames[key] = index
        }
        earlierPeople[index] = (keys.profile, line, keys.names)
    }

    // MARK: Private

    /// The notes, and the earlier person, of an email address, parted into those whose names may
    /// be the person's (`found`) and the others.
    private func samePerson(_ keys: Keys, _ notes: [Int], _ earlier: Int?) -> (
        notes: (found: [Int], others: [Int]), earlier: (found: Int?, other: Int?)
    ) {
        var found: [Int] = []
        var others: [Int] = []
        for note in notes {
            let names = [vault.notes[note].name] + vault.notes[note].aliases
            if NameKey.mayBeOnePerson(keys.names, names) { found.append(note) } else { others.append(note) }
        }
        guard let earlier else { return ((found, others), (nil, nil)) }
        let earlierNames = earlierPeople[earlier]?.names ?? []
        let same = earlierNames.isEmpty || NameKey.mayBeOnePerson(keys.names, earlierNames)
        return ((found, others), same ? (earlier, nil) : (nil, earlier))
    }

    private func match(_ notes: [Int]?, _ earlier: Int?, _ basis: Basis) -> Match? {
        if let notes, notes.count == 1 { return .note(notes[0], basis) }
        if let notes, notes.count > 1 { return .ambiguous(notes.map { vault.notes[$0].path }.sorted(), basis) }
        return earlier.map { .earlier($0, basis) }
    }

    private func matchByName(_ keys: Keys) -> Match {
        let found = keys.notesFoundByName
        let contacts = found.filter { vault.notes[$0].kind == .contact }
        if contacts.count > 1 { return .ambiguous(contacts.map { vault.notes[$0].path }.sorted(), .name) }
        if let index = contacts.first {
            let note = vault.notes[index]
            return differ(note.contact?.linkedin.flatMap(ContactKeys.linkedIn), keys.profile)
                ? .namesake(note.path) : .note(index, .name)
        }
        if let index = found.first { return .notAContact(path: vault.notes[index].path) }
        guard let earlier = earlierNames[keys.name] ?? earlierNames[keys.slug] else {
            return .none
        }
        let namesake = differ(earlierPeople[earlier]?.profile, keys.profile)
        return namesake ? .namesake("line \(earlierPeople[earlier]?.line ?? 0)") : .earlier(earlier, .name)
    }

    /// Whether two folded profile addresses are both there and differ.
    private func differ(_ first: String?, _ second: String?) -> Bool {
        guard let first, let second else { return false }
        return first != second
    }
}
