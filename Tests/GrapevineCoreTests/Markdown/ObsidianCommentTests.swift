import Foundation
import Testing

@testable import GrapevineCore

/// Obsidian comments (`%% … %%`) are the remarks an Obsidian user keeps out of what is shown,
/// as an HTML comment is: no page, index, section, item, link, prep sheet or draft holds them.
@Suite("Obsidian comments: %% … %% is read as nothing")
struct ObsidianCommentTests {
    /// `text` without its comments.
    static func kept(_ text: String) -> String {
        String(RawHTML.removing(ObsidianComment.ranges(in: text.utf8.span), from: text[...], of: text))
    }

    @Test(
        "inline and over lines; code spans, fences and escapes keep %%; an unclosed one runs to the end",
        arguments: [
            ("Ana is great. %% salary 95k %%", "Ana is great. "),
            ("a %%x%% b %%y%% c", "a  b  c"),
            ("a\n%%\nPrivate: Globex.\n%%\nb", "a\n\nb"),
            ("a %% over\n\nparagraphs %% b", "a  b"),
            ("`%%code%%` and \\%%", "`%%code%%` and \\%%"),
            ("```\n%% in a fence %%\n```\n%%x%%", "```\n%% in a fence %%\n```\n"),
            ("- item\n  ~~~\n  %%x%%\n  ~~~", "- item\n  ~~~\n  %%x%%\n  ~~~"),
            ("50% off, 100%", "50% off, 100%"),
            ("kept %% never closed\nSECRET", "kept "),
            ("%%%%", ""),
        ])
    func kept(text: String, expected: String) {
        #expect(Self.kept(text) == expected)
    }

    @Test("the body is parsed without its comments, every other byte at its line and column")
    func parsedWithoutComments() throws {
        let body = "## Referrals\n- [[Sam Reyes]] %% [[Secret Person]] %%\n- Lia Chen %%SECRET%%, at Acme\n"
        let document = MarkdownParser().parse(body, lineOffset: 4)
        #expect(document.links.map(\.target) == [.wiki("Sam Reyes")])
        let section = try #require(document.section(named: "Referrals"))
        let items = document.items(in: section)
        #expect(items.map(\.text).allSatisfy { !$0.contains("Secret") && !$0.contains("SECRET") })
        #expect(items.last?.position.line == 7)
    }

    @Test("the Markdown a page or a prep sheet shows leaves the comments out; front matter keeps %%")
    func noteLeavesCommentsOut() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md":
                "---\nname: Ana %%Pereira%%\n---\nAna is great. %% salary 95k %%\n\n%%\nGlobex\n%%\nEnd.\n"
        ])
        let note = try #require(vault.notes.first)
        #expect(note.name == "Ana %%Pereira%%")
        #expect(note.openingMarkdown == "Ana is great. \n\n\nEnd.")
        #expect(!note.openingMarkdown.contains("95k") && !note.openingMarkdown.contains("Globex"))
    }
}
