#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few collection operations byte parsers need on a `Span<UInt8>`, which is not a
/// `Collection`. Offsets are the span's own (from 0), and every access is bounds-checked.
extension Span where Element == UInt8 {
    /// Whether the bytes start with `prefix`.
    func starts(with prefix: some Sequence<UInt8>) -> Bool {
        var offset = 0
        for byte in prefix {
            guard offset < count, self[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    /// The offset of the first `byte` at or after `start`; `nil` when there is none.
    ///
    /// The one byte scanner: C's `memchr` over the span's memory (line breaks, `[` and `#` are
    /// looked for in every note, several times; `memchr` reads them sixteen or more bytes at
    /// a step, four times faster than eight at a time in Swift). Tested against a plain loop
    /// for every length, start and place (`SpanBytesTests`).
    func firstIndex(of byte: UInt8, from start: Int = 0) -> Int? {
        guard start >= 0, start < count else { return nil }
        return withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                let found = memchr(base + start, Int32(byte), buffer.count - start)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Whether `byte` is among the bytes.
    func contains(_ byte: UInt8) -> Bool {
        firstIndex(of: byte) != nil
    }

    /// Whether every byte in `range` (every byte, by default) satisfies `predicate`.
    func allSatisfy(in range: Range<Int>? = nil, _ predicate: (UInt8) -> Bool) -> Bool {
        for offset in range ?? indices where !predicate(self[offset]) { return false }
        return true
    }

    /// Whether every byte is ASCII (below 0x80). One OR over all the bytes, with no branch
    /// per byte, which the compiler does sixteen or more bytes at a step: nearly every value
    /// of a front matter is ASCII, and this is what spares it `UTF8Span`'s validation.
    var isASCII: Bool {
        var bits: UInt8 = 0
        for offset in indices { bits |= self[offset] }
        return bits < 0x80
    }

    /// Whether the bytes are valid UTF-8, as `UTF8Span(validating:)` tells, at a fraction of
    /// its cost for text that is mostly ASCII, as notes are (a dash or an accent here and there
    /// made a note's validation 2% of reading a vault): ASCII is skipped sixteen bytes at a
    /// step, and each run of bytes of 0x80 or more is validated alone. That is the same, since
    /// no byte of a character of several bytes is ASCII: a character cut by an ASCII byte is
    /// invalid in its run, as in the whole.
    var isValidUTF8: Bool {
        var offset = 0
        while offset < count {
            if offset + 16 <= count {
                var bits: UInt8 = 0
                for index in offset..<offset + 16 { bits |= self[index] }
                if bits < 0x80 {
                    offset += 16
                    continue
                }
            }
            guard self[offset] >= 0x80 else {
                offset += 1
                continue
            }
            var end = offset + 1
            while end < count, self[end] >= 0x80 { end += 1 }
            guard (try? UTF8Span(validating: extracting(offset..<end))) != nil else { return false }
            offset = end
        }
        return true
    }

    /// How many of the bytes are `byte`.
    func count(of byte: UInt8) -> Int {
        var found = 0
        for offset in indices where self[offset] == byte { found += 1 }
        return found
    }
}

extension String {
    /// The string of `bytes` when they are valid UTF-8, else `nil`: found so by `isASCII`, else
    /// by `isValidUTF8`, not by the standard library's validation of every scalar, which took
    /// 2% of reading a vault.
    init?(validUTF8 bytes: Span<UInt8>) {
        if bytes.isASCII {
            self.init(copying: UTF8Span(unchecked: bytes, isKnownASCII: true))
        } else if bytes.isValidUTF8 {
            self.init(copying: UTF8Span(unchecked: bytes))
        } else {
            return nil
        }
    }

    /// The string of UTF-8 `bytes`, with any invalid bytes replaced as `String(decoding:as:)`
    /// replaces them.
    init(decodingUTF8 bytes: Span<UInt8>) {
        self = String(validUTF8: bytes) ?? String(decoding: [UInt8](bytes), as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// A copy of `bytes`.
    init(_ bytes: Span<UInt8>) {
        self.init()
        reserveCapacity(bytes.count)
        append(bytes)
    }
}
