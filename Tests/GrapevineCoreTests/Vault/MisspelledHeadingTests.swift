import Testing

@testable import GrapevineCore

/// A heading that is a slip of a section the note's kind reads (`## Referals`): nothing under it
/// is read, so a warning at the heading names the heading meant; a heading that is another word
/// (`## Notes`, `## Referees`) stays quiet.
@Suite("A misspelled section heading")
struct MisspelledHeadingTests {
    private static func vault(_ path: String, _ front: String, _ body: String) throws -> Vault {
        try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana Berg\n---\n",
            path: "---\n\(front)\n---\n" + body,
        ])
    }

    private static func interview(_ body: String) throws -> Vault {
        try vault("interviews/i.md", "contact: Ana Berg\ndate: 2026-11-02", body)
    }

    @Test("the tester's note: the people under '## Referals' are not read, and the heading is warned")
    func referals() throws {
        let vault = try Self.interview(
            "## Notes\nGood chat.\n\n## Referals\n- [[Kai Ortiz]] — accessibility lead\n- Noor Haddad — recruiter\n")
        let warning = try #require(vault.diagnostics(.misspelledSectionHeading).only)
        #expect(warning.located == "warning interviews/i.md:8:1")
        #expect(
            warning.message
                == "the heading 'Referals' is not one Grapevine reads, so nothing under it counts; "
                + "did you mean '## Referrals'?")
        #expect(warning.hint == "make the heading '## Referrals'")
        #expect(vault.notes.first { $0.path == "interviews/i.md" }?.interview?.referrals.isEmpty == true)
    }

    @Test(
        "a slip of an interview's section names it, at the level written",
        arguments: [
            ("## Refferals", "## Referrals"), ("## Referals:", "## Referrals"), ("### Referrls", "### Referrals"),
            ("## Agneda", "## Agenda"), ("## Questons", "## Questions"), ("## Qeustions", "## Questions"),
            ("## Resouces", "## Resources"), ("## Laeds", "## Leads"), ("## Leadds", "## Leads"),
            ("## Nextsteps", "## Next steps"), ("## Next stpes", "## Next steps"), ("## next-steps", "## Next steps"),
            ("## REFERALS", "## Referrals"),
        ])
    func interviewSlips(heading: String, meant: String) throws {
        let vault = try Self.interview("\(heading)\n- Jo Lin\n")
        let warning = try #require(vault.diagnostics(.misspelledSectionHeading).only, "\(heading)")
        #expect(warning.message.hasSuffix("did you mean '\(meant)'?"))
    }

    @Test(
        "another word, a section read, or a heading with nothing under it is quiet",
        arguments: [
            "## Notes\n- likes tea\n", "## Referees\n- Jo Lin\n", "## Referred\n- Jo Lin\n",
            "## References\n- Jo Lin\n", "## Referrers\n- Jo Lin\n", "## Legal\n- NDA\n", "## Leeds\n- office\n",
            "## Lean\n- startup\n", "## Loads\n- of work\n", "## Research\n- read the blog\n",
            "## Recourse\n- none\n", "## Addenda\n- one\n", "## Leaders\n- Jo Lin\n", "## Agent\n- Jo Lin\n",
            "## Referrals\n- Jo Lin\n", "## Lead\n- Data Analyst\n", "## Referals\n", "## Referals\n### Sub\n",
            "# Ana Berg\n- Jo Lin\n",
        ])
    func quiet(body: String) throws {
        let vault = try Self.interview(body)
        #expect(vault.diagnostics(.misspelledSectionHeading).isEmpty, "\(body)")
    }

    @Test("a contact's Log and an organization's Research, each only in its own kind of note")
    func otherKinds() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana Berg\n---\n## Lgo\n- 2026-11-02 emailed\n",
            "contacts/bo.md": "---\nname: Bo Chen\n---\n## Logg\n- 2026-11-02 emailed\n",
            "contacts/cy.md": "---\nname: Cy Dee\n---\n## Blog\n- a post\n\n## Logo\n- blue\n\n## Lot\n- 12\n",
            "contacts/di.md": "---\nname: Di Eng\n---\n## Referals\n- Jo Lin\n",
            "organizations/acme.md": "---\nname: Acme\n---\n## Reserach\nThey sell food.\n",
            "notes/journal.md": "## Referals\n- Jo Lin\n",
        ])
        let warnings = vault.diagnostics(.misspelledSectionHeading)
        #expect(warnings.map(\.located) == [
            "warning contacts/ana.md:4:1", "warning contacts/bo.md:4:1", "warning organizations/acme.md:4:1",
        ])
        #expect(warnings.map { $0.hint ?? "" } == [
            "make the heading '## Log'", "make the heading '## Log'", "make the heading '## Research'",
        ])
    }

    @Test("a heading already named in other words is warned once")
    func warnedOnce() throws {
        let vault = try Self.interview("## Questionss\n- [ ] How did you start?\n")
        #expect(
            vault.diagnostics(.misspelledSectionHeading).count + vault.diagnostics(.sectionUnderAnotherHeading).count
                == 1)
    }

    @Test("the people under a misspelled heading get no step until it is spelled right")
    func steps() throws {
        let files = { (heading: String) in
            [
                "contacts/ana.md": "---\nname: Ana Berg\n---\n",
                "interviews/i.md": "---\ncontact: Ana Berg\ndate: 2026-11-02\n---\n\(heading)\n- Jo Lin\n",
            ]
        }
        #expect(try NextStepFixture.steps(files("## Referals"), today: "2026-11-18", kind: .contactReferral).isEmpty)
        #expect(
            try NextStepFixture.steps(files("## Referrals"), today: "2026-11-18", kind: .contactReferral)
                == ["2026-11-05 Jo Lin"])
    }
}
