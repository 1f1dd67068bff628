/// Next steps as an iCalendar file (RFC 5545), for calendar and task apps.
///
/// By default each step is one `VTODO`. In the `.events` form a dated step is an all-day
/// `VEVENT` (what Google Calendar shows, which ignores to-dos) and every interview a timed one.
/// UIDs stay the same from run to run (see `uids(for:)`), so importing a newer export updates
/// the to-dos and events instead of adding copies; given the previous export, the steps done
/// since are written again, marked done (`carry(from:openSteps:)`).
public struct ICalendar: Sendable {
    /// A moment in UTC, to the second: when the file was made (`DTSTAMP`).
    public struct Timestamp: Sendable, Hashable {
        /// Seconds since 1970-01-01 00:00:00 UTC.
        public var secondsSinceEpoch: Int

        /// Creates a timestamp from seconds since 1970-01-01 00:00:00 UTC.
        public init(secondsSinceEpoch: Int) {
            self.secondsSinceEpoch = secondsSinceEpoch
        }

        /// The UTC date-time form of RFC 5545: `20261118T093000Z`.
        var text: String {
            let days = secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400
            let seconds = secondsSinceEpoch - days * 86_400
            return ICalendar.dateText(LocalDate(daysSinceEpoch: days)) + "T" + ICalendar.timeText(minutes: seconds / 60)
                + ICalendar.digits(seconds % 60, 2) + "Z"
        }
    }

    /// How the steps are written.
    public enum Form: Sendable {
        /// Every step a to-do (`VTODO`), due on its date.
        case todos
        /// Dated steps as all-day events (`VEVENT`), undated ones as to-dos, and every
        /// interview as an event of its own (the `interview` steps are left out).
        case events
    }

    /// The `PRODID` of every file `export ics` writes, whatever its form.
    static let producer = ContentLine.producerPrefix + "Next steps//EN"

    /// The steps, in this order.
    public let steps: [NextStep]
    /// When the file was made.
    public let stamp: Timestamp
    /// How the steps are written.
    public let form: Form
    /// The interviews, written as events in the `.events` form.
    public let interviews: [InterviewEvent]
    /// The to-dos and events of the previous export, by UID (`carry(from:openSteps:)`).
    var previous: [String: Component] = [:]
    /// The steps of the previous export that are done now, marked done.
    var finished: [Component] = []

    /// Creates the calendar of `steps`, made at `stamp`; in the `.events` form, with `interviews`.
    public init(_ steps: [NextStep], stamp: Timestamp, form: Form = .todos, interviews: [InterviewEvent] = []) {
        self.steps = steps
        self.stamp = stamp
        self.form = form
        self.interviews = form == .events ? interviews : []
    }

    /// The whole file: CRLF line endings, every line folded to at most 75 octets.
    public var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + Self.producer, "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Grapevine next steps",
        ]
        for component in sequenced(components) + finished {
            lines += component.lines(stamp: stamp)
        }
        lines.append("END:VCALENDAR")
        return ContentLine.file(lines)
    }

    /// The steps written: all of them, but in the `.events` form not the `interview` steps,
    /// whose interviews are events of their own.
    public var shownSteps: [NextStep] {
        form == .events ? steps.filter { $0.kind != .interview } : steps
    }

    /// How many steps of the previous export are written again, marked done.
    public var doneCount: Int { finished.count }

    /// The to-dos and events of the steps and interviews, in that order.
    var components: [Component] {
        let shown = shownSteps
        var components = zip(shown, Self.uids(for: shown)).map { step, uid in
            form == .events && step.due != nil ? event(step, uid: uid) : todo(step, uid: uid)
        }
        components += interviews.map(event)
        return components
    }

    /// Whether a file's bytes are an iCalendar file that Grapevine wrote (its own `PRODID`
    /// among the first lines), which `export ics --out` may replace.
    public static func isWrittenByGrapevine(_ bytes: [UInt8]) -> Bool {
        ContentLine.isWrittenByGrapevine(bytes, component: "VCALENDAR")
    }

    /// `DTSTART` and `DTEND` of an all-day event on `day` (`DTEND` the next day, exclusive).
    /// On the last day a date can be written, 9999-12-31, there is no next day: no `DTEND`,
    /// which RFC 5545 (3.6.1) reads as an event of one day.
    static func allDay(_ day: LocalDate) -> [String] {
        let start = "DTSTART;VALUE=DATE:" + dateText(day)
        return day < LocalDate.latest ? [start, "DTEND;VALUE=DATE:" + dateText(day.adding(days: 1))] : [start]
    }

    /// The DATE form of RFC 5545: `20261118`.
    static func dateText(_ date: LocalDate) -> String {
        let (year, month, day) = date.components
        return digits(year, 4) + digits(month, 2) + digits(day, 2)
    }

    /// Hours and minutes as RFC 5545 writes them in a time: `0930`.
    static func timeText(minutes: Int) -> String {
        digits(minutes / 60, 2) + digits(minutes % 60, 2)
    }

    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
