import Testing

@testable import GrapevineCore

private func parse(_ body: String, lineOffset: Int = 0) -> MarkdownDocument {
    MarkdownParser().parse(body, lineOffset: lineOffset)
}

/// Tables on which cmark-gfm's table extension takes time that grows with their square are
/// read as text, with a warning; every other table is still a table.
@Suite("Markdown parser: tables too costly to read")
struct TableWorkTests {
    /// 20,000 cells in one row took cmark-gfm 6 seconds, 40,000 about 25.
    static let wideRow = "| a |\n|---|\n|" + String(repeating: "x|", count: 40_000) + "\n"

    /// Every delimiter-like line makes cmark-gfm read the paragraph above it again: 10,000
    /// such lines (50 kB) took 30 seconds.
    static func delimiterLines(_ count: Int, separator: String = "\n") -> String {
        "a|b|c" + separator + String(repeating: "|-|" + separator + "|-|-|" + separator, count: count / 2)
    }

    @Test func aVeryWideRowIsReadAsText() throws {
        let document = parse("Intro.\n\n" + Self.wideRow, lineOffset: 3)
        #expect(document.problems == [MarkdownProblem(.largeTable(cells: 40_002), at: .init(line: 8, column: 1))])
        #expect(!document.blocks.contains { $0.kind == .table })
    }

    @Test(arguments: ["\n", "\r", "\r\n"])
    func aParagraphOfDelimiterLinesIsReadAsText(separator: String) throws {
        let document = parse(Self.delimiterLines(20_000, separator: separator))
        let problem = try #require(document.problems.first)
        #expect(problem.kind == .largeTable(cells: nil))
        #expect(!document.blocks.contains { $0.kind == .table })
    }

    @Test func ordinaryTablesStayTables() {
        let row = "| " + (1...12).map { "cell \($0)" }.joined(separator: " | ") + " |\n"
        let big = row + "|" + String(repeating: "---|", count: 12) + "\n" + String(repeating: row, count: 5_000)
        let many = String(repeating: "Some text\n| a | b |\n|---|---|\n| 1 | 2 |\n\n", count: 2_000)
        for body in [big, many] {
            let document = parse(body)
            #expect(document.problems.isEmpty)
            #expect(document.blocks.contains { $0.kind == .table })
        }
    }

    /// A long table of narrow rows costs cmark-gfm time in proportion to its length: the
    /// budget grows with the text too.
    @Test func theBudgetGrowsWithTheText() {
        let row = "| " + String(repeating: "x | ", count: 10) + "\n"
        var small = TableWork()
        var large = TableWork()
        var short = "|a|\n|-|\n" + String(repeating: row, count: 100)
        short.withUTF8 { small.add($0) }
        var long = "|a|\n|-|\n" + String(repeating: row, count: 100_000)
        long.withUTF8 { large.add($0) }
        #expect(!small.isOverBudget && !large.isOverBudget)
        #expect(large.work > 900 * small.work)
    }

    @Test func pagesRenderCostlyTablesAsText() {
        let html = MarkdownHTML.render(Self.wideRow)
        #expect(!html.contains("<table>"))
        #expect(html.contains("x|x|x"))
        #expect(MarkdownHTML.render("Text\n| a |\n|---|\n| 1 |\n").contains("<table>"))
    }
}
