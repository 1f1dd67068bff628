/// `thank-you`: a held interview with no `thank_you` date and no `thanked` entry on the person
/// dated on or after it. Due the interview date + `thank_you_days`; one step per person met.
struct ThankYouRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).filter { $0.interview.thankYou == nil }.flatMap { meeting in
            meeting.people.filter { !context.logged([.thanked], by: $0, onOrAfter: meeting.date) }.map { person in
                context.step(
                    .thankYou, about: person, due: meeting.date.adding(days: context.cadence.thankYouDays),
                    since: meeting.date,
                    title: "Send a thank-you note to \(context.nameWithOrganization(person))",
                    details: details(meeting, context), file: meeting.file, line: 1)
            }
        }
    }

    private func details(_ meeting: Meeting, _ context: NextStepContext) -> [String] {
        let interview = meeting.interview
        var details = ["You met on \(meeting.date)."]
        let names = interview.referrals.map(\.person.target)
        if !names.isEmpty { details.append("Thank them for the names: \(names.joined(separator: ", ")).") }
        let resources = interview.resources.map(\.textWithoutDue)
        if !resources.isEmpty { details.append("Mention what they recommended: \(resources.joined(separator: "; ")).") }
        if interview.resumeRequested && SendResumeRule.isPending(meeting, context) {
            details.append("They asked for your resume: attach it.")
        }
        let leads = interview.leads.filter { $0.checked != true }.map(\.textWithoutDue)
        if !leads.isEmpty { details.append("Say you would like to apply: \(leads.joined(separator: "; ")).") }
        return details
    }
}
