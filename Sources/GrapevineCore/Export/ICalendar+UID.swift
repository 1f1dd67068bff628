extension ICalendar {
    /// What follows a step's id in its UID.
    static let uidSuffix = "@grapevine"

    /// A UID for each step that stays the same from one export to the next: `<16 hex>@grapevine`.
    ///
    /// The UID is the FNV-1a hash of the step's kind and subject (see `identity(of:)`), not of
    /// its line, which moves whenever the user edits the file above it, nor of its due date,
    /// details or wording, which change as things happen. A step's `occurrence` after the first
    /// follows the hash (`-2` for the second task written alike in a note): the rules count it
    /// from the vault, so closing one step never gives another a new UID. Steps the vault
    /// cannot tell apart even so (two people of one name) are numbered by their place in the
    /// vault: the first keeps its UID, each next one gets the next free `-N`.
    static func uids(for steps: [NextStep]) -> [String] {
        let ids = steps.map { step in
            FNV1a.hex(identity(of: step).utf8) + (step.occurrence > 1 ? "-\(step.occurrence)" : "")
        }
        var uids = ids.map { $0 + uidSuffix }
        var taken = Set(ids)
        for (id, members) in Dictionary(grouping: steps.indices, by: { ids[$0] }) where members.count > 1 {
            var number = 1
            for index in members.sorted(by: { placeKey(steps[$0]) < placeKey(steps[$1]) }).dropFirst() {
                repeat { number += 1 } while taken.contains(id + "-\(number)")
                taken.insert(id + "-\(number)")
                uids[index] = id + "-\(number)" + uidSuffix
            }
        }
        return uids
    }

    /// What a step is about, in one string: its kind and its subject, separated by U+001F,
    /// which no name or title holds.
    ///
    /// The subject of a step made from an item the user wrote (a task, a lead, a reminder) is
    /// the item: its file and its text, which the title repeats, and a reminder's day. The
    /// subject of any other step is the person it concerns, else the organization, and neither
    /// the file (a person who was only named gets a note of their own; files are renamed) nor
    /// the title (it says things that change, "no reply since 2026-11-02", and a later
    /// Grapevine may word it differently) should turn one to-do into two. A step about one of
    /// the person's meetings adds the meeting (`NextStep.occasion`, its interview's path): a
    /// person met twice owes two thank-yous, each named by its own interview.
    static func identity(of step: NextStep) -> String {
        let subject: [String]
        if !itemKinds.contains(step.kind), let contact = step.contact {
            subject = ["contact", contact]
        } else if !itemKinds.contains(step.kind), let organization = step.organization {
            subject = ["organization", organization]
        } else if step.kind == .reminder {
            // A reminder is its day as much as its text (`2026-12-01 Call Pat`): two alike on two
            // days are two reminders, and removing either leaves the other's UID as it was.
            subject = ["item", step.file, step.title, step.since?.description ?? ""]
        } else {
            subject = ["item", step.file, step.title]
        }
        let occasion = step.occasion.isEmpty ? [] : ["occasion"] + step.occasion
        return ([step.kind.rawValue] + subject + occasion).joined(separator: "\u{1F}")
    }

    /// The kinds with one step per item written in a note.
    private static let itemKinds: Set<NextStep.Kind> = [.task, .apply, .reminder]

    /// Where a step is in the vault, then everything else, so that steps sharing an id are
    /// numbered the same way whatever order they arrive in.
    private static func placeKey(_ step: NextStep) -> PlaceKey {
        PlaceKey(
            file: step.file, line: step.line, identity: identity(of: step), due: step.due?.daysSinceEpoch ?? Int.max,
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
