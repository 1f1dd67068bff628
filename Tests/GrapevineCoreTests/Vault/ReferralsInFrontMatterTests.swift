import Testing

@testable import GrapevineCore

/// An interview's `referrals:` property (an Obsidian template's list) is not read: only the
/// Referrals section is (SPEC §2.2). `check` names the people it holds that the section does
/// not, so that no referral is lost in silence.
@Suite("Referrals written in an interview's front matter")
struct ReferralsInFrontMatterTests {
    static func problems(_ frontMatter: String, body: String = "") throws -> [Diagnostic] {
        let vault = try TemporaryVault.load([
            "contacts/priya.md": "---\nname: Priya Raman\nadded: 2026-11-10\n---\n",
            "interviews/i.md": "---\ncontact: \"[[Priya Raman]]\"\ndate: 2026-12-02\n\(frontMatter)\n---\n\(body)",
        ])
        return vault.diagnostics(.unknownKey)
    }

    @Test("people the Referrals section does not name are warned about, at the key")
    func warned() throws {
        let problem = try #require(
            try Self.problems(
                "referrals:\n  - \"[[Sophie Turner]]\"\n  - \"[[Tom Becker|Tom]]\"\n  - ",
                body: "## Referrals\n- [[Tom Becker]] — ex-QA\n"
            ).only)
        #expect(problem.located == "warning interviews/i.md:4:1")
        #expect(
            problem.message
                == "'referrals' in the front matter is not read: Sophie Turner is not counted as referred by the person you met"
        )
        #expect(
            problem.hint == "write each as an item under a '## Referrals' heading in the note: '- [[Sophie Turner]]'")
    }

    @Test(
        "quiet: empty items left from a template, or only names the section has",
        arguments: [
            ("referrals:\n  - \n  - ", ""),
            ("referrals:", ""),
            ("referrals: [\"[[Sophie Turner]]\"]", "## Referrals\n- [[Sophie Turner|Sophie]] — recruiter\n"),
        ])
    func quiet(frontMatter: String, body: String) throws {
        #expect(try Self.problems(frontMatter, body: body).isEmpty)
    }
}
