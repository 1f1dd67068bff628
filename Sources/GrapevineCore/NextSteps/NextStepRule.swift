/// One rule of SPEC §3: finds the steps of one kind.
protocol NextStepRule: Sendable {
    func steps(_ context: NextStepContext) -> [NextStep]
}

extension NextStepContext {
    /// The rules, in the order of SPEC §3.
    static let rules: [any NextStepRule] = [
        ThankYouRule(), SendResumeRule(), ApplyRule(), UpdateRule(), ThankReferrerRule(), ContactReferralRule(),
        ReachOutRule(), TryAnotherRule(), FollowUpRule(), ScheduleRule(), PrepareRule(), StayInTouchRule(),
        FindContactsRule(), TaskRule(), ReminderRule(),
    ]

    /// The interviews held on or before today, with the people met who have no note or a Log.
    var heldMeetings: [Meeting] {
        meetings.filter { $0.isHeld(asOf: today) }
    }

    /// Whether `person` has a Log entry of `events` on or after `date`.
    func logged(_ events: Set<LogEvent>, by person: Graph.NodeID, onOrAfter date: LocalDate) -> Bool {
        self.person(person)?.logged(events, onOrAfter: date) == true
    }
}
