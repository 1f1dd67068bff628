import Testing

@testable import GrapevineCore

@Suite("Byte operations on a Span")
struct SpanBytesTests {
    /// `firstIndex(of:from:)` hands the bytes to `memchr`: every length, start and place of the
    /// byte, among neighbours that could be mistaken for it (`0x0B` after `0x0A`, bytes with
    /// the high bit set, zero bytes), gives what a byte-by-byte search gives.
    @Test(arguments: [UInt8(ascii: "\n"), 0x00, 0x80, 0xFF, 0x01])
    func firstIndexFindsWhatAByteByByteSearchFinds(byte: UInt8) {
        var random = SplitMix(state: UInt64(byte))
        let neighbours: [UInt8] = [byte, byte &+ 1, byte &- 1, byte ^ 0x80, 0x00, 0x80, 0xFF, 0x0A, 0x0B, 0x61]
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...100, using: &random)).map { _ in
                Int.random(in: 0..<4, using: &random) == 0 ? byte : neighbours.randomElement(using: &random)!
            }
            for start in 0...bytes.count {
                let found = bytes.span.firstIndex(of: byte, from: start)
                #expect(found == bytes[start...].firstIndex(of: byte), "\(bytes) from \(start)")
            }
        }
    }

    @Test func firstIndexInEveryPlace() {
        for length in 0...33 {
            let none = [UInt8](repeating: 0x61, count: length).span.firstIndex(of: 0x0A)
            #expect(none == nil)
            for place in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[place] = 0x0A
                if place + 1 < length { bytes[place + 1] = 0x0A }
                let (first, next) = (bytes.span.firstIndex(of: 0x0A), bytes.span.firstIndex(of: 0x0A, from: place + 1))
                #expect(first == place)
                #expect(next == (place + 1 < length ? place + 1 : nil))
            }
        }
    }

    /// A span cut out of a bigger one starts at its own offset 0 and ends at its own end: a
    /// byte just outside it, on either side, is not found.
    @Test func firstIndexStaysInsideAnExtractedSpan() {
        let bytes = Array("\nabc\ndef\n".utf8)
        let inner = bytes.span.extracting(1..<8)  // "abc\ndef"
        let (first, none, past) = (
            inner.firstIndex(of: 0x0A), inner.firstIndex(of: 0x0A, from: 4), inner.firstIndex(of: 0x0A, from: 99)
        )
        #expect(first == 3)
        #expect(none == nil)
        #expect(past == nil)
    }

    @Test func startsWithAndCount() {
        let bytes = Array("---\r\nname".utf8).span
        // (`#expect` cannot take a `Span`, so each result is taken first.)
        let starts = [
            bytes.starts(with: "---\r".utf8), bytes.starts(with: [UInt8]()), bytes.starts(with: "---\n".utf8),
            Array("--".utf8).span.starts(with: "---".utf8),
        ]
        #expect(starts == [true, true, false, false])
        let dashes = bytes.count(of: UInt8(ascii: "-"))
        #expect(dashes == 3)
        let contains = [bytes.contains(UInt8(ascii: "\r")), bytes.contains(UInt8(ascii: "\t"))]
        #expect(contains == [true, false])
        let all = [
            bytes.allSatisfy(in: 0..<3, { $0 == UInt8(ascii: "-") }), bytes.allSatisfy { $0 == UInt8(ascii: "-") },
        ]
        #expect(all == [true, false])
    }

    @Test func decodingRepairsInvalidUTF8AsTheStandardLibraryDoes() {
        let valid = Array("José\n".utf8)
        let decoded = String(decodingUTF8: valid.span)
        #expect(decoded == "José\n")
        for invalid: [UInt8] in [[0xFF], [0x61, 0xC3], [0xE2, 0x80, 0x61], [0xED, 0xA0, 0x80], [0xC0, 0xAF, 0x62]] {
            let repaired = String(decodingUTF8: invalid.span)
            #expect(repaired == String(decoding: invalid, as: UTF8.self))
        }
        let (copy, empty) = ([UInt8](valid.span), [UInt8]([UInt8]().span))
        #expect(copy == valid)
        #expect(empty.isEmpty)
    }

    /// `isASCII` ORs every byte: a byte of 0x80 or more in any place of any length (the
    /// compiler reads the bytes in blocks, so the places around a block's edges count) makes
    /// it false, and nothing else does.
    @Test func isASCIIFindsAHighByteInEveryPlace() {
        for length in 0...70 {
            let ascii = [UInt8](repeating: 0x7F, count: length).span.isASCII
            #expect(ascii, "length \(length)")
            for place in 0..<length {
                for high: UInt8 in [0x80, 0xC3, 0xFF] {
                    var bytes = [UInt8](repeating: 0x61, count: length)
                    bytes[place] = high
                    let found = bytes.span.isASCII
                    #expect(!found, "\(high) at \(place) of \(length)")
                }
            }
        }
    }

    /// `isValidUTF8` reads ASCII sixteen bytes at a step: a character of several bytes, valid,
    /// cut short, or an invalid byte, in every place of ASCII text of every length (across
    /// and at the edges of those steps), is judged as the standard library judges it.
    @Test func isValidUTF8InEveryPlace() {
        let insertions: [[UInt8]] = [
            Array("é".utf8), Array("—".utf8), Array("🙂".utf8), [0xFF], [0xC3], [0xE2, 0x80], [0x80], [0xED, 0xA0, 0x80],
            Array("é".utf8) + [0xC3],
        ]
        for length in 0...40 {
            for place in 0...length {
                for insertion in insertions {
                    var bytes = [UInt8](repeating: 0x61, count: length)
                    bytes.insert(contentsOf: insertion, at: place)
                    let (valid, expected) = (bytes.span.isValidUTF8, String(validating: bytes, as: UTF8.self) != nil)
                    #expect(valid == expected, "\(insertion) at \(place) of \(length)")
                }
            }
        }
    }

    /// `String(validUTF8:)` is the standard library's validating initializer, made faster for
    /// ASCII: the same string for valid bytes, `nil` for invalid ones, over random bytes that
    /// are mostly ASCII with some of UTF-8's lead and continuation bytes among them.
    @Test func validUTF8IsTheStandardLibrarysValidation() {
        var random = SplitMix(state: 18)
        let pieces: [[UInt8]] = [
            [0x61], [0x0A], [0x7F], [0x00], Array("é".utf8), Array("€".utf8), Array("🙂".utf8), [0xC3], [0x80],
            [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
        ]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).flatMap { _ in
                Int.random(in: 0..<3, using: &random) == 0 ? pieces.randomElement(using: &random)! : [0x62]
            }
            let read = String(validUTF8: bytes.span)
            #expect(read == String(validating: bytes, as: UTF8.self), "\(bytes)")
        }
        let text = Array("Zoë Lefèvre\n".utf8)
        let (whole, inner) = (String(validUTF8: text.span), String(validUTF8: text.span.extracting(4..<8)))
        #expect(whole == "Zoë Lefèvre\n")
        #expect(inner == " Lef")
    }
}
