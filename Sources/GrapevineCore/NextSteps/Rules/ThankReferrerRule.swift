/// `thank-referrer`: the first held interview with B, where A gave you B's name, and no
/// `updated` or `thanked` entry on A dated on or after it. Due the interview date +
/// `thank_referrer_days`. The step is about A.
///
/// One telling per referral (SPEC §1.7: let A know when you met B): a later meeting with B is
/// news for B's update, not a second "you met" for A, and does not bring the step back once
/// A was told. A first meeting A was at needs no telling.
///
/// One step per referrer, as `contact-referral` is one per person referred: A gave you Tom and
/// Kai, both met and A told of neither, is one "Tell A that you met Tom and Kai" (one message,
/// and one `thanked` entry closes both), dated by the earliest meeting, whose step it is (its
/// file and `occasion`, so its id stays when a later meeting joins it).
struct ThankReferrerRule: NextStepRule {
    let findsByPerson = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.people).compactMap { person -> NextStep? in
            let referrer = person.node
            let told = untold(by: referrer, context)
            guard let first = told.first, let last = told.last else { return nil }
            let name = context.name(referrer)
            let met = Prose.list(told.map { context.name($0.met) })
            var details = [
                told.count == 1
                    ? "\(name) gave you the name; you met on \(first.meeting.date)."
                    : "\(name) gave you their names; you met "
                        + Prose.list(told.map { "\(context.name($0.met)) on \($0.meeting.date)" }) + "."
            ]
            if person.file == nil {
                // `done` logs it in their note.
                let referral = context.vault.graph.edges(.referred, from: referrer).first { $0.to == first.met }
                details.append(context.noNoteAdvice(for: referrer, writtenAt: referral?.source))
            }
            return context.step(
                .thankReferrer, about: referrer,
                due: first.meeting.date.adding(days: context.cadence.thankReferrerDays),
                // A `skipped` or `snoozed` entry before the last meeting told of does not hold
                // for it: the new meeting brings the step back.
                since: last.meeting.date,
                title: "Tell \(name) that you met \(met)", details: details,
                file: first.meeting.file, line: 1,
                occasion: context.occasion(of: first.meeting, with: first.met))
        }
    }

    /// The people `referrer` gave you whom you have met, each at the first held meeting with
    /// them (one `referrer` was not at), and whom `referrer` has not heard from you about
    /// since (no `thanked` or `updated` entry on or after it); by meeting, then name.
    private func untold(by referrer: Graph.NodeID, _ context: NextStepContext) -> [(
        met: Graph.NodeID, meeting: Meeting
    )] {
        (context.referredFrom[referrer] ?? []).compactMap { met -> (met: Graph.NodeID, meeting: Meeting)? in
            guard let meeting = context.firstHeldMeeting(with: met), !meeting.people.contains(referrer),
                !context.logged([.thanked, .updated], by: referrer, onOrAfter: meeting.date)
            else { return nil }
            return (met, meeting)
        }
        .sorted {
            ($0.meeting.date, $0.meeting.file, context.name($0.met)) < (
                $1.meeting.date, $1.meeting.file, context.name($1.met)
            )
        }
    }
}
