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
    /// Eight bytes at a time (line breaks are looked for in every note, several times): in
    /// `word ^ pattern` the bytes equal to `byte` are zero, and `(x - 0x01…01) & ~x & 0x80…80`
    /// sets the high bit of a zero byte. Bytes after the first zero may be marked too, never
    /// one before it, so the lowest mark is the first match. Three times a byte-by-byte loop.
    func firstIndex(of byte: UInt8, from start: Int = 0) -> Int? {
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        var offset = start
        while count - offset >= 8 {
            // The eight bytes are checked once, as a range, and read as one little-endian word.
            let chunk = extracting(offset..<offset + 8)
            var word: UInt64 = 0
            for index in 0..<8 { word |= UInt64(chunk[index]) << (8 * index) }
            let zeroed = word ^ pattern
            let marks = (zeroed &- 0x0101_0101_0101_0101) & ~zeroed & 0x8080_8080_8080_8080
            if marks != 0 { return offset + marks.trailingZeroBitCount / 8 }
            offset += 8
        }
        while offset < count {
            if self[offset] == byte { return offset }
            offset += 1
        }
        return nil
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

    /// How many of the bytes are `byte`.
    func count(of byte: UInt8) -> Int {
        var found = 0
        for offset in indices where self[offset] == byte { found += 1 }
        return found
    }
}

extension String {
    /// The string of UTF-8 `bytes`, with any invalid bytes replaced as `String(decoding:as:)`
    /// replaces them.
    init(decodingUTF8 bytes: Span<UInt8>) {
        if let valid = try? UTF8Span(validating: bytes) {
            self.init(copying: valid)
        } else {
            self.init(decoding: [UInt8](bytes), as: UTF8.self)
        }
    }
}

extension Array where Element == UInt8 {
    /// A copy of `bytes`.
    init(_ bytes: Span<UInt8>) {
        self.init()
        reserveCapacity(bytes.count)
        for offset in bytes.indices { append(bytes[offset]) }
    }
}
