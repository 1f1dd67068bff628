import Testing

@testable import GrapevineCore

@Suite("ContentHash: a fast hash of a file's bytes, the same everywhere")
struct ContentHashTests {
    @Test func isTheSameFromRunToRun() {
        // Pinned: a marker written by one build is read by the next, maybe by another binary.
        #expect(ContentHash.hex(ContentHash.hash(Array("<p>home</p>".utf8))) == "4555f9c7802300c9")
        #expect(ContentHash.hex(ContentHash.hash(Array(repeating: 0, count: 1000))) == "2e86037b9634c87e")
    }

    /// Every one-bit change, and every change of length, gives another hash, at every length
    /// around the 16-byte steps.
    @Test func everyBitCounts() {
        var seen: Set<UInt64> = []
        var inputs = 0
        for length in 0...48 {
            let base = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            seen.insert(ContentHash.hash(base))
            inputs += 1
            for index in 0..<length {
                for bit in 0..<8 {
                    var flipped = base
                    flipped[index] ^= 1 << bit
                    seen.insert(ContentHash.hash(flipped))
                    inputs += 1
                }
            }
        }
        #expect(seen.count == inputs)
        // Zeros of different lengths differ too (the length is part of the hash).
        #expect(Set((0...64).map { ContentHash.hash([UInt8](repeating: 0, count: $0)) }).count == 65)
    }

    @Test func hexRoundTrips() {
        for value: UInt64 in [0, 1, 0xdead_beef, .max] {
            #expect(ContentHash.parse(Substring(ContentHash.hex(value))) == value)
        }
        #expect(ContentHash.parse("0123456789ABCDEF") == nil)
        #expect(ContentHash.parse("123") == nil)
        #expect(ContentHash.parse("+123456789abcdef") == nil)
        #expect(ContentHash.parse("0123456789abcdef0") == nil)
    }
}
