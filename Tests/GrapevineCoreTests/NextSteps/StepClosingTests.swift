import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// `skipped KIND` and `snoozed KIND until DATE` Log entries (SPEC §2.1, §3 "Closing a step"),
/// on every kind of step about a person. 2026-11-18 is a Wednesday.
@Suite("Skipped and snoozed steps")
struct StepClosingTests {
    /// A vault with one step of `kind` about Vera Quist, started on `since`, and Vera's Log.
    struct Scenario: Sendable, CustomTestStringConvertible {
        var kind: NextStep.Kind
        var since: String
        var due: String
        var files: @Sendable ([String]) -> [String: String]
        var testDescription: String { kind.rawValue }
    }

    static func vera(_ log: [String], added: String? = nil, referredBy: String? = nil) -> String {
        var lines = ["name: Vera Quist", "organization: Northfork Co-op"]
        if let added { lines.append("added: \(added)") }
        if let referredBy { lines.append("referred_by: \(referredBy)") }
        return "---\n" + lines.map { $0 + "\n" }.joined() + "---\n## Log\n" + log.map { "- \($0)\n" }.joined()
    }

    static let scenarios: [Scenario] = [
        Scenario(kind: .thankYou, since: "2026-11-16", due: "2026-11-17") { log in
            ["contacts/v.md": vera(log), "interviews/i.md": F.interview("Vera Quist", "2026-11-16")]
        },
        Scenario(kind: .sendResume, since: "2026-11-16", due: "2026-11-17") { log in
            [
                "contacts/v.md": vera(log),
                "interviews/i.md": F.interview("Vera Quist", "2026-11-16", "resume_requested: true", "thank_you: true"),
            ]
        },
        Scenario(kind: .update, since: "2026-10-01", due: "2026-10-31") { log in
            ["contacts/v.md": vera(log), "interviews/i.md": F.interview("Vera Quist", "2026-10-01", "thank_you: true")]
        },
        Scenario(kind: .thankReferrer, since: "2026-11-16", due: "2026-11-23") { log in
            [
                "contacts/v.md": vera(log),
                "contacts/sam.md": F.contact("name: Sam Reyes", "referred_by: Vera Quist", "added: 2026-11-01"),
                "interviews/i.md": F.interview("Sam Reyes", "2026-11-16", "thank_you: true"),
            ]
        },
        Scenario(kind: .contactReferral, since: "2026-11-10", due: "2026-11-13") { log in
            [
                "contacts/ana.md": F.contact("name: Ana"),
                "contacts/v.md": vera(log, added: "2026-11-10", referredBy: "Ana"),
            ]
        },
        Scenario(kind: .reachOut, since: "2026-11-10", due: "2026-11-10") { log in
            ["contacts/v.md": vera(log, added: "2026-11-10")]
        },
        Scenario(kind: .tryAnother, since: "2026-11-02", due: "2026-11-05") { log in
            ["contacts/v.md": vera(["2026-11-02 emailed"] + log)]
        },
        Scenario(kind: .followUp, since: "2026-11-02", due: "2026-11-11") { log in
            ["contacts/v.md": vera(["2026-11-02 emailed"] + log)]
        },
        Scenario(kind: .moveOn, since: "2026-11-03", due: "2026-11-12") { log in
            ["contacts/v.md": vera(["2026-10-26 emailed", "2026-11-03 followed up"] + log)]
        },
        Scenario(kind: .schedule, since: "2026-11-05", due: "2026-11-07") { log in
            ["contacts/v.md": vera(["2026-11-02 emailed", "2026-11-05 replied"] + log)]
        },
        Scenario(kind: .stayInTouch, since: "2026-08-03", due: "2026-11-01") { log in
            [
                "contacts/v.md": vera(log),
                "interviews/i.md": F.interview(
                    "Vera Quist", "2026-08-03", "thank_you: 2026-08-03", "update: 2026-08-03"),
            ]
        },
        Scenario(kind: .prepare, since: "2026-11-15", due: "2026-11-21") { log in
            ["contacts/v.md": vera(log), "interviews/i.md": F.interview("Vera Quist", "2026-11-22")]
        },
    ]

    private func steps(_ scenario: Scenario, _ log: [String]) throws -> [NextStep] {
        try F.details(scenario.files(log), today: "2026-11-18", kind: scenario.kind)
            .filter { $0.contact == "Vera Quist" }
    }

    @Test(arguments: scenarios)
    func theStepWithoutClosings(_ scenario: Scenario) throws {
        #expect(try steps(scenario, []).map(\.due) == [LocalDate(valid: scenario.due)])
    }

    @Test(arguments: scenarios)
    func skippedOnOrAfterItsStartHidesIt(_ scenario: Scenario) throws {
        let reason = "\(scenario.since) skipped \(scenario.kind.rawValue): not needed"
        #expect(try steps(scenario, [reason]).isEmpty)
    }

    @Test(arguments: scenarios)
    func skippedBeforeItsStartDoesNotHold(_ scenario: Scenario) throws {
        let before = LocalDate(valid: scenario.since).adding(days: -1)
        #expect(try steps(scenario, ["\(before) skipped \(scenario.kind.rawValue)"]).count == 1)
    }

    @Test(arguments: scenarios)
    func skippingAnotherKindChangesNothing(_ scenario: Scenario) throws {
        let other: NextStep.Kind = scenario.kind == .reminder ? .task : .reminder
        #expect(try steps(scenario, ["\(scenario.since) skipped \(other.rawValue)"]).count == 1)
    }

