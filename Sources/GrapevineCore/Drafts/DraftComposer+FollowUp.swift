/// The follow-up: one short, friendly note to someone who has not answered your first message.
extension DraftComposer {
    /// The messages to `person` still waiting for an answer, oldest first, exactly as `next`
    /// counts them (`unansweredOutreach`): empty once they have replied, met you, declined or
    /// had an interview with you, since 3B7 is for reaching someone new.
    public func unansweredMessages(to person: Graph.NodeID) -> [LogEntry] {
        let hasInterview = vault.interviews(with: person).contains { $0.date != nil }
        return log(of: person).unansweredOutreach(hasInterview: hasInterview, today: today)
    }

    func addFollowUp(_ person: Graph.NodeID, to values: inout DraftValues) {
        let unanswered = unansweredMessages(to: person)
        guard let first = unanswered.first, let last = unanswered.last else { return }
        values["first_message_date"] = Prose.date(first.date, today: today)
        values["first_message_how"] = Self.sentence(for: first.word)
        // Its Log text is a note to yourself ("alumni, asked about their research team"), not
        // what the message said: it is not quoted (a template that still asks for
        // `first_message_about` gets nothing).
        let followUps = unanswered.count - 1
        guard followUps > 0 else { return }
        values["followed_up"] = followUps == 1 ? "once" : followUps == 2 ? "twice" : "\(followUps) times"
        values["last_message_date"] = Prose.date(last.date, today: today)
        values["move_on"] = followUps >= vault.config.cadence.maxFollowUps ? true : nil
    }

    /// How you sent a message, from its Log word: "emailed you", "called you", "wrote to you".
    static func sentence(for word: String) -> String {
        switch word.lowercased() {
        case "emailed": return "emailed you"
        case "called": return "called you"
        case "messaged": return "sent you a message"
        default: return "wrote to you"
        }
    }
}
