import Foundation
import TestSupport
import Testing

@testable import GrapevineCore

/// Trial N, finding 4: Obsidian callouts (`> [!note] Title`, `> [!quote]`) showed on the site
/// as literal `[!quote] …` block quotes.
@Suite("Obsidian callouts")
struct CalloutTests {
    /// The callouts of `markdown` as `kind|title|body`, other HTML as cmark-gfm renders it.
    static func rendered(_ markdown: String) -> String {
        Callout.rendering(in: MarkdownHTML.render(markdown)) { callout, title, body in
            "{\(callout.kind)|\(title)|\(body.trimmingWhitespace())}"
        }
    }

    @Test(
        "a callout is its kind, its title (else the kind) and its body, escaped as note text is",
        arguments: [
            (
                "> [!quote]\n> \"Hiring managers want one study.\"\n",
                "{quote|Quote|<p>&quot;Hiring managers want one study.&quot;</p>}"
            ),
            ("> [!NOTE] Key *point*\n> Body: 1 < 2\n", "{note|Key <em>point</em>|<p>Body: 1 &lt; 2</p>}"),
            ("> [!tip]- Folded\n>\n> Second paragraph.\n", "{tip|Folded|<p>Second paragraph.</p>}"),
            ("> [!warning] R&D <script>\n", "{warning|R&amp;D <!-- raw HTML omitted -->|}"),
            ("> [!note] Outer\n> > [!quote]\n> > Inner\n", "{note|Outer|{quote|Quote|<p>Inner</p>}}"),
        ])
    func callouts(markdown: String, expected: String) {
        #expect(Self.rendered(markdown) == expected)
    }

    @Test(
        "a block quote that is no callout stays a block quote",
        arguments: [
            "> plain quote\n", "> [link] text\n", "> [!] nothing\n", "> text\n> [!note] later\n",
            "> *[!note] emphasised\n> across* lines\n",
        ])
    func noCallout(markdown: String) {
        #expect(Self.rendered(markdown) == MarkdownHTML.render(markdown))
    }

    @Test("a callout after a block quote and before another is found, and the quotes around it stay")
    func amongQuotes() {
        let html = Self.rendered("> first\n\n> [!note]\n> middle\n\n> last\n")
        #expect(html.hasPrefix("<blockquote>\n<p>first</p>\n</blockquote>\n{note|Note|<p>middle</p>}"))
        #expect(html.hasSuffix("<blockquote>\n<p>last</p>\n</blockquote>\n"))
    }

    @Test("the site renders a callout as an aside through the callout template, which a user can override")
    func onTheSite() async throws {
        let files = [
            "contacts/sam.md": "---\nname: Sam Reyes\n---\n> [!quote] Sam's advice\n> \"Show 1 study, not < 2.\"\n"
        ]
        let site = try await PublicLeakTests.build(files, isPublic: false).files
        let page = try #require(site["contacts/sam.html"])
        #expect(page.contains(#"<aside class="callout callout-quote"><p class="callout-title">Sam's advice</p>"#))
        #expect(page.contains("&quot;Show 1 study, not &lt; 2.&quot;"))
        #expect(!page.contains("[!quote]"))
        let template = [".grapevine/templates/callout.html": "<div class=\"mine\">{{{title}}}: {{{body}}}</div>"]
        let own = try await PublicLeakTests.build(files.merging(template) { $1 }, isPublic: false).files
        #expect(try #require(own["contacts/sam.html"]).contains("<div class=\"mine\">"))
    }
}
