import Foundation
import Testing

@testable import GrapevineCore

private func parse(_ body: String, lineOffset: Int = 0) -> MarkdownDocument {
    MarkdownParser().parse(body, lineOffset: lineOffset)
}

@Suite("Markdown parser: blocks, sections, list items")
struct MarkdownParserTests {
    // MARK: Headings and sections

    static let interview = """
        # Maria Lopez
        Intro paragraph.

        ## Log
        - 2026-10-01 emailed: intro

        ### Details
        Some detail.

        ## Notes:
        Free text.

        ## Empty
        ### Only a sub-heading

        # Next person
        """

    @Test func headingsBecomeBlocksWithLevelAndTitle() {
        let document = parse(Self.interview)
        let headings: [(Int, String)] = document.blocks.compactMap {
            if case .heading(let level, let title) = $0.kind { return (level, title) }
            return nil
        }
        #expect(headings.map(\.0) == [1, 2, 3, 2, 2, 3, 1])
        #expect(
            headings.map(\.1) == [
                "Maria Lopez", "Log", "Details", "Notes:", "Empty", "Only a sub-heading", "Next person",
            ])
    }

    @Test func sectionRunsToNextHeadingOfSameOrHigherLevel() throws {
        let document = parse(Self.interview)
        let blocks = document.blocks
        let top = try #require(document.sections.first)
        #expect(top.title == "Maria Lopez" && top.level == 1)
        // The level-1 section runs up to "# Next person", sub-sections included.
        let next = try #require(blocks.firstIndex { $0.kind == .heading(level: 1, title: "Next person") })
        #expect(top.content == 1..<next)

        let log = try #require(document.section(named: "Log"))
        // "## Log" holds its list and the "### Details" sub-section, and stops at "## Notes:".
        let notes = try #require(blocks.firstIndex { $0.kind == .heading(level: 2, title: "Notes:") })
        #expect(log.content == (log.headingIndex + 1)..<notes)
        #expect(blocks[log.content].map(\.kind) == [.list, .heading(level: 3, title: "Details"), .paragraph])

        let details = try #require(document.section(named: "Details"))
        #expect(details.content == (details.headingIndex + 1)..<notes)

        let last = try #require(document.sections.last)
        #expect(last.title == "Next person" && last.content.isEmpty)
    }

    @Test(arguments: ["notes", "NOTES", "Notes:", "notes :", "  Notes  "])
    func sectionNamesIgnoreCaseAndTrailingColon(name: String) throws {
        let section = try #require(parse(Self.interview).section(named: name))
        #expect(section.title == "Notes:")
    }

    // A plural `s` is dropped too: `## Referral` is the Referrals section (more forms in
    // SectionUnderAnotherHeadingTests).
    @Test(arguments: [
        ("Next Steps", "next step"),
        ("  Next Steps:  ", "next step"),
        ("Notes : :", "note"),
        ("Q&A\t:\r\n", "q&a"),
        (":::", ""),
        ("Prochaines Étapes :", "prochaines étape"),
        ("ÉTAPES\u{00A0}:", "étape"),
    ])
    func sectionTitlesAreComparedLowercaseTrimmedWithoutColons(title: String, key: String) {
        #expect(Section.normalizedTitle(title) == key)
    }

    @Test func sectionNamedTakesAlternativesAndReturnsNilWhenAbsent() {
        let document = parse(Self.interview)
        #expect(document.section(named: "Agenda") == nil)
        #expect(document.section(named: "Questions", "log")?.title == "Log")
        #expect(document.section(named: "Maria") == nil)
    }

    @Test func hasContentIgnoresEmptySubHeadings() throws {
        let document = parse(Self.interview)
        #expect(document.hasContent(try #require(document.section(named: "Log"))))
        #expect(document.hasContent(try #require(document.section(named: "Notes"))))
        #expect(!document.hasContent(try #require(document.section(named: "Empty"))))
        #expect(!document.hasContent(try #require(document.section(named: "Next person"))))
    }

    @Test func headingTitlesArePlainText() {
        let document = parse("## Talk with *Sam* and `code`\n\nSetext title\n============\n")
        #expect(
            document.blocks.map(\.kind) == [
                .heading(level: 2, title: "Talk with Sam and code"), .heading(level: 1, title: "Setext title"),
            ])
    }

    @Test func itemsAndLinksInSectionAreFiltered() throws {
        let document = parse("## Referrals\n- [[Sam]]\n- Dan\n\n## Leads\n- [[Acme]] opening\n")
        let referrals = try #require(document.section(named: "Referrals"))
        #expect(document.items(in: referrals).map(\.text) == ["[[Sam]]", "Dan"])
        #expect(document.links(in: referrals).map(\.target) == [.wiki("Sam")])
    }

    /// An item's details: the items nested in it at any depth, not its siblings, not a next
    /// list's items, not when the item is not the document's.
    @Test func itemsNestedInAnItemAreItsDetails() {
        let document = parse(
            """
            - Designer
              - salary band
                - negotiable
            - Writer
            - Editor
              - remote

            A paragraph.

            - Another list
              - its detail
            """)
        let items = document.items
        #expect(items.map(\.text).count == 8)
        #expect(document.items(nestedIn: items[0]).map(\.text) == ["salary band", "negotiable"])
        #expect(document.items(nestedIn: items[1]).map(\.text) == ["negotiable"])
        #expect(document.items(nestedIn: items[3]).isEmpty)
        #expect(document.items(nestedIn: items[4]).map(\.text) == ["remote"])
        #expect(document.items(nestedIn: items[6]).map(\.text) == ["its detail"])
        #expect(document.items(nestedIn: items[7]).isEmpty)
        var stranger = items[0]
        stranger.position = SourcePosition(line: 40, column: 1)
        #expect(document.items(nestedIn: stranger).isEmpty)
    }

    // MARK: Blocks

    @Test func blockKindsAndLines() {
        let body = """
            Para line one
            line two

            > quoted

            ```
            code
            ```

                indented code

            | a | b |
            | - | - |
            | 1 | 2 |

            ---

            <div>html</div>
            """
        let document = parse(body, lineOffset: 10)
        #expect(
            document.blocks.map(\.kind) == [
                .paragraph, .blockQuote, .codeBlock, .codeBlock, .table, .thematicBreak, .html,
            ])
        #expect(document.blocks.map(\.start.line) == [11, 14, 16, 20, 22, 26, 28])
        // Indented code and the thematic break are left out: see `blockEndLineStopsAtTheBlocksLastLine`.
        let ends = document.blocks.map(\.endLine)
        #expect([0, 1, 2, 4, 6].map { ends[$0] } == [12, 14, 18, 24, 28])
    }

    @Test
    func blockEndLineStopsAtTheBlocksLastLine() {
        let document = parse("- a\n- b\n\n\n# H\n\n    code\n\n---\n\nEnd\n")
        #expect(
            document.blocks.map(\.kind) == [
                .list, .heading(level: 1, title: "H"), .codeBlock, .thematicBreak, .paragraph,
            ])
        #expect(document.blocks.map(\.endLine) == [2, 5, 7, 9, 11])
    }

    @Test(arguments: ["", "\n\n", "   \n"])
    func emptyBodyGivesEmptyDocument(body: String) {
        #expect(parse(body) == MarkdownDocument())
    }

    // MARK: List items

    @Test func itemTextIsPlainText() throws {
        let document = parse("- Met **Sam** at [the fair](https://fair.example) with `code` and [[Dan|D]]\n")
        let item = try #require(document.items.first)
        #expect(item.text == "Met Sam at the fair with code and [[Dan|D]]")
        #expect(item.checked == nil && !item.isTask)
    }

    @Test(
        "an Obsidian block id at the end of an item is no part of its text",
        arguments: [
            ("- 2026-10-24 replied: happy to do a video call ^abc123\n", "2026-10-24 replied: happy to do a video call"),
            ("- [ ] Send the deck ^task-1  \n", "Send the deck"),
            ("- first line\n  second line ^Q9\n", "first line second line"),
            // Not a block id: no space before the caret, nothing after it, other characters, in code.
            ("- x^2 grows\n", "x^2 grows"),
            ("- 2^10\n", "2^10"),
            ("- a caret ^\n", "a caret ^"),
            ("- ^abc\n", "^abc"),
            ("- note ^ab_c\n", "note ^ab_c"),
            ("- write `foo ^abc`\n", "write foo ^abc"),
        ])
    func blockIDs(markdown: String, text: String) throws {
        let item = try #require(parse(markdown).items.first)
        #expect(item.text == text)
    }

    @Test func itemTextJoinsSoftLineBreaksWithASpace() throws {
        let item = try #require(parse("- first line\n  second line\n").items.first)
        #expect(item.text == "first line second line")
    }

    @Test func nestedItemsHaveDepthAndShareTheirTopLevelBlock() {
        let body = """
            # Title

            - A
              - B
                - C
            - D

            1. E
            """
        let document = parse(body)
        #expect(document.items.map(\.text) == ["A", "B", "C", "D", "E"])
        #expect(document.items.map(\.depth) == [0, 1, 2, 0, 0])
        #expect(document.items.map(\.blockIndex) == [1, 1, 1, 1, 2])
        #expect(document.items.map(\.position.line) == [3, 4, 5, 6, 8])
        #expect(document.items.map(\.position.column) == [1, 3, 5, 1, 1])
    }

    @Test func itemsInsideBlockQuotesAreCollected() {
        let document = parse("> - quoted item\n")
        #expect(document.items.map(\.text) == ["quoted item"])
        #expect(document.items.first?.position == SourcePosition(line: 1, column: 3))
    }

    @Test func taskItemsAndCheckedState() {
        let body = """
            - [ ] open
            - [x] done
            - [X] done too
            - plain
            * [ ] star marker
            1. [x] ordered
            """
        let document = parse(body, lineOffset: 3)
        #expect(document.items.map(\.checked) == [false, true, true, nil, false, true])
        #expect(document.items.map(\.isTask) == [true, true, true, false, true, true])
        #expect(document.items.map(\.text) == ["open", "done", "done too", "plain", "star marker", "ordered"])
        #expect(document.items[0].position == SourcePosition(line: 4, column: 1))
        // The text starts after "- [ ] ".
        #expect(document.items[0].textPosition == SourcePosition(line: 4, column: 7))
        #expect(document.items[3].textPosition == SourcePosition(line: 7, column: 3))
        #expect(document.items[5].textPosition == SourcePosition(line: 9, column: 8))
    }

    @Test func bracketsThatAreNotATaskBox() {
        let document = parse("- [y] not a box\n- [ ]\n- [link](x.md)\n")
        #expect(document.items[0].checked == nil)
        #expect(document.items[0].text == "[y] not a box")
        #expect(document.items[2].checked == nil)
    }

    // MARK: Due dates

    @Test(arguments: [
        ("Send resume due 2026-11-25", "2026-11-25", "Send resume"),
        ("Send resume due: 2026-11-25", "2026-11-25", "Send resume"),
        ("Send resume Due 2026-11-25", "2026-11-25", "Send resume"),
        ("Book a room 📅 2026-11-30", "2026-11-30", "Book a room"),
        ("Call Sam due 2026-11-25 about the job", "2026-11-25", "Call Sam about the job"),
        ("due 2026-01-02 call Eve", "2026-01-02", "call Eve"),
        ("The due date is due 2026-11-25", "2026-11-25", "The due date is"),
        ("Senior Analyst posting, due 2026-11-20", "2026-11-20", "Senior Analyst posting"),
        ("Senior Analyst posting — due: 2026-11-20", "2026-11-20", "Senior Analyst posting"),
        ("Apply for the analyst role (due 2026-11-20)", "2026-11-20", "Apply for the analyst role"),
        ("Write to Sam due 2026-11-20, before the holidays", "2026-11-20", "Write to Sam, before the holidays"),
        // A word that only announced the date goes with it, and the comma before it.
        (
            "Associate product developer posting, closes 📅 2026-11-20", "2026-11-20",
            "Associate product developer posting"
        ),
        ("Analyst role, closing on 📅 2026-12-01, apply online", "2026-12-01", "Analyst role, apply online"),
        ("QA Chemist — Deadline: 📅 2026-11-30", "2026-11-30", "QA Chemist"),
        ("Report due by 2026-11-20", "2026-11-20", "Report"),
        ("Renew the lease until 📅 2026-12-31", "2026-12-31", "Renew the lease"),
        ("Deadline 📅 2026-11-30", "2026-11-30", "Deadline"),
        ("Foreclosures 📅 2026-11-30", "2026-11-30", "Foreclosures"),
    ])
    func dueDateAndTextWithoutDue(text: String, due: String, rest: String) throws {
        let item = try #require(parse("- [ ] \(text)\n").items.first)
        #expect(item.dueDate == LocalDate(due))
        #expect(item.textWithoutDue == rest)
        #expect(item.text == text)
    }

    @Test(arguments: ["Write to Sam", "Pay dues", "due 2026-13-01", "due tomorrow", "📅 soon", "due 2026-1-5"])
    func noDueDate(text: String) throws {
        let item = try #require(parse("- [ ] \(text)\n").items.first)
        #expect(item.dueDate == nil)
        #expect(item.textWithoutDue == text)
    }

    // MARK: Line endings

    @Test func crlfBodyParsesLikeLF() {
        let body = "# Title\n\nSee [[Sam]] and [Dan](dan.md).\n\n- [ ] task [[Eve]]\n- [x] done\n  more\n"
        let crlf = body.replacingOccurrences(of: "\n", with: "\r\n")
        let lf = parse(body, lineOffset: 2)
        #expect(parse(crlf, lineOffset: 2) == lf)
        #expect(lf.items.map(\.text) == ["task [[Eve]]", "done more"])
        #expect(lf.blocks.first?.kind == .heading(level: 1, title: "Title"))
    }

    @Test func bytesAndStringEntryPointsAgree() {
        let body = "## Notes\n- [[Sam]] é 🎉 [[Dan]]\n"
        var copy = body
        let fromBytes = copy.withUTF8 { MarkdownParser().parse($0, lineOffset: 4) }
        #expect(fromBytes == parse(body, lineOffset: 4))
        #expect(fromBytes.links.count == 2)
    }
}
