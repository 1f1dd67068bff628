#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a body being parsed, with the arithmetic that maps cmark-gfm positions
/// (body lines, byte columns) to file positions (file lines, scalar columns).
struct SourceText {
    let bytes: UnsafeBufferPointer<UInt8>
    let lineOffset: Int
    /// The byte offset where each body line starts; `lineStarts[0]` is line 1.
    private let lineStarts: [Int]

    init(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) {
        self.bytes = bytes
        self.lineOffset = lineOffset
        var starts = [0]
        if let base = bytes.baseAddress {
            var offset = 0
            while offset < bytes.count,
                let newline = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset)
            {
                offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        lineStarts = starts
    }

    /// The file position of a body line and a 1-based byte column on it.
    func position(line: Int, byteColumn: Int) -> SourcePosition {
        SourcePosition(line: lineOffset + line, column: scalarColumn(line: line, byteColumn: byteColumn))
    }

    /// The 1-based byte column where `needle` occurs on a body line, preferring `guess`.
    ///
    /// cmark-gfm's inline columns drift on continuation lines and after escapes, so the
    /// guess is checked against the line itself.
    func column(of needle: [UInt8], onBodyLine line: Int, near guess: Int) -> Int {
        guard let range = lineRange(line) else { return guess }
        let text = bytes[range]
        func matches(at offset: Int) -> Bool {
            offset >= range.lowerBound && offset + needle.count <= range.upperBound
                && text[offset..<offset + needle.count].elementsEqual(needle)
        }
        let guessed = range.lowerBound + guess - 1
        if matches(at: guessed) { return guess }
        let candidates = range.filter(matches)
        guard let best = candidates.min(by: { abs($0 - guessed) < abs($1 - guessed) }) else { return guess }
        return best - range.lowerBound + 1
    }

    private func lineRange(_ line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    private func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard let range = lineRange(line), byteColumn > 1 else { return max(byteColumn, 1) }
        let end = min(range.lowerBound + byteColumn - 1, range.upperBound)
        var column = 1
        for offset in range.lowerBound..<end where bytes[offset] & 0xC0 != 0x80 {
            column += 1
        }
        return column + max(0, range.lowerBound + byteColumn - 1 - end)
    }
}
