/// A date with an optional local time of day: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM`.
public struct LocalDateTime: Sendable, Hashable, Comparable, TextCodable {
    /// The calendar date.
    public var date: LocalDate
    /// Minutes after midnight, when a time was given.
    public var minutes: Int?

    /// Creates a date-time from a date and optional minutes after midnight.
    public init(date: LocalDate, minutes: Int? = nil) {
        self.date = date
        self.minutes = minutes
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` or `YYYY-MM-DDTHH:MM[:SS]`; `nil` otherwise.
    public init?(_ text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 10, let date = LocalDate(String(decoding: utf8[0..<10], as: UTF8.self)) else {
            return nil
        }
        if utf8.count == 10 {
            self.init(date: date)
            return
        }
        let time = utf8[11...]
        guard utf8[10] == UInt8(ascii: " ") || utf8[10] == UInt8(ascii: "T"),
            time.count == 5 || time.count == 8,
            time[time.startIndex + 2] == UInt8(ascii: ":"),
            let hour = LocalDate.number(time.prefix(2)), let minute = LocalDate.number(time.dropFirst(3).prefix(2)),
            hour < 24, minute < 60
        else { return nil }
        if time.count == 8 {
            guard time[time.startIndex + 5] == UInt8(ascii: ":"), let second = LocalDate.number(time.suffix(2)),
                second < 60
            else { return nil }
        }
        self.init(date: date, minutes: hour * 60 + minute)
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`.
    public var description: String {
        guard let minutes else { return date.description }
        return "\(date) \(Self.clock(minutes))"
    }

    /// `HH:MM` for minutes after midnight.
    static func clock(_ minutes: Int) -> String {
        let hour = minutes / 60, minute = minutes % 60
        return "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.minutes ?? -1) < (rhs.date, rhs.minutes ?? -1)
    }

}
