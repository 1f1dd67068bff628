import Testing

@testable import GrapevineCore

@Suite("openers nothing closes are escaped, past a limit")
struct UnclosedOpenersTests {
    private func escaped(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { UnclosedOpeners.escaped($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("a note with a few is parsed as it is")
    func fewAreLeft() {
        #expect(escaped("a <? b <![CDATA[ c\n") == nil)
        #expect(escaped(String(repeating: "<?a", count: UnclosedOpeners.limit)) == nil)
        // Closed on their line: cmark-gfm's look for the end stops there.
        #expect(escaped(String(repeating: "<?a ?>", count: 1_000)) == nil)
    }

    @Test("past the limit, each unclosed one gets a backslash; closed, escaped and code ones do not")
    func manyAreEscaped() throws {
        let many = String(repeating: "<?a", count: 300)
        let text =
            "x " + many + "\nclosed <?php echo 1; ?> and `<?code` and \\<?done\n```\n<?php\n```\n<![CDATA[ open\n"
        let result = try #require(escaped(text))
        #expect(result.hasPrefix("x " + String(repeating: "\\<?a", count: 300) + "\n"))
        #expect(
            result.hasSuffix("\nclosed <?php echo 1; ?> and `<?code` and \\<?done\n```\n<?php\n```\n\\<![CDATA[ open\n")
        )
    }

    @Test("an escaped one shows as written, in the text and on the page")
    func shownAsWritten() {
        let body = "- [ ] send " + String(repeating: "<?a", count: 1_000) + " due 2026-12-01\n"
        let document = MarkdownParser().parse(body)
        let item = document.items.first
        #expect(item?.text == "send " + String(repeating: "<?a", count: 1_000) + " due 2026-12-01")
        #expect(item?.dueDate?.description == "2026-12-01")
        let html = MarkdownHTML.render(body)
        #expect(html.contains("send " + String(repeating: "&lt;?a", count: 1_000)))
        #expect(!html.contains("\\"))
    }
}
