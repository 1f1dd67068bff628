import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// SPEC §2.5: a referral stated in `referred_by` and in the referrer's Referrals section is one
/// edge, dated with the earliest date either gives, and its source is the place that gives it.
@Suite("Merged referral dates")
struct MergedReferralDateTests {
    /// Ana named Ben (`referred_by`, Ben added 11-20 unless `benReferredBy` is false), Ben was
    /// emailed 11-21, and Ana's interview on `anaMet` lists Ben among her Referrals; Ben was met
    /// on 12-04.
    static func files(anaMet: String = "2026-12-01", benReferredBy: Bool = true, benAdded: Bool = true)
        -> [String: String]
    {
        let added = benAdded ? "added: 2026-11-20\n" : ""
        let ben = benReferredBy ? "referred_by: \"[[Ana Ruiz]]\"\n" + added : "source: linkedin\n"
        return [
            "contacts/ana.md": F.contact(
                "name: Ana Ruiz", "added: 2026-11-01", "source: alumni",
                log: ["2026-11-02 emailed", "2026-11-03 replied"]),
            "contacts/ben.md": "---\nname: Ben Ode\n\(ben)---\n## Log\n- 2026-11-21 emailed: Ana sent me\n"
                + "- 2026-11-22 replied: sure\n",
            "interviews/2026-12-01-ana.md": F.interview(
                "\"[[Ana Ruiz]]\"", anaMet, "thank_you: \(anaMet)",
                body: "## Referrals\n- [[Ben Ode]] — already talking to him\n"),
            "interviews/2026-12-04-ben.md": F.interview("Ben Ode", "2026-12-04", "thank_you: 2026-12-04"),
        ]
    }

    static func referral(to name: String, in vault: Vault) throws -> Graph.Edge {
        let ben = try vault.node(name)
        return try #require(vault.graph.edges.first { $0.kind == .referred && $0.to == ben })
    }

    @Test("a referred_by before the first outreach stays how you reached them when a later interview lists them")
    func earlierReferredByWins() throws {
        let files = Self.files()
        let vault = try TemporaryVault.load(files)
        let edge = try Self.referral(to: "Ben Ode", in: vault)
        #expect(edge.date == LocalDate(valid: "2026-11-20"))
        #expect(edge.source == Graph.Source(file: "contacts/ben.md", line: 3))
        #expect(edge.sources.map(\.file) == ["contacts/ben.md", "interviews/2026-12-01-ana.md"])
        #expect(!edge.cameAfterContact)
        let (ana, ben) = (try vault.node("Ana Ruiz"), try vault.node("Ben Ode"))
        #expect(vault.graph.referralChain(to: ben) == [Graph.owner, ana, ben])
        #expect(try F.steps(files, today: "2026-12-05", kind: .thankReferrer) == ["2026-12-11 Ana Ruiz"])
    }

    @Test("the interview's date and line when the interview came first")
    func earlierInterviewWins() throws {
        // Ana named Ben on 11-15; Ben was put on the list on 11-20: the interview dates the referral.
        let vault = try TemporaryVault.load(Self.files(anaMet: "2026-11-15"))
        let edge = try Self.referral(to: "Ben Ode", in: vault)
        #expect(edge.date == LocalDate(valid: "2026-11-15"))
        #expect(edge.source == Graph.Source(file: "interviews/2026-12-01-ana.md", line: 7))
        #expect(edge.sources.count == 2)
        #expect(!edge.cameAfterContact)
    }

    @Test("quiet: named only in an interview after you had reached them: no chain, no thank-referrer")
    func onlyTheLaterInterview() throws {
        let files = Self.files(benReferredBy: false)
        let vault = try TemporaryVault.load(files)
        let edge = try Self.referral(to: "Ben Ode", in: vault)
        #expect(edge.date == LocalDate(valid: "2026-12-01"))
        #expect(edge.source == Graph.Source(file: "interviews/2026-12-01-ana.md", line: 7))
        #expect(edge.cameAfterContact)
        #expect(try F.steps(files, today: "2026-12-05", kind: .thankReferrer).isEmpty)
    }

    /// Hand trial of session twenty-six: `referred_by: Dana` with no `added`, Sam emailed before
    /// Dana's interview listed him too; the interview's date made the referral late, and `show`
    /// said "You → Sam Lee" though his own note names Dana.
    @Test("a referred_by with no date stays how you reached them when a later interview lists them")
    func undatedReferredByWins() throws {
        let files = Self.files(benAdded: false)
        let vault = try TemporaryVault.load(files)
        let edge = try Self.referral(to: "Ben Ode", in: vault)
        #expect(!edge.cameAfterContact)
        let (ana, ben) = (try vault.node("Ana Ruiz"), try vault.node("Ben Ode"))
        #expect(vault.graph.referralChain(to: ben) == [Graph.owner, ana, ben])
        #expect(try F.steps(files, today: "2026-12-05", kind: .thankReferrer) == ["2026-12-11 Ana Ruiz"])
    }
}
