/// `schedule`: C replied on day r, or a meeting with C on day c fell through (cancelled or a
/// no-show), and no meeting with C has been held or set since (no interview dated on/after the
/// later of the two that was not called off, no `met` entry), and C has not declined since.
/// Due max(r, c) + `schedule_days`.
///
/// Messages after the reply do not stop it: once C has answered, they are touches (SPEC §3,
/// 3B7). A meeting called off counts from its date, or from today when it was still to come;
/// it counts even without a reply in the Log, since the meeting was arranged with C.
///
/// An interview note with C whose `date:` says a day that cannot be read (`05.11.2026`) is a
/// meeting set, maybe held: no step asks to schedule it; `check`'s error on the date is what
/// to fix, and `next` names the file. One whose date is words (`TBD`) is not set yet: the step
/// says to write the date there.
struct ScheduleRule: NextStepRule {
    let endsWithTheSearch = true
    let findsByPerson = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.people).compactMap { person in
            guard let file = person.file else { return nil }
            let reply = person.last(.reply)
            let fellThrough = person.meetings.filter { meeting in
                meeting.interview.status != nil && reply.map { meeting.date >= $0.date } != false
            }.max { $0.date < $1.date }
            let calledOff = fellThrough.map { min($0.date, context.today) }
            guard let start = [reply?.date, calledOff].compactMap({ $0 }).max(),
                !person.meetings.contains(where: { $0.interview.status == nil && $0.date >= start }),
                !person.logged([.met, .declined], onOrAfter: start)
            else { return nil }
            let undated = Self.undatedInterviews(context, person.node)
            if undated.contains(where: { $0.interview?.isSetOnUnreadableDay == true }) { return nil }
            let who = context.nameWithOrganization(person.node)
            var details: [String] = []
            if let reply {
                details.append("They replied on \(reply.date).")
                if !reply.text.isEmpty { details.append(Self.quoted(reply.text)) }
            }
            var title = "Schedule a meeting with \(who)"
            if let fellThrough {
                let how = fellThrough.interview.status == .noShow ? "was a no-show" : "was cancelled"
                title = "Find a new time to meet \(who): the meeting on \(fellThrough.date) fell through"
                details.append("The meeting on \(fellThrough.date) \(how).")
            }
            if let reply, let since = Self.lastMessage(person, after: reply.date) { details.append(since) }
            details.append(Self.then(context, person.node, undated: undated.first))
            return context.step(
                .schedule, about: person.node, due: start.adding(days: context.cadence.scheduleDays), since: start,
                title: title, details: details, file: file, line: reply?.position.line ?? 1)
        }
    }

    /// The day of the message you sent after their reply that has had no answer, else nil:
    /// the step stands, and says the next move is a nudge, not a first proposal. Its words are
    /// not quoted: yours, and often relative ("we missed each other yesterday").
    private static func lastMessage(_ person: Person, after reply: LocalDate) -> String? {
        let sent = person.log.filter { $0.date > reply && ($0.event == .outreach || $0.event == .followUp) }
        return sent.map(\.date).max().map { "Your message of \($0) has had no answer yet: a short nudge." }
    }

    /// The interview notes with `person` that have no date that can be read and are not called
    /// off, in note order.
    private static func undatedInterviews(_ context: NextStepContext, _ person: Graph.NodeID) -> [Note] {
        let graph = context.vault.graph
        return graph.neighbors(.met, to: person).compactMap { node in
            graph.noteIndex(of: node).map { context.vault.notes[$0] }
        }.filter { note in note.interview.map { $0.date == nil && $0.status == nil } == true }
    }

    /// What to do once the meeting is set: record it, or, when an interview note with them has
    /// no date yet (`date: TBD`, `date: next Tuesday`), write its date there rather than make a
    /// second note.
    private static func then(_ context: NextStepContext, _ person: Graph.NodeID, undated: Note?) -> String {
        guard let undated else {
            return "Then: grapevine new interview \(Shell.argument(context.name(person))) --date YYYY-MM-DD"
        }
        // `date:` left empty in a copied template is no date yet, not one that cannot be read.
        let why =
            undated.interview?.unreadableDate.map { "the date there, '\($0)', cannot be read" } ?? "it has no date yet"
        return "Then: write its date in \(undated.path.escapingControlCharacters) as date: YYYY-MM-DD (\(why))."
    }

    /// A reply's words in curly quotes; words the Log already quotes ("…" or “…”) are not
    /// quoted twice.
    static func quoted(_ text: String) -> String {
        let inner = text.dropFirst().dropLast()
        let isQuoted =
            text.count >= 2
            && ((text.first == "\"" && text.last == "\"" && !inner.contains("\""))
                || (text.first == "\u{201C}" && text.last == "\u{201D}" && !inner.contains("\u{201D}")))
        return "\u{201C}\(isQuoted ? inner : text[...])\u{201D}"
    }
}
