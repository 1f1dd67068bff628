import Testing

@testable import GrapevineCore

/// SPEC §2.2 `duration`: minutes, default 20. A value `check` rejects is not used anywhere:
/// the interview lasts the default, as one without `duration` does.
@Suite("An interview's duration")
struct InterviewDurationTests {
    static func read(_ duration: String) throws -> (minutes: Int, problems: [Diagnostic]) {
        let vault = try TemporaryVault.load([
            "interviews/i.md": "---\ncontact: Pat\ndate: 2026-11-20 10:00\nduration: \(duration)\n---\n"
        ])
        let interview = try #require(vault.notes.first?.interview)
        return (interview.duration, vault.diagnostics.filter { $0.severity == .error })
    }

    @Test(
        "every rejected duration falls back to the default 20",
        arguments: ["-20", "0", "0.5", "22.5", "-0.5", "soon", "1e400", "nan", ".5", "0,5", "[30]"])
    func rejectedFallsBack(duration: String) throws {
        let (minutes, problems) = try Self.read(duration)
        #expect(minutes == 20)
        #expect(problems.count == 1, "\(problems.map(\.message))")
    }

    @Test(
        "the hint never suggests a value that is itself rejected",
        arguments: [
            ("0.5", "it is in minutes: for 0.5 hours, write 'duration: 30'"),
            ("1.5", "it is in minutes: for 1.5 hours, write 'duration: 90'"),
            ("22.5", "write whole minutes, such as 'duration: 20'"),
            ("-0.5", "write whole minutes, such as 'duration: 20'"),
            ("0", "write the minutes, such as 'duration: 20'"),
            ("-20", "write the minutes, such as 'duration: 20'"),
        ])
    func hints(duration: String, hint: String) throws {
        let problem = try #require(try Self.read(duration).problems.only)
        #expect(problem.hint == hint)
        #expect(problem.located == "error interviews/i.md:4:11")
    }

    @Test(
        "quiet: a valid duration is kept, in any form it is read in",
        arguments: [("45", 45), ("30 min", 30), ("1 h", 60)])
    func validDurations(duration: String, minutes: Int) throws {
        #expect(try Self.read(duration).minutes == minutes)
        #expect(try Self.read(duration).problems.isEmpty)
    }

    @Test("a rejected duration is not what next and the calendar show")
    func stepsAndCalendarUseTheDefault() throws {
        let vault = try TemporaryVault.load([
            "interviews/pat.md": "---\ncontact: Pat\ndate: 2026-11-20 10:00\nduration: -20\n---\n"
        ])
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-18")).steps()
        let interview = try #require(steps.first { $0.kind == .interview })
        #expect(interview.details.contains("20 minutes."), "\(interview.details)")
        #expect(!interview.details.joined().contains("-20"))
    }

    @Test("quiet: another whole-number field written with a fraction is not told to write the number cut off")
    func fractionInAnotherField() throws {
        let vault = try TemporaryVault.load(["organizations/a.md": "---\nname: A\nmotivation: 2.5\n---\n"])
        let problem = try #require(vault.diagnostics.first { $0.code == .wrongType })
        #expect(problem.hint == "write a whole number")
    }
}
