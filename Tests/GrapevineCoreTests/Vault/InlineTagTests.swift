import Testing

@testable import GrapevineCore

/// Trials H and J: Obsidian users tag a note in its text (`#mentor`), and found those tags on
/// no tag page.
@Suite("Tags written in a note's text")
struct InlineTagTests {
    private func tags(_ body: String, frontMatter: String = "") throws -> [String] {
        let vault = try TemporaryVault.load(["contacts/a.md": "---\nname: Ann\n" + frontMatter + "---\n" + body])
        return vault.notes[0].tags
    }

    @Test(
        "a # after white space or at the start, with a letter, is a tag",
        arguments: [
            ("Met at the meetup. #mentor #healthcare\n", ["mentor", "healthcare"]),
            ("#ux-research and #job/search/2026/ and #café.\n", ["ux-research", "job/search/2026", "café"]),
            ("## Log\n- 2026-11-02 met: coffee #warm\n", ["warm"]),
            ("Goals: #2026goals, (#q4)\n", ["2026goals"]),
            ("**#urgent** call back\n", ["urgent"]),
        ])
    func found(body: String, expected: [String]) throws {
        #expect(try tags(body) == expected)
    }

    @Test(
        "numbers, a # inside a word or a link, headings and code are no tags",
        arguments: [
            "Issue #12 and #2026 and # alone\n", "I write C# and F#.\n", "See [[Ann#Log]] and [[#Log]].\n",
            "Read https://example.com/#top and <https://example.com/#x>.\n", "# Ann\n\n## Notes\n",
            "Use `#notatag` here.\n", "```\n#notatag\n```\n", "    #indented code\n", "<div>#html</div>\n",
        ])
    func notFound(body: String) throws {
        #expect(try tags(body).isEmpty)
    }

    @Test("the front matter's tags come first; one written twice, in any case, is one tag")
    func merged() throws {
        #expect(
            try tags("#Mentor #warm #warm #CAFE\n", frontMatter: "tags: [mentor, cafe]\n") == ["mentor", "cafe", "warm"])
    }

    @Test("a tag written in a note's text has its tag page, and a private note's tags stay off a public site")
    func tagPages() throws {
        let folder = try TestFolder()
        try folder.write([
            "contacts/ann.md": "---\nname: Ann\n---\nMet at the meetup. #mentor\n",
            "contacts/bo.md": "---\nname: Bo\nprivate: true\n---\n#secretproject\n",
        ])
        let vault = VaultLoader.load(root: folder.root)
        for isPublic in [false, true] {
            let builder = SiteBuilder(
                vault: vault, today: LocalDate(valid: "2026-11-18"), isPublic: isPublic,
                templates: try SiteTemplates(vaultRoot: folder.root))
            #expect(builder.paths.page(ofTag: "mentor") != nil)
            #expect((builder.paths.page(ofTag: "secretproject") != nil) == !isPublic, "public: \(isPublic)")
        }
    }
}
