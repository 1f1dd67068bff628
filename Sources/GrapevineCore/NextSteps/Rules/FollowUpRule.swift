/// `follow-up` and `move-on` (the "7" of 3B7): your last message to C, on day d, is unanswered
/// and you are not yet in conversation with C. Fewer than `max_follow_ups` follow-ups since the
/// first unanswered message: follow up; that many already: move on. Due d +
/// `follow_up_business_days` business days. The title names the first unanswered message.
///
/// Every unanswered message after the first counts as a follow-up, whatever its word.
struct FollowUpRule: NextStepRule {
    let endsWithTheSearch = true
    let findsByPerson = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.people).compactMap { person in
            let unanswered = person.unansweredOutreach
            guard let file = person.file, let first = unanswered.first, let last = unanswered.last else { return nil }
            let followUps = unanswered.count - 1
            let due = Self.due(after: last.date, context)
            let who = context.nameWithOrganization(person.node)
            if followUps < context.cadence.maxFollowUps {
                return context.step(
                    .followUp, about: person.node, due: due, since: last.date,
                    title: "Follow up with \(who): no reply since \(first.date)",
                    details: [
                        followUps == 0
                            ? "One short, friendly note."
                            : "One short, friendly note; your last one went out on \(last.date)."
                    ], file: file,
                    line: last.position.line)
            }
            let sent = followUps == 1 ? "1 follow-up" : "\(followUps) follow-ups"
            // The people there not written to yet: whom "someone else there" means (trial 27).
            let others = TryAnotherRule.othersToWrite(context.colleagues(of: person.node), context)
            return context.step(
                .moveOn, about: person.node, due: due, since: last.date,
                title: "Move on from \(who): no reply since \(first.date) and \(sent)",
                details: [Self.moveOnAdvice(person, since: first.date, last: last.date, context)]
                    + [others].compactMap { $0 }, file: file, line: last.position.line)
        }
    }

    /// The day 3B7 gives up on `person`, who has not answered: `follow_up_business_days` after
    /// the last message, once `max_follow_ups` follow-ups have gone out; `nil` while a follow-up
    /// is still to send, or when nothing is unanswered.
    static func moveOnDay(of person: Person, _ context: NextStepContext) -> LocalDate? {
        let unanswered = person.unansweredOutreach
        guard let last = unanswered.last, unanswered.count - 1 >= context.cadence.maxFollowUps else { return nil }
        return due(after: last.date, context)
    }

    /// `follow_up_business_days` business days after `day`.
    private static func due(after day: LocalDate, _ context: NextStepContext) -> LocalDate {
        context.cadence.adding(businessDays: context.cadence.followUpBusinessDays, to: day)
    }

    /// What to do instead of writing again, unless someone gave you the name after your first
    /// message (an interview's Referrals: "tell him I sent you"): a new message saying so is a
    /// new start, once; after it, that person is the one to ask.
    private static func moveOnAdvice(
        _ person: Person, since first: LocalDate, last: LocalDate, _ context: NextStepContext
    )
        -> String
    {
        let graph = context.vault.graph
        let introductions = graph.incomingEdges(of: person.node).compactMap { entry -> (Graph.NodeID, LocalDate)? in
            // A referral dated after today (an interview still to come) is not made yet.
            guard entry.kind == .referred, entry.other != Graph.owner, let date = graph.edges[entry.edge].date,
                date >= first, date <= context.today
            else { return nil }
            return (entry.other, date)
        }
        guard let latest = introductions.map(\.1).max() else {
            return "Stop writing; try someone else there or another referral."
        }
        let names = introductions.map { context.name($0.0) }
        let who = context.name(person.node)
        if latest > last {
            return "\(Prose.list(names)) gave you \(who)'s name on \(latest), after your first message: instead of "
                + "moving on, write once more saying \(Prose.list(names)) suggested it."
        }
        return "Stop writing; ask \(names.joined(separator: " or ")), who gave you the name on \(latest), to put in a "
            + "word with \(who), or try someone else there."
    }
}
