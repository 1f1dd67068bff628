import Dispatch
import Synchronization
import Testing

@testable import GrapevineCore

/// SPEC §8: cmark-gfm's inline extensions share a process-global table, so parsing in
/// parallel with them attached loses strikethroughs and links. These tests parse thousands of
/// documents full of what those extensions react to on every core and compare each result
/// with a serial parse.
@Suite("Markdown parser: parallel parsing gives the serial result")
struct ConcurrentParsingTests {
    static let documentCount = 2_000

    /// A document that varies with `index`, and how many links it holds.
    static func document(_ index: Int) -> (text: String, links: Int, tasks: Int) {
        var text = """
            # Note \(index)

            Met [[Person \(index)]] at ~~old~~ *new* place; see www.example.com/\(index), \
            https://example.org/\(index) and <https://example.com/\(index)>.

            | Name | Link | Note |
            | --- | --- | --- |
            | Sam \(index) | [[Sam \(index)\\|Sam]] | ~~struck~~ |
            | Site | [home](https://example.com/\(index % 7)) | www.acme.example |

            ## Next steps
            - [ ] Email [[Dan \(index % 13)]] due 2026-11-\(10 + index % 18)
            - [x] Read ~~the~~ **book** `[[not a link]]` ~~x~~
              - nested \(index) [[Eve]] and mailto:eve@example.com

            ```swift
            let x = "[[Nope \(index)]]"
            ```

            """
        var links = 6
        var tasks = 2
        if index % 3 == 0 {
            text += "> Quote with [[Quoted \(index)]] and ~~del~~ www.quote.example\n\n"
            links += 1
        }
        if index % 5 == 0 {
            text += "1. [ ] Ordered task ~~a~~ ~b~ [x](x\(index).md)\n2. plain _emphasis_ www.b.example\n\n"
            links += 1
            tasks += 1
        }
        if index % 4 == 0 {
            text = text.replacing("\n", with: "\r\n")
        }
        text += String(repeating: "Filler ~~line~~ www.filler.example **bold**.\n", count: index % 11)
        return (text, links, tasks)
    }

    static let documents: [(text: String, links: Int, tasks: Int)] = (0..<documentCount).map(document)

    static func serialParse() -> [MarkdownDocument] {
        let parser = MarkdownParser()
        return documents.map { parser.parse($0.text, lineOffset: 3) }
    }

    @Test func serialParsesFindEveryLinkAndTask() {
        let serial = Self.serialParse()
        for (index, (document, expected)) in zip(serial, Self.documents).enumerated() {
            #expect(document.links.count == expected.links, "document \(index)")
            #expect(document.items.filter(\.isTask).count == expected.tasks, "document \(index)")
            #expect(document.links.first?.target == .wiki("Person \(index)"), "document \(index)")
            // Without the inline extensions, ~~x~~ and www. stay plain text.
            #expect(document.items[1].text.contains("~~x~~"), "document \(index)")
        }
    }

    @Test func parallelMapMatchesSerialParse() {
        let serial = Self.serialParse()
        let documents = Self.documents.map(\.text)
        for round in 0..<3 {
            let parallel = parallelMap(count: documents.count, makeState: { MarkdownParser() }) { parser, index in
                parser.parse(documents[index], lineOffset: 3)
            }
            #expect(parallel.count == serial.count)
            let mismatches = zip(parallel, serial).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
            #expect(mismatches.isEmpty, "round \(round): documents \(mismatches.prefix(10)) differ")
        }
    }

    @Test func concurrentPerformWithOneParserPerIterationMatchesSerialParse() {
        let serial = Self.serialParse()
        let documents = Self.documents.map(\.text)
        let results = Mutex([MarkdownDocument?](repeating: nil, count: documents.count))
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let document = MarkdownParser().parse(documents[index], lineOffset: 3)
            results.withLock { $0[index] = document }
        }
        let parallel = results.withLock { $0 }
        let mismatches = zip(parallel, serial).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(parallel.allSatisfy { $0 != nil })
        #expect(mismatches.isEmpty, "documents \(mismatches.prefix(10)) differ")
    }

    @Test func parsersOnEveryCoreParseTheSameDocumentAlike() {
        let text = Self.documents[15].text
        let expected = MarkdownParser().parse(text)
        let differing = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: ProcessorCount.active * 4) { _ in
            let parser = MarkdownParser()
            for _ in 0..<250 where parser.parse(text) != expected {
                differing.add(1, ordering: .relaxed)
            }
        }
        #expect(differing.load(ordering: .relaxed) == 0)
    }

    @Test func oneParserCanBeReusedForManyDocuments() {
        let parser = MarkdownParser()
        let text = Self.documents[30].text
        let first = parser.parse(text, lineOffset: 2)
        #expect(first == MarkdownParser().parse(text, lineOffset: 2))
        #expect(first.links.count == Self.documents[30].links)
        for _ in 0..<500 {
            #expect(parser.parse(text, lineOffset: 2) == first)
        }
    }

    @Test func aReusedParserKeepsNothingFromThePreviousDocument() {
        let parser = MarkdownParser()
        let a = Self.documents[0].text, b = "Just one line with [[Only]].\n", c = ""
        let sequence = [a, b, a, c, b, c, a]
        let reused = sequence.map { parser.parse($0) }
        let fresh = sequence.map { MarkdownParser().parse($0) }
        #expect(reused == fresh)
        #expect(reused[1].links.map(\.target) == [.wiki("Only")])
        #expect(reused[3] == MarkdownDocument())
    }

    @Test func parallelMapKeepsOrderAndHandlesEdgeCounts() {
        #expect(parallelMap(count: 0, makeState: { 0 }) { _, index in index }.isEmpty)
        #expect(parallelMap(count: 1, makeState: { 0 }) { _, index in index * 2 } == [0])
        let squares = parallelMap(count: 1_001, makeState: { 0 }) { calls, index in
            calls += 1
            return index * index
        }
        #expect(squares == (0..<1_001).map { $0 * $0 })
    }

    @Test func parallelMapsInTasksSideBySideKeepOrder() async {
        async let parsed = Self.serialParse()
        async let squares = parallelMap(count: 500, makeState: {}) { _, index in index * index }
        #expect(await parsed == Self.serialParse())
        #expect(await squares == (0..<500).map { $0 * $0 })
    }
}
