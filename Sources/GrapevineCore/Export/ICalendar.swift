/// Next steps as an iCalendar file of to-dos (RFC 5545), for calendar and task apps.
///
/// Each step is one `VTODO` whose UID stays the same from run to run (see `uids(for:)`), so
/// importing a newer export updates the to-dos instead of adding copies.
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
            let date = ICalendar.dateText(LocalDate(daysSinceEpoch: days))
            return date + "T" + ICalendar.digits(seconds / 3600, 2) + ICalendar.digits(seconds / 60 % 60, 2)
                + ICalendar.digits(seconds % 60, 2) + "Z"
        }
    }

    /// The steps, one to-do each, in this order.
    public let steps: [NextStep]
    /// When the file was made.
    public let stamp: Timestamp

    /// Creates the calendar of `steps`, made at `stamp`.
    public init(_ steps: [NextStep], stamp: Timestamp) {
        self.steps = steps
        self.stamp = stamp
    }

    /// The whole file: CRLF line endings, every line folded to at most 75 octets.
    public var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Grapevine//Next steps//EN", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Grapevine next steps",
        ]
        for (step, uid) in zip(steps, ICalendar.uids(for: steps)) {
            lines += todo(step, uid: uid)
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendar.folded).joined(separator: "\r\n") + "\r\n"
    }

    private func todo(_ step: NextStep, uid: String) -> [String] {
        var lines = ["BEGIN:VTODO", "UID:" + ICalendar.escaped(uid), "DTSTAMP:" + stamp.text]
        if let due = step.due { lines.append("DUE;VALUE=DATE:" + ICalendar.dateText(due)) }
        lines.append("SUMMARY:" + ICalendar.escaped(step.title))
        lines.append("DESCRIPTION:" + ICalendar.escaped(ICalendar.description(of: step)))
        if let contact = step.contact { lines.append("CONTACT:" + ICalendar.escaped(contact)) }
        lines += ["CATEGORIES:" + ICalendar.escaped(step.kind.rawValue), "STATUS:NEEDS-ACTION", "END:VTODO"]
        return lines
    }

    /// The details, one per line, then a blank line and the `file:line` to edit.
    static func description(of step: NextStep) -> String {
        let location = "\(step.file):\(step.line)"
        return step.details.isEmpty ? location : step.details.joined(separator: "\n") + "\n\n" + location
    }

    /// The DATE form of RFC 5545: `20261118`.
    static func dateText(_ date: LocalDate) -> String {
        let (year, month, day) = date.components
        return digits(year, 4) + digits(month, 2) + digits(day, 2)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
