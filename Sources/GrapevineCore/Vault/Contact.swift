/// The fields of a contact note (`contacts/*.md` or `type: contact`).
public struct Contact: Sendable {
    /// Where they work: a reference to an organization note, or free text.
    public var organization: Reference?
    /// Contact details as written.
    public var email: String?, phone: String?, linkedin: String?, location: String?
    /// The contacts who gave you this person's name.
    public var referredBy: [Reference]
    /// How you found them when nobody referred you (`linkedin`, `alumni`, …).
    public var source: String?
    /// The date the contact entered the vault.
    public var added: LocalDate?
    /// The entries of the Log section, in the order written.
    public var log: [LogEntry]
}

/// One line of a contact's Log: a date, an event word, and free text.
public struct LogEntry: Sendable, Hashable, Codable {
    /// The date the event happened.
    public var date: LocalDate
    /// The event, or `nil` for a plain dated note.
    public var event: LogEvent?
    /// The event word as written (`emailed`, `reached out`), or the note's first word.
    public var word: String
    /// The text after the event word (and its `:`), if any.
    public var text: String
    /// Where the list item is.
    public var position: SourcePosition
}

/// What a Log entry records.
public enum LogEvent: String, Sendable, Hashable, Codable, CaseIterable {
    case outreach, followUp = "follow-up", reply, declined, met, thanked, updated
    case resumeSent = "resume-sent", applied

    /// The event words of SPEC §2.1, longest first so `reached out` wins over `reached`.
    static let words: [(word: String, event: LogEvent)] = [
        ("reached out", .outreach), ("followed up", .followUp), ("sent resume", .resumeSent),
        ("emailed", .outreach), ("called", .outreach), ("messaged", .outreach), ("wrote", .outreach),
        ("replied", .reply), ("answered", .reply), ("declined", .declined), ("met", .met),
        ("thanked", .thanked), ("updated", .updated), ("applied", .applied),
    ]

    /// Whether the event is reaching out to the person (first contact or a follow-up).
    public var isOutreach: Bool { self == .outreach || self == .followUp }

    /// Whether the event answers an outreach.
    public var isResponse: Bool { self == .reply || self == .met || self == .declined }
}

extension [LogEntry] {
    /// The messages you sent that nobody has answered yet, oldest first: the outreach and
    /// follow-up entries after the last reply, `met` or `declined` entry and the last interview
    /// (any interview was arranged with them, so it answers what came before).
    ///
    /// An answer on the same day as a message counts as answering it.
    public func unansweredOutreach(interviewDates: [LocalDate]) -> [LogEntry] {
        var lastAnswer = interviewDates.max()
        for entry in self where entry.event?.isResponse == true {
            if lastAnswer.map({ entry.date > $0 }) ?? true { lastAnswer = entry.date }
        }
        let unanswered = filter { entry in
            entry.event?.isOutreach == true && lastAnswer.map { entry.date > $0 } != false
        }
        return unanswered.count < 2 ? unanswered : unanswered.sorted { $0.date < $1.date }
    }
}
