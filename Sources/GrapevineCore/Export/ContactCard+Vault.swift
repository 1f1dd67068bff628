extension ContactCard {
    /// The card of the contact note at `index` in `vault`. With `fields` (`--public`), only
    /// what those fields make public: `vault` is then the public view, whose notes are already
    /// redacted and whose graph has no private note, and the dates the redaction keeps for the
    /// next steps (`added`, `connected`, and a referral dated by `added`) are left out unless
    /// public. `firstInterview` is the first interview held with them, when it is shown.
    init(noteAt index: Int, in vault: Vault, fields: PublicFields?, firstInterview: Interview?) {
        let note = vault.notes[index]
        let node = Graph.node(ofNote: index)
        let graph = vault.graph
        let contact = note.contact
        uid = Self.uid(ofNoteAt: note.path)
        formattedName = note.name
        name = NameParts(note.name, firstName: contact?.firstName)
        nicknames = Self.distinct(name.nicknames + note.aliases)
        organization = graph.organization(of: node).map { graph.nodes[$0].name }
        title = note.title
        email = contact?.email
        phone = contact?.phone
        linkedin = contact?.linkedin.flatMap(Self.profileAddress)
        categories = note.tags
        let referrals = graph.edges(.referred, to: node).filter { $0.from != Graph.owner }
        referredBy = referrals.map { edge in
            guard let from = graph.noteIndex(of: edge.from), vault.notes[from].kind == .contact else {
                return .name(graph.nodes[edge.from].name)
            }
            return .card(uid: Self.uid(ofNoteAt: vault.notes[from].path))
        }
        let shows = { (key: String) in fields?.isPublic(key, in: .contact) ?? true }
        howYouMet = referrals.map { edge in
            // A referral from an interview's Referrals has the interview's date, a public field
            // of interviews, even on the contact's `added` day. One the contact's note states
            // (or an interview without a date) is dated by their `added`: shown only where
            // `added` is.
            let byInterview = vault.note(atPath: edge.source.file)?.interview?.date?.date == edge.date
            let date = edge.date.flatMap { shows("added") || byInterview || $0 != contact?.added ? $0 : nil }
            return "Referred by \(graph.nodes[edge.from].name)" + (date.map { " on \($0)" } ?? "") + "."
        }
        if let source = contact?.source { howYouMet.append("Source: \(source).") }
        if shows("connected"), let connected = contact?.connected { howYouMet.append("Connected on \(connected).") }
        if shows("added"), let added = contact?.added { howYouMet.append("On your list since \(added).") }
        if let first = firstInterview.flatMap(Self.sentence(aboutFirst:)) { howYouMet.append(first) }
    }

    /// "First interview on 2026-10-14 at 14:00, by video call."
    private static func sentence(aboutFirst first: Interview) -> String? {
        guard let date = first.date else { return nil }
        var text = "First interview on \(date.date)"
        if date.minutes != nil { text += " at " + date.description.suffix(5) }
        if let mode = first.mode { text += ", " + mode.phrase.lowercased() }
        return text + "."
    }

    /// A card's UID: a UUID made of two FNV-1a hashes of the note's path (so the same vault
    /// gives the same UIDs on every run), marked as a UUID of version 8 (RFC 9562, made by
    /// the application), as `urn:uuid:…`. A note that is renamed becomes a new card.
    static func uid(ofNoteAt path: String) -> String {
        let first = FNV1a.hash(Array("vcard\u{1F}".utf8) + Array(path.utf8))
        let second = FNV1a.hash(Array(path.utf8) + Array("\u{1F}vcard".utf8))
        var bytes = (0..<8).map { UInt8(truncatingIfNeeded: first >> (56 - 8 * $0)) }
        bytes += (0..<8).map { UInt8(truncatingIfNeeded: second >> (56 - 8 * $0)) }
        bytes[6] = bytes[6] & 0x0F | 0x80
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { String($0 >> 4, radix: 16) + String($0 & 0xF, radix: 16) }
        let groups = [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }
        return "urn:uuid:" + groups.joined(separator: "-")
    }

    /// A `linkedin` value as a web address: as written when it is one, with `https://` when it
    /// is an address without it (`linkedin.com/in/maria`), else a profile name (`maria-lopez`).
    static func profileAddress(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if trimmed.isWebAddress { return trimmed }
        if trimmed.contains("/") || trimmed.lowercased().contains("linkedin.") { return "https://" + trimmed }
        return "https://www.linkedin.com/in/" + (trimmed.hasPrefix("@") ? String(trimmed.dropFirst()) : trimmed)
    }

    private static func distinct(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
