import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// One meeting written up in two interview notes (the same people on the same day, which
/// `check` warns about): `next` makes one thank-you, update and resume step for it, the first
/// note's, naming the other note, and what either note records closes it.
@Suite("One meeting in two notes")
struct MeetingInTwoNotesTests {
    private static func files(_ first: [String] = [], _ second: [String] = [], secondDate: String = "2026-11-20")
        -> [String: String]
    {
        [
            "contacts/dana.md": F.contact("name: Dana Lee", "added: 2026-11-01"),
            "interviews/2026-11-20-dana-lee.md": "---\ncontact: Dana Lee\ndate: 2026-11-20\n"
                + first.map { $0 + "\n" }.joined() + "---\n## Notes\nCase study.\n",
            "interviews/2026-11-20-dana-notes.md": "---\ncontact: \"[[Dana Lee]]\"\ndate: \(secondDate)\n"
                + second.map { $0 + "\n" }.joined() + "---\n## Notes\nMore notes.\n",
        ]
    }

    @Test("one thank-you, the first note's, naming the other")
    func oneThankYou() throws {
        let steps = try F.details(Self.files(), today: "2026-11-22", kind: .thankYou)
        let step = try #require(steps.only)
        #expect(step.title == "Send a thank-you note to Dana Lee")
        #expect(step.file == "interviews/2026-11-20-dana-lee.md")
        #expect(
            step.details.last
                == "The meeting is written up in interviews/2026-11-20-dana-notes.md too: a thank_you: there closes "
                + "this step as well.")
    }

    @Test("the thank-you mentions what either note says: the names, the resume, the resources")
    func detailsOfBoth() throws {
        var files = Self.files([], ["resume_requested: true"])
        files["interviews/2026-11-20-dana-notes.md"]! +=
            "\n## Referrals\n- Kai Ortiz — accessibility lead\n\n## Resources\n- [ ] Inclusive Components\n"
        let step = try #require(try F.details(files, today: "2026-11-22", kind: .thankYou).only)
        #expect(step.details.contains("Thank them for the names: Kai Ortiz."), "\(step.details)")
        #expect(step.details.contains("They asked for your resume: attach it."))
        #expect(step.details.contains("Mention what they recommended: Inclusive Components."))
    }

    @Test(
        "a thank_you in either note closes it",
        arguments: [
            (["thank_you: 2026-11-20"], [String]()), ([], ["thank_you: 2026-11-21"]), ([], ["thank_you: true"]),
        ])
    func closedByEither(first: [String], second: [String]) throws {
        #expect(try F.details(Self.files(first, second), today: "2026-11-22", kind: .thankYou).isEmpty)
    }

    @Test(
        "two meetings that day are two steps: other times, or another day",
        arguments: [("2026-11-20 09:00", "2026-11-20 15:00"), ("2026-11-20", "2026-11-21")])
    func twoMeetings(first: String, second: String) throws {
        var files = Self.files(secondDate: second)
        files["interviews/2026-11-20-dana-lee.md"] = "---\ncontact: Dana Lee\ndate: \(first)\n---\n"
        #expect(try F.details(files, today: "2026-11-25", kind: .thankYou).count == 2)
    }

    @Test("one update for the meeting, not two meetings of one date")
    func oneUpdate() throws {
        let steps = try F.details(Self.files(), today: "2026-12-22", kind: .update)
        let step = try #require(steps.only)
        #expect(step.file == "interviews/2026-11-20-dana-lee.md")
        #expect(!step.details.contains { $0.hasPrefix("One update for your meetings") }, "\(step.details)")
        #expect(
            try F.details(Self.files([], ["update: 2026-12-19"]), today: "2026-12-22", kind: .update).isEmpty)
    }

    @Test("the resume asked for in either note is one step, and resume_sent in either closes it")
    func oneResume() throws {
        let asked = Self.files(["resume_requested: true"], ["resume_requested: true"])
        #expect(try F.details(asked, today: "2026-11-22", kind: .sendResume).count == 1)
        let askedInSecond = Self.files([], ["resume_requested: true"])
        #expect(try F.details(askedInSecond, today: "2026-11-22", kind: .sendResume).map(\.file) == [
            "interviews/2026-11-20-dana-lee.md"
        ])
        let sent = Self.files(["resume_requested: true"], ["resume_sent: 2026-11-21"])
        #expect(try F.details(sent, today: "2026-11-22", kind: .sendResume).isEmpty)
    }
}
