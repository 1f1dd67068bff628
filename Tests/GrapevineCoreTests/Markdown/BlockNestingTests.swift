import Testing

@testable import GrapevineCore

@Suite("block quotes and list items past the limit on a line are escaped")
struct BlockNestingTests {
    private func escaped(_ text: String) -> (text: String, firstLine: Int)? {
        var text = text
        let result = text.withUTF8 { BlockNesting.escaped($0) }
        return result.map { (String(decoding: $0.text, as: UTF8.self), $0.firstLine) }
    }

    @Test("up to the limit, and markers that open nothing, the text is parsed as it is")
    func upToTheLimit() {
        let limit = BlockNesting.limit
        #expect(escaped(String(repeating: "> ", count: limit) + "x\n") == nil)
        #expect(escaped(String(repeating: "- ", count: limit / 2) + String(repeating: "1. ", count: limit / 2)) == nil)
        // A `-` without a space, a number of ten digits, text first: no marker past the first.
        #expect(escaped(String(repeating: "-", count: 500) + "\n" + String(repeating: "x >", count: 500)) == nil)
        #expect(escaped("> 1234567890. " + String(repeating: "> ", count: limit)) == nil)
    }

    @Test(
        "the first marker past the limit gets a backslash; the line is named",
        arguments: [
            (">", ">", "\\>"), ("> ", "> ", "\\> "), ("- ", "- ", "\\- "), ("*\t", "*\t", "\\*\t"),
            ("+ ", "+ ", "\\+ "), ("12. ", "12. ", "12\\. "), ("3) ", "3) ", "3\\) "),
        ])
    func pastTheLimit(marker: String, kept: String, escapedMarker: String) throws {
        let limit = BlockNesting.limit
        let text = "Intro\n\n" + String(repeating: marker, count: limit + 5) + "deep [[Ann]]\n" + "after\n"
        let result = try #require(escaped(text))
        #expect(result.firstLine == 3)
        let expected =
            "Intro\n\n" + String(repeating: kept, count: limit) + escapedMarker + String(repeating: marker, count: 4)
            + "deep [[Ann]]\nafter\n"
        #expect(result.text == expected)
    }

    @Test("the parse of a note nested too deep warns at the line and reads the rest")
    func parse() {
        let text = "- [ ] first\n" + String(repeating: "> - ", count: 60) + "x\n\n## Log\n- 2026-11-01 met: coffee\n"
        let document = MarkdownParser().parse(text, lineOffset: 3)
        #expect(
            document.problems.first
                == MarkdownProblem(.deepBlocks(limit: BlockNesting.limit), at: SourcePosition(line: 5, column: 1)))
        #expect(document.sections.contains { $0.title == "Log" })
    }
}
