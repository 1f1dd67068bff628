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
    /// per byte, which the compiler does sixteen or more bytes at a step: nearly every note
    /// and every value in it is ASCII, and this is what spares them `UTF8Span`'s validation.
    var isASCII: Bool {
        var bits: UInt8 = 0
        for offset in indices { bits |= self[offset] }
        return bits < 0x80
    }

    /// How many of the bytes are `byte`.
    func count(of byte: UInt8) -> Int {
        var found = 0
        for offset in indices where self[offset] == byte { found += 1 }
        return found
    }
}

extension String {
    /// The string of `bytes` when they are valid UTF-8, else `nil`. ASCII bytes, found so by
    /// `isASCII`, are valid without the scalar-by-scalar validation, which took 2% of reading
    /// a vault.
    init?(validUTF8 bytes: Span<UInt8>) {
        if bytes.isASCII {
            self.init(copying: UTF8Span(unchecked: bytes, isKnownASCII: true))
        } else if let valid = try? UTF8Span(validating: bytes) {
            self.init(copying: valid)
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
