import Testing

@testable import GrapevineCore

private func parse(_ body: String, lineOffset: Int = 0) -> MarkdownDocument {
    MarkdownParser().parse(body, lineOffset: lineOffset)
}

private func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}

@Suite("Markdown parser: links, wikilinks and their positions")
struct MarkdownLinkTests {
    // MARK: What is a link

    @Test func markdownLinksKeepURLAndLabel() {
        let body = "See [Sam](../contacts/sam-reyes.md), <https://example.com/a> and [**Bold** label](x.md).\n"
        let document = parse(body)
        #expect(
            document.links.map(\.target) == [
                .url("../contacts/sam-reyes.md"), .url("https://example.com/a"), .url("x.md"),
            ])
        #expect(document.links.map(\.label) == ["Sam", "https://example.com/a", "Bold label"])
        #expect(document.links.map(\.position) == [at(1, 5), at(1, 38), at(1, 66)])
    }

    @Test func referenceStyleLinkResolvesItsURL() {
        let document = parse("Talk to [Sam][s].\n\n[s]: contacts/sam.md\n")
        #expect(document.links.map(\.target) == [.url("contacts/sam.md")])
        #expect(document.links.first?.label == "Sam")
    }

    @Test(
        arguments: [
            ("[[Sam Reyes]]", "Sam Reyes", nil),
            ("[[Sam Reyes|Sam]]", "Sam Reyes", "Sam"),
            ("[[Sam Reyes#Log]]", "Sam Reyes", nil),
            ("[[Sam Reyes#Log|the log]]", "Sam Reyes", "the log"),
            ("[[contacts/sam-reyes.md]]", "contacts/sam-reyes.md", nil),
            ("[[ Sam Reyes | Sam ]]", "Sam Reyes", "Sam"),
            ("[[José Núñez]]", "José Núñez", nil),
        ] as [(String, String, String?)])
    func wikilinkTargetAndLabel(written: String, target: String, label: String?) throws {
        let document = parse("Met \(written) today.\n")
        let link = try #require(document.links.first)
        #expect(document.links.count == 1)
        #expect(link.target == .wiki(target))
        #expect(link.label == label)
        #expect(link.position == at(1, 5))
        #expect(link.blockIndex == 0)
    }

    @Test(arguments: [
        "Inline `[[Sam]]` code",
        "Double ``[[Sam]] `x` `` code",
        "```\n[[Sam]]\n```",
        "~~~md\nsee [[Sam]]\n~~~",
        "Para\n\n    [[Sam]] indented code",
        "[[Sam\nReyes]] across lines",
        "[[]] and [[ ]] and [[#Heading]] and [[|label]]",
        "[Sam] and [ [Sam] ]",
    ])
    func notAWikilink(body: String) {
        #expect(parse(body).links.isEmpty)
    }

    @Test func wikilinksNextToCodeSpansStillCount() {
        let document = parse("`[[Not]]` then [[Yes]] and `x`[[Also]]\n")
        #expect(document.links.map(\.target) == [.wiki("Yes"), .wiki("Also")])
        #expect(document.links.map(\.position) == [at(1, 16), at(1, 31)])
    }

    @Test func wikilinksInTablesQuotesHeadingsAndEmphasis() {
        let body = """
            ## About [[Acme]]

            | Name | Note |
            | --- | --- |
            | Sam | [[Sam Reyes]] |
            | Eve | [[Eve Park\\|Eve]] |

            > met [[Dan]]
            > > deeper [[Zed]]

            Some *[[Ann]]* and **bold [[Bob]] text**.
            """
        let document = parse(body, lineOffset: 1)
        #expect(
            document.links.map(\.target) == [
                .wiki("Acme"), .wiki("Sam Reyes"), .wiki("Eve Park"), .wiki("Dan"), .wiki("Zed"), .wiki("Ann"),
                .wiki("Bob"),
            ])
        #expect(document.links[2].label == "Eve")
        #expect(document.links.map(\.blockIndex) == [0, 1, 1, 2, 2, 3, 3])
        #expect(
            document.links.map(\.position) == [
                at(2, 10), at(6, 9), at(7, 9), at(9, 7), at(10, 12), at(12, 7), at(12, 27),
            ])
    }

    // MARK: Links of list items

    @Test func itemLinkRangesIndexIntoDocumentLinks() {
        let body = """
            Intro [[Zed]].

            - See [[Sam]] and [Dan](dan.md)
            - Nothing here
            - [[Eve]]
              - Nested [[Ann]]

              Second paragraph [[Bob]]
            """
        let document = parse(body)
        #expect(
            document.links.map(\.target) == [
                .wiki("Zed"), .wiki("Sam"), .url("dan.md"), .wiki("Eve"), .wiki("Ann"), .wiki("Bob"),
            ])
        #expect(document.items.map(\.links) == [1..<3, 3..<3, 3..<4, 4..<5])
        let first = document.items[0]
        #expect(document.links[first.links].map(\.label) == [nil, "Dan"])
        #expect(document.links.map(\.blockIndex) == [0, 1, 1, 1, 1, 1])
    }

    // MARK: Positions

    @Test func positionsAreFileLinesPastTheFrontMatter() {
        let body = "# Title\n\nSee [[Sam]] now.\n\n- [ ] ask [Dan](dan.md)\n"
        let document = parse(body, lineOffset: 4)
        #expect(document.blocks.first?.start == at(5, 1))
        #expect(document.links.map(\.position) == [at(7, 5), at(9, 11)])
        #expect(document.items.first?.position == at(9, 1))
        #expect(document.items.first?.textPosition == at(9, 7))
    }

    @Test(arguments: [
        ("Café [[Sam]]", 6),  // é is one scalar, two bytes
        ("e\u{301}e\u{301} [[Sam]]", 6),  // decomposed: four scalars, two characters
        ("🎉 [[Sam]]", 3),  // one scalar, four bytes
        ("👩‍💻 [[Sam]]", 5),  // woman + ZWJ + laptop: three scalars, one character
        ("日本語 [[Sam]]", 5),
        ("Ünïcödé and 🎉 then [[Sam]]", 20),
    ])
    func columnsCountUnicodeScalars(line: String, column: Int) throws {
        let link = try #require(parse("- \(line)\n", lineOffset: 2).links.first)
        #expect(link.position == at(3, column + 2))
    }

    @Test func markdownLinkColumnCountsScalars() {
        let document = parse("Naïve 🎉 [x](y.md)\n")
        #expect(document.links.first?.position == at(1, 9))
    }

    @Test func twoWikilinksOnOneLineGetTheirOwnColumns() {
        let document = parse("[[A]] then [[A]] and 🎉[[B]]\n")
        #expect(document.links.map(\.position) == [at(1, 1), at(1, 12), at(1, 23)])
    }

    @Test func columnsAfterEscapesAndTwoSpaceHardBreaks() {
        let body = "a \\* b [[A]] &amp; [[B]]\nend  \n[[D]] and\n"
        let document = parse(body)
        #expect(document.links.map(\.target) == ["A", "B", "D"].map(Link.Target.wiki))
        #expect(document.links.map(\.position) == [at(1, 8), at(1, 20), at(3, 1)])
    }

    @Test
    func columnAfterSeveralEntities() {
        let document = parse("[[A]] &amp;&amp;&amp;&amp; [[B]]\n")
        #expect(document.links.map(\.position) == [at(1, 1), at(1, 28)])
    }

    @Test
    func linksAfterABackslashHardBreak() {
        let document = parse("see\\\n[[Sam]] and\\\n[Dan](dan.md)\n")
        #expect(document.links.map(\.position) == [at(2, 1), at(3, 1)])
    }

    @Test func wikilinksOnContinuationLinesOfAListItem() {
        let body = """
            ## Referrals
            - Met Sam, who suggested
              talking to [[Dan Ortiz]] and
              [[Eve]].
              - nested [[Zed]]
            - lazy item
            continued [[Ann]] here
            """
        let document = parse(body, lineOffset: 3)
        #expect(document.links.map(\.target) == ["Dan Ortiz", "Eve", "Zed", "Ann"].map(Link.Target.wiki))
        #expect(document.links.map(\.position) == [at(6, 14), at(7, 3), at(8, 12), at(10, 11)])
        #expect(document.items.map(\.links) == [0..<2, 2..<3, 3..<4])
        #expect(document.items.first?.text == "Met Sam, who suggested talking to [[Dan Ortiz]] and [[Eve]].")
    }

    @Test func wikilinksOnContinuationLinesOfAQuote() {
        let document = parse("> first line\n> and [[Sam]]\nlazy [[Dan]]\n")
        #expect(document.links.map(\.position) == [at(2, 7), at(3, 6)])
    }

    @Test func markdownLinksOnContinuationLinesOfAListItem() {
        let document = parse("- intro\n  see [site](https://x.example) and [[W]]\n")
        #expect(document.links.map(\.position) == [at(2, 7), at(2, 37)])
    }

    @Test
    func markdownLinksOnDriftingContinuationLines() {
        let body = "- intro\nlazy [site](https://x.example) [[W]]\n- other\n    deep [a](a.md)\n"
        let document = parse(body)
        // The wikilink on the lazy line is corrected; the Markdown links are not.
        #expect(document.links.map(\.position) == [at(2, 6), at(2, 32), at(4, 10)])
    }
}
