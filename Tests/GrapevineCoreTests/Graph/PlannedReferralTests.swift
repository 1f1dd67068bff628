import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A referral written ahead of its interview (the Referrals of a meeting dated after today) is
/// planned, not made: `Graph.planReferrals(asOf:)` keeps it out of every step, chain and draft
/// until that day.
@Suite("Referrals not yet made")
struct PlannedReferralTests {
    private static let files: [String: String] = [
        "contacts/amara.md": F.contact("name: Amara Okafor", "added: 2026-11-01"),
        "contacts/ana.md": F.contact("name: Ana Souza", "added: 2026-11-01"),
        "contacts/sarah.md": F.contact("name: Sarah O'Connor", "added: 2026-11-20"),
        "interviews/amara.md": F.interview("Amara Okafor", "2026-11-20", body: "## Referrals\n- Sarah O'Connor\n"),
        "interviews/ana.md": F.interview(
            "Ana Souza", "2026-11-24 14:00", body: "## Referrals\n- Sarah O'Connor\n- Lia Chen — ex-Lumen\n"),
    ]

    private static func vault(asOf today: String) throws -> Vault {
        var vault = try TemporaryVault.load(files)
        vault.graph.planReferrals(asOf: LocalDate(valid: today))
        return vault
    }

    private static func steps(asOf today: String) throws -> [String] {
        let vault = try vault(asOf: today)
        return NextStepEngine(vault: vault, today: LocalDate(valid: today)).steps()
            .filter { $0.kind == .contactReferral }.map(\.title)
    }

    @Test("before the interview only the referrals already made count; on its day, its own too")
    func countedFromTheInterviewsDay() throws {
        #expect(
            try Self.steps(asOf: "2026-11-23") == ["Contact Sarah O'Connor, referred by Amara Okafor"])
        #expect(
            try Self.steps(asOf: "2026-11-24") == [
                "Contact Sarah O'Connor, referred by Amara Okafor and Ana Souza",
                "Contact Lia Chen, referred by Ana Souza",
            ])
    }

    @Test("a planned referral stays an edge, marked, and makes no chain until its day")
    func plannedEdge() throws {
        let vault = try Self.vault(asOf: "2026-11-23")
        let lia = try vault.node("Lia Chen")
        let edge = try #require(vault.graph.edges(.referred, to: lia).first)
        #expect(edge.isPlanned)
        #expect(!edge.isReferralPath)
        #expect(vault.graph.referrers(of: lia).isEmpty)
        #expect(vault.graph.referrers(of: try vault.node("Sarah O'Connor")) == [try vault.node("Amara Okafor")])
        let later = try Self.vault(asOf: "2026-11-24")
        #expect(later.graph.edges(.referred, to: lia).allSatisfy { !$0.isPlanned })
        #expect(later.graph.referrers(of: lia) == [try later.node("Ana Souza")])
    }

    @Test("a referral made earlier, in referred_by, is not planned because a later interview lists it too")
    func madeEarlierElsewhere() throws {
        var files = Self.files
        files["contacts/lia.md"] = F.contact("name: Lia Chen", "referred_by: Ana Souza", "added: 2026-11-10")
        var vault = try TemporaryVault.load(files)
        vault.graph.planReferrals(asOf: LocalDate(valid: "2026-11-23"))
        #expect(vault.graph.referrers(of: try vault.node("Lia Chen")) == [try vault.node("Ana Souza")])
    }
}
