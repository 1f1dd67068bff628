import Foundation
import Testing

@testable import GrapevineCore

private func date(_ text: String) throws -> LocalDate {
    try #require(LocalDate(text), "'\(text)' is not a date")
}

@Suite("LocalDate and LocalDateTime")
struct LocalDateTests {
    /// ISO 8601 weekday numbers, as `LocalDate.weekday` gives them.
    enum Weekday: Int {
        case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday
    }

    // MARK: Parsing

    @Test(arguments: ["2026-10-14", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2026-01-31", "2026-04-30"])
    func validDatesRoundTrip(text: String) throws {
        #expect(try date(text).description == text)
    }

    @Test(arguments: [
        "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32", "2026-02-30", "2026-04-31", "2025-02-29",
        "1900-02-29", "0000-01-01",
    ])
    func impossibleDaysAreRejected(text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test(arguments: [
        "", "2026-1-05", "26-01-05", "2026/01/05", "2026-01-05 ", " 2026-01-05", "2026-01-5x", "20260105",
        "abcd-ef-gh", "+026-01-05", "2026-01-05T10:00", "２０２６-01-05", "2026–01–05",
    ])
    func wrongShapesAreRejected(text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test func componentsAndEpoch() throws {
        #expect(try date("1970-01-01").daysSinceEpoch == 0)
        #expect(try date("1969-12-31").daysSinceEpoch == -1)
        #expect(try date("1970-02-01").daysSinceEpoch == 31)
        #expect(try date("2026-10-14").components == (2026, 10, 14))
        #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29) == LocalDate("2024-02-29"))
    }

    @Test func everyDayOfSeveralYearsRoundTrips() throws {
        var day = try date("1999-12-25")
        var previous = day
        for _ in 0..<(366 * 3) {
            day = day.adding(days: 1)
            #expect(LocalDate(day.description) == day)
            #expect(previous < day)
            previous = day
        }
        #expect(day.description == "2002-12-27")
    }

    // MARK: Weekdays

    @Test(arguments: [
        ("1970-01-01", Weekday.thursday), ("2000-01-01", .saturday), ("2024-02-29", .thursday),
        ("2026-01-01", .thursday), ("2026-11-02", .monday), ("2026-11-13", .friday), ("2026-11-18", .wednesday),
        ("2026-11-21", .saturday), ("2026-11-22", .sunday), ("1969-12-28", .sunday),
    ])
    func weekdays(text: String, weekday: Weekday) throws {
        let day = try date(text)
        #expect(day.weekday == weekday.rawValue)
        #expect(day.isWeekend == (weekday == .saturday || weekday == .sunday))
    }

    // MARK: Arithmetic

    @Test(arguments: [
        ("2026-12-31", 1, "2027-01-01"), ("2024-02-28", 1, "2024-02-29"), ("2023-02-28", 1, "2023-03-01"),
        ("2026-03-01", -1, "2026-02-28"), ("2026-10-14", 30, "2026-11-13"), ("2026-10-14", 0, "2026-10-14"),
        ("2024-01-01", 366, "2025-01-01"),
    ])
    func addingDays(start: String, days: Int, end: String) throws {
        #expect(try date(start).adding(days: days) == date(end))
        #expect(try date(start).days(until: date(end)) == days)
        #expect(try date(end).days(until: date(start)) == -days)
    }

    @Test(arguments: [
        ("2026-11-13", 1, "2026-11-16"),  // Friday + 1 bd = Monday
        ("2026-11-14", 1, "2026-11-16"),  // Saturday + 1 bd = Monday
        ("2026-11-15", 1, "2026-11-16"),  // Sunday + 1 bd = Monday
        ("2026-11-13", 3, "2026-11-18"),  // Friday + 3 bd = Wednesday
        ("2026-11-02", 7, "2026-11-11"),  // Monday + 7 bd = Wednesday of the next week
        ("2026-11-16", 5, "2026-11-23"),  // a whole working week
        ("2026-11-18", 2, "2026-11-20"),  // Wednesday + 2 bd = Friday, no weekend crossed
        ("2026-11-18", 0, "2026-11-18"),
        ("2026-12-31", 1, "2027-01-01"),  // Thursday; across a year, holidays are not skipped
    ])
    func addingBusinessDays(start: String, days: Int, end: String) throws {
        let result = try date(start).adding(businessDays: days)
        #expect(result == (try date(end)))
        if days > 0 { #expect(!result.isWeekend) }
    }

    @Test func businessDaysNeverLandOnAWeekend() throws {
        let monday = try date("2026-11-02")
        for start in 0..<7 {
            for days in 1...12 {
                let from = monday.adding(days: start)
                let to = from.adding(businessDays: days)
                #expect(!to.isWeekend)
                // Count the weekdays in (from, to]: exactly `days` of them.
                let weekdays = (1...from.days(until: to)).filter { !from.adding(days: $0).isWeekend }.count
                #expect(weekdays == days, "\(from) + \(days) bd = \(to)")
            }
        }
    }

    @Test func comparisonAndCoding() throws {
        let dates = try ["2026-11-02", "2025-12-31", "2026-01-15"].map(date)
        #expect(dates.sorted().map(\.description) == ["2025-12-31", "2026-01-15", "2026-11-02"])
        let json = try JSONEncoder().encode(dates)
        #expect(String(decoding: json, as: UTF8.self) == #"["2026-11-02","2025-12-31","2026-01-15"]"#)
        #expect(try JSONDecoder().decode([LocalDate].self, from: json) == dates)
        let impossible = Data(#"["2026-02-30"]"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([LocalDate].self, from: impossible) }
    }

    // MARK: LocalDateTime

    @Test(arguments: [
        ("2026-10-14 15:30", "2026-10-14", 930), ("2026-10-14T15:30", "2026-10-14", 930),
        ("2026-10-14T15:30:00", "2026-10-14", 930), ("2026-10-14 15:30:59", "2026-10-14", 930),
        ("2026-10-14 00:00", "2026-10-14", 0), ("2026-10-14 23:59", "2026-10-14", 1439),
    ])
    func dateTimes(text: String, day: String, minutes: Int) throws {
        let value = try #require(LocalDateTime(text))
        #expect(value.date == (try date(day)))
        #expect(value.minutes == minutes)
    }

    @Test func dateOnlyHasNoTime() throws {
        let value = try #require(LocalDateTime("2026-10-14"))
        #expect(value.minutes == nil && value.description == "2026-10-14")
    }

    @Test(arguments: [
        "2026-10-14 24:00", "2026-10-14 15:60", "2026-10-14 7:30", "2026-10-14 07:3", "2026-10-14 15:30:60",
        "2026-10-14 15:30:0", "2026-10-14X15:30", "2026-10-14 15-30", "2026-10-14 ", "2026-10-14T",
        "2026-13-14 15:30", "2026-02-30T10:00", "2026-10-14  15:30", "2026-10-14 15:30 ", "2026-10-14 ab:cd",
        "2026-10-14 15:30Z",
    ])
    func invalidDateTimes(text: String) {
        #expect(LocalDateTime(text) == nil)
    }

    @Test func dateTimeDescriptionAndOrder() throws {
        let morning = try #require(LocalDateTime("2026-10-14T09:05"))
        #expect(morning.description == "2026-10-14 09:05")
        #expect(LocalDateTime(morning.description) == morning)
        let dateOnly = try #require(LocalDateTime("2026-10-14"))
        let midnight = try #require(LocalDateTime("2026-10-14 00:00"))
        let nextDay = try #require(LocalDateTime("2026-10-15"))
        #expect(dateOnly < midnight && midnight < morning && morning < nextDay)
    }
}

/// Date arithmetic never traps or hangs, whatever a config or a note asks for.
@Suite("LocalDate arithmetic at the edges")
struct LocalDateArithmeticTests {
    /// Business days as the spec defines them, one day at a time.
    static func reference(_ start: LocalDate, _ days: Int) -> LocalDate {
        var date = start
        var left = days
        while left > 0 {
            date = date.adding(days: 1)
            if !date.isWeekend { left -= 1 }
        }
        return date
    }

    @Test("business days match counting day by day, from every weekday", arguments: 0..<14)
    func businessDaysMatchTheDefinition(offset: Int) {
        let start = LocalDate(year: 2026, month: 11, day: 9)!.adding(days: offset)  // a Monday, then on
        for days in 0...40 {
            #expect(start.adding(businessDays: days) == Self.reference(start, days), "\(start) + \(days) bd")
        }
    }

    @Test("huge and negative amounts stop at the first or last date there is")
    func saturates() {
        let today = LocalDate(year: 2026, month: 11, day: 18)!
        #expect(today.adding(days: .max) == LocalDate.latest)
        #expect(today.adding(days: .min) == LocalDate.earliest)
        #expect(today.adding(businessDays: .max) == LocalDate.latest)
        #expect(today.adding(businessDays: -5) == today)
        #expect(LocalDate.latest.adding(days: 1) == LocalDate.latest)
        #expect(LocalDate(daysSinceEpoch: .min) == LocalDate.earliest)
        #expect(LocalDate(daysSinceEpoch: .max).description == "9999-12-31")
        #expect(LocalDate.earliest.description == "0001-01-01")
    }
}
