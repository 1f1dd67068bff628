import Testing

@testable import GrapevineCore

@Suite("ISO weeks")
struct ISOWeekTests {
    @Test(
        "a date's ISO week, across year ends (checked with date +%G-W%V)",
        arguments: [
            ("2026-11-18", "2026-W47"), ("2026-11-16", "2026-W47"), ("2026-11-22", "2026-W47"),
            ("2026-11-23", "2026-W48"), ("2026-01-01", "2026-W01"), ("2026-12-31", "2026-W53"),
            ("2027-01-01", "2026-W53"), ("2027-01-03", "2026-W53"), ("2027-01-04", "2027-W01"),
            ("2024-12-30", "2025-W01"), ("2021-01-03", "2020-W53"), ("2026-09-07", "2026-W37"),
        ])
    func week(date: String, week: String) throws {
        let day = try #require(LocalDate(date))
        #expect(ISOWeek(containing: day).description == week)
    }

    @Test("a week starts on its Monday, and the next one seven days later")
    func mondays() throws {
        let week = ISOWeek(containing: try #require(LocalDate("2026-11-18")))
        #expect(week.monday == LocalDate("2026-11-16"))
        #expect(week.sunday == LocalDate("2026-11-22"))
        #expect(week.next?.monday == LocalDate("2026-11-23"))
        #expect(week < week.next!)
    }

    /// Dates stop at 9999-12-31, a Friday: seven days after that week's Monday was that Friday
    /// again, the same week, and a report to a date in it never ended.
    @Test(
        "the week of the last date there is has no next week; the ones before do",
        arguments: ["9999-12-27", "9999-12-30", "9999-12-31"])
    func lastWeek(date: String) throws {
        let week = ISOWeek(containing: try #require(LocalDate(date)))
        #expect(week == ISOWeek.last)
        #expect(week.description == "9999-W52")
        #expect(week.next == nil)
        let before = ISOWeek(containing: try #require(LocalDate("9999-12-26")))
        #expect(before.next == week)
    }

    @Test("the first week there is starts on 0001-01-01, a Monday, and is 0001-W01")
    func firstWeek() throws {
        let week = ISOWeek(containing: LocalDate.earliest)
        #expect(week.monday == LocalDate.earliest)
        #expect(week.description == "0001-W01")
        #expect(week.next?.monday == LocalDate("0001-01-08"))
    }
}
