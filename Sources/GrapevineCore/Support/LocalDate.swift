/// A calendar date without a time zone, as notes write it: `YYYY-MM-DD`.
public struct LocalDate: Sendable, Hashable, Comparable, TextCodable {
    /// Days since 1970-01-01.
    public let daysSinceEpoch: Int

    /// The first and last dates there are: the years a date is written with, 0001 to 9999.
    public static let earliest = LocalDate(year: 1, month: 1, day: 1)!
    public static let latest = LocalDate(year: 9999, month: 12, day: 31)!

    /// Creates a date from days since 1970-01-01, kept between `earliest` and `latest`.
    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = min(max(daysSinceEpoch, -719_162), 2_932_896)
    }

    /// Creates a date from its parts, or `nil` when no such day exists.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        daysSinceEpoch = era * 146097 + dayOfEra - 719468
    }

    /// Parses exactly `YYYY-MM-DD`; `nil` for anything else, including impossible days.
    public init?(_ text: some StringProtocol) {
        self.init(utf8: text.utf8)
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes.
    init?(utf8 bytes: some Collection<UInt8>) {
        guard bytes.count == 10 else { return nil }
        var iterator = bytes.makeIterator()
        self.init(tenBytes: { _ in iterator.next()! })
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes.
    init?(utf8 bytes: Span<UInt8>) {
        guard bytes.count == 10 else { return nil }
        self.init(tenBytes: { bytes[$0] })
    }

    /// Parses `YYYY-MM-DD` from the bytes at offsets 0 to 9, asked for in that order.
    private init?(tenBytes byteAt: (Int) -> UInt8) {
        var year = 0, month = 0, day = 0
        for offset in 0..<10 {
            let byte = byteAt(offset)
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case 0..<4: year = year * 10 + digit
            case 5..<7: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        self.init(year: year, month: month, day: day)
    }

    /// Year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int {
        // 1970-01-01 was a Thursday.
        ((daysSinceEpoch % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// Whether the date falls on Saturday or Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// The date `days` calendar days later (earlier when negative), no later than `latest`
    /// and no earlier than `earliest`: a cadence of a billion days is the end of time, not a
    /// crash.
    public func adding(days: Int) -> LocalDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        return LocalDate(daysSinceEpoch: overflow ? (days < 0 ? .min : .max) : sum)
    }

    /// The date `days` business days (Monday–Friday) later: from a Friday, +1 is the Monday;
    /// from a weekend day, as from the Friday before.
    public func adding(businessDays days: Int) -> LocalDate {
        guard days > 0 else { return self }
        let friday = adding(days: -max(0, weekday - 5))
        // Every 5 business days are a week; the rest may cross one weekend.
        let (weeks, rest) = (min(days, 5_000_000) / 5, days % 5)
        let weekend = friday.weekday + rest > 5 ? 2 : 0
        return friday.adding(days: weeks * 7 + rest + weekend)
    }

    /// Calendar days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        appendISO(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `description` to `bytes`: ten ASCII bytes rather than a string, as dates are
    /// written for every next step.
    func appendISO(to bytes: inout [UInt8]) {
        let (year, month, day) = components
        guard (0...9999).contains(year) else {
            return bytes.appendUTF8(
                of: "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))-\(LocalDate.pad(day, 2))")
        }
        func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value % 10) }
        let dash = UInt8(ascii: "-")
        for byte in [
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), dash, digit(month / 10), digit(month),
            dash, digit(day / 10), digit(day),
        ] {
            bytes.append(byte)
        }
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The months' names, January first.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
