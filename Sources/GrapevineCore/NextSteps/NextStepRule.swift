/// One rule of SPEC §3: finds the steps of one kind.
protocol NextStepRule: Sendable {
    /// The steps found in one part of what the rule looks at (people, meetings or notes), so
    /// that parts of every rule can run on all cores at once.
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep]
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
        ReachOutRule(), TryAnotherRule(), FollowUpRule(), ScheduleRule(), PrepareRule(), StayInTouchRule(),
        FindContactsRule(), TaskRule(), ReminderRule(),
    ]

    /// Whether `person` has a Log entry of `events` on or after `date`.
    func logged(_ events: [LogEvent], by person: Graph.NodeID, onOrAfter date: LocalDate) -> Bool {
        self.person(person)?.logged(events, onOrAfter: date) == true
    }
}
