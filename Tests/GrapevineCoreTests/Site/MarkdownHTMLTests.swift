import Dispatch
import Synchronization
import Testing

@testable import GrapevineCore

@Suite("Markdown to HTML: hostile notes render harmless")
struct MarkdownHTMLTests {
    /// What no rendered hostile note may contain.
    static let forbidden = [
        "<script", "<iframe", "<img", "onerror=", "href=\"javascript", "src=\"javascript", "href=\"vbscript",
    ]

    @Test(arguments: [
        "<script>alert(1)</script>",
        "Text <script>alert(1)</script> inline",
        "<img src=x onerror=alert(1)>",
        "Hi <img src=x onerror=alert(1)> there",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x]( javascript:alert(1) )",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "<iframe src=\"https://evil.example\"></iframe>",
        "[x](vbscript:msgbox(1))",
    ])
    func hostileMarkupNeverSurvives(markdown: String) {
        let html = MarkdownHTML.render(markdown).lowercased()
        #expect(!html.contains("href") || html.contains("href=\"https://"), "\(html)")
        for bad in Self.forbidden {
            #expect(!html.contains(bad), "\(bad) in \(html)")
        }
    }

    @Test func rawHTMLIsOmittedAndUnsafeLinksBecomeText() {
        #expect(MarkdownHTML.render("<script>alert(1)</script>") == "<!-- raw HTML omitted -->\n")
        #expect(MarkdownHTML.render("[click](javascript:alert(1))") == "<p>click</p>\n")
        #expect(MarkdownHTML.render("[click](JaVaScRiPt:alert(1))") == "<p>click</p>\n")
        #expect(MarkdownHTML.render("Hi <img src=x onerror=alert(1)>.") == "<p>Hi <!-- raw HTML omitted -->.</p>\n")
        #expect(MarkdownHTML.render("![alt *text*](javascript:alert(1))") == "<p>alt <em>text</em></p>\n")
    }

    @Test("footnotes render as a numbered reference and the note at the end, linked both ways")
    func footnotes() {
        let html = MarkdownHTML.render("Met at the expo.[^1] Ask about [^x].\n\n[^1]: Through *Dan*, on 2026-11-02.\n")
        #expect(html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\""), "\(html)")
        #expect(html.contains("<section class=\"footnotes\""), "\(html)")
        #expect(html.contains("<li id=\"fn-1\">\n<p>Through <em>Dan</em>, on 2026-11-02."), "\(html)")
        #expect(html.contains("href=\"#fnref-1\""), "\(html)")
        // A reference without a note stays text.
        #expect(html.contains("Ask about [^x]."), "\(html)")
    }

    @Test("a footnote's text is as safe as the rest: raw HTML omitted, unsafe links plain text")
    func hostileFootnotes() {
        let html = MarkdownHTML.render(
            "Hi[^a]\n\n[^a]: <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n"
        ).lowercased()
        for bad in Self.forbidden { #expect(!html.contains(bad), "\(bad) in \(html)") }
        #expect(html.contains("<li id=\"fn-a\">"), "\(html)")
        // A label is written into `id` and `href`, escaped: it cannot end the attribute.
        let labelled = MarkdownHTML.render(
            "x[^\"onmouseover=alert(1)&lt;]\n\n[^\"onmouseover=alert(1)&lt;]: y\n")
        #expect(labelled.contains("<section class=\"footnotes\""), "\(labelled)")
        #expect(!labelled.contains("\"onmouseover") && !labelled.contains("<b"), "\(labelled)")
    }

    @Test func safeLinksAreKept() {
        #expect(
            MarkdownHTML.render("[site](https://example.com/a?b=1&c=2)")
                == "<p><a href=\"https://example.com/a?b=1&amp;c=2\">site</a></p>\n")
        #expect(
            MarkdownHTML.render("[mail](mailto:ann@example.com)")
                == "<p><a href=\"mailto:ann@example.com\">mail</a></p>\n")
        #expect(
            MarkdownHTML.render("<http://example.com>")
                == "<p><a href=\"http://example.com\">http://example.com</a></p>\n")
    }

    @Test func remoteImagesBecomeLinksAndLocalOnesStayImages() {
        let html = MarkdownHTML.render("![chart *q3*](https://example.com/t.png \"T\") ![me](me.png)") {
            $0 == .url("me.png") ? "assets/me.png" : nil
        }
        #expect(
            html == "<p><a href=\"https://example.com/t.png\" title=\"T\">chart <em>q3</em></a> "
                + "<img src=\"assets/me.png\" alt=\"me\" /></p>\n")
    }

    @Test func autolinkExtensionLinksWebAndMailButNotJavascript() {
        let html = MarkdownHTML.render("See https://example.com and ann@example.com, not javascript:alert(1).")
        #expect(html.contains("<a href=\"https://example.com\">https://example.com</a>"))
        #expect(html.contains("<a href=\"mailto:ann@example.com\">ann@example.com</a>"))
        #expect(!html.contains("href=\"javascript"))
    }

    @Test func gfmExtensionsRender() {
        let html = MarkdownHTML.render(
            """
            ~~old~~ new

            | A | B |
            | --- | --- |
            | 1 | 2 |

            - [x] done
            - [ ] open
            """)
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<table>") && html.contains("<td>2</td>"))
        #expect(html.contains("type=\"checkbox\""))
        #expect(html.contains("checked=\"\""))
    }

    @Test func theResolverMapsRelativeLinksAndWikilinks() {
        let html = MarkdownHTML.render("[Ann](Ann%20Lee.md), [[Bob Chen|Bob]], [[Nobody]] and [gone](x.md)") {
            switch $0 {
            case .url("Ann%20Lee.md"): "contacts/ann-lee.html"
            case .wiki("Bob Chen"): "contacts/bob-chen.html"
            default: nil
            }
        }
        #expect(
            html == "<p><a href=\"contacts/ann-lee.html\">Ann</a>, <a href=\"contacts/bob-chen.html\">Bob</a>, "
                + "Nobody and gone</p>\n")
    }

    @Test func unsafeAnswersFromTheResolverAreRefused() {
        let html = MarkdownHTML.render("[a](x.md) [[B]] [c](//evil.example)") { _ in "javascript:alert(1)" }
        #expect(html == "<p>a B c</p>\n")
    }

    @Test func theResolverMayRenderMarkdownItself() {
        let html = MarkdownHTML.render("[[Ann]]") { _ in
            MarkdownHTML.render("~~x~~").contains("<del>") ? "ann.html" : nil
        }
        #expect(html == "<p><a href=\"ann.html\">Ann</a></p>\n")
    }

    @Test func wikilinksInCodeAndLinkTextStayAsWritten() {
        let html = MarkdownHTML.render("`[[Code]]` and [see [[Inner]]](https://example.com)") { _ in "p.html" }
        #expect(html.contains("<code>[[Code]]</code>"))
        #expect(html.contains("<a href=\"https://example.com\">see [[Inner]]</a>"))
    }

    @Test func wikilinkLabelsAreEscaped() {
        let html = MarkdownHTML.render("[[Ann|a < b > c]] [[X|\"a\" & 'b']] [[Ann|<b>raw</b>]]") { _ in "p.html" }
        #expect(html.contains("<a href=\"p.html\">a &lt; b &gt; c</a>"))
        #expect(html.contains("<a href=\"p.html\">&quot;a&quot; &amp; 'b'</a>"))
        // Raw HTML splits the text before wikilinks are seen: the tag is omitted, nothing links.
        #expect(html.contains("[[Ann|<!-- raw HTML omitted -->raw<!-- raw HTML omitted -->]]"))
    }

    static func document(_ index: Int) -> String {
        """
        # Note \(index)

        Met [[Person \(index)]] at ~~old~~ *new* place; see www.example.com/\(index), \
        https://example.org/\(index) and <https://example.com/\(index)> or mail\(index)@example.com.

        | Name | Link |
        | --- | --- |
        | ~~Sam~~ \(index) | [home](https://example.com/\(index % 7)) |

        - [ ] ~~Email~~ [[Dan \(index % 13)]] [bad](javascript:alert(\(index)))
        \(String(repeating: "Filler ~~line~~ www.filler.example **bold**.\n", count: index % 11))
        """
    }

    @Test func concurrentRenderingGivesTheSerialResult() {
        let documents = (0..<1_500).map(Self.document)
        let resolve: @Sendable (Link.Target) -> String? = {
            if case .wiki(let name) = $0 { "\(name.count).html" } else { nil }
        }
        let serial = documents.map { MarkdownHTML.render($0, resolve: resolve) }
        #expect(serial[3].contains("<del>old</del>") && serial[3].contains("href=\"http://www.example.com/3\""))
        let results = Mutex([String?](repeating: nil, count: documents.count))
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let html = MarkdownHTML.render(documents[index], resolve: resolve)
            results.withLock { $0[index] = html }
        }
        let parallel = results.withLock { $0 }
        let mismatches = zip(parallel, serial).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(mismatches.isEmpty, "documents \(mismatches.prefix(10)) differ")
    }

    @Test(arguments: [
        ("~~old~~", true, false), ("a ~ b", true, false), ("ann@example.com", false, true),
        ("see https://example.com", false, true), ("www.example.com", false, true), ("x://", false, true),
        ("Tools: pandas, www and w. too", false, false), ("ends in ww", false, false), ("", false, false),
        ("ends in :/", false, false), ("mailto:ann@example.com", false, true),
    ])
    func inlineExtensionsAreAttachedOnlyWhenTheyMayFindSomething(markdown: String, strike: Bool, autolink: Bool) {
        var text = markdown
        text.withUTF8 { bytes in
            #expect(MarkdownHTML.mayStrike(bytes) == strike)
            #expect(MarkdownHTML.mayAutolink(bytes) == autolink)
        }
    }

    @Test(arguments: [
        ("[docs](https://example.com)", true, false), ("[[Ann]]", true, true), ("<https://example.com>", true, false),
        ("a [ b", true, false), ("plain text, no links", false, false), ("", false, false),
        (#"\[\[Ann]]"#, true, true), ("&#91;&#91;Ann]]", false, true), ("R&D", false, true), ("[ [", true, false),
    ])
    func linksAreRewrittenOnlyWhenThePartsMayHoldThem(markdown: String, link: Bool, wikilink: Bool) {
        var text = markdown
        text.withUTF8 { bytes in
            #expect(MarkdownHTML.mayLink(bytes) == link)
            #expect(MarkdownHTML.mayHoldWikilink(bytes) == wikilink)
        }
    }

    @Test(arguments: [#"\[\[Ann]] said hi"#, "&#91;&#91;Ann]] said hi", "[[Ann]] said hi"])
    func wikilinksSpelledWithEscapesOrEntitiesAreLinksToo(markdown: String) {
        let html = MarkdownHTML.render(markdown) { $0 == .wiki("Ann") ? "ann.html" : nil }
        #expect(html == "<p><a href=\"ann.html\">Ann</a> said hi</p>\n")
    }

    @Test func markdownWithoutStrikesOrAutolinksRendersAsWithThem() {
        // `w` and `:` stop the inline parser when autolink is attached; without it the text is
        // the same, and so are the emphasis, links and wikilinks around it.
        let html = MarkdownHTML.render(
            "Tools: **pandas**, w/o [docs](https://example.com/w) or [[Wes]]; ratio 3:1, `w:x`."
        ) {
            $0 == .wiki("Wes") ? "wes.html" : nil
        }
        #expect(
            html
                == "<p>Tools: <strong>pandas</strong>, w/o <a href=\"https://example.com/w\">docs</a> or "
                + "<a href=\"wes.html\">Wes</a>; ratio 3:1, <code>w:x</code>.</p>\n")
    }

    @Test func documentsWithAndWithoutInlineExtensionsRenderAlikeSideBySide() {
        // Half the documents need strikethrough or autolink (parsed under the lock), half need
        // neither (parsed beside them without it).
        let documents = (0..<1_500).map { index in
            index % 2 == 0
                ? Self.document(index)
                : "# Plain \(index)\n\nMet [[Person \(index)]]: wide *view*, w/ notes.\n\n| a | b |\n| - | - |\n| w | : |\n"
        }
        let serial = documents.map { MarkdownHTML.render($0) }
        #expect(serial[0].contains("<del>") && !serial[1].contains("<del>") && serial[1].contains("<table>"))
        let results = Mutex([String?](repeating: nil, count: documents.count))
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let html = MarkdownHTML.render(documents[index])
            results.withLock { $0[index] = html }
        }
        let parallel = results.withLock { $0 }
        let mismatches = zip(parallel, serial).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(mismatches.isEmpty, "documents \(mismatches.prefix(10)) differ")
    }

    @Test func blockOnlyParsesAlongsideRenderingStayCorrect() {
        let documents = (0..<800).map(Self.document)
        let expected = documents.map { MarkdownParser().parse($0) }
        let differing = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: documents.count * 2) { index in
            if index % 2 == 0 {
                _ = MarkdownHTML.render(documents[index / 2])
            } else if MarkdownParser().parse(documents[index / 2]) != expected[index / 2] {
                differing.add(1, ordering: .relaxed)
            }
        }
        #expect(differing.load(ordering: .relaxed) == 0)
    }
}
