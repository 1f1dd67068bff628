import Testing

@testable import GrapevineCore

/// An Obsidian callout titled as a section the note's kind reads (`> [!tip] Referrals`) opens
/// no section: `check` says so at the callout, and `next` counts it in its closing line.
@Suite("A callout titled as a section")
struct CalloutHeadingTests {
    static func interview(_ body: String) -> [String: String] {
        [
            "contacts/priya.md": "---\nname: Priya Raman\nadded: 2026-11-10\n---\n",
            "interviews/i.md": "---\ncontact: \"[[Priya Raman]]\"\ndate: 2026-12-02\n---\n" + body,
        ]
    }

    @Test(
        "a callout holding a section's list is warned about, with the heading to write",
        arguments: [
            ("> [!tip] Referrals\n> - [[Sophie Turner]] — recruiter\n", "Referrals"),
            ("> [!note]- **Leads:**\n> - [ ] Junior UX Researcher\n", "Leads"),
            ("> > [!todo] Next steps\n> > - [ ] Send thank-you\n", "Next steps"),
        ])
    func warned(body: String, name: String) throws {
        let vault = try TemporaryVault.load(Self.interview("## Notes\nGood chat.\n\n" + body))
        let problem = try #require(vault.diagnostics(.calloutHeading).only)
        #expect(problem.located == "warning interviews/i.md:8:1")
        #expect(problem.message.hasSuffix("is not read as \(name)"))
        #expect(problem.hint?.hasPrefix("write a heading '## \(name)'") == true)
    }

    @Test(
        "quiet: the note has the heading, the callout has only a title, or names no section",
        arguments: [
            "## Referrals\n- [[Sophie Turner]]\n\n> [!tip] Referrals\n> Ask her again in January.\n",
            "> [!tip] Referrals\n\n## Referrals\n- [[Sophie Turner]]\n",
            "> [!note] Key takeaways\n> - Portfolio matters most\n",
            "> Referrals\n> - [[Sophie Turner]]\n",
        ])
    func quiet(body: String) throws {
        let vault = try TemporaryVault.load(Self.interview(body))
        #expect(vault.diagnostics(.calloutHeading).isEmpty)
    }
}
