extension NextStepContext {
    /// What a person's Log says without an event word or without a date it reads, on or after
    /// `since`, that would have done a step of `kind`: `- 2026-11-30 sent him an update` or
    /// `- 2026-12-02 sent thanks on LinkedIn` is a plain dated note (SPEC §2.1) that `check`
    /// warns about, while the step said "Nothing recorded since" (trial 27); `- 11/18/2026
    /// thanked` is left out, an error (trial 28). The step names the line and the entry to
    /// write; it stays open, since the line records no event.
    func unreadLogAdvice(for node: Graph.NodeID, kind: NextStep.Kind, since: LocalDate?) -> [String] {
        guard let since, let person = person(node), let file = person.file else { return [] }
        var advice: [String] = []
        for entry in person.log where entry.event == nil && entry.date >= since {
            guard let meant = LogEntryParser.meantEvent(in: entry.text.utf8.span, from: 0),
                let event = LogEvent.words.first(where: { $0.word == meant.event })?.event,
                Self.kinds(doneBy: event).contains(kind)
            else { continue }
            advice.append(
                "\(file.escapingControlCharacters):\(entry.position.line) says '\(meant.written)', which is no Log "
                    + "event word, so it is not "
                    + "counted: \(LogEntryParser.condition(of: meant.event)), write '- \(entry.date) "
                    + "\(meant.rewritten)'."
            )
        }
        // `- 11/18/2026 thanked`: left out of the Log (an error in `check`), yet the event was recorded.
        // Any event is a touch, which a line left out is not: `- 20/09/2026 updated` would have
        // put off getting back in touch.
        for line in person.logLeftOut {
            guard let event = line.event, Self.kinds(doneBy: event).contains(kind) || kind == .stayInTouch else {
                continue
            }
            let text = line.text.isEmpty ? "" : ": \(line.text)"
            if line.readings.isEmpty, LogEntryParser.relativeDay(in: line.written) != nil {
                // `- yesterday emailed`: some day, which the line does not say.
                advice.append(
                    "\(file.escapingControlCharacters):\(line.position.line) says '\(line.word)' on "
                        + "'\(line.written)', a day the Log cannot know, so it is not counted: write "
                        + "'- YYYY-MM-DD \(line.word)\(text)' with the day it happened.")
                continue
            }
            let days = line.readings.filter { $0 >= since && $0 <= today }
            guard !days.isEmpty else { continue }
            advice.append(
                "\(file.escapingControlCharacters):\(line.position.line) says '\(line.word)' on '\(line.written)', "
                    + "a date the Log cannot read, "
                    + "so it is not counted: write "
                    + days.map { "'- \($0) \(line.word)\(text)'" }.joined(separator: " or ")
                    + ".")
        }
        return advice
    }

    /// The kinds of step about a person that a Log entry of `event` closes or changes (a plain
    /// dated note is a touch already, so stay-in-touch is not one).
    private static func kinds(doneBy event: LogEvent) -> Set<NextStep.Kind> {
        switch event {
        case .thanked: [.thankYou, .thankReferrer]
        case .updated: [.update, .thankReferrer]
        case .resumeSent: [.sendResume]
        case .applied: [.apply]
        case .outreach, .followUp: [.reachOut, .contactReferral, .followUp, .moveOn]
        case .reply, .met, .declined: [.reachOut, .followUp, .moveOn, .tryAnother, .schedule, .contactReferral]
        case .skipped, .snoozed: []
        }
    }
}
