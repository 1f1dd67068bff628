/// `interview`: each interview from today on that is not called off: when (its date and time,
/// as written, never "today"), with whom, how, where (`location:`, the link to join), and
/// the prep sheet to print. Due its date; `next` shows those up to the end of its window. One
/// earlier today is left out when both its time and the time now are known (it has taken
/// place); one today without a time is shown, whether `--today` was given or not.
struct InterviewRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.meetings).filter { meeting in
            meeting.interview.status == nil && meeting.date >= context.today
                && !meeting.hasStarted(asOf: context.today, now: context.now)
        }.map { meeting in
            let with = meeting.people.isEmpty ? "" : " with " + context.namesWithOrganizations(meeting.people)
            // The date, never "today": a title goes into calendars and lists read on other days.
            let day = "on \(meeting.date)"
            let time = meeting.interview.date?.minutes.map { String(format: " at %02d:%02d", $0 / 60, $0 % 60) } ?? ""
            var details = [meeting.interview.how] + meeting.interview.place
            let name = meeting.people.first.map(context.name) ?? VaultPath.stem(of: meeting.file)
            if let ended = context.searchEnded {
                details.append(
                    "Your search ended on \(ended): keep it as a conversation, or call it off "
                        + "(status: cancelled in the note).")
            } else {
                details.append("Prepare: grapevine prep \(Shell.argument(name))")
            }
            return context.step(
                .interview, about: meeting.people.first, due: meeting.date, since: nil,
                title: "Interview\(with) \(day)\(time)", details: details, file: meeting.file, line: 1,
                occasion: context.occasion(of: meeting))
        }
    }
}
