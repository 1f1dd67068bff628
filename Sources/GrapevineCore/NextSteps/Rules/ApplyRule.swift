/// `apply`: each open item (not a checked task) of a held interview's Leads section. Due the
/// item's own due date (`due`, `due:` or `📅`, as for a task), else the interview date +
/// `thank_you_days`.
struct ApplyRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).flatMap { meeting in
            meeting.interview.leads.filter { $0.checked != true }.map { lead in
                let person = meeting.people.first
                let from = meeting.people.map(context.name).joined(separator: " and ")
                let (due, text) = lead.dueDateAndText
                return context.step(
                    .apply, about: person, due: due ?? meeting.date.adding(days: context.cadence.thankYouDays),
                    since: meeting.date, title: "Apply: \(text)",
                    details: ["\(from.isEmpty ? "You" : from) told you about it on \(meeting.date)."],
                    file: meeting.file, line: lead.position.line)
            }
        }
    }
}
