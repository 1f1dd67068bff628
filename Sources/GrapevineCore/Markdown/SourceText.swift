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

    init(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int, lineStarts: [Int]? = nil) {
        self.bytes = bytes
        self.lineOffset = lineOffset
        self.lineStarts = lineStarts ?? Self.lineStarts(of: bytes, reusing: [])
    }

    /// The byte offset where each line starts, written into `buffer`'s storage.
    static func lineStarts(of bytes: UnsafeBufferPointer<UInt8>, reusing buffer: [Int]) -> [Int] {
        var starts = buffer
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        if let base = bytes.baseAddress {
            var offset = 0
            while offset < bytes.count,
                let newline = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset)
            {
                offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        return starts
    }

    /// The file position of a body line and a 1-based byte column on it.
    func position(line: Int, byteColumn: Int) -> SourcePosition {
        SourcePosition(line: lineOffset + line, column: scalarColumn(line: line, byteColumn: byteColumn))
    }

    /// The byte offset in the body where `needle` starts on a body line, nearest the 1-based
    /// byte column `guess` among the places not yet `used`.
    ///
    /// cmark-gfm's inline columns drift on lazy or indented continuation lines and after
    /// escapes and entities, so the guess is checked against the line itself.
    func offset(of needle: [UInt8], onBodyLine line: Int, near guess: Int, excluding used: Set<Int>) -> Int? {
        guard let range = lineRange(line) else { return nil }
        func matches(at offset: Int) -> Bool {
            offset + needle.count <= range.upperBound && !used.contains(offset)
                && bytes[offset..<offset + needle.count].elementsEqual(needle)
        }
        let guessed = range.lowerBound + guess - 1
        if guessed >= range.lowerBound, matches(at: guessed) { return guessed }
        return range.filter(matches).min { abs($0 - guessed) < abs($1 - guessed) }
    }

    /// The file position of a byte offset in the body that lies on body line `line`.
    func position(line: Int, offset: Int) -> SourcePosition {
        position(line: line, byteColumn: offset - (lineRange(line)?.lowerBound ?? offset) + 1)
    }

    /// The last body line at or before `line` that is not blank, but not before `first`.
    func lastNonBlankLine(_ line: Int, notBefore first: Int) -> Int {
        var current = line
        while current > first, let range = lineRange(current), bytes[range].allSatisfy(UInt8.isASCIISpace) {
            current -= 1
        }
        return current
    }

    /// Whether a body line ends with a backslash (a hard line break), trailing spaces aside.
    func endsWithBackslash(line: Int) -> Bool {
        guard let range = lineRange(line) else { return false }
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return end > range.lowerBound && bytes[end - 1] == UInt8(ascii: "\\")
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
