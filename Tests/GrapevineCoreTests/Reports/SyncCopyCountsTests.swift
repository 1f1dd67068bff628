import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A sync tool's copy of a note (Dropbox's `… (Marisol's conflicted copy 2026-11-20).md`) and a
/// meeting's second note are not a second contact or a second meeting in the report, nor a
/// second meeting in an update (trial 31: 22 contacts for 21, Dr. Raman "referred" Ana twice,
/// and the update told Ana "I have met Rita Morales on Friday, 20 November and on Friday, 20
/// November").
@Suite("A sync tool's copy counts once")
struct SyncCopyCountsTests {
    private static let ana = F.contact(
        "name: Ana Silva", "referred_by: Priya Raman", "added: 2026-10-23",
        log: ["2026-10-26 emailed", "2026-10-28 replied"])
    private static let rita = F.contact("name: Rita Morales", "added: 2026-11-10", log: ["2026-11-11 messaged"])

    static let files: [String: String] = [
        "contacts/priya-raman.md": F.contact("name: Priya Raman", "source: coworker"),
        "contacts/Ana Silva.md": ana,
        "contacts/Ana Silva (Marisol's conflicted copy 2026-11-20).md": ana,
        "contacts/rita-morales.md": rita,
        "interviews/2026-11-17 Ana Silva.md": F.interview("\"[[Ana Silva]]\"", "2026-11-17"),
        "interviews/2026-11-20 Rita Morales.md": F.interview("Rita Morales", "2026-11-20", "thank_you: 2026-11-21"),
        "interviews/2026-11-20 Rita Morales (MARISOL-LAPTOP's conflicted copy 2026-11-22).md": F.interview(
            "Rita Morales", "2026-11-20"),
    ]

    @Test("the report counts the contact, its referral and the meeting once")
    func report() throws {
        let vault = try TemporaryVault.load(Self.files)
        let report = Report(vault: vault, period: ReportPeriod(asOf: LocalDate(valid: "2026-12-07")))
        #expect(report.funnel.contacts == 3)
        #expect(report.funnel.reachedOut == 2)
        #expect(report.funnel.referrals == 1)
        #expect(report.heldInterviews == 2)
        #expect(report.topConnectors.map { "\($0.name) \($0.referrals)" } == ["Priya Raman 1"])
    }

    @Test("the update names a meeting written in two notes once")
    func update() throws {
        let vault = try TemporaryVault.load(Self.files)
        let day = LocalDate(valid: "2026-12-07")
        let composer = DraftComposer(vault: vault, today: day, templates: TemplateLibrary(vaultRoot: vault.root))
        let person = try vault.node(atPath: "contacts/Ana Silva.md")
        let index = try #require(vault.lastHeldInterview(with: person, today: day))
        #expect(
            composer.values(.update, to: person, interview: index)["met_since_list"] as? String
                == "Rita Morales on Friday, 20 November")
    }
}
