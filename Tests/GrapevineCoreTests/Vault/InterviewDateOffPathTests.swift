import Testing

@testable import GrapevineCore

/// An interview's `date:` that differs only in the year from the date of its file name or
/// folder is a `date-off-path` warning at the date, with the date the path says; any other
/// difference (a note filed the day it was planned, in the month it was written) is quiet.
@Suite("An interview dated a year off its path")
struct InterviewDateOffPathTests {
    static func problems(path: String, date: String) throws -> [Diagnostic] {
        let vault = try TemporaryVault.load([
            path: "---\ntype: interview\ncontact: \"[[Tom Becker]]\"\ndate: \(date)\n---\n## Notes\nGreat chat!\n"
        ])
        return vault.diagnostics(.dateOffPath)
    }

    @Test(
        "a year off the file name's or the folder's date is said, with the date meant",
        arguments: [
            ("Meetings/2026-12/2026-12-01 Tom Becker.md", "2027-12-01", "file name says 2026-12-01", "2026-12-01"),
            (
                "Meetings/2026-12/2026-12-01 Tom Becker.md", "2027-12-01 10:00", "file name says 2026-12-01",
                "2026-12-01"
            ),
            ("2026-01-05 Tom Becker.md", "2025-01-05", "file name says 2026-01-05", "2026-01-05"),
            ("2026-01-05-tom-becker.md", "2025-01-05", "file name says 2026-01-05", "2026-01-05"),
            ("Meetings/2026-12/Tom Becker.md", "2027-12-03", "folder says 2026-12", "2026-12-03"),
            ("Meetings/2026-12-03/Tom Becker.md", "2027-12-03", "folder says 2026-12-03", "2026-12-03"),
            ("Notes/2026/2026-12/Tom.md", "2027-12-09", "folder says 2026-12", "2026-12-09"),
        ])
    func yearOff(path: String, date: String, says: String, meant: String) throws {
        let problem = try #require(try Self.problems(path: path, date: date).only)
        #expect(problem.severity == .warning)
        #expect(problem.message == "this interview is dated \(date.prefix(10)), but its \(says)")
        #expect(problem.hint?.hasPrefix("if the year is a slip, write 'date: \(meant)'") == true)
        #expect(problem.located == "warning \(path):4:7")
    }

    @Test(
        "quiet: the same date, another day or month (filed when planned), a path without a date",
        arguments: [
            ("Meetings/2026-12/2026-12-01 Tom Becker.md", "2026-12-01"),
            ("Meetings/2026-11/2026-12-14 Chloé Dubois.md", "2026-12-14 11:00"),
            ("Meetings/2026-11/2026-11-30 Tom Becker.md", "2026-12-03"),
            ("Meetings/2026-12/2026-12-28 Tom Becker.md", "2027-01-05"),
            ("Meetings/2026-12/2026-12-01 Tom Becker.md", "2026-12-10"),
            ("Meetings/2026/Tom Becker.md", "2027-01-05"),
            ("Meetings/Tom Becker 2026-12-01.md", "2026-12-03"),
            ("Meetings/Q4-2026/Tom Becker.md", "2027-12-01"),
        ])
    func quiet(path: String, date: String) throws {
        #expect(try Self.problems(path: path, date: date).isEmpty)
    }
}
