/// One rule of SPEC §3: finds the steps of one kind.
protocol NextStepRule: Sendable {
    /// The steps found in one part of what the rule looks at (`NextStepContext.subjects`:
    /// people, meetings or notes), so that parts of every rule can run on all cores at once.
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep]

    /// Whether the rule looks at people, each step about the person it was found for;
    /// otherwise it looks at meetings or notes, each step written in its meeting's or note's file.
    var findsByPerson: Bool { get }

    /// Whether its steps are for finding people and openings, which end with the search (the
    /// config's `search_ended`): reaching out, 3B7, scheduling, preparing, applying.
    var endsWithTheSearch: Bool { get }
}

extension NextStepRule {
    var findsByPerson: Bool { false }
    var endsWithTheSearch: Bool { false }
}

/// Part `number` of `count` equal parts of a collection.
struct Part: Sendable {
    var number: Int
    var count: Int

    /// This part of `collection`.
    func of<C: RandomAccessCollection>(_ collection: C) -> C.SubSequence {
        let size = collection.count
        let start = collection.index(collection.startIndex, offsetBy: size * number / count)
        let end = collection.index(collection.startIndex, offsetBy: size * (number + 1) / count)
        return collection[start..<end]
    }
}

extension NextStepContext {
    /// The rules, in the order of SPEC §3.
    static let rules: [any NextStepRule] = [
        ThankYouRule(), SendResumeRule(), ApplyRule(), UpdateRule(), ThankReferrerRule(), ContactReferralRule(),
        ReachOutRule(), TryAnotherRule(), FollowUpRule(), ScheduleRule(), InterviewRule(), PrepareRule(),
        StayInTouchRule(),
        FindContactsRule(), TaskRule(), ReminderRule(),
    ]

    /// Whether `person` has a Log entry of `events` on or after `date`.
    func logged(_ events: [LogEvent], by person: Graph.NodeID, onOrAfter date: LocalDate) -> Bool {
        self.person(person)?.logged(events, onOrAfter: date) == true
    }
}

extension NextStepContext {
    /// The steps as the `skipped` and `snoozed` Log entries on their people leave them: a
    /// skipped step removed, a snoozed one due no earlier than the snooze's day, with the
    /// snooze and its reason among its details (SPEC §3, "Closing a step"). In place: a step is
    /// a dozen references, and copying every step found was a tenth of finding them.
    ///
    /// Only entries dated on or after the day that started the step hold: a new reply or a new
    /// interview brings the step back. A task or a lead is closed by its box and snoozed by a
    /// due date on the item, not by the Log.
    func close(_ steps: inout [NextStep]) {
        var skipped = RangeSet<Int>()
        for index in steps.indices where !close(&steps[index]) { skipped.insert(index, within: steps) }
        steps.removeSubranges(skipped)
    }

    /// Applies the closings of the step's person to `step`; `false` when it is skipped.
    private func close(_ step: inout NextStep) -> Bool {
        guard let node = step.person, step.kind != .task, step.kind != .apply, let person = person(node),
            !person.closings.isEmpty
        else { return true }
        for entry in person.closings {
            guard let closing = entry.closing, closing.kind == step.kind, step.since.map({ entry.date >= $0 }) ?? true
            else { continue }
            guard let until = closing.until else { return false }
            guard step.due.map({ until > $0 }) ?? true else { continue }
            step.due = until
            // The reason comes back with the step: it is what the person wanted to remember.
            var reason = entry.text.trimmingWhitespace()
            if reason.last.map({ !".!?".contains($0) }) ?? true { reason += "." }
            step.details.append("Snoozed on \(entry.date) until \(until)" + (reason == "." ? "." : ": \(reason)"))
        }
        return true
    }
}
