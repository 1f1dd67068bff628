/// Finds the note an imported person already has (SPEC §4, `import`): by email address, then
/// by LinkedIn profile (both compared as `ContactKeys` folds them, as `check` finds duplicate
/// notes), then by name, found as a reference finds a note (case, white space and Unicode
/// normalization folded; the file name's slug). People earlier in the same file count as
/// well, so a file that lists someone twice makes one note.
///
/// A name is not enough when both sides have a LinkedIn profile and the profiles differ: two
/// people share the name (a namesake).
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
    }

    private let vault: Vault
    private let emails: [String: [Int]]
    private let profiles: [String: [Int]]
    private let owner: String
    private var earlierEmails: [String: Int] = [:]
    private var earlierProfiles: [String: Int] = [:]
    private var earlierNames: [String: Int] = [:]
    private var earlierPeople: [Int: ImportedPerson] = [:]

    /// A matcher over the contact notes of `vault`.
    init(vault: Vault) {
        self.vault = vault
        var emails: [String: [Int]] = [:]
        var profiles: [String: [Int]] = [:]
        for (index, note) in vault.notes.enumerated() {
            guard let contact = note.contact else { continue }
            if let email = contact.email.flatMap(ContactKeys.email) { emails[email, default: []].append(index) }
            if let profile = contact.linkedin.flatMap(ContactKeys.linkedIn) {
                profiles[profile, default: []].append(index)
            }
        }
        (self.emails, self.profiles) = (emails, profiles)
        owner = vault.config.owner.map(NameKey.fold) ?? ""
    }

    /// Who `person` is: the first of email, profile, name that finds someone.
    func match(_ person: ImportedPerson) -> Match {
        for email in person.emails.compactMap(ContactKeys.email) {
            if let match = match(emails[email], earlierEmails[email], .email) { return match }
        }
        if let profile = person.linkedin.flatMap(ContactKeys.linkedIn),
            let match = match(profiles[profile], earlierProfiles[profile], .profile)
        {
            return match
        }
        if !owner.isEmpty, NameKey.fold(person.name) == owner { return .owner }
        return matchByName(person)
    }

    /// Remembers `person`, the file's person at `index`, for the people after them.
    mutating func remember(_ person: ImportedPerson, at index: Int) {
        for email in person.emails.compactMap(ContactKeys.email) where earlierEmails[email] == nil {
            earlierEmails[email] = index
        }
        if let profile = person.linkedin.flatMap(ContactKeys.linkedIn), earlierProfiles[profile] == nil {
            earlierProfiles[profile] = index
        }
        for key in [NameKey.fold(person.name), NameKey.slug(person.name)] where earlierNames[key] == nil {
            earlierNames[key] = index
        }
        earlierPeople[index] = person
    }

    // MARK: Private

    private func match(_ notes: [Int]?, _ earlier: Int?, _ basis: Basis) -> Match? {
        if let notes, notes.count == 1 { return .note(notes[0], basis) }
        if let notes, notes.count > 1 { return .ambiguous(notes.map { vault.notes[$0].path }.sorted(), basis) }
        return earlier.map { .earlier($0, basis) }
    }

    private func matchByName(_ person: ImportedPerson) -> Match {
        let found = vault.notes(foundBy: person.name, preferring: .contact)
        let contacts = found.filter { vault.notes[$0].kind == .contact }
        if contacts.count > 1 { return .ambiguous(contacts.map { vault.notes[$0].path }.sorted(), .name) }
        if let index = contacts.first {
            let note = vault.notes[index]
            return differ(note.contact?.linkedin, person.linkedin) ? .namesake(note.path) : .note(index, .name)
        }
        if let index = found.first { return .notAContact(path: vault.notes[index].path) }
        guard let earlier = earlierNames[NameKey.fold(person.name)] ?? earlierNames[NameKey.slug(person.name)] else {
            return .none
        }
        let namesake = differ(earlierPeople[earlier]?.linkedin, person.linkedin)
        return namesake ? .namesake("line \(earlierPeople[earlier]?.line ?? 0)") : .earlier(earlier, .name)
    }

    /// Whether two profile addresses are both there and lead to different profiles.
    private func differ(_ first: String?, _ second: String?) -> Bool {
        guard let first = first.flatMap(ContactKeys.linkedIn), let second = second.flatMap(ContactKeys.linkedIn) else {
            return false
        }
        return first != second
    }
}
