/// The fields of a contact note (`contacts/*.md` or `type: contact`).
///
/// They live in one box that copies share (`Shared`): a contact is read by every rule of
/// `next`, the graph and the site, and copying one was a retain for each of its strings.
public struct Contact: Sendable {
    private var storage: Shared<Fields>

    /// Where they work: a reference to an organization note, or free text.
    public var organization: Reference? {
        get { storage.fields.organization }
        set { storage = storage.changing { $0.organization = newValue } }
    }
    /// The email address as written.
    public var email: String? {
        get { storage.fields.email }
        set { storage = storage.changing { $0.email = newValue } }
    }
    /// The phone number as written.
    public var phone: String? {
        get { storage.fields.phone }
        set { storage = storage.changing { $0.phone = newValue } }
    }
    /// The LinkedIn profile as written.
    public var linkedin: String? {
        get { storage.fields.linkedin }
        set { storage = storage.changing { $0.linkedin = newValue } }
    }
    /// Where they live or work, as written.
    public var location: String? {
        get { storage.fields.location }
        set { storage = storage.changing { $0.location = newValue } }
    }
    /// The contacts who gave you this person's name.
    public var referredBy: [Reference] {
        get { storage.fields.referredBy }
        set { storage = storage.changing { $0.referredBy = newValue } }
    }
    /// How you found them when nobody referred you (`linkedin`, `alumni`, …).
    public var source: String? {
        get { storage.fields.source }
        set { storage = storage.changing { $0.source = newValue } }
    }
    /// The date the contact entered the vault.
    public var added: LocalDate? {
        get { storage.fields.added }
        set { storage = storage.changing { $0.added = newValue } }
    }
    /// The day you became connected (LinkedIn's `Connected On`), written by `import`.
    public var connected: LocalDate? {
        get { storage.fields.connected }
        set { storage = storage.changing { $0.connected = newValue } }
    }
    /// The entries of the Log section, in the order written.
    public var log: [LogEntry] {
        get { storage.fields.log }
        set { storage = storage.changing { $0.log = newValue } }
    }
    /// The Log items left out because they do not start with a date the Log reads
    /// (`11/18/2026 thanked`, `Dec 3 coffee`, an item with no date), in the order written.
    public var logLeftOut: [LeftOutLogEntry] {
        get { storage.fields.logLeftOut }
        set { storage = storage.changing { $0.logLeftOut = newValue } }
    }
    /// The name to greet them by and their given name (`first_name:`), when their name does
    /// not say it first: `An` for Nguyễn Văn An, `José María` for José María Ortega y Gasset.
    public var firstName: String? {
        get { storage.fields.firstName }
        set { storage = storage.changing { $0.firstName = newValue } }
    }

    init(
        organization: Reference?, email: String?, phone: String?, linkedin: String?, location: String?,
        referredBy: [Reference], source: String?, added: LocalDate?, connected: LocalDate?, log: [LogEntry],
        logLeftOut: [LeftOutLogEntry] = [], firstName: String? = nil
    ) {
        storage = Shared(
            Fields(
                organization: organization, email: email, phone: phone, linkedin: linkedin, location: location,
                referredBy: referredBy, source: source, added: added, connected: connected, log: log,
                logLeftOut: logLeftOut, firstName: firstName))
    }

    private struct Fields: Sendable {
        var organization: Reference?
        var email: String?
        var phone: String?
        var linkedin: String?
        var location: String?
        var referredBy: [Reference]
        var source: String?
        var added: LocalDate?
        var connected: LocalDate?
        var log: [LogEntry]
        var logLeftOut: [LeftOutLogEntry]
        var firstName: String?
    }
}

/// One line of a contact's Log: a date, an event word, and free text.
public struct LogEntry: Sendable, Hashable, Encodable {
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
    /// For `skipped` and `snoozed` entries: the kind of step they hold, and until when.
    public var closing: StepClosing?

    /// Creates an entry.
    public init(
        date: LocalDate, event: LogEvent?, word: String, text: String, position: SourcePosition,
        closing: StepClosing? = nil
    ) {
        self.date = date
        self.event = event
        self.word = word
        self.text = text
        self.position = position
        self.closing = closing
    }

    /// The event word a list of entries shows (`show`, the site): the word as written, or `·`
    /// for a plain dated note, whose first word is already the start of its text.
    public var shownWord: String {
        event == nil ? "·" : word
    }

    private enum CodingKeys: String, CodingKey {
        case date, event, word, text, line, column, closing
    }

