/// `send-resume`: a held interview with `resume_requested: true`, no `resume_sent`, and no
/// `sent resume` entry on/after it on anyone met. Due the interview date + `thank_you_days`.
/// One meeting written up in two notes is one step, the first note's, as for `thank-you`.
struct SendResumeRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).filter { meeting in
            context.notes(ofMeeting: meeting).contains { $0.interview.resumeRequested }
                && Self.isPending(meeting, context)
        }.map { meeting in
            let person = meeting.people.first
            let to = person.map { " to \(context.nameWithOrganization($0))" } ?? ""
            return context.step(
                .sendResume, about: person, due: meeting.date.adding(days: context.cadence.thankYouDays),
                since: meeting.date,
                title: "Send your resume\(to)", details: ["They asked for it when you met on \(meeting.date)."],
                file: meeting.file, line: 1, occasion: context.occasion(of: meeting))
        }
    }

    /// Whether the resume asked for in `meeting` has not been sent: no note of it says so.
    static func isPending(_ meeting: Meeting, _ context: NextStepContext) -> Bool {
        context.notes(ofMeeting: meeting).allSatisfy { $0.interview.resumeSent == nil }
            && !meeting.people.contains { context.logged([.resumeSent], by: $0, onOrAfter: meeting.date) }
    }
}
