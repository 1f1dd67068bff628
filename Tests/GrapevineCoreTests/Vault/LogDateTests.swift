import Testing

@testable import GrapevineCore

/// Log items that start with a date in another form than YYYY-MM-DD are errors with the ISO
/// form to write, never dropped in silence; dates after today are warnings (SPEC §2.1).
@Suite("Log dates as people write them")
struct LogDateTests {
    static func vault(_ lines: [String]) throws -> Vault {
        try TemporaryVault.load(["contacts/v.md": "---\nname: V\n---\n## Log\n" + lines.map { "- \($0)\n" }.joined()])
    }

    @Test(arguments: [
        (
            "12/01/2026 emailed", "'12/01/2026'",
            "write the date as YYYY-MM-DD: '2026-12-01' (or '2026-01-12' if the day comes first)"
        ),
        ("12/25/2026 emailed", "'12/25/2026'", "write the date as YYYY-MM-DD: '2026-12-25'"),
        ("25.12.2026 emailed", "'25.12.2026'", "write the date as YYYY-MM-DD: '2026-12-25'"),
        // Dots are the day-first way: the day-first reading alone, unless it is no day.
        ("2.11.2026 replied", "'2.11.2026'", "write the date as YYYY-MM-DD: '2026-11-02'"),
        ("06.12.26 emailed", "'06.12.26'", "write the date as YYYY-MM-DD: '2026-12-06'"),
        ("11.11.2026 met", "'11.11.2026'", "write the date as YYYY-MM-DD: '2026-11-11'"),
        ("06.13.2026 emailed", "'06.13.2026'", "write the date as YYYY-MM-DD: '2026-06-13'"),
        (
            "3/4/26 called", "'3/4/26'",
            "write the date as YYYY-MM-DD: '2026-03-04' (or '2026-04-03' if the day comes first)"
        ),
        (
            "12-01-2026 emailed", "'12-01-2026'",
            "write the date as YYYY-MM-DD: '2026-12-01' (or '2026-01-12' if the day comes first)"
        ),
        ("2026-12-2 emailed", "'2026-12-2'", "write the date as YYYY-MM-DD: '2026-12-02'"),
        ("2026/12/02 emailed", "'2026/12/02'", "write the date as YYYY-MM-DD: '2026-12-02'"),
        ("Dec 3 emailed", "'Dec 3'", "write the date as YYYY-MM-DD: 'YYYY-12-03'"),
        ("December 3, 2026: replied", "'December 3, 2026'", "write the date as YYYY-MM-DD: '2026-12-03'"),
        ("3rd Dec 2026 met", "'3rd Dec 2026'", "write the date as YYYY-MM-DD: '2026-12-03'"),
        ("Sept. 9 wrote", "'Sept. 9'", "write the date as YYYY-MM-DD: 'YYYY-09-09'"),
        ("Feb 30 emailed", "'Feb 30'", "write the date as YYYY-MM-DD, with a real month and day"),
        ("Friday, Dec 4 called", "'Friday, Dec 4'", "write the date as YYYY-MM-DD: 'YYYY-12-04'"),
        // A month and a day without a year: both readings when both are real days.
        ("11/30 replied", "'11/30'", "write the date as YYYY-MM-DD: 'YYYY-11-30'"),
        (
            "11/5 replied", "'11/5'",
            "write the date as YYYY-MM-DD: 'YYYY-11-05' (or 'YYYY-05-11' if the day comes first)"
        ),
        (
            "Tue 12/1/2026 emailed", "'Tue 12/1/2026'",
            "write the date as YYYY-MM-DD: '2026-12-01' (or '2026-01-12' if the day comes first)"
        ),
        // Logseq's journal links: the error alone, no "missing note" for the link.
        ("[[Nov 2nd, 2026]] emailed: intro", "'Nov 2nd, 2026'", "write the date as YYYY-MM-DD: '2026-11-02'"),
        ("[[Dec 3rd, 2026|Dec 3]] replied", "'Dec 3rd, 2026'", "write the date as YYYY-MM-DD: '2026-12-03'"),
    ])
    func anotherFormIsAnErrorWithTheISOForm(line: String, written: String, hint: String) throws {
        let vault = try Self.vault([line])
        let problem = try #require(vault.diagnostics(inFile: "contacts/v.md").only)
        #expect(problem.code == .invalidLogDate)
        #expect(problem.located == "error contacts/v.md:5:3")
        #expect(problem.message.hasPrefix(written + " is not a date the Log can read"))
        #expect(problem.hint == hint)
        #expect(vault.note(atPath: "contacts/v.md")?.contact?.log.isEmpty == true)
    }

