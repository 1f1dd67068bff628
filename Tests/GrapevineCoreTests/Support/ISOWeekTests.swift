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
        #expect(week.next.monday == LocalDate("2026-11-23"))
        #expect(week < week.next)
    }
}
