/// The front matter `site --public` publishes: an allow-list. A key is public when it is one
/// of the built-in public keys of its note's kind or listed in the config's `public_fields`,
/// and not listed in `private_fields`; everything else, at any depth, stays out of the site.
///
/// An allow-list, because a deny-list cannot name every way to write a phone number's key
/// (`mobile`, `E-Mail`, `phone_numbers`, `contact: {email: …}`, a key in look-alike letters).
/// Keys are compared exactly as the readers compare them (`Title` is not `title`), except
/// that `private_fields` hides a key in any case.
struct PublicFields: Sendable {
    /// Keys public in every kind of note.
    static let everywhere: Set<String> = ["name", "title", "tags"]

    /// Keys public in one kind of note, besides `everywhere`. References to other notes
    /// (`organization`, `referred_by`, `contact`) are the links the site draws: they are read
    /// into the graph before the site is built, and their values are never shown as text.
    static let byKind: [NoteKind: Set<String>] = [
        .contact: ["organization", "referred_by", "first_name", Note.roleKey],
        .interview: ["contact", "contacts", "date", "mode", "duration", "status"],
        .organization: ["industry", "website", "location"],
    ]

    private let listed: Set<String>
    private let hidden: Set<String>

    /// The public fields of a vault with `config`.
    init(config: Config) {
        listed = Set(config.publicFields)
        hidden = Set(config.privateFields.map { $0.lowercased() })
    }

    /// Whether `key` is published in a note of `kind`.
    func isPublic(_ key: String, in kind: NoteKind) -> Bool {
        // A contact's `role` is its title written another way: hidden with `title` too.
        if kind == .contact, key == Note.roleKey, !isPublic("title", in: kind) { return false }
        guard Self.everywhere.contains(key) || Self.byKind[kind]?.contains(key) == true || listed.contains(key)
        else { return false }
        return !hidden.contains(key.lowercased())
    }

    /// The public entries of front matter in a note of `kind`: nested mappings keep only their
    /// public keys too, lists only their items' public parts.
    func entries(_ entries: [FrontMatter.Entry], in kind: NoteKind) -> [FrontMatter.Entry] {
        entries.compactMap { entry in
            guard isPublic(entry.key, in: kind) else { return nil }
            var entry = entry
            entry.value = value(entry.value, in: kind)
            return entry
        }
    }

    /// A value with only its public parts. Front matter is at most `YAMLReader.maxDepth`
    /// deep, so the recursion is bounded.
    private func value(_ value: FrontMatter.Value, in kind: NoteKind) -> FrontMatter.Value {
        var value = value
        switch value.content {
        case .scalar: break
        case .list(let items): value.content = .list(items.map { self.value($0, in: kind) })
        case .mapping(let entries): value.content = .mapping(self.entries(entries, in: kind))
        }
        return value
    }

    /// The vault's notes as `--public` may show them (`redacted(_:)`).
    func redacted(_ vault: Vault) -> Vault {
        var vault = vault
        vault.notes = vault.notes.map(redacted)
        return vault
    }

    /// The note as `--public` may show it: only public front matter, and none of the values
    /// read from other keys (aliases, reminders, contact details, an organization's details).
    /// Values the next steps are worked out from (dates, `target`, `thank_you`) stay, and
    /// pages show them only where `isPublic` says so. The body is the user's prose and is
    /// published, with what `LeftOutNames` hides hidden in it as the site shows it (private
    /// names, the values of `private_fields`). (A note that may be private is not published at all:
    /// `Vault.notesOfUnknownPrivacy`.)
    func redacted(_ note: Note) -> Note {
        var note = note
        let kind = note.kind
        let written = note.frontMatter
        note.frontMatter.entries = entries(note.frontMatter.entries, in: kind)
        if !isPublic(Note.titleKey(in: written, kind: kind), in: kind) { note.title = nil }
        if !isPublic("tags", in: kind) { note.tags = [] }
        if !isPublic("aliases", in: kind) { note.aliases = [] }
        if !isPublic("remind", in: kind) { note.reminders = [] }
        switch note.details {
        case .contact(var contact):
            if !isPublic("email", in: kind) { contact.email = nil }
            if !isPublic("phone", in: kind) { contact.phone = nil }
            if !isPublic("linkedin", in: kind) { contact.linkedin = nil }
            if !isPublic("location", in: kind) { contact.location = nil }
            if !isPublic("first_name", in: kind) { contact.firstName = nil }
            if !isPublic("source", in: kind) { contact.source = nil }
            if !isPublic("organization", in: kind) { contact.organization = nil }
            if !isPublic("referred_by", in: kind) { contact.referredBy = [] }
            note.details = .contact(contact)
        case .organization(var organization):
            if !isPublic("industry", in: kind) { organization.industry = nil }
            if !isPublic("website", in: kind) { organization.website = nil }
            if !isPublic("location", in: kind) { organization.location = nil }
            // A target is a step of its own ("Find people to talk to at …"): who you aim at.
            if !isPublic("target", in: kind) { organization.isTarget = false }
            if !isPublic("motivation", in: kind) { organization.motivation = nil }
            note.details = .organization(organization)
        case .interview(var interview):
            if !isPublic("location", in: kind) { interview.location = nil }
            // A link in the body is published with it; one in front matter where its key is.
            let hiddenLink = InterviewReader.linkKeys.contains { key in
                !isPublic(key, in: kind) && written[key]?.scalar?.trimmingWhitespace() == interview.link
            }
            if hiddenLink { interview.link = nil }
            note.details = .interview(interview)
        case .other:
            break
        }
        return note
    }
}