    @Test("a link to a day written otherwise needs no note, anywhere; a link to a name still does")
    func linkedDayNeedsNoNote() throws {
        let vault = try TemporaryVault.load([
            "notes/n.md": "Met on [[Nov 2nd, 2026]] and [[December 3, 2026]]; ask [[Novak]] and [[Nov]].\n"
        ])
        #expect(
            vault.diagnostics(.missingNote).map(\.message) == [
                "link to a missing note 'Novak'", "link to a missing note 'Nov'",
            ])
    }

    @Test func aDateWithoutAYearTakesTheYearOfTheEntryBefore() throws {
        let vault = try Self.vault(["2025-12-20 emailed", "Jan 5 replied"])
        #expect(vault.diagnostics(.invalidLogDate).only?.hint == "write the date as YYYY-MM-DD: '2025-01-05'")
        let slashed = try Self.vault(["2025-12-20 emailed", "1/13 replied"])
        #expect(slashed.diagnostics(.invalidLogDate).only?.hint == "write the date as YYYY-MM-DD: '2025-01-13'")
    }

    /// Trial finding: `- 10/16 emailed` as a contact's first entry was offered `YYYY-10-16`,
    /// though the note says when they were added; `thank_you: 10/23` of an interview on
    /// 2026-10-22 the same, though a thank-you comes on or after the meeting.
    @Test(
        "a first Log entry without a year takes the year nearest the day the contact was added",
        arguments: [
            ("added: 2026-10-01\n", "10/16 emailed", "2026-10-16"),
            ("added: 2026-12-20\n", "Jan 5 emailed", "2027-01-05"),
            ("added: 2026-01-03\n", "12/30 emailed", "2025-12-30"),
            ("", "10/16 emailed", "YYYY-10-16"),
        ])
    func firstEntryNearAdded(added: String, line: String, date: String) throws {
        let vault = try TemporaryVault.load(["contacts/v.md": "---\nname: V\n\(added)---\n## Log\n- \(line)\n"])
        #expect(vault.diagnostics(.invalidLogDate).only?.hint.map { $0.hasSuffix("'\(date)'") } == true)
    }

    /// Session 33: `- Dec 6 emailed` in a note with no entry above it and no `added` was
    /// offered `YYYY-12-06` by `check`, while a due date `closes Dec 18` got the year as of
    /// today. A Log entry is written after the event: the latest such day on or before today,
    /// in `check` (the vault's and one file's) and in the editor's quick fix alike.
    @Test(
        "a Log date without a year in a note that gives none: check's hint gives the latest such day up to today",
        arguments: [
            ("Dec 6 emailed her the portfolio", "2026-12-06"), ("Dec 7 met", "2026-12-07"),
            ("Dec 20 emailed: intro", "2025-12-20"), ("Feb 29 called", "2024-02-29"),
            ("11/5 replied", "2026-11-05' (or '2026-05-11"),
        ])
    func logDateWithoutYearAsOfToday(line: String, date: String) throws {
        let vault = try Self.vault([line])
        let today = LocalDate(valid: "2026-12-07")
        let hint = "write the date as YYYY-MM-DD: '\(date)'" + (date.contains("(or") ? " if the day comes first)" : "")
        let checked = CheckReport(vault: vault, strict: false, today: today).diagnostics
        #expect(checked.filter { $0.code == .invalidLogDate }.map(\.hint) == [hint])
        let file = try #require(vault.notes.first)
        let live = CheckReport.diagnostics(vault.diagnostics, note: file, strict: false, today: today)
        #expect(live.filter { $0.code == .invalidLogDate }.map(\.hint) == [hint])
        // Read without a today (`--json` of the vault as loaded), `YYYY` still stands in.
        #expect(vault.diagnostics(.invalidLogDate).only?.hint?.contains("'YYYY-") == true)
    }

    @Test(
        "a thank-you or update date without a year: the next such day on or after the interview",
        arguments: [
            ("2026-10-22", "thank_you: 10/23", "2026-10-23"), ("2026-12-30", "update: Jan 29", "2027-01-29"),
        ])
    func sentAfterTheInterview(date: String, line: String, expected: String) throws {
        let vault = try TemporaryVault.load([
            "interviews/i.md": "---\ncontact: V\ndate: \(date)\n\(line)\n---\n"
        ])
        #expect(vault.diagnostics(.invalidDate).only?.hint == "write it as '\(expected)'")
    }

    @Test(arguments: [
        "emailed her last week", "Called Monday", "3 emails, no answer", "Mayday call", "1. first try", "Monday call",
        "Friday, no answer", "50/50 chance she answers",
    ])
    func textThatIsNotADateIsStillAnUndatedWarning(line: String) throws {
        let vault = try Self.vault([line])
        #expect(vault.diagnostics(inFile: "contacts/v.md").map(\.code) == [.undatedLogEntry])
    }

    /// Hostile session 29: `- 11/31 met` was a warning that the entry has no date (check passed,
    /// the meeting was left out), where `Nov 31 met` is an error; a slashed month and day that
    /// is no day is a date mistyped too.
    @Test(
        "a month and day with a slash that is no day is an error, as with the month's name",
        arguments: [
            (["11/31 met"], "11/31"), (["2026-11-02 emailed", "2/29 met"], "2/29"),
            (["2026-11-02 emailed", "2/30 replied"], "2/30"),
        ])
    func aSlashedDayThatIsNoneIsAnError(lines: [String], written: String) throws {
        let vault = try Self.vault(lines)
        let problem = try #require(vault.diagnostics(.invalidLogDate).only)
        #expect(problem.message.hasPrefix("'\(written)' is not a date the Log can read"))
        #expect(problem.severity == .error)
        #expect(problem.hint == "write the date as YYYY-MM-DD, with a real month and day")
        #expect(vault.diagnostics(.undatedLogEntry).isEmpty)
    }

    @Test func anImpossibleISODateKeepsItsMessage() throws {
        let problem = try #require(try Self.vault(["2026-02-30 emailed"]).diagnostics(.invalidLogDate).only)
        #expect(problem.message == "invalid date '2026-02-30' in the Log")
    }

    @Test(
        "a year of more than four digits is an invalid date, not an entry without one",
        arguments: ["9999999999-01-01 emailed", "12345-1-1 called", "20261-11-02, met"])
    func aLongYearIsAnError(line: String) throws {
        let vault = try Self.vault([line])
        let problem = try #require(vault.diagnostics(.invalidLogDate).only)
        let written = String(line.prefix { $0 != " " && $0 != "," })
        #expect(problem.message == "invalid date '\(written)' in the Log")
        #expect(problem.severity == .error)
        #expect(vault.diagnostics(.undatedLogEntry).isEmpty)
        #expect(vault.notes[0].contact?.log.isEmpty == true)
    }

    @Test(
        "a Log date before 1900 is read, with a warning that it is surely a typo",
        arguments: ["0001-01-01 emailed", "1899-12-31 met", "1026-11-04 replied"])
    func aDateLongAgoIsAWarning(line: String) throws {
        let vault = try Self.vault([line, "1900-01-01 emailed"])
        let problem = try #require(vault.diagnostics(.implausibleLogDate).only)
        #expect(problem.severity == .warning)
        #expect(problem.message == "this Log entry is dated \(line.prefix(10)), before 1900: surely a typo")
        #expect(vault.notes[0].contact?.log.count == 2)
    }

    @Test func aDateAfterTodayIsAWarningInCheck() throws {
        let vault = try Self.vault(["2026-11-02 emailed", "2026-11-20 replied"])
        #expect(CheckReport(vault: vault, strict: false).diagnostics.isEmpty)
        let report = CheckReport(vault: vault, strict: false, today: LocalDate(valid: "2026-11-18"))
        let problem = try #require(report.diagnostics.only)
        #expect(problem.code == .futureLogDate)
        #expect(problem.located == "warning contacts/v.md:6:1")
        #expect(problem.message == "this Log entry is dated 2026-11-20, after today (2026-11-18)")
        #expect(CheckReport(vault: vault, strict: false, today: LocalDate(valid: "2026-11-20")).diagnostics.isEmpty)
    }

    /// Found by the fuzzer: a run of digits too long for an Int trapped while looking for a date.
    @Test(arguments: [
        "2026-11-922337203685477580711 replied", "12/01/99999999999999999999 emailed", "99999999999999999999 Dec",
    ])
    func aLongRunOfDigitsIsNoDate(line: String) throws {
        let vault = try Self.vault([line])
        #expect(vault.diagnostics(inFile: "contacts/v.md").count == 1)
        #expect(vault.note(atPath: "contacts/v.md")?.contact?.log.isEmpty == true)
    }

    /// A trial's journal habit: `- yesterday emailed` was a warning that the entry has no date,
    /// and `next` still said to reach out, without a word of the line.
    @Test(
        "a Log item that starts with a day counted from when it was written is an error, left out",
        arguments: [
            ("yesterday emailed: said hi after the meetup", "yesterday"), ("Today, called", "Today"),
            ("this morning replied: yes to Tuesday", "this morning"), ("Last night messaged", "Last night"),
        ])
    func aRelativeDayIsAnError(line: String, written: String) throws {
        let vault = try Self.vault([line])
        let problem = try #require(vault.diagnostics(.invalidLogDate).only)
        #expect(problem.message == "'\(written)' is not a date the Log can read (YYYY-MM-DD); the entry is left out")
        #expect(problem.severity == .error)
        #expect(problem.hint?.hasPrefix("write the day it happened as YYYY-MM-DD in place of '\(written)'") == true)
        #expect(vault.diagnostics(.undatedLogEntry).isEmpty)
        #expect(vault.notes[0].contact?.logLeftOut.map(\.written) == [written])
    }

    @Test("a word that only starts like one is no day", arguments: ["todays call went well", "Yesterdays news"])
    func aWordThatStartsLikeADayIsNone(line: String) throws {
        #expect(try Self.vault([line]).diagnostics(inFile: "contacts/v.md").map(\.code) == [.undatedLogEntry])
    }

    @Test("next says that the outreach written 'yesterday' is not counted, under the reach-out it leaves open")
    func reachOutNamesTheLine() throws {
        let vault = try TemporaryVault.load([
            "contacts/noor-ali.md": "---\nname: Noor Ali\nadded: 2026-12-02\nsource: meetup\n---\n## Log\n"
                + "- yesterday emailed: said hi after the meetup\n"
        ])
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-12-07")).steps()
        let reach = try #require(steps.first { $0.kind == .reachOut })
        #expect(
            reach.details.contains(
                "contacts/noor-ali.md:7 says 'emailed' on 'yesterday', a day the Log cannot know, so it is not "
                    + "counted: write '- YYYY-MM-DD emailed: said hi after the meetup' with the day it happened."),
            "\(reach.details)")
    }
}
