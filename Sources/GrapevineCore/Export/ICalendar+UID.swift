extension ICalendar {
    /// What follows a step's id in its UID.
    static let uidSuffix = "@grapevine"

    /// A UID for each step that stays the same from one export to the next: `<16 hex>@grapevine`.
    ///
    /// The UID is the FNV-1a hash of the step's kind and subject (see `identity(of:)`), not of
    /// its line, which moves whenever the user edits the file above it, nor of its due date,
    /// details or wording, which change as things happen. Steps that would share a UID (the same
    /// task written twice in one file, thank-yous for two interviews with one person) are
    /// numbered in the order they appear in the vault: the first keeps the plain UID, the next
    /// gets `-2`, and so on.
    static func uids(for steps: [NextStep]) -> [String] {
        let identities = steps.map(identity(of:))
        let hashes = identities.map { FNV1a.hex($0.utf8) }
        var uids = [String](repeating: "", count: steps.count)
        for (hash, members) in Dictionary(grouping: steps.indices, by: { hashes[$0] }) {
            let ordered = members.sorted { placeKey(steps[$0], identities[$0]) < placeKey(steps[$1], identities[$1]) }
            for (number, index) in ordered.enumerated() {
                uids[index] = hash + (number == 0 ? "" : "-\(number + 1)") + uidSuffix
            }
        }
        return uids
    }

    /// What a step is about, in one string: its kind and its subject, separated by U+001F,
    /// which no name or title holds.
    ///
    /// The subject of a step made from an item the user wrote (a task, a lead, a reminder) is
    /// the item: its file and its text, which the title repeats. The subject of any other step
    /// is the person it concerns, else the organization, and neither the file (a person who was
    /// only named gets a note of their own; files are renamed) nor the title (it says things
    /// that change, "no reply since 2026-11-02", and a later Grapevine may word it differently)
    /// should turn one to-do into two.
    static func identity(of step: NextStep) -> String {
        let subject: [String]
        if !itemKinds.contains(step.kind), let contact = step.contact {
            subject = ["contact", contact]
        } else if !itemKinds.contains(step.kind), let organization = step.organization {
            subject = ["organization", organization]
        } else {
            subject = ["item", step.file, step.title]
        }
        return ([step.kind.rawValue] + subject).joined(separator: "\u{1F}")
    }

    /// The kinds with one step per item written in a note.
    private static let itemKinds: Set<NextStep.Kind> = [.task, .apply, .reminder]

    /// Where a step is in the vault, then everything else, so that steps sharing a hash are
    /// numbered the same way whatever order they arrive in.
    private static func placeKey(_ step: NextStep, _ identity: String) -> PlaceKey {
        PlaceKey(
            file: step.file, line: step.line, identity: identity, due: step.due?.daysSinceEpoch ?? Int.max,
            details: step.details.joined(separator: "\n"))
    }

    private struct PlaceKey: Comparable {
        var file: String
        var line: Int
        var identity: String
        var due: Int
        var details: String

        static func < (lhs: PlaceKey, rhs: PlaceKey) -> Bool {
            (lhs.file, lhs.line, lhs.identity, lhs.due, lhs.details)
                < (rhs.file, rhs.line, rhs.identity, rhs.due, rhs.details)
        }
    }
}