    @Test(arguments: scenarios)
    func snoozedMovesTheDueDate(_ scenario: Scenario) throws {
        let entry = "\(scenario.since) snoozed \(scenario.kind.rawValue) until 2026-12-10: away"
        let snoozed = try steps(scenario, [entry])
        #expect(snoozed.map(\.due) == [LocalDate(valid: "2026-12-10")])
        #expect(snoozed.first?.details.last == "Snoozed on \(scenario.since) until 2026-12-10: away.")
    }

    @Test(arguments: scenarios)
    func aSnoozeThatEndedBeforeTheDueDateChangesNothing(_ scenario: Scenario) throws {
        let entry = "\(scenario.since) snoozed \(scenario.kind.rawValue) until \(scenario.since)"
        let step = try steps(scenario, [entry])
        #expect(step.map(\.due) == [LocalDate(valid: scenario.due)])
        #expect(!step.contains { $0.details.contains { $0.hasPrefix("Snoozed") } })
    }

    @Test func aSkipDatedAfterTodayDoesNotHoldYet() throws {
        let files = ["contacts/v.md": Self.vera(["2026-11-02 emailed", "2026-11-20 skipped follow-up"])]
        #expect(try F.steps(files, today: "2026-11-18", kind: .followUp) == ["2026-11-11 Vera Quist"])
        #expect(try F.steps(files, today: "2026-11-20", kind: .followUp) == [])
    }

    @Test func aNewReplyBringsScheduleBack() throws {
        let log = ["2026-11-02 emailed", "2026-11-05 replied", "2026-11-06 skipped schedule: just advice by mail"]
        #expect(try F.steps(["contacts/v.md": Self.vera(log)], today: "2026-11-18", kind: .schedule) == [])
        let later = log + ["2026-11-16 replied: now I have time to meet"]
        #expect(
            try F.steps(["contacts/v.md": Self.vera(later)], today: "2026-11-18", kind: .schedule) == [
                "2026-11-18 Vera Quist"
            ])
    }

    @Test func aTaskIsClosedByItsBoxNotByTheLog() throws {
        let files = [
            "contacts/v.md": Self.vera(["2026-11-10 skipped task"]).replacingOccurrences(
                of: "## Log", with: "## To do\n- [ ] Send the article\n\n## Log")
        ]
        #expect(try F.steps(files, today: "2026-11-18", kind: .task) == ["- Vera Quist"])
    }

    @Test func skipsAndSnoozesAreNotTouches() throws {
        let files = [
            "contacts/v.md": Self.vera(["2026-11-10 snoozed stay-in-touch until 2026-11-12"]),
            "interviews/i.md": F.interview("Vera Quist", "2026-08-03", "thank_you: 2026-08-03", "update: 2026-08-03"),
        ]
        #expect(try F.steps(files, today: "2026-11-18", kind: .stayInTouch) == ["2026-11-12 Vera Quist"])
    }

    // MARK: Reading the entries

    @Test(arguments: [
        ("- 2026-11-10 skipped schedule: a connector", StepClosing(kind: .schedule, until: nil), "a connector"),
        ("- 2026-11-10 Skipped Thank-You", StepClosing(kind: .thankYou, until: nil), ""),
        (
            "- 2026-11-10 snoozed follow-up until 2026-12-10: away until the 9th",
            StepClosing(kind: .followUp, until: LocalDate(valid: "2026-12-10")), "away until the 9th"
        ),
        (
            "- 2026-11-10 snoozed move-on until: 2026-12-01",
            StepClosing(kind: .moveOn, until: LocalDate(valid: "2026-12-01")), ""
        ),
    ])
    func readsTheEntry(line: String, closing: StepClosing, text: String) throws {
        let vault = try TemporaryVault.load(["contacts/v.md": "---\nname: V\n---\n## Log\n\(line)\n"])
        let entry = try #require(vault.note(atPath: "contacts/v.md")?.contact?.log.only)
        #expect(entry.closing == closing)
        #expect(entry.text == text)
        #expect(vault.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("- 2026-11-10 skipped", "'skipped' needs the kind of step"),
        ("- 2026-11-10 skipped lunch: busy", "'lunch' is not a kind of next step"),
        ("- 2026-11-10 snoozed follow-up", "'snoozed follow-up' needs the day it is due again"),
        ("- 2026-11-10 snoozed follow-up until next week", "'snoozed follow-up' needs the day it is due again"),
    ])
    func aBrokenEntryIsAnErrorAndLeftOut(line: String, message: String) throws {
        let vault = try TemporaryVault.load(["contacts/v.md": "---\nname: V\n---\n## Log\n\(line)\n"])
        let problem = try #require(vault.diagnostics(inFile: "contacts/v.md").only)
        #expect(problem.located == "error contacts/v.md:5:3")
        #expect(problem.message.contains(message))
        #expect(vault.note(atPath: "contacts/v.md")?.contact?.log.isEmpty == true)
    }

    @Test(arguments: [
        (
            "until 12/10/2026: away",
            "write the date as YYYY-MM-DD: 'until 2026-12-10' (or 'until 2026-10-12' if the day comes first)"
        ),
        ("until Dec 10", "write the date as YYYY-MM-DD: 'until YYYY-12-10'"),
        ("until 2026-12-1", "write the date as YYYY-MM-DD: 'until 2026-12-01'"),
        (
            "until next week",
            "write 'until YYYY-MM-DD', e.g. '- 2026-11-20 snoozed follow-up until 2026-12-10: away until the 9th'"
        ),
    ])
    func aSnoozeUntilADayWrittenAnotherWayGetsItsISOForm(until: String, hint: String) throws {
        let line = "- 2026-11-10 snoozed follow-up \(until)"
        let vault = try TemporaryVault.load(["contacts/v.md": "---\nname: V\n---\n## Log\n\(line)\n"])
        #expect(vault.diagnostics(inFile: "contacts/v.md").only?.hint == hint)
    }
}
