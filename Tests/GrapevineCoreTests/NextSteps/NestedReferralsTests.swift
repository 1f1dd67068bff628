import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// Session 33: Referrals written as `- She suggested:` with the people nested under it (tab
/// indented, as VS Code writes it). The nested names were dropped, and `check` warned only that
/// "She suggested" is not a name: two referrals lost without a word.
@Suite("Referrals nested under a label")
struct NestedReferralsTests {
    static func files(_ referrals: String) -> [String: String] {
        [
            "contacts/amy-wu.md": F.contact("name: Amy Wu", "added: 2026-11-01"),
            "interviews/2026-11-10-amy-wu.md": F.interview(
                "Amy Wu", "2026-11-10", "thank_you: 2026-11-10", body: "## Referrals\n" + referrals),
        ]
    }

    @Test("the people nested under an item that names no one are the referrals")
    func nestedUnderLabel() throws {
        let files = Self.files("- She suggested:\n\t- Bo Li (data team)\n\t- [[Cy Ng]]\n- N/A\n")
        #expect(
            try F.steps(files, today: "2026-12-07", kind: .contactReferral) == [
                "2026-11-13 Bo Li", "2026-11-13 Cy Ng",
            ])
        let vault = try TemporaryVault.load(files)
        #expect(vault.diagnostics.filter { $0.message.contains("She suggested") }.isEmpty)
    }

    @Test("an item that names someone keeps what is nested under it as details")
    func nestedUnderName() throws {
        let files = Self.files("- Bo Li\n\t- Ask about the data team\n")
        #expect(try F.steps(files, today: "2026-12-07", kind: .contactReferral) == ["2026-11-13 Bo Li"])
    }
}
