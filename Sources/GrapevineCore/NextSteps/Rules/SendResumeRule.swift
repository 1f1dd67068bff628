/// `send-resume`: a held interview with `resume_requested: true`, no `resume_sent`, and no
/// `sent resume` entry on/after it on anyone met. Due the interview date + `thank_you_days`.
struct SendResumeRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).filter { $0.interview.resumeRequested && Self.isPending($0, context) }
            .map {
                meeting in
                let person = meeting.people.first
                let to = person.map { " to \(context.nameWithOrganization($0))" } ?? ""
                return context.step(
                    .sendResume, about: person, due: meeting.date.adding(days: context.cadence.thankYouDays),
                    since: meeting.date,
                    title: "Send your resume\(to)", details: ["They asked for it when you met on \(meeting.date)."],
                    file: meeting.file, line: 1, occasion: context.occasion(of: meeting))
            }
    }

    /// Whether the resume asked for in `meeting` has not been sent.
    static func isPending(_ meeting: Meeting, _ context: NextStepContext) -> Bool {
        meeting.interview.resumeSent == nil
            && !meeting.people.contains { context.logged([.resumeSent], by: $0, onOrAfter: meeting.date) }
    }
}
