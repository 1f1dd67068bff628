extension ImportedPerson {
    /// Adds what `other` (the same person, listed again) has and this one lacks: a value
    /// where there is none, and email addresses, tags and aliases not there yet.
    mutating func merge(_ other: ImportedPerson) {
        firstName = firstName ?? other.firstName
        organization = organization ?? other.organization
        title = title ?? other.title
        var numbers = Set(([phone].compactMap(\.self) + otherPhones).map(Self.digits))
        let theirs = [other.phone].compactMap(\.self) + other.otherPhones
        phone = phone ?? other.phone
        otherPhones += theirs.filter { $0 != phone && numbers.insert(Self.digits(of: $0)).inserted }
        linkedin = linkedin ?? other.linkedin
        location = location ?? other.location
        connected = connected ?? other.connected
        about = about ?? other.about
        let known = Set(emails.compactMap(ContactKeys.email))
        emails += other.emails.filter { ContactKeys.email($0).map { !known.contains($0) } ?? false }
        tags += other.tags.filter { tag in !tags.contains { $0.lowercased() == tag.lowercased() } }
        aliases += other.aliases.filter { !aliases.contains($0) && $0 != name }
        referredBy += other.referredBy.filter { !referredBy.contains($0) }
    }

    /// The fields of a new note for the person: everything known, `source` as given, who
    /// referred them (`referredBy`: references to their notes), and no `added` (SPEC §2.1:
    /// imported people are your network, not yet your pipeline).
    func newNoteFields(organization: String?, source: String?, referredBy: [String]) -> NewNote.ContactFields {
        var fields = noteFields(organization: organization)
        fields.source = source
        fields.firstName = firstName
        fields.referredBy = referredBy
        fields.aliases = aliases
        fields.about = about
        fields.isImported = true
        return fields
    }

    /// The fields an existing note may gain: the person's details, but not how you found them
    /// (`source`, `referred_by`: a note you wrote already says that, or says nobody), names,
    /// or text for the body.
    func noteFields(organization: String?) -> NewNote.ContactFields {
        var fields = NewNote.ContactFields(organization: organization, title: title, email: emails.first)
        fields.linkedin = linkedin
        fields.phone = phone
        fields.location = location
        fields.connected = connected
        fields.tags = tags
        return fields
    }
}
