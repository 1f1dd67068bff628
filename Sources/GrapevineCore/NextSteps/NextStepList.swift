/// Every next step of a vault in `next`'s order, each with the key that puts it there and the
/// subject it was found for, so that the steps of a few subjects can be found again and put
/// back in their places (`grapevine serve`, after an edit) instead of finding every step.
struct NextStepList: Sendable, Equatable {
    /// Where a step goes: by due date (undated last), then in the order of SPEC §3, by file
    /// and by line; steps equal in all of those keep the order the rules found them in,
    /// which is by subject, then as each subject's steps were found.
    struct Key: Sendable, Comparable {
        var due: Int
        var kind: Int
        /// The index in `Vault.notes` of the step's file; `Int.max` when it is not a note.
        var note: Int
        var line: Int
        /// The node the rule found the step for: its person for a rule that looks at people,
        /// else the meeting's or note's node (`NextStepRule.findsByPerson`).
        var subject: Graph.NodeID
        /// Its place among the steps the rule found for that subject.
        var found: Int

        static func < (left: Key, right: Key) -> Bool {
            (left.due, left.kind, left.note, left.line, left.subject, left.found)
                < (right.due, right.kind, right.note, right.line, right.subject, right.found)
        }
    }

    private(set) var steps: [NextStep]
    private(set) var keys: [Key]

    /// The steps of `parts`, one part after another, and their keys (one for each step, in
    /// the same order), in the keys' order.
    init(sorting parts: consuming [[NextStep]], keys: [Key]) {
        var order = Array(keys.indices)
        order.sort { keys[$0] < keys[$1] }
        var place = [Int](repeating: 0, count: order.count)
        for (destination, position) in order.enumerated() { place[position] = destination }
        // The steps moved, not copied (each is a dozen references), in the order they are in:
        // read one after another, each goes to its place. Taken in the sorted order instead,
        // every step read was a cache miss.
        let empty = NextStep(kind: .task, due: nil, title: "", file: "", line: 0)
        var steps = [NextStep](repeating: empty, count: keys.count)
        var position = 0
        for part in parts.indices {
            for index in parts[part].indices {
                swap(&steps[place[position]], &parts[part][index])
                position += 1
            }
        }
        self.steps = steps
        self.keys = order.map { keys[$0] }
    }

    /// These steps with those found for `subjects` replaced by `found`, the steps of the same
    /// subjects found again.
    func replacing(subjects: Set<Graph.NodeID>, with found: NextStepList) -> NextStepList {
        var merged = NextStepList(sorting: [], keys: [])
        merged.steps.reserveCapacity(steps.count + found.steps.count)
        merged.keys.reserveCapacity(steps.count + found.steps.count)
        var new = 0
        for index in steps.indices where !subjects.contains(keys[index].subject) {
            while new < found.keys.count, found.keys[new] < keys[index] {
                merged.append(found.steps[new], found.keys[new])
                new += 1
            }
            merged.append(steps[index], keys[index])
        }
        for rest in new..<found.keys.count { merged.append(found.steps[rest], found.keys[rest]) }
        return merged
    }

    private mutating func append(_ step: NextStep, _ key: Key) {
        steps.append(step)
        keys.append(key)
    }
}
