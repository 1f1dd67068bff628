import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A Referrals item that names someone the meeting was with (`- [[Lee Park]]` in a joint
/// meeting with Dana and Lee) is no referral: `check` says so, and the graph, the report and
/// `next` count none, from one rule (`ResolvedReferences.uncounted`).
@Suite("A Referrals item naming someone met there")
struct ReferralOfSomeoneMetTests {
    /// A joint meeting with Dana Ortiz and Lee Park on 2026-11-10 whose Referrals are `items`.
    private static func files(_ items: String..., lee: String = F.contact("name: Lee Park", "added: 2026-11-01"))
        -> [String: String]
    {
        [
            "contacts/dana.md": F.contact("name: Dana Ortiz", "added: 2026-11-01"),
            "contacts/lee.md": lee,
            "interviews/i.md": F.interview(
                "\"[[Dana Ortiz]], [[Lee Park]]\"", "2026-11-10",
                body: "## Referrals\n" + items.map { $0 + "\n" }.joined()),
        ]
    }

    @Test(
        "is said not to count, and nothing counts it",
        arguments: ["- [[Lee Park]]", "- [[Lee Park]] — ask her about the Q1 team", "- Lee Park", "- [[lee]]"])
    func notCountedAnywhere(item: String) throws {
        let files = Self.files(item)
        let vault = try TemporaryVault.load(files)
        let problems = vault.diagnostics(.referralNotCounted)
        #expect(problems.map { "\($0.file):\($0.line)" } == ["interviews/i.md:6"])
        #expect(
            problems.first?.message == "this item is not counted as a referral: it names Lee Park, who you met here")
        #expect(vault.graph.edges.allSatisfy { $0.kind != .referred })
        #expect(GraphExport(vault: vault).edges.allSatisfy { $0.kind != .referred })
        let report = Report(vault: vault, period: ReportPeriod(asOf: LocalDate(valid: "2026-11-12")))
        #expect(report.funnel.referrals == 0)
        #expect(report.topConnectors.isEmpty)
        #expect(try F.details(files, today: "2026-11-12", kind: .contactReferral).isEmpty)
    }

    @Test("someone met with no note of their own is no referral either, and no missing note")
    func placeholderMetHere() throws {
        var files = Self.files("- [[Lee Park]]")
        files["contacts/lee.md"] = nil
        let vault = try TemporaryVault.load(files)
        #expect(
            vault.diagnostics(.referralNotCounted).map(\.message) == [
                "this item is not counted as a referral: it names Lee Park, who you met here"
            ])
        #expect(vault.graph.edges.allSatisfy { $0.kind != .referred })
    }

    @Test("the other names of the same item list still count, credited to both")
    func othersStillCount() throws {
        let files = Self.files("- [[Lee Park]]", "- Sam Reyes — runs QA at Bluepeak")
        let vault = try TemporaryVault.load(files)
        let sam = try vault.node("Sam Reyes")
        #expect(Set(vault.graph.referrers(of: sam)) == [try vault.node("Dana Ortiz"), try vault.node("Lee Park")])
        #expect(vault.graph.referrers(of: try vault.node("Lee Park")).isEmpty)
        let report = Report(vault: vault, period: ReportPeriod(asOf: LocalDate(valid: "2026-11-12")))
        #expect(report.funnel.referrals == 1)
        #expect(try F.steps(files, today: "2026-11-12", kind: .contactReferral) == ["2026-11-13 Sam Reyes"])
    }

    @Test("Lee's own referred_by still says Dana referred her: the item adds no second source")
    func referredByStillCounts() throws {
        let lee = F.contact("name: Lee Park", "added: 2026-11-01", "referred_by: \"[[Dana Ortiz]]\"")
        let vault = try TemporaryVault.load(Self.files("- [[Lee Park]]", lee: lee))
        let edges = vault.graph.edges.filter { $0.kind == .referred }
        let pairs = edges.map { "\(vault.graph.nodes[$0.from].name) → \(vault.graph.nodes[$0.to].name)" }
        #expect(pairs == ["Dana Ortiz → Lee Park"])
        #expect(edges.flatMap(\.sources).map(\.file) == ["contacts/lee.md"])
    }
}
