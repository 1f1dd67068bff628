import Foundation
import Testing

@testable import GrapevineCore

private func parse(_ body: String, lineOffset: Int = 0) -> MarkdownDocument {
    MarkdownParser().parse(body, lineOffset: lineOffset)
}

private func parse(bytes: [UInt8], lineOffset: Int = 0) -> MarkdownDocument {
    bytes.withUnsafeBufferPointer { MarkdownParser().parse($0, lineOffset: lineOffset) }
}

/// Bodies written to break the parser: tables where cmark-gfm loses positions, bytes it reads
/// differently from us, nesting and tables that would exhaust the stack or the clock.
@Suite("Markdown parser: hostile bodies")
struct HostileMarkdownTests {
    // MARK: A table right under a paragraph line

    /// cmark-gfm's table extension gives the paragraph above such a table no position (line 0).
    @Test func paragraphAboveATableKeepsItsLines() throws {
        let document = parse("Some text\nmore text\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter.\n", lineOffset: 3)
        #expect(document.blocks.map(\.kind) == [.paragraph, .table, .paragraph])
        #expect(
            document.blocks.map(\.start) == [
                .init(line: 4, column: 1), .init(line: 6, column: 1), .init(line: 10, column: 1),
            ])
        #expect(document.blocks.map(\.endLine) == [5, 8, 10])
    }

    @Test func tableWithoutBodyRowsUnderAParagraph() {
        let document = parse("Text\n| a | b |\n|---|---|\n")
        #expect(document.blocks.map(\.kind) == [.paragraph, .table])
        #expect(document.blocks.map(\.start.line) == [1, 2])
        #expect(document.blocks.map(\.endLine) == [1, 3])
    }

    @Test func linksAboveAndInsideSuchATableAreWhereTheyAre() {
        let document = parse(
            "Met [[Ana]] and\n  [Ben](contacts/ben.md) today\n| [[Cy]] | [[Di]] |\n|---|---|\n| [[Ed]] | x |\n")
        let positions = document.links.map { "\($0.target) \($0.position.line):\($0.position.column)" }
        #expect(
            positions == [
                "wiki(\"Ana\") 1:5", "url(\"contacts/ben.md\") 2:3", "wiki(\"Cy\") 3:3", "wiki(\"Di\") 3:12",
                "wiki(\"Ed\") 5:3",
            ])
    }

    @Test func itemTextAboveATableInTheItem() throws {
        let document = parse("## Log\n- 2026-10-01 emailed\n  | a | b |\n  |---|---|\n- 2026-10-02 called\n")
        #expect(document.items.map(\.text) == ["2026-10-01 emailed", "2026-10-02 called"])
        #expect(document.items.map(\.textPosition) == [.init(line: 2, column: 3), .init(line: 5, column: 3)])
    }

    @Test func quotedParagraphAboveATable() {
        let document = parse("> quoted [[Ana]]\n> | a |\n> |---|\n")
        #expect(document.links.map(\.position) == [.init(line: 1, column: 10)])
    }

    // MARK: Bytes cmark-gfm reads its own way

    /// cmark-gfm ends a line at a lone `\r`; Grapevine's lines, like an editor's, end at `\n`.
    @Test func loneCarriageReturnsKeepFileLines() throws {
        let document = parse("first\rsecond [[Ana]]\n- item\r- [[Ben]]\n", lineOffset: 2)
        #expect(document.links.map(\.position) == [.init(line: 3, column: 14), .init(line: 4, column: 10)])
        #expect(document.items.map(\.position) == [.init(line: 4, column: 1), .init(line: 4, column: 8)])
        #expect(document.blocks.map(\.start.line) == [3, 4])
        #expect(document.blocks.map(\.endLine) == [3, 4])
    }

    /// cmark-gfm reads a NUL as U+FFFD, three bytes.
    @Test func nulBytesDoNotShiftColumns() throws {
        let document = parse(bytes: Array("a\u{0}\u{0}b [[Ana]]\n- \u{0}x [y](z)\n".utf8))
        #expect(document.links.map(\.position) == [.init(line: 1, column: 6), .init(line: 2, column: 6)])
        #expect(document.items.map(\.text) == ["\u{FFFD}x y"])
    }

    @Test(arguments: [
        "\u{0}- \u{0}\n- \u{0}x\u{0}", "-\u{B}x\n- \u{B}\n", "\u{C}- x\n\u{C}", "- x\r\r\n- \r", "\r\r\r",
        "\u{B}\u{C}\r\u{0}",
        "- [ ]\u{0}\n- [x]\u{B}", "Text\u{0}\n| a |\n|-|\n\u{0}", "> - \u{0}\r| a |\r|-|\r",
    ])
    func controlBytesNearListMarkers(body: String) {
        let document = parse(body, lineOffset: 5)
        for position in document.items.map(\.position) + document.items.map(\.textPosition)
            + document.links.map(\.position)
            + document.blocks.map(\.start)
        {
            #expect(position.line >= 6 && position.column >= 1)
        }
        #expect(document.blocks.allSatisfy { $0.endLine >= $0.start.line })
    }

    /// cmark-gfm does not count a backslash hard break as a line for what follows; a break
    /// first in a block is on the block's own line.
    @Test func hardBreakFirstInAParagraph() {
        let document = parse("Intro.\n\n\\\nthen [[Ana]]\n")
        #expect(document.links.map(\.position) == [.init(line: 4, column: 6)])
    }

    // MARK: Nesting

    /// The markers past `BlockNesting.limit` are text before cmark-gfm reads the line: what
    /// follows them is in the deepest block, and read.
    @Test func deeplyNestedQuotesOnOneLine() throws {
        let document = parse(String(repeating: "> ", count: 200_000) + "[[Deep]]\n")
        let problem = try #require(document.problems.first)
        #expect(problem.kind == .deepBlocks(limit: BlockNesting.limit))
        #expect(problem.position == SourcePosition(line: 1, column: 1))
        #expect(document.links.map(\.target) == [.wiki("Deep")])
        #expect(document.blocks.map(\.kind) == [.blockQuote])
    }

    @Test func deeplyNestedListItems() throws {
        let body = String(repeating: "- ", count: 80_000) + "x\n"
        let document = parse(body)
        #expect(document.problems.map(\.kind) == [.deepBlocks(limit: BlockNesting.limit)])
        #expect(document.items.count == BlockNesting.limit)
        #expect(document.items.last?.depth == BlockNesting.limit - 1)
    }

    @Test func deeplyIndentedListItems() throws {
        let body = (0..<300).map { String(repeating: "  ", count: $0) + "- [ ] task \($0)\n" }.joined()
        let document = parse(body)
        #expect(document.problems.map(\.kind) == [.deepNesting(limit: NodeConverter.maximumNesting)])
        #expect(document.items.map(\.text) == (0..<NodeConverter.maximumNesting).map { "task \($0)" })
        #expect(document.items.allSatisfy { $0.position.line == $0.depth + 1 })
    }

    @Test func deeplyNestedEmphasis() throws {
        let body =
            "- " + String(repeating: "*a **b ", count: 30_000) + "c" + String(repeating: " b** a*", count: 30_000)
        let document = parse(body)
        #expect(document.problems.map(\.kind) == [.deepNesting(limit: NodeConverter.maximumNesting)])
        #expect(document.items.count == 1)
    }

    /// Each link's label is a copy of the text inside it: nested images would copy the text
    /// once per level.
    @Test func nestedImagesAreReadOnlyFourDeep() throws {
        let depth = 5_000
        let body = String(repeating: "![a ", count: depth) + "x" + String(repeating: "](i.png)", count: depth)
        let document = parse(body)
        #expect(document.problems.map(\.kind).contains(.nestedLinks(limit: NodeConverter.maximumLinkNesting)))
        #expect(document.links.count <= NodeConverter.maximumLinkNesting)
        #expect(document.links.compactMap(\.label).map(\.utf8.count).reduce(0, +) < 50 * depth)
    }

    @Test func nestingWithinTheLimitIsNotReported() {
        let body = (0..<20).map { String(repeating: "  ", count: $0) + "- > *x [[A\($0)]]*\n" }.joined()
        #expect(parse(body).problems.isEmpty)
    }

    // MARK: Many sections

    /// Every task was compared with every Agenda section: 20,000 of each took 20 seconds.
    @Test func manyAgendaSectionsAndTasks() {
        let count = 20_000
        let body = String(repeating: "## Agenda\n- [ ] ask\n### Leads\n- [ ] lead\n## Tasks\n- [ ] do\n", count: count)
        let tasks = parse(body).openTasks
        #expect(tasks.count == count)
        #expect(tasks.allSatisfy { $0.text == "do" })
    }

    // MARK: Many links on one line

    /// Positions were found from the start of the line for every link: 10,000 wikilinks on
    /// one line took seconds, 50,000 minutes.
    @Test func manyWikilinksOnOneLine() throws {
        let count = 20_000
        let document = parse("Met " + String(repeating: "[[Ana]] é ", count: count) + "\n")
        #expect(document.links.count == count)
        #expect(document.links.last?.position == SourcePosition(line: 1, column: 5 + 10 * (count - 1)))
    }

    @Test func manyLinksOnOneLineWithEntitiesBetween() throws {
        let count = 20_000
        let document = parse(String(repeating: "&amp; [x](y) ", count: count) + "\n")
        #expect(document.links.count == count)
        #expect(document.links.last?.position == SourcePosition(line: 1, column: 7 + 13 * (count - 1)))
    }
}
