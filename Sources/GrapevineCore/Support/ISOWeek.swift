/// A week as ISO 8601 numbers it: Monday to Sunday, written `2026-W47`, in the year its
/// Thursday falls in (so 2026-12-31, a Thursday, is in 2026-W53, and 2027-01-01 too).
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible, Encodable {
    /// The week's Monday.
    public let monday: LocalDate

    /// The week `date` falls in.
    public init(containing date: LocalDate) {
        monday = date.adding(days: 1 - date.weekday)
    }

    /// The week after this one; `nil` after the last week there is, that of 9999-12-31 (dates
    /// stop there, so a Monday 7 days on would be that day again, in this same week).
    public var next: ISOWeek? {
        guard self < ISOWeek.last else { return nil }
        return ISOWeek(containing: monday.adding(days: 7))
    }

    /// The week of 9999-12-31, the last date there is.
    public static let last = ISOWeek(containing: .latest)

    /// The week's Sunday.
    public var sunday: LocalDate { monday.adding(days: 6) }

    /// The year the week belongs to: its Thursday's.
    public var year: Int { monday.adding(days: 3).components.year }

    /// 1 to 52 or 53: the week of the year's first Thursday is week 1.
    public var number: Int {
        let thursday = monday.adding(days: 3)
        guard let january1 = LocalDate(year: thursday.components.year, month: 1, day: 1) else { return 1 }
        return january1.days(until: thursday) / 7 + 1
    }

    /// `2026-W47`.
    public var description: String {
        let week = number
        let year = String(self.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-W" + (week < 10 ? "0" : "")
            + String(week)
    }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        lhs.monday < rhs.monday
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
