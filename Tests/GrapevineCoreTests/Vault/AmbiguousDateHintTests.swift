import Testing

@testable import GrapevineCore

/// A date whose day and month could be either way round (`2/12/2026`) gets both readings in
/// its hint; a reading before the date it cannot precede (the interview, for what was sent
/// after it; the entry above, in a Log) is not proposed first.
@Suite("Ambiguous dates: the reading that can be right first")
struct AmbiguousDateHintTests {
    static func interviewHint(_ line: String, date: String = "2026-12-01") throws -> String? {
        let text = "---\ncontact: \"[[Dana]]\"\ndate: \(date)\n\(line)\n---\n"
        let vault = try TemporaryVault.load(["interviews/i.md": text, "contacts/dana.md": "---\nname: Dana\n---\n"])
        return try #require(vault.diagnostics(.invalidDate).only).hint
    }

    @Test(arguments: [
        // The reproduction: month-first, 2026-02-12, is before the meeting.
        ("thank_you: 2/12/2026", "write it as '2026-12-02' (or '2026-02-12' if the month comes first)"),
        ("update: 3/12/2026", "write it as '2026-12-03' (or '2026-03-12' if the month comes first)"),
        ("resume_sent: 4/12/2026", "write it as '2026-12-04' (or '2026-04-12' if the month comes first)"),
        // Dots are written day first: that reading alone.
        ("thank_you: 02.12.26", "write it as '2026-12-02'"),
        // Both readings on or after the meeting, or both before: as written, month first.
        ("thank_you: 12/2/2026", "write it as '2026-12-02' (or '2026-02-12' if the day comes first)"),
        ("update: 1/2/2027", "write it as '2027-01-02' (or '2027-02-01' if the day comes first)"),
        ("thank_you: 1/2/2026", "write it as '2026-01-02' (or '2026-02-01' if the day comes first)"),
        // The meeting's own day is not before it.
        ("thank_you: 1/12/2026", "write it as '2026-12-01' (or '2026-01-12' if the month comes first)"),
    ])
    func aSentDateIsNotProposedBeforeTheInterview(line: String, hint: String) throws {
        #expect(try Self.interviewHint(line) == hint)
    }

    @Test("a date-time interview bounds the readings by its day; an unreadable one bounds nothing")
    func theInterviewDateTimeIsItsDay() throws {
        #expect(
            try Self.interviewHint("thank_you: 2/12/2026", date: "2026-12-01 15:00")
                == "write it as '2026-12-02' (or '2026-02-12' if the month comes first)")
        let vault = try TemporaryVault.load([
            "interviews/i.md": "---\ncontact: Dana\ndate: someday\nthank_you: 2/12/2026\n---\n"
        ])
        let hints = vault.diagnostics(.invalidDate).compactMap(\.hint)
        #expect(hints.contains("write it as '2026-02-12' (or '2026-12-02' if the day comes first)"))
    }

    @Test("the interview's own date keeps the readings as written")
    func theInterviewDateIsNotBounded() throws {
        let vault = try TemporaryVault.load(["interviews/i.md": "---\ncontact: Dana\ndate: 2/12/2026\n---\n"])
        let hint = try #require(vault.diagnostics(.invalidDate).only).hint ?? ""
        #expect(hint.hasPrefix("write it as '2026-02-12'"), "\(hint)")
    }

    @Test(arguments: [
        // The entry above is on 2026-11-20: 2026-02-12 would be before it.
        (["2026-11-20 emailed", "2/12/2026 thanked"], "'2026-12-02' (or '2026-02-12' if the month comes first)"),
        // Without a year, the year of the entry above fills it in and bounds it the same way.
        (["2026-11-20 emailed", "2/12 replied"], "'2026-12-02' (or '2026-02-12' if the month comes first)"),
        // Nothing above, or both readings after it: as written.
        (["2/12/2026 thanked"], "'2026-02-12' (or '2026-12-02' if the day comes first)"),
        (["2026-01-05 emailed", "2/12/2026 thanked"], "'2026-02-12' (or '2026-12-02' if the day comes first)"),
    ])
    func aLogDateIsNotProposedBeforeTheEntryAbove(lines: [String], readings: String) throws {
        let text = "---\nname: V\n---\n## Log\n" + lines.map { "- \($0)\n" }.joined()
        let vault = try TemporaryVault.load(["contacts/v.md": text])
        let problem = try #require(vault.diagnostics(.invalidLogDate).only)
        #expect(problem.hint == "write the date as YYYY-MM-DD: " + readings)
    }

    @Test("one reading, or none, is left as it is")
    func aSingleReadingIsKept() {
        let earliest = LocalDate("2026-12-01")
        let single = LogDateForms.match("12/25/2026", year: nil)
        #expect(single?.notBefore(earliest) == single)
        let yearless = LogDateForms.match("2/12", year: nil)
        #expect(yearless?.notBefore(earliest) == yearless)
        #expect(yearless?.meanings == ["YYYY-02-12", "YYYY-12-02"])
    }
}
