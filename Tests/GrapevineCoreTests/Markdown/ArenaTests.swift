import CArena
import Dispatch
import Synchronization
import Testing

@testable import GrapevineCore

/// The per-thread allocator cmark-gfm parses with (`CArena`): what `calloc` and `realloc`
/// promise, rewinding at the outermost end, and documents bigger than one of its blocks.
@Suite("Arena: cmark-gfm's per-thread allocator")
struct ArenaTests {
    @Test func callocZeroesMemoryReusedAfterARewind() throws {
        grapevine_arena_begin()
        let first = try #require(grapevine_arena_calloc(64, 1)).assumingMemoryBound(to: UInt8.self)
        first.update(repeating: 0xAB, count: 64)
        grapevine_arena_end()
        grapevine_arena_begin()
        defer { grapevine_arena_end() }
        let second = try #require(grapevine_arena_calloc(8, 8)).assumingMemoryBound(to: UInt8.self)
        #expect(second == first, "the rewound arena hands out the same memory again")
        #expect((0..<64).allSatisfy { second[$0] == 0 })
    }

    @Test func reallocKeepsTheBytesWhetherItGrowsInPlaceOrMoves() throws {
        grapevine_arena_begin()
        defer { grapevine_arena_end() }
        var buffer = try #require(grapevine_arena_realloc(nil, 10)).assumingMemoryBound(to: UInt8.self)
        for index in 0..<10 { buffer[index] = UInt8(index) }
        // The last allocation grows where it is.
        let grown = try #require(grapevine_arena_realloc(buffer, 100)).assumingMemoryBound(to: UInt8.self)
        #expect(grown == buffer)
        buffer = grown
        for index in 10..<100 { buffer[index] = UInt8(index) }
        // Another allocation after it: growing again moves it, bytes and all; so does growing
        // past a block (1 MB).
        _ = grapevine_arena_calloc(1, 16)
        for size in [1_000, 3_000_000] {
            let moved = try #require(grapevine_arena_realloc(buffer, size)).assumingMemoryBound(to: UInt8.self)
            #expect(moved != buffer)
            #expect((0..<100).allSatisfy { moved[$0] == UInt8($0) })
            moved[size - 1] = 7
            buffer = moved
        }
        // Shrinking keeps the start.
        let shrunk = try #require(grapevine_arena_realloc(buffer, 50)).assumingMemoryBound(to: UInt8.self)
        #expect((0..<50).allSatisfy { shrunk[$0] == UInt8($0) })
    }

    @Test func onlyTheOutermostEndRewinds() throws {
        grapevine_arena_begin()
        _ = grapevine_arena_calloc(1, 100)
        grapevine_arena_begin()
        _ = grapevine_arena_calloc(1, 100)
        grapevine_arena_end()
        #expect(grapevine_arena_used() >= 200, "an inner end keeps what the outer use still holds")
        grapevine_arena_end()
        #expect(grapevine_arena_used() == 0)
    }

    /// A document whose tree needs several of the arena's blocks, parsed and rendered on every
    /// core at once, gives the serial result each time.
    @Test func documentsBiggerThanABlockParseAndRenderOnEveryCore() {
        let markdown = (0..<20_000).map { "- [ ] item \($0) with [[Person \($0 % 50)]]" }.joined(separator: "\n")
        let document = MarkdownParser().parse(markdown)
        #expect(document.items.count == 20_000)
        #expect(document.items.last?.text == "item 19999 with [[Person 49]]")
        let html = MarkdownHTML.render(markdown) { _ in "p.html" }
        #expect(html.components(separatedBy: "<li>").count - 1 == 20_000)
        #expect(html.contains("item 19999 with <a href=\"p.html\">Person 49</a>"))
        let results = Mutex([Bool](repeating: false, count: 8))
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let same =
                MarkdownParser().parse(markdown) == document
                && MarkdownHTML.render(markdown, resolve: { _ in "p.html" }) == html
            results.withLock { $0[index] = same }
        }
        #expect(results.withLock { $0 }.allSatisfy { $0 })
    }
}
