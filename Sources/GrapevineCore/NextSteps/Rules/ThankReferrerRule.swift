/// `thank-referrer`: the first held interview with B, where A gave you B's name, and no
/// `updated` or `thanked` entry on A dated on or after it. Due the interview date +
/// `thank_referrer_days`. The step is about A.
///
/// One step per referral (SPEC §1.7: let A know when you met B): a later meeting with B is
/// news for B's update, not a second "you met" for A, and does not bring the step back once
/// A was told. A first meeting A was at needs no telling.
struct ThankReferrerRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).flatMap { meeting in
            meeting.people.filter { context.firstHeldMeeting(with: $0) === meeting }.flatMap { met in
                context.referrers(of: met).filter { referrer in
                    !meeting.people.contains(referrer)
                        && !context.logged([.thanked, .updated], by: referrer, onOrAfter: meeting.date)
                }.map { referrer in
                    var details = ["\(context.name(referrer)) gave you the name; you met on \(meeting.date)."]
                    if context.person(referrer)?.file == nil {
                        // `done` logs it in their note.
                        let referral = context.vault.graph.edges(.referred, from: referrer).first { $0.to == met }
                        details.append(context.noNoteAdvice(for: referrer, writtenAt: referral?.source))
                    }
                    return context.step(
                        .thankReferrer, about: referrer,
                        due: meeting.date.adding(days: context.cadence.thankReferrerDays), since: meeting.date,
                        title: "Tell \(context.name(referrer)) that you met \(context.name(met))", details: details,
                        file: meeting.file, line: 1,
                        occasion: context.occasion(of: meeting, with: met))
                }
            }
        }
    }
}
