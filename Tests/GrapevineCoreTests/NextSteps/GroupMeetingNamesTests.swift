import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// The people of a meeting with several people, as steps, the calendar and the interview's own
/// name list them (`Prose.list`, `Prose.people`).
@Suite("Names of a group meeting")
struct GroupMeetingNamesTests {
    /// Kai Lee and Tom Baker work at Impossible Foods; Bea Noor at `beasOrganization`. They met
    /// you on 2026-11-10 (named Uma Ray, told you of an opening) and meet you again on the 23rd.
    static func vault(beasOrganization: String? = nil) -> [String: String] {
        [
            "contacts/kai.md": F.contact("name: Kai Lee", "organization: Impossible Foods", "added: 2026-11-01"),
            "contacts/tom.md": F.contact("name: Tom Baker", "organization: Impossible Foods", "added: 2026-11-01"),
            "contacts/bea.md": F.contact(
                "name: Bea Noor", "added: 2026-11-01", beasOrganization.map { "organization: \($0)" } ?? ""),
            "interviews/2026-11-10-lab.md": F.interview(
                "[Kai Lee, Tom Baker, Bea Noor]", "2026-11-10",
                body: "## Referrals\n- [[Uma Ray]] — R&D\n## Leads\n- [ ] Associate product developer posting\n"),
            "interviews/2026-11-23-lab.md": F.interview("[Kai Lee, Tom Baker, Bea Noor]", "2026-11-23 11:00"),
        ]
    }

    static func steps(_ files: [String: String]) throws -> [NextStep] {
        let vault = try TemporaryVault.load(files)
        return NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-23")).steps()
    }

    @Test(
        "an interview with several people: each organization said once, after everyone who shares it",
        arguments: [
            (
                nil,
                "Interview with Kai Lee (Impossible Foods), Tom Baker (Impossible Foods) and Bea Noor"
                    + " on 2026-11-23 at 11:00"
            ),
            (
                "Impossible Foods",
                "Interview with Kai Lee, Tom Baker and Bea Noor (Impossible Foods) on 2026-11-23 at 11:00"
            ),
            (
                "Acme",
                "Interview with Kai Lee (Impossible Foods), Tom Baker (Impossible Foods) and Bea Noor (Acme)"
                    + " on 2026-11-23 at 11:00"
            ),
        ] as [(String?, String)])
    func interviewTitle(beasOrganization: String?, title: String) throws {
        let files = Self.vault(beasOrganization: beasOrganization)
        let step = try #require(try Self.steps(files).first { $0.kind == .interview })
        #expect(step.title == title)
        // The calendar's event for it says the same.
        let vault = try TemporaryVault.load(files)
        let event = try #require(
            InterviewEvent.all(in: vault, today: LocalDate(valid: "2026-11-23")).first {
                $0.file == "interviews/2026-11-23-lab.md"
            })
        #expect(event.title + " on 2026-11-23 at 11:00" == title)
    }

    @Test("the people who gave a name or told of an opening read as one English list")
    func referrersAndLeads() throws {
        let steps = try Self.steps(Self.vault())
        let referral = try #require(steps.first { $0.kind == .contactReferral })
        #expect(referral.title == "Contact Uma Ray, referred by Kai Lee, Tom Baker and Bea Noor")
        #expect(referral.details.first == "Mention Kai Lee, Tom Baker and Bea Noor, who gave you the name.")
        let lead = try #require(steps.first { $0.kind == .apply })
        #expect(lead.details == ["Kai Lee, Tom Baker and Bea Noor told you about it on 2026-11-10."])
    }

    @Test("the interview's own name lists its people the same way, in search and page titles")
    func interviewName() throws {
        let vault = try TemporaryVault.load(Self.vault())
        let note = try #require(vault.notes.first { $0.path == "interviews/2026-11-23-lab.md" })
        #expect(note.name == "Interview with Kai Lee, Tom Baker and Bea Noor, 2026-11-23")
    }

    @Test(
        "thanking for several names, and an update on several people met since, list them in English",
        arguments: [
            (
                ["Uma Ray", "Zoe Park", "Ivo Tan"], .thankYou,
                "Thank them for the names: Uma Ray, Zoe Park and Ivo Tan."
            ),
            (
                ["Uma Ray", "Zoe Park", "Ivo Tan"], .update,
                "Not contacted yet: Uma Ray, Zoe Park and Ivo Tan."
            ),
        ] as [([String], NextStep.Kind, String)])
    func severalNames(names: [String], kind: NextStep.Kind, line: String) throws {
        let files = [
            "contacts/kai.md": F.contact("name: Kai Lee", "added: 2026-11-01"),
            "interviews/i.md": F.interview(
                "Kai Lee", "2026-11-10", body: "## Referrals\n" + names.map { "- [[\($0)]]\n" }.joined()),
        ]
        let step = try #require(
            try F.details(files, today: "2026-12-20", kind: kind).first { $0.contact == "Kai Lee" })
        #expect(step.details.contains(line), "\(step.details)")
    }
}