    /// The entry for `--json` (`show`): its place as `line` and `column`, as every place in a
    /// file is named there.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(event, forKey: .event)
        try container.encode(word, forKey: .word)
        try container.encode(text, forKey: .text)
        try container.encode(position.line, forKey: .line)
        try container.encode(position.column, forKey: .column)
        try container.encodeIfPresent(closing, forKey: .closing)
    }
}

extension LogEntry {
    /// Whether the entry is dated after `today`: a call planned ahead, or a typo of the year.
    /// It has not happened yet (SPEC §2.1): `next`, statuses, drafts and reports count it only
    /// from its day, `check` warns about it and `show` marks it.
    public func isFuture(asOf today: LocalDate) -> Bool {
        date > today
    }

    /// Whether a Log whose entries have `dates`, in the order written, is kept newest first:
    /// two or more, never rising, not all one day. The writers (`log`, `merge`) then put a new
    /// entry above the older ones rather than below.
    static func isNewestFirst(_ dates: [LocalDate]) -> Bool {
        guard let first = dates.first, let last = dates.last, dates.count >= 2, first > last else { return false }
        return zip(dates, dates.dropFirst()).allSatisfy { $0 >= $1 }
    }
}

/// What a Log entry records.
public enum LogEvent: String, Sendable, Hashable, Codable, CaseIterable {
    case outreach, followUp = "follow-up", reply, declined, met, thanked, updated
    case resumeSent = "resume-sent", applied
    /// `skipped KIND` and `snoozed KIND until DATE`: about next steps, not the person.
    case skipped, snoozed

    /// The event words of SPEC §2.1, longest first so `reached out` wins over `reached`.
    static let words: [(word: String, event: LogEvent)] = [
        ("reached out", .outreach), ("followed up", .followUp), ("sent resume", .resumeSent),
        ("emailed", .outreach), ("called", .outreach), ("messaged", .outreach), ("wrote", .outreach),
        ("replied", .reply), ("answered", .reply), ("declined", .declined), ("met", .met),
        ("thanked", .thanked), ("updated", .updated), ("applied", .applied), ("skipped", .skipped),
        ("snoozed", .snoozed),
    ]

    /// How entries are written, for hints, sorted: `emailed`, `snoozed KIND until YYYY-MM-DD`.
    static let patterns: [String] = words.map { word, event in
        switch event {
        case .skipped: return "skipped KIND"
        case .snoozed: return "snoozed KIND until YYYY-MM-DD"
        default: return word
        }
    }.sorted()

    /// Whether the event is reaching out to the person (first contact or a follow-up).
    public var isOutreach: Bool { self == .outreach || self == .followUp }

    /// Whether the event answers an outreach.
    public var isResponse: Bool { self == .reply || self == .met || self == .declined }

    /// Whether the event records being in touch with the person: an outreach or an answer
    /// (SPEC §2.5, "How you reached someone"; `next`'s "no outreach to B logged"). A thank-you,
    /// an update or a note to yourself is not how you reached them.
    public var isContact: Bool { isOutreach || isResponse }
}

extension [LogEntry] {
    /// The entries oldest first, as `merge` writes a Log (SPEC §4); entries of one day keep
    /// the order they were written in. A Log written out of order (or newest first) reads as
    /// one story in `show` and on the site.
    public var inDateOrder: [LogEntry] {
        sorted { $0.date < $1.date }  // stable
    }

    /// The Log as of `today`: without the entries dated after it (`LogEntry.isFuture`), which
    /// have not happened yet. The Log itself, uncopied, when it has none.
    public func asOf(_ today: LocalDate) -> [LogEntry] {
        contains { $0.isFuture(asOf: today) } ? filter { !$0.isFuture(asOf: today) } : self
    }

    /// The messages you sent to reach the person that nobody has answered yet, oldest first
    /// (SPEC §3, "3B7 is for reaching someone new"): the outreach and follow-up entries up to
    /// `today`, as long as the conversation has not begun.
    ///
    /// It begins with their first reply, `met` or `declined` entry, or the first interview with
    /// them: one to come or called off answers the messages before it (it was arranged with
    /// them), and once you are in conversation a message is a touch, not an outreach. So either
    /// every message is unanswered, or none is.
    public func unansweredOutreach(hasInterview: Bool, today: LocalDate) -> [LogEntry] {
        guard !hasInterview else { return [] }
        let log = asOf(today)
        guard !log.contains(where: { $0.event?.isResponse == true }) else { return [] }
        let unanswered = log.filter { $0.event?.isOutreach == true }
        return unanswered.count < 2 ? unanswered : unanswered.sorted { $0.date < $1.date }
    }
}
