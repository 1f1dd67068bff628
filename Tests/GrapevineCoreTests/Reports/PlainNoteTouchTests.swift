import Testing

@testable import GrapevineCore

/// A plain dated note in a contact's Log (`- 2026-11-25 Saw her talk at the meetup`) is no
/// outreach, and a touch only once you are in touch: the status and the last touch agree that
/// you have not been in touch with someone whose Log holds only notes, wherever they are shown.
@Suite("A plain dated note before any contact is not being in touch")
struct PlainNoteTouchTests {
    static let today = LocalDate(valid: "2026-12-06")

    /// Dana's note with these Log items.
    private func vault(_ log: [String], interview: String? = nil) throws -> Vault {
        var files = [
            "contacts/dana.md": "---\nname: Dana Ortiz\nadded: 2026-11-20\n---\n## Log\n"
                + log.map { "- \($0)\n" }.joined()
        ]
        if let interview { files["interviews/i.md"] = "---\ncontact: \"[[Dana Ortiz]]\"\ndate: \(interview)\n---\n" }
        return try TemporaryVault.load(files)
    }

    @Test(
        "the status and the last touch of a Log of notes and events",
        arguments: [
            (["2026-11-25 Saw her talk at the meetup, want to reach out"], nil, "not-contacted", nil),
            (["2026-11-25 Saw her talk", "2026-11-30 Read her blog post"], nil, "not-contacted", nil),
            (["2026-11-20 emailed: intro", "2026-11-25 Saw her talk"], nil, "awaiting-reply", "2026-11-25"),
            (["2026-11-15 Saw her talk", "2026-11-20 emailed: intro"], nil, "awaiting-reply", "2026-11-20"),
            (
                ["2026-11-20 emailed", "2026-11-21 replied", "2026-12-01 lunch with her team"], nil, "replied",
                "2026-12-01"
            ),
            (["2026-11-20 Prepared questions"], "2026-11-28", "met", "2026-11-28"),
            (["2026-12-01 Prepared questions"], "2026-11-28", "met", "2026-12-01"),
            (["2026-11-25 skipped reach-out: met her at the meetup"], nil, "not-contacted", nil),
        ] as [([String], String?, String, String?)])
    func statusAndLastTouch(log: [String], interview: String?, status: String, lastTouch: String?) throws {
        let vault = try vault(log, interview: interview)
        let node = try vault.node("Dana Ortiz")
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: node)
        #expect(dossier.status?.code == status)
        #expect(dossier.lastTouch?.description == lastTouch)
        let entry = try #require(ContactStatuses(vault: vault, today: Self.today)[note: 0])
        #expect(entry.status == dossier.status)
        #expect(entry.lastTouch == dossier.lastTouch)
    }

    @Test("someone whose Log holds only notes is still to reach out to, and not counted as reached")
    func stillToReachOut() throws {
        let vault = try vault(["2026-11-25 Saw her talk at the meetup, want to reach out"])
        let steps = NextStepEngine(vault: vault, today: Self.today).steps()
        #expect(steps.map(\.kind) == [.reachOut])
        let report = Report(vault: vault, period: ReportPeriod(asOf: Self.today))
        #expect(report.funnel.reachedOut == 0)
    }
}
