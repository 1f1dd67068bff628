import Testing

@testable import GrapevineCore

/// An organization note's `## Openings` (the jobs there the user noted) is on the prep sheet
/// of a meeting with someone there, and in the organization's dossier, after its research.
@Suite("An organization's Openings")
struct OrganizationOpeningsTests {
    static let today = LocalDate(valid: "2026-12-06")

    /// A meeting on 2026-12-08 with Priya Shah, who works at Acme, whose note's body is `acme`.
    static func vault(_ acme: String) throws -> Vault {
        try TemporaryVault.load([
            "contacts/priya-shah.md": "---\nname: Priya Shah\norganization: \"[[Acme]]\"\n---\n",
            "interviews/2026-12-08-priya.md": "---\ncontact: \"[[Priya Shah]]\"\ndate: 2026-12-08\n---\n",
            "organizations/acme.md": "---\nname: Acme\n---\n" + acme,
        ])
    }

    /// The prep sheet of the meeting and its text.
    static func prep(_ vault: Vault) throws -> (PrepSheet, String) {
        let index = try #require(vault.notes.firstIndex { $0.path.hasPrefix("interviews/") })
        let sheet = try #require(PrepSheetBuilder(vault: vault, today: today).sheet(forInterviewNote: index))
        return (sheet, PrepSheetText(sheet).text)
    }

