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

@Suite("the autolink extension's work, counted before it is attached")
struct AutolinkWorkTests {
    private func work(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { MarkdownHTML.autolinkWork($0) }
    }

    @Test("each :// counts the bytes to the next white space")
    func counted() {
        #expect(work("no links here, a@b.c and www.example.com") == 0)
        #expect(work("see https://a.b/c now") == "://a.b/c".utf8.count)
        #expect(work("x://\ty://") == 3 + 3)
        #expect(work(String(repeating: "<https://a", count: 1_000)) > MarkdownHTML.autolinkBudget / 100)
    }

    @Test("random text counts as a byte-by-byte count from the end does")
    func randomText() {
        let alphabet: [UInt8] = Array(":/ \n\ta".utf8)
        var random = SplitMix(state: 25)
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)!
            }
            var expected = 0
            var nextSpace = bytes.count
            for index in bytes.indices.reversed() {
                if bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n") || bytes[index] == 9 {
                    nextSpace = index
                } else if bytes[index...].starts(with: "://".utf8) {
                    expected += nextSpace - index
                }
            }
            #expect(bytes.withUnsafeBufferPointer { MarkdownHTML.autolinkWork($0) } == expected, "\(bytes)")
        }
    }

    @Test("URLs are links in a note of ordinary size, text past the budget")
    func linksUntilTheBudget() {
        #expect(MarkdownHTML.render("see https://example.com/a now").contains("<a href=\"https://example.com/a\">"))
        let hostile = String(repeating: "<https://a", count: 4_000) + " https://example.com/a"
        #expect(work(hostile) > MarkdownHTML.autolinkBudget)
        #expect(!MarkdownHTML.render(hostile).contains("<a href"))
    }
}
