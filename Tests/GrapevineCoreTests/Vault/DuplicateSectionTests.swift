import Foundation
import Testing

@testable import GrapevineCore

/// A section written twice in one note: a `## Log` added at the end of a contact that has one,
/// a second `## Referrals` under the interview's notes. Both are read (before, the second was
/// silently ignored, and `next` asked to reach out to someone who had replied), and `check`
/// says so.
@Suite("A section written twice in one note")
struct DuplicateSectionTests {
    private static let vera =
        "---\nname: Vera Quist\nadded: 2026-10-01\n---\n## Log\n- 2026-10-02 emailed: intro\n\n"
        + "Met her brother once.\n\n## Log\n- 2026-10-04 replied: happy to talk\n- 2026-11-03 called: 20 minutes\n"

    @Test("a contact's second Log is read with the first, in order, with a warning at its heading")
    func secondLog() throws {
        let vault = try TemporaryVault.load(["contacts/vera.md": Self.vera])
        let log = try #require(vault.notes.first?.contact?.log)
        #expect(
            log.map { "\($0.date) \($0.event.map { "\($0)" } ?? "-")" } == [
                "2026-10-02 outreach", "2026-10-04 reply", "2026-11-03 outreach",
            ])
        #expect(vault.diagnostics.map { "\($0.code.rawValue) \($0.line)" } == ["duplicate-section 10"])
        let warning = try #require(vault.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("the first is on line 5"))
        #expect(warning.hint == "move what is under this heading into the first 'Log' section")
    }

    @Test("the reply in the second Log answers the outreach: no follow-up, no reach-out")
    func nextStepsSeeTheSecondLog() throws {
        let files = ["contacts/vera.md": Self.vera]
        #expect(try NextStepFixture.steps(files, today: "2026-11-18", kind: .followUp).isEmpty)
        #expect(try NextStepFixture.steps(files, today: "2026-11-18", kind: .reachOut).isEmpty)
    }

    @Test("an interview's second Referrals section names people too")
    func secondReferrals() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana Berg\n---\n",
            "interviews/i.md": "---\ncontact: Ana Berg\ndate: 2026-11-02\n---\n## Referrals\n- Zed Quill\n\n"
                + "## Notes\nShe talked a lot.\n\n## referrals:\n- Yan Ostrova — runs the data team\n",
        ])
        #expect(Set(vault.graph.nodes.map(\.name)).isSuperset(of: ["Zed Quill", "Yan Ostrova"]))
        #expect(vault.diagnostics.filter { $0.code == .duplicateSection }.map(\.line) == [11])
    }

    @Test("an organization's research counts wherever a Research section has some")
    func research() throws {
        let vault = try TemporaryVault.load([
            "organizations/o.md": "---\nname: Northfork\n---\n## Research\n\n## Research\nThey make oat milk.\n"
        ])
        #expect(vault.notes.first?.organization?.hasResearch == true)
    }

    @Test("two Research sections with something under each: the dossier shows both (trial 26)")
    func researchInBoth() throws {
        let vault = try TemporaryVault.load([
            "organizations/o.md": "---\nname: Northfork\n---\n## Research\n- oat milk\n\n## People\nNone.\n\n"
                + "## Research\n- 40 staff\n\n## Research\n",
        ])
        let organization = try #require(vault.notes.first?.organization)
        #expect(organization.research.count == 2)
        let note = try #require(vault.notes.first)
        #expect(note.markdown(of: organization.research) == "- oat milk\n\n- 40 staff")
        let dossier = DossierBuilder(vault: vault, today: LocalDate(valid: "2026-11-20"))
            .dossier(for: try vault.node("Northfork"))
        #expect(dossier.research == "- oat milk\n\n- 40 staff")
    }

    @Test("20,000 Log headings with an entry each are read, not compared each with each", .timeLimit(.minutes(1)))
    func manySections() throws {
        let count = 20_000
        let log = (0..<count).map { "## Log\n- 2026-11-\(String(format: "%02d", $0 % 28 + 1)) emailed\n" }.joined()
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ann\n---\n" + log,
            "interviews/i.md": "---\ncontact: Ann\ndate: 2026-11-02\n---\n"
                + String(repeating: "## Referrals\n- Zed Quill\n", count: count),
        ])
        #expect(vault.note(atPath: "contacts/a.md")?.contact?.log.count == count)
        #expect(vault.diagnostics(.duplicateSection).count == 2 * (count - 1))
        #expect(vault.graph.nodes.contains { $0.name == "Zed Quill" })
    }

    @Test("no warning for one section of each name, aliases of one section, or a note kind that reads none")
    func notWarned() throws {
        let vault = try TemporaryVault.load([
            "contacts/a.md": "---\nname: Ann\n---\n## Log\n- 2026-11-01 emailed\n\n## Notes\n\n## Notes\n",
            "interviews/i.md": "---\ncontact: Ann\ndate: 2026-11-02\n---\n## Agenda\n- a?\n\n## Questions\n- b?\n",
            "notes/n.md": "## Log\n- x\n\n## Log\n- y\n",
        ])
        #expect(vault.diagnostics.filter { $0.code == .duplicateSection }.isEmpty)
        let interview = try #require(vault.notes.first { $0.kind == .interview }?.interview)
        #expect(interview.agenda.map(\.text) == ["a?", "b?"])
    }
}
