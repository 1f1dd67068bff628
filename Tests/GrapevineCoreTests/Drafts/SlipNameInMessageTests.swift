import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// An interview's `contact:` or a Referrals item that is a slip of one contact's name (`[[Elena
/// Parks]]` beside the note of Elena Park, which `check` asks about): no message names anyone by
/// the slip, and `next` names the contact, saying where to fix the name.
@Suite("A name with a slip, in messages and steps")
struct SlipNameInMessageTests {
    /// Sam gave you Elena's name on 2026-11-05 and you met her on 2026-11-10, both written `slip`.
    private static func files(slip: String) -> [String: String] {
        [
            "contacts/elena-park.md": F.contact(
                "name: Elena Park", "organization: Acme Foods", "added: 2026-11-01", "source: linkedin",
                log: ["2026-11-02 emailed", "2026-11-03 replied"]),
            "contacts/sam-reyes.md": F.contact(
                "name: Sam Reyes", "added: 2026-10-01", "source: alumni", log: ["2026-10-02 emailed"]),
            "interviews/2026-11-05-sam.md": F.interview(
                "\"[[Sam Reyes]]\"", "2026-11-05", body: "## Referrals\n- [[\(slip)]] — at Acme\n"),
            "interviews/2026-11-10-elena.md": F.interview(
                "\"[[\(slip)]]\"", "2026-11-10",
                body: "## Notes\n- The Q1 team is hiring.\n\n## Referrals\n- [[Kai Moss]] — runs QA\n\n"
                    + "## Resources\n- [ ] Read \"Mismatch\"\n"),
        ]
    }

    @Test(
        "every draft names the contact, never the slip, and greets them by the contact's first name",
        arguments: ["Elena Parks", "Elna Park"])
    func drafts(slip: String) throws {
        let vault = try TemporaryVault.load(Self.files(slip: slip))
        #expect(vault.diagnostics(.missingNote).contains { $0.hint?.contains("did you mean 'Elena Park'") == true })
        let today = LocalDate(valid: "2026-11-12")
        let composer = DraftComposer(vault: vault, today: today, templates: TemplateLibrary(vaultRoot: vault.root))
        let (elena, sam) = (try vault.node(slip), try vault.node("Sam Reyes"))
        let elenaMeeting = try #require(vault.lastHeldInterview(with: elena, today: today))
        let samMeeting = try #require(vault.lastHeldInterview(with: sam, today: today))
        let toElena = [
            try composer.draft(.thankYou, to: elena, interview: elenaMeeting),
            try composer.draft(.update, to: elena, interview: elenaMeeting),
        ]
        let toSam = [
            try composer.draft(.thankYou, to: sam, interview: samMeeting),
            try composer.draft(.update, to: sam, interview: samMeeting),
            try composer.draft(.tellReferrer, to: sam, interview: nil),
        ]
        for text in toElena + toSam { #expect(!text.contains(slip), "\(text)") }
        for text in toElena { #expect(text.contains("Hi Elena,"), "\(text)") }
        #expect(toSam[0].contains("Thank you also for suggesting I talk to Elena Park. I met Elena Park"))
        #expect(toSam[2].contains("I met Elena Park on Tuesday, 10 November."), "\(toSam[2])")
    }

    @Test("next names the contact, and each step about them says first where to fix the name")
    func steps() throws {
        let files = Self.files(slip: "Elena Parks")
        let vault = try TemporaryVault.load(files)
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-12")).steps()
        let fix = "Fix the name Elena Parks in interviews/2026-11-10-elena.md:2 — did you mean Elena Park?"
        let thanks = try #require(steps.first { $0.kind == .thankYou && $0.file == "interviews/2026-11-10-elena.md" })
        #expect(thanks.title == "Send a thank-you note to Elena Park")
        #expect(thanks.details.first == fix)
        for step in steps {
            let said = [step.title] + step.details.filter { $0 != fix }
            #expect(!said.contains { $0.contains("Elena Parks") }, "\(step.title): \(step.details)")
        }
        #expect(steps.contains { $0.title == "Tell Sam Reyes that you met Elena Park" })
        #expect(steps.contains { $0.title == "Contact Kai Moss, referred by Elena Park" })
    }

    @Test("several contacts it may be: the name stays as written, with no fix to make")
    func notOneContact() throws {
        var files = Self.files(slip: "Elena Parks")
        files["contacts/elena-parkes.md"] = F.contact("name: Elena Parkes")
        let steps = try F.details(files, today: "2026-11-12", kind: .thankYou)
        #expect(steps.contains { $0.title == "Send a thank-you note to Elena Parks" })
        #expect(!steps.contains { $0.details.contains { $0.hasPrefix("Fix the name") } })
    }

    @Test("draft for the contact `next` names finds the meeting written under the slip, for its error to say")
    func meetingUnderSlip() throws {
        let vault = try TemporaryVault.load(Self.files(slip: "Elena Parks"))
        let found = vault.meetingUnderSlip(of: try vault.node("Elena Park"), today: LocalDate(valid: "2026-11-12"))
        #expect(found?.name == "Elena Parks")
        #expect(found.map { vault.notes[$0.interview].path } == "interviews/2026-11-10-elena.md")
        #expect(vault.meetingUnderSlip(of: try vault.node("Sam Reyes"), today: LocalDate(valid: "2026-11-12")) == nil)
    }

    /// Kevin named "Jordan Lee" in the meeting, and Jordan T. Lee's own note says Kevin referred
    /// him; you wrote to Jordan T. Lee a few days later (a trial's vault).
    @Test("a slip beside the contact's own referred_by is one name, with how far you got with them")
    func slipAndReferredBy() throws {
        let vault = try TemporaryVault.load([
            "contacts/kevin-osei.md": F.contact(
                "name: Kevin Osei", "added: 2026-10-16", log: ["2026-10-17 emailed", "2026-10-19 replied"]),
            "contacts/Jordan T. Lee.md": F.contact(
                "referred_by: \"[[Kevin Osei]]\"", "added: 2026-10-30", log: ["2026-11-02 emailed: mentioned Kevin"]),
            "interviews/2026-10-29-kevin.md": F.interview(
                "\"[[Kevin Osei]]\"", "2026-10-29", body: "## Referrals\n- Jordan Lee (Helix Bank) — compliance\n"),
        ])
        let today = LocalDate(valid: "2026-12-07")
        let steps = NextStepEngine(vault: vault, today: today).steps()
        let thanks = try #require(steps.first { $0.kind == .thankYou })
        #expect(thanks.details.contains("Thank them for the names: Jordan T. Lee (reached out on 2026-11-02)."))
        let update = try #require(steps.first { $0.kind == .update })
        #expect(update.details.contains("You contacted the people they suggested: Jordan T. Lee."), "\(update.details)")
        #expect(!update.details.contains { $0.hasPrefix("Not contacted yet") }, "\(update.details)")
        let composer = DraftComposer(vault: vault, today: today, templates: TemplateLibrary(vaultRoot: vault.root))
        let kevin = try vault.node("Kevin Osei")
        let meeting = try #require(vault.lastHeldInterview(with: kevin, today: today))
        let thankYou = try composer.draft(.thankYou, to: kevin, interview: meeting)
        #expect(thankYou.contains("suggesting I talk to Jordan T. Lee. I have already reached out."), "\(thankYou)")
        #expect(!thankYou.contains("mention your name"), "\(thankYou)")
        // The step to fix the name stays.
        #expect(steps.contains { $0.kind == .contactReferral && $0.title.hasPrefix("Fix the name Jordan Lee") })
    }
}