    /// Session 33: `organization: ACME Inc` beside the note of Acme (with research) gave "No
    /// research yet: write what you learn about them under \"## Research\"".
    @Test("a placeholder organization's sheet names the note it looks like")
    func lookAlike() throws {
        let vault = try TemporaryVault.load([
            "contacts/priya-shah.md": "---\nname: Priya Shah\norganization: ACME Inc\n---\n",
            "interviews/2026-12-08-priya.md": "---\ncontact: \"[[Priya Shah]]\"\ndate: 2026-12-08\n---\n",
            "organizations/acme.md": "---\nname: Acme\n---\n## Research\nMakes rockets.\n",
        ])
        let (sheet, text) = try Self.prep(vault)
        #expect(sheet.organizations.map(\.lookAlike?.file) == ["organizations/acme.md"])
        #expect(
            text.contains("No note for ACME Inc; if it is Acme (organizations/acme.md), write 'Acme' as"), "\(text)"
        )
        #expect(!text.contains("No research yet"))
    }

    @Test("the Openings are shown after the research, as written")
    func shown() throws {
        let vault = try Self.vault(
            "## Research\nMakes rockets.\n\n## Openings\n- Senior Data Engineer, closes 2026-12-20\n"
                + "- [ ] Platform lead (ask Priya)\n\n## Notes\nParking is hard.\n")
        let (sheet, text) = try Self.prep(vault)
        let openings = "- Senior Data Engineer, closes 2026-12-20\n- [ ] Platform lead (ask Priya)"
        #expect(sheet.organizations.map(\.openings) == [openings])
        #expect(
            text.contains(
                "\n  Your research\n  Makes rockets.\n\n  Openings\n  - Senior Data Engineer, closes 2026-12-20\n"
                    + "  - [ ] Platform lead (ask Priya)\n"))
        #expect(!text.contains("Parking"))
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Acme"))
        #expect(dossier.openings == openings)
        #expect(DossierText(dossier).text.contains("\nOpenings\n  - Senior Data Engineer, closes 2026-12-20\n"))
    }

    @Test(
        "the section under the other names people give it",
        arguments: ["Open roles", "Open positions", "Job openings", "Jobs", "Openings (2)"])
    func otherNames(heading: String) throws {
        let vault = try Self.vault(
            "## Research\nMakes rockets.\n\n## \(heading)\n- Senior Analyst — closes 2026-12-10\n")
        let (sheet, _) = try Self.prep(vault)
        #expect(sheet.organizations.map(\.openings) == ["- Senior Analyst — closes 2026-12-10"])
    }

    @Test("show and prep print the research and openings as words, --json as written")
    func readable() throws {
        let research =
            "- See the [careers page](https://acme.com/jobs), **read the blog**.\n- Ask [[Priya Shah|Priya]]."
        let openings = "- [ ] Data role — [posting](https://acme.com/4471) *remote*\n- ~~Lab Tech~~ filled"
        let vault = try Self.vault("## Research\n\(research)\n\n## Openings\n\(openings)\n")
        let (sheet, text) = try Self.prep(vault)
        #expect(sheet.organizations.map(\.research) == [research])
        #expect(sheet.organizations.map(\.openings) == [openings])
        let shownResearch = ["- See the careers page (https://acme.com/jobs), read the blog.", "- Ask Priya."]
        let shownOpenings = ["- [ ] Data role — posting (https://acme.com/4471) remote", "- ~~Lab Tech~~ filled"]
        #expect(
            text.contains(
                "\n  Your research\n" + shownResearch.map { "  \($0)\n" }.joined() + "\n  Openings\n"
                    + shownOpenings.map { "  \($0)\n" }.joined()))
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Acme"))
        #expect(dossier.research == research && dossier.openings == openings)
        let shown = DossierText(dossier).text
        #expect(shown.contains("\nResearch\n" + shownResearch.map { "  \($0)" }.joined(separator: "\n") + "\n"))
        #expect(shown.contains("\nOpenings\n" + shownOpenings.map { "  \($0)" }.joined(separator: "\n")))
    }

    @Test(
        "no Openings, or an empty one, shows nothing",
        arguments: ["## Research\nMakes rockets.\n", "## Research\nMakes rockets.\n\n## Openings\n\n## Notes\nHi.\n"])
    func none(acme: String) throws {
        let vault = try Self.vault(acme)
        let (sheet, text) = try Self.prep(vault)
        #expect(sheet.organizations.map(\.openings) == [nil])
        #expect(!text.contains("Openings"))
        #expect(DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Acme")).openings == nil)
    }

    @Test("a second Openings section is warned, as a second Research is, and both are read")
    func twice() throws {
        let vault = try Self.vault("## Openings\n- Data Engineer\n\n## Openings\n- Analyst\n")
        #expect(vault.diagnostics(.duplicateSection).map(\.located) == ["warning organizations/acme.md:7:1"])
        let (sheet, _) = try Self.prep(vault)
        let openings = try #require(sheet.organizations.first?.openings)
        #expect(openings.contains("- Data Engineer") && openings.contains("- Analyst"))
    }

    /// Trial 29: Joost's Log said `- 2026-11-30 applied: Associate Product Manager, Clinical
    /// Workflows`, which closes that opening in `next`, yet the prep sheet for the meeting with
    /// its hiring manager, and `show`, listed it as `- [ ]` as if not applied for.
    @Test("an opening an applied entry closed is said to be applied for, on the prep sheet and in show")
    func appliedFor() throws {
        let vault = try TemporaryVault.load([
            "contacts/priya-shah.md": "---\nname: Priya Shah\norganization: \"[[Acme]]\"\n---\n## Log\n"
                + "- 2026-11-30 applied: Associate Product Manager\n- 2026-12-09 applied: Platform lead\n",
            "interviews/2026-12-08-priya.md": "---\ncontact: \"[[Priya Shah]]\"\ndate: 2026-12-08\n---\n",
            "organizations/acme.md": "---\nname: Acme\n---\n## Openings\n- [ ] Associate Product Manager\n"
                + "- [ ] Platform lead\n",
        ])
        let said = "You applied for Associate Product Manager on 2026-11-30 (the Log of Priya Shah)."
        let (sheet, text) = try Self.prep(vault)
        // The entry after today has not happened yet.
        #expect(sheet.organizations.map(\.openingsApplied) == [[said]])
        #expect(
            text.contains("  - [ ] Platform lead\n  You applied for Associate Product Manager on 2026-11-30"), "\(text)"
        )
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Acme"))
        #expect(dossier.openingsApplied == [said])
        #expect(DossierText(dossier).text.contains("  - [ ] Platform lead\n  " + said + "\n"))
    }

    /// Hostile session 29: each `applied` entry of everyone at the organization folded the words
    /// of every opening again: 1,000 openings and 1,000 people who applied to one each took 47 s
    /// in `show` (a debug build), 1,500 of each well over a minute; about 2 s now. Each entry is
    /// still compared with every opening (the work grows as their product, before and after),
    /// so how the time grows cannot tell the two apart, and a time in seconds is a budget a
    /// loaded machine exceeds (STYLE): this test checks the answer at that size, not its time.
    @Test("a thousand openings and a thousand applications are matched, each to its own")
    func manyOpeningsAndApplications() throws {
        let count = 1_500
        var files = [
            "organizations/acme.md": "---\nname: Acme\n---\n## Openings\n"
                + (0..<count).map { "- [ ] Data Analyst role number\($0) level\($0)\n" }.joined()
        ]
        for number in 0..<count {
            files["contacts/p\(number).md"] =
                "---\nname: Person \(number)\norganization: Acme\n---\n## Log\n"
                + "- 2026-11-03 applied: Data Analyst number\(number) level\(number)\n"
        }
        let vault = try TemporaryVault.load(files)
        let acme = try #require(vault.graph.noteIndex(of: try vault.node("Acme")))
        let said = vault.openingsAppliedFor(ofOrganization: acme, today: Self.today)
        #expect(said.count == count)
        #expect(said.contains("You applied for Data Analyst role number7 level7 on 2026-11-03 (the Log of Person 7)."))
    }
}
