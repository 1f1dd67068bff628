import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A day's note (`Daily/2026-11-18.md`) that says an event about a contact their Log does not
/// have: the step it may have done says where, and the `log` that records it (trial of session
/// twenty-six: "Follow up with Sam Reyes" while the daily note said they had met).
@Suite("Events written in a day's note")
struct DayNoteAdviceTests {
    private static let sam = F.contact(
        "name: Sam Reyes", "added: 2026-11-11", log: ["2026-11-12 emailed: mentioned María"])

    private static func followUp(_ files: [String: String], today: String = "2026-11-24") throws -> NextStep {
        try #require(F.details(files.merging(["contacts/sam.md": sam]) { $1 }, today: today, kind: .followUp).first)
    }

    private static func advice(_ step: NextStep) -> [String] {
        step.details.filter { $0.contains("only a Log entry counts") }
    }

    @Test("the trial's finding: a meeting and a thank-you in daily notes are named under the follow-up")
    func trial() throws {
        let step = try Self.followUp([
            "Daily/2026-11-18.md": "## Meetings\n- Coffee with [[Sam Reyes]] at 10:00 — met: talked about Globex\n"
                + "- Lunch alone\n",
            "Daily/2026-11-19.md": "# Thursday\n- [x] Thanked [[Sam Reyes|Sam]] ✅ 2026-11-19\n",
        ])
        #expect(
            Self.advice(step) == [
                "Daily/2026-11-18.md:2 (2026-11-18) says 'met', but only a Log entry counts: "
                    + "grapevine log \"Sam Reyes\" met --date 2026-11-18",
                "Daily/2026-11-19.md:2 (2026-11-19) says 'thanked', but only a Log entry counts: "
                    + "grapevine log \"Sam Reyes\" thanked --date 2026-11-19",
            ])
        // The step is still shown: which event it was is the user's to record.
        #expect(step.title == "Follow up with Sam Reyes: no reply since 2026-11-12")
    }

    @Test(
        "a line that is no event, a day outside the step's span or a note not named by its day says nothing",
        arguments: [
            ["Daily/2026-11-18.md": "- Lunch near [[Sam Reyes]]'s office\n"],
            ["Daily/2026-11-18.md": "- [ ] Ask [[Sam Reyes]] who he met at Globex\n"],
            ["Daily/2026-11-18.md": "- [ ] Sent a thank-you to [[Sam Reyes]]? check\n"],
            ["Daily/2026-11-18.md": "- Reviewed metrics with [[Sam Reyes]]\n"],
            ["Daily/2026-11-18.md": "- Rewrote my notes on [[Sam Reyes]]\n"],
            ["Daily/2026-11-10.md": "- met [[Sam Reyes]] at the mixer\n"],
            ["Daily/2026-11-30.md": "- met [[Sam Reyes]]\n"],
            ["Projects/Globex.md": "- met [[Sam Reyes]]\n"],
            ["Daily/2026-11-18.md": "Met [[Sam Reyes]] for coffee.\n"],
        ])
    func quiet(files: [String: String]) throws {
        #expect(Self.advice(try Self.followUp(files)).isEmpty)
    }

    @Test("a day the Log already has, or an interview that day, says nothing")
    func recorded() throws {
        let daily = ["Daily/2026-11-18.md": "- met [[Sam Reyes]] for coffee\n"]
        let logged = F.contact(
            "name: Sam Reyes", "added: 2026-11-11", log: ["2026-11-12 emailed", "2026-11-18 met: coffee"])
        let interview = ["interviews/i.md": F.interview("Sam Reyes", "2026-11-18")]
        for files in [["contacts/sam.md": logged], interview.merging(["contacts/sam.md": Self.sam]) { $1 }] {
            let vault = try TemporaryVault.load(daily.merging(files) { $1 })
            let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-24")).steps()
            #expect(steps.contains { $0.contact == "Sam Reyes" })
            #expect(steps.allSatisfy { Self.advice($0).isEmpty }, "\(steps.map(\.details))")
        }
    }

    @Test("a ticked task or a line saying the event in other words speaks, as check reads a Log entry")
    func otherWords() throws {
        let step = try Self.followUp([
            "Daily/2026-11-18.md": "- Coffee with [[Sam Reyes]] at 10:00\n",
            "Daily/2026-11-19.md": "- [x] Sent a thank-you to [[Sam Reyes|Sam]]\n",
        ])
        #expect(
            Self.advice(step).map { $0.prefix(39) } == [
                "Daily/2026-11-18.md:1 (2026-11-18) says", "Daily/2026-11-19.md:1 (2026-11-19) says",
            ])
        #expect(
            Self.advice(step).map {
                $0.hasSuffix(" met --date 2026-11-18") || $0.hasSuffix(" thanked --date 2026-11-19")
            } == [true, true])
    }

    @Test("an outreach in a day's note is named under the move-on of someone who never answered")
    func outreach() throws {
        let files = [
            "contacts/dan.md": F.contact(
                "name: Dan Moore", "organization: Initech", "added: 2026-11-03",
                log: ["2026-11-04 messaged", "2026-11-06 followed up"]),
            "Daily/2026-11-18.md": "- Called [[Dan Moore]] — no answer\n",
        ]
        let step = try #require(F.details(files, today: "2026-11-24", kind: .moveOn).first)
        #expect(
            Self.advice(step) == [
                "Daily/2026-11-18.md:1 (2026-11-18) says 'called', but only a Log entry counts: "
                    + "grapevine log \"Dan Moore\" called --date 2026-11-18"
            ])
    }

    @Test(
        "the event word is found as a word, in any case",
        arguments: [
            ("Coffee with Sam — met: talked", "met"), ("Called Dan", "called"), ("REACHED OUT to Ana", "reached out"),
            ("metrics review", nil), ("Dan remet", nil), ("unanswered", nil), ("we snoozed it", nil),
            ("Coffee with Sam at 10", "met"), ("Sent a thank-you to Ana", "thanked"), ("Texted Omar", "messaged"),
            ("Ask Sam about coffee with Ana", nil), ("Emaild Dan", nil),
        ])
    func eventWord(text: String, word: String?) {
        #expect(NextStepContext.eventWord(in: text) == word)
    }
}
