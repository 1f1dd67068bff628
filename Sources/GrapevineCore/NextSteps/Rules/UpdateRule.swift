/// `update`: a held interview with no `update` date and no `updated` entry on the person dated
/// after it. Due the interview date + `update_days`; one step per person met.
///
/// One update a person (SPEC §1.7): a later meeting with them supersedes the step of an earlier
/// one, and its step tells what you did since each meeting still owed an update
/// (`NextStepContext.meetingsAnUpdateCovers`). The surviving step keeps its `id`: it is the
/// later meeting's own.
struct UpdateRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).filter { $0.interview.updateForMeeting == nil }.flatMap { meeting in
            meeting.people.compactMap { person -> NextStep? in
                guard let covered = context.meetingsAnUpdateCovers(meeting, for: person) else { return nil }
                // Per person: in a group, each gets the names they gave.
                var details = FollowThrough(meetings: covered, person: person, context: context, extent: .summary)
                    .summary
                if covered.count > 1 {
                    let dates = Prose.list(covered.map(\.date.description))
                    details.insert("One update for your meetings on \(dates).", at: 0)
                }
                if let ended = context.searchEnded {
                    details.append("Your search ended on \(ended): tell them how, and thank them for their part in it.")
                }
                details += covered.compactMap {
                    ThankYouRule.notCounted("update", $0, $0.interview.update, "send it", stepFile: meeting.file)
                }
                return context.step(
                    .update, about: person, due: meeting.date.adding(days: context.cadence.updateDays),
                    since: meeting.date,
                    title: "Send \(context.nameWithOrganization(person)) an update on what you did with their advice",
                    details: details, file: meeting.file, line: 1,
                    occasion: context.occasion(of: meeting))
            }
        }
    }
}

extension NextStepContext {
    /// The meetings with `person` an update about `meeting` tells of: `nil` when a later held
    /// meeting with them supersedes it, or the update for it was sent (`update` in a note of it,
    /// or an `updated` entry after it); else the held meetings with them, up to it, still owed
    /// an update, by date. A meeting written up in two notes is the first note's (`notes(ofMeeting:)`).
    func meetingsAnUpdateCovers(_ meeting: Meeting, for person: Graph.NodeID) -> [Meeting]? {
        guard let who = self.person(person) else { return nil }
        let held = who.meetings.filter { $0.isHeld(asOf: today, now: now) && !notes(ofMeeting: $0).isEmpty }
            .sorted { ($0.date, $0.file) < ($1.date, $1.file) }
        guard held.last === meeting else { return nil }
        let owed = held.filter {
            notes(ofMeeting: $0).allSatisfy { $0.interview.updateForMeeting == nil }
                && !who.logged([.updated], onOrAfter: $0.date.adding(days: 1))
        }
        return owed.last === meeting ? owed : nil
    }
}
