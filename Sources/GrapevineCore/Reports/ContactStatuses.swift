/// Every contact's status and last touch as of one day, worked out once, on all cores, for
/// what shows many of them: the site's table of contacts, and its contact and organization
/// pages, would otherwise each work out the same status again.
public struct ContactStatuses: Sendable {
    /// Where things stand with one contact.
    public struct Entry: Sendable, Equatable {
        public var status: ContactStatus
        /// The last day you were in touch (`DossierBuilder.lastTouch`).
        public var lastTouch: LocalDate?
        /// How far you have got with them.
        public var warmth: Warmth
    }

    /// By note index; `nil` for notes that are not contacts.
    private var entries: [Entry?]

    /// The statuses of the contacts of `vault` as of `today`.
    public init(vault: Vault, today: LocalDate) {
        entries = parallelMap(count: vault.notes.count, batch: 64, makeState: {}) { _, index in
            Self.entry(ofNote: index, in: vault, today: today)
        }
    }

    /// These statuses with those of the notes at `notes` (indices in `Vault.notes`) worked out
    /// again from `vault`, after an edit of those notes only.
    func updating(notes: [Int], in vault: Vault, today: LocalDate) -> ContactStatuses {
        var updated = self
        for index in notes { updated.entries[index] = Self.entry(ofNote: index, in: vault, today: today) }
        return updated
    }

    /// The status of the contact note at `index` in `Vault.notes`; `nil` for other notes.
    public subscript(note index: Int) -> Entry? {
        entries[index]
    }

    /// These statuses, but `ContactStatus.withheld` with no last touch for each contact whose
    /// status or last touch differs in `whole` (the same notes' statuses worked out on the
    /// whole vault), or for whom `alsoWithheld` (by note index) is true: for a public site,
    /// which works them out without the private notes. The warmth stays, for ordering only: it
    /// is no more than the whole vault's.
    func withholding(differingFrom whole: ContactStatuses, alsoWithheld: (Int) -> Bool) -> ContactStatuses {
        var withheld = self
        for index in entries.indices {
            guard let entry = entries[index], let truth = whole.entries[index],
                entry.status != truth.status || entry.lastTouch != truth.lastTouch || alsoWithheld(index)
            else { continue }
            withheld.entries[index] = Entry(status: .withheld, lastTouch: nil, warmth: entry.warmth)
        }
        return withheld
    }

    /// The status of the contact note at `index`, worked out on its own.
    static func entry(ofNote index: Int, in vault: Vault, today: LocalDate) -> Entry? {
        guard let log = vault.notes[index].contact?.log else { return nil }
        let interviews = vault.interviews(with: Graph.node(ofNote: index))
        return Entry(
            status: ContactStatus(log: log, interviews: interviews, today: today),
            lastTouch: LastTouch.date(log: log, interviews: interviews, today: today),
            warmth: Warmth(log: log, interviews: interviews, today: today))
    }
}
