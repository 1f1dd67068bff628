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
        ids(for: steps).map { $0 + uidSuffix }
    }

    /// The UIDs without `@grapevine`: the steps' ids (`NextStep.id`). Every `next` works them
    /// out, so they are made without joining each step's identity into a string, and the
    /// steps sharing an id (rare) are grouped only when there are any.
    static func ids(for steps: [NextStep]) -> [String] {
        // Hashed on both cores: `next` on a big vault has tens of thousands of steps.
        // Each id written out there too: in hexadecimal, 35,000 of them took a core 14 M
        // instructions while the other waited.
        let found = parallelMap(count: steps.count, batch: 256, makeState: {}) { _, index in
            let key = IDKey(hash: identityHash(of: steps[index]), occurrence: steps[index].occurrence)
            return (key, key.occurrence > 1 ? FNV1a.hex(key.hash) + "-\(key.occurrence)" : FNV1a.hex(key.hash))
        }
        let keys = found.map(\.0)
        var ids = found.map(\.1)
        var seen = Set<IDKey>(minimumCapacity: keys.count)
        guard keys.contains(where: { !seen.insert($0).inserted }) else { return ids }
        var taken = Set(ids)
        for (id, members) in Dictionary(grouping: steps.indices, by: { ids[$0] }) where members.count > 1 {
            var number = 1
            for index in members.sorted(by: { placeKey(steps[$0]) < placeKey(steps[$1]) }).dropFirst() {
                repeat { number += 1 } while taken.contains(id + "-\(number)")
                taken.insert(id + "-\(number)")
                ids[index] = id + "-\(number)"
            }
        }
        return ids
    }

    /// What an id is made of, to find the ids several steps share without comparing text.
    private struct IDKey: Hashable {
        var hash: UInt64
        var occurrence: Int
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
        var parts: [String] = []
        forEachIdentityPart(of: step) { parts.append($0) }
        return parts.joined(separator: "\u{1F}")
    }

    /// The FNV-1a hash of `identity(of:)`, worked out without making that string.
    private static func identityHash(of step: NextStep) -> UInt64 {
        var hash = FNV1a.start
        var first = true
        forEachIdentityPart(of: step) { part in
            if !first { hash = FNV1a.hash(0x1F, continuing: hash) }
            first = false
            hash = FNV1a.hash(part.utf8.span, continuing: hash)
        }
        return hash
    }

    /// Calls `body` with each part of a step's identity, in order: its kind, then its subject.
    private static func forEachIdentityPart(of step: NextStep, _ body: (String) -> Void) {
        body(step.kind.rawValue)
        let isItem = step.kind == .task || step.kind == .apply || step.kind == .reminder
        if !isItem, let contact = step.contact {
            body("contact")
            body(contact)
        } else if !isItem, let organization = step.organization {
            body("organization")
            body(organization)
        } else {
            body("item")
            body(step.file)
            body(step.title)
            // A reminder is its day as much as its text (`2026-12-01 Call Pat`): two alike on two
            // days are two reminders, and removing either leaves the other's UID as it was.
            if step.kind == .reminder { body(step.since?.description ?? "") }
        }
        if !step.occasion.isEmpty {
            body("occasion")
            step.occasion.forEach(body)
        }
    }

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
