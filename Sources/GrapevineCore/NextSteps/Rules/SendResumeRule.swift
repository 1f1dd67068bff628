/// `send-resume`: a held interview with `resume_requested: true`, no `resume_sent`, and no
/// `sent resume` entry on/after it on whoever asked (`ResumeRequest`: in a group, the people the
/// notes or the Log say asked; anyone met when they do not say). Due the interview date +
/// `thank_you_days`; about the people who asked and have not got it, else the first person met.
/// One meeting written up in two notes is one step, the first note's, as for `thank-you`.
struct SendResumeRule: NextStepRule {
    let endsWithTheSearch = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).compactMap { meeting in
            guard !context.notes(ofMeeting: meeting).isEmpty, let resume = context.resumeRequest(at: meeting),
                resume.isPending
            else { return nil }
            let waiting = resume.waiting
            let to: String
            var details = ["They asked for it when you met on \(meeting.date)."]
            if !waiting.isEmpty {
                to = " to \(context.namesWithOrganizations(waiting))"
            } else if meeting.people.count > 1 {
                to = " to whoever asked: \(Prose.alternatives(meeting.people.map(context.name)))"
                details = [Self.whoAsked(meeting, context)]
            } else {
                to = meeting.people.first.map { " to \(context.nameWithOrganization($0))" } ?? ""
            }
            details += ThankYouRule.notCounted("resume_sent", meeting, nil, "send it", stepFile: meeting.file).map { [$0] } ?? []
            return context.step(
                .sendResume, about: waiting.first ?? meeting.people.first,
                due: meeting.date.adding(days: context.cadence.thankYouDays), since: meeting.date,
                title: "Send your resume\(to)", details: details, file: meeting.file, line: 1,
                occasion: context.occasion(of: meeting))
        }
    }

    /// What the step says when someone in a group asked and the notes do not say who: how to
    /// record it on the one it goes to, since `done` logs it on the first person met.
    private static func whoAsked(_ meeting: Meeting, _ context: NextStepContext) -> String {
        let first = meeting.people.first.map(context.name) ?? "the first person met"
        return "Someone asked for it when you met on \(meeting.date); your notes do not say who. "
            + "done logs it on \(first); if it goes to someone else, log it on them instead: "
            + "grapevine log NAME \"sent resume\"."
    }
}
