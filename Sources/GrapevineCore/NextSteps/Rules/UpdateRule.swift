/// `update`: a held interview with no `update` date and no `updated` entry on the person dated
/// after it. Due the interview date + `update_days`; one step per person met.
struct UpdateRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).filter { $0.interview.update == nil }.flatMap { meeting in
            let people = meeting.people.filter {
                !context.logged([.updated], by: $0, onOrAfter: meeting.date.adding(days: 1))
            }
            return people.map { person in
                // Per person: in a group, each gets the names they gave.
                let summary = FollowThrough(meeting: meeting, person: person, context: context).summary
                return context.step(
                    .update, about: person, due: meeting.date.adding(days: context.cadence.updateDays),
                    since: meeting.date,
                    title: "Send \(context.nameWithOrganization(person)) an update on what you did with their advice",
                    details: summary, file: meeting.file, line: 1,
                    occasion: context.occasion(of: meeting))
            }
        }
    }
}
