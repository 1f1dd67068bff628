import Foundation
import Testing

@testable import GrapevineCore

/// The raw HTML of a note, which the pages leave out, is left out of the search index too:
/// a comment was the usual way to keep a remark in a note, and the index published it.
@Suite("Raw HTML: what the pages leave out of a note's Markdown")
struct RawHTMLTests {
    /// `body` (a whole file) without its raw HTML, line by line as search reads it.
    static func kept(_ body: String) -> [String] {
        let document = MarkdownParser().parse(body)
        let ranges = RawHTML.ranges(in: body, blocks: document.blocks, bodyLineOffset: 0)
        return body.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(RawHTML.removing(ranges, from: $0, of: body))
        }
    }

    @Test(
        "HTML blocks and inline HTML are left out; code, autolinks and text with < stay",
        arguments: [
            ("Pete.\n\n<!-- SECRET note -->\n\nMore.", ["Pete.", "", "", "", "More."]),
            ("<!-- SECRET\nover lines -->\ntext", ["", "", "text"]),
            ("<div>\nSECRET\n</div>\n\nshown", ["", "", "", "", "shown"]),
            ("<script>\nSECRET\n\nSECRET\n</script>\nshown", ["", "", "", "", "", "shown"]),
            ("a <b>bold</b> and <!-- SECRET --> b", ["a bold and  b"]),
            ("a <!-- SECRET\nSECRET --> b", ["a ", " b"]),
            ("a <span\nclass=\"x\">b</span>", ["a ", "b"]),
            ("`<b>code</b>` and \\<notatag> and a < b", ["`<b>code</b>` and \\<notatag> and a < b"]),
            ("<https://example.com> <me@example.com>", ["<https://example.com> <me@example.com>"]),
            ("```\n<!-- code -->\n```", ["```", "<!-- code -->", "```"]),
            ("    <div>indented code</div>", ["    <div>indented code</div>"]),
            ("- item <!-- SECRET -->\n- <div>\n  SECRET\n- shown", ["- item ", "", "", "- shown"]),
            ("> <!-- SECRET\n> SECRET -->\n> shown", ["", "", "> shown"]),
            ("- a\n  ```\n  <b>code</b>\n- <!-- SECRET -->", ["- a", "  ```", "  <b>code</b>", ""]),
            ("<?php SECRET ?>\n<!DOCTYPE SECRET>\n<![CDATA[SECRET]]>", ["", "", ""]),
        ])
    func leftOut(body: String, kept: [String]) {
        #expect(Self.kept(body) == kept)
    }

    /// Each `<!--` looked for its `-->` to the end of the text: 100,000 of them took 40 s.
    @Test(.timeLimit(.minutes(1)))
    func manyCommentsNeverClosedAreReadOnce() {
        let body = "x " + String(repeating: "<!-- a ", count: 100_000) + "\n"
        #expect(Self.kept(body).first?.hasPrefix("x <!-- a") == true)
    }

    @Test func aNoteWithoutAngleBracketsIsNotRead() {
        #expect(RawHTML.ranges(in: "# Title\n\nplain text\n", blocks: [], bodyLineOffset: 0).isEmpty)
    }

    /// Notes made of lines that mix every kind of HTML, code and container: no word of what
    /// is kept is missing from the page cmark-gfm renders (with raw HTML omitted).
    @Test func nothingKeptIsMissingFromThePage() {
        let lines = [
            "plain wAAA text", "<!-- cBBB -->", "<!-- cCCC", "cDDD -->", "<div>", "</div>", "dEEE inside",
            "<span>sFFF</span> after", "- item gGGG", "- <!-- hHHH -->", "- <div>", "  iIII cont", "> qJJJ",
            "> <!-- kKKK", "> lLLL -->", "```", "~~~", "    indented <b>mMMM</b>", "", "", "", "<script>", "</script>",
            "nNNN `code <i>oOOO</i>` x", "para <a href='x'", "title='y'>pPPP</a>", "1. <p>", "   rRRR", "<custom-x>",
            "<?pi sSSS ?>", "<!DOCTYPE tTTT>", "text <!-- uUUU", "vVVV --> wWWW", "\\<xXXX>", "<https://zZZZ.example>",
            "## Head <em>aaAAA</em>", "| a | b |", "|---|---|", "| <b>bbBBB</b> | ccCCC |", "<!--->",
            "ddDDD <!---> eeEEE",
            "  ```", "  - <!-- ffFFF", "    ggGGG -->", "\t<div>hhHHH</div>", "<A HREF=\"x>y\">iiIII</A>", "<img src=x",
            "alt=\"jjJJJ\">", "<textarea>", "kkKKK", "</TEXTAREA>", "<pre>llLLL</pre>", "* <p>mmMMM",
            "   <!-- nnNNN -->",
            "qqQQQ <b/> <br/> rrRRR", "<x:y>ssSSS</x:y>",
        ]
        let marker = try! NSRegularExpression(pattern: "[a-z]{1,2}[A-Z]{3}")
        func markers(_ text: String) -> Set<String> {
            Set(
                marker.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                    Range($0.range, in: text).map { String(text[$0]) }
                })
        }
        var random = SplitMix(state: 7)
        for _ in 0..<400 {
            let count = 3 + Int(random.next() % 12)
            let body =
                "intro\n\n"
                + (0..<count).map { _ in lines[Int(random.next() % UInt64(lines.count))] }
                .joined(separator: "\n") + "\n"
            let page = MarkdownHTML.render(body).replacingOccurrences(
                of: "<[^>]*>", with: " ", options: .regularExpression)
            let shown = markers(
                page.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">"))
            let leaked = markers(Self.kept(body).joined(separator: "\n")).subtracting(shown)
            #expect(leaked.isEmpty, "\(leaked) of \(body.debugDescription) are not on the page")
        }
    }
}
