/// `apply`: each open item (not a checked task) of a held interview's Leads section. Due the
/// interview date + `thank_you_days`.
struct ApplyRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.heldMeetings).flatMap { meeting in
            meeting.interview.leads.filter { $0.checked != true }.map { lead in
                let person = meeting.people.first
                let from = meeting.people.map(context.name).joined(separator: " and ")
                return context.step(
                    .apply, about: person, due: meeting.date.adding(days: context.cadence.thankYouDays),
                    title: "Apply: \(lead.textWithoutDue)",
                    details: ["\(from.isEmpty ? "You" : from) told you about it on \(meeting.date)."],
                    file: meeting.file, line: lead.position.line)
            }
        }
    }
}
