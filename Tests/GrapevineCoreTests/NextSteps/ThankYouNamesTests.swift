import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// The names a thank-you thanks someone for, and a Referrals item that names the person met.
@Suite("The names in a thank-you")
struct ThankYouNamesTests {
    private static let files: [String: String] = [
        "contacts/zoe.md": F.contact("name: Zoë O’Brien", "aliases: [Zoe OBrien]"),
        "contacts/jose.md": F.contact("name: José Núñez", log: ["2026-11-01 emailed: hello"]),
        "contacts/kim.md": F.contact("name: Kim Lee", "aliases: [KL]"),
        "interviews/i.md": F.interview(
            "Zoe OBrien", "2026-11-03",
            body: "## Referrals\n- KL — data team\n- zoë o’brien\n- [[José Núñez]], already in touch\n- Kim Lee\n"
                + "- Ada Stone\n"),
    ]

    @Test("by the names their notes give, each once, in the note's order, without the person met")
    func names() throws {
        let step = try #require(try F.details(Self.files, today: "2026-11-18", kind: .thankYou).first)
        #expect(
            step.details.contains(
                "Thank them for the names: Kim Lee, José Núñez (reached out on 2026-11-01) and Ada Stone."),
            "\(step.details)")
    }

    @Test("a slip for the person met's name is no name they gave: the step says to fix it")
    func slipForThePersonMet() throws {
        let files = [
            "contacts/maria.md": F.contact("name: Maria Lopez"),
            "interviews/i.md": F.interview(
                "Maria Lopez", "2026-12-01", body: "## Referrals\n- Wei Chen — eng manager\n- [[Maria L.]]\n"),
        ]
        let step = try #require(try F.details(files, today: "2026-12-03", kind: .thankYou).first)
        #expect(step.details.contains("Thank them for the names: Wei Chen."), "\(step.details)")
        let fix = try F.details(files, today: "2026-12-03", kind: .contactReferral).map(\.title)
        #expect(fix.contains { $0.hasPrefix("Fix the name Maria L.") }, "\(fix)")
    }

    @Test("the person met named among their own referrals is a warning at the item: it is not counted")
    func selfReferral() throws {
        let vault = try TemporaryVault.load(Self.files)
        let problems = vault.diagnostics(.referralNotCounted)
        #expect(problems.map { "\($0.file):\($0.line)" } == ["interviews/i.md:7"])
        #expect(
            problems.first?.message
                == "this item is not counted as a referral: it names Zoë O’Brien, who you met here")
    }
}
