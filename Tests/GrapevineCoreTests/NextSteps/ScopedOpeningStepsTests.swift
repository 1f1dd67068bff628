import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// The steps `grapevine serve` finds again after an edit of a contact note (`NextStepReach`,
/// `NextStepEngine(scope:)`), put back among the steps kept from before, are the steps of the
/// whole vault, for one opening written both in an interview's Leads and in the Openings of
/// the organization where the person met works (`ApplyRule+SameOpening`).
@Suite("Openings in a scoped step list")
struct ScopedOpeningStepsTests {
    static let today = LocalDate(valid: "2026-11-25")

    /// Dana (met on 2026-11-19, who told of the opening) and Cy work at Acme; Acme's Openings
    /// has the opening too.
    static func files(cy log: [String], opening: String = "- [ ] QA Chemist due 2026-12-01") -> [String: String] {
        [
            "contacts/dana.md": F.contact("name: Dana Ortiz", "organization: \"[[Acme]]\""),
            "contacts/cy.md": F.contact("name: Cy Park", "organization: \"[[Acme]]\"", "added: 2026-11-01", log: log),
            "organizations/acme.md": "---\nname: Acme\n---\n## Openings\n\(opening)\n",
            "interviews/2026-11-19-dana.md": F.interview(
                "\"[[Dana Ortiz]]\"", "2026-11-19", "thank_you: 2026-11-19", body: "## Leads\n- QA Chemist\n"),
        ]
    }

    /// The steps after editing Cy's note from `before` to `after`, found again for the
    /// subjects the edit reaches, and found afresh.
    static func scopedAndFull(before: [String: String], after: [String: String]) throws -> (
        scoped: [NextStep], full: [NextStep]
    ) {
        let old = try TemporaryVault.load(before)
        let new = try TemporaryVault.load(after)
        let subjects = try #require(NextStepReach(before: old, after: new).subjects(edited: ["contacts/cy.md"]))
        let kept = NextStepEngine(vault: old, today: today).list()
        let scoped = kept.replacing(
            subjects: subjects, with: NextStepEngine(vault: new, today: today, scope: subjects).list())
        return (scoped.steps, NextStepEngine(vault: new, today: today).list().steps)
    }

    /// Found by hand (session thirty-four): Cy's `applied: QA Chemist` closes Acme's opening
    /// and the same lead of the meeting with Dana, but that meeting is three edges from Cy's
    /// note, and its step was kept from before the edit.
    @Test(
        "an edit of a colleague's Log finds the steps of the opening and of the same lead as a full run",
        arguments: [
            (["2026-11-20 applied: QA Chemist"], "- [ ] QA Chemist due 2026-12-01"),
            (["2026-11-20 applied: QA Chemist"], "- [ ] Lab Tech due 2026-12-01"),
            (["2026-11-20 applied: Lab Tech"], "- [ ] Lab Tech due 2026-12-01"),
            (["2026-11-20 replied: sure"], "- [ ] QA Chemist due 2026-12-01"),
        ])
    func colleagueEdited(added: [String], opening: String) throws {
        let log = ["2026-11-02 emailed: hello"]
        let (scoped, full) = try Self.scopedAndFull(
            before: Self.files(cy: log, opening: opening), after: Self.files(cy: log + added, opening: opening))
        let shown = { (steps: [NextStep]) in
            steps.map { "\($0.title) \($0.due.map(\.description) ?? "-") \($0.details)" }
        }
        #expect(shown(scoped) == shown(full))
    }
}
