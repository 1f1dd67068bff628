#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a body being parsed, with the arithmetic that maps cmark-gfm positions
/// (body lines, byte columns) to file positions (file lines, scalar columns).
///
/// cmark-gfm ends a line at `\n`, `\r\n` or a lone `\r`; the rest of Grapevine, like the
/// editors it is written in, counts lines by `\n` alone. A body with a lone `\r` keeps a map
/// from cmark-gfm's lines to the file's. cmark-gfm also reads each NUL byte as U+FFFD, three
/// bytes, so its columns after one are two bytes further along than the file's.
///
/// Every function here is total: a line or column out of range is clamped, never trusted.
struct SourceText {
    let bytes: UnsafeBufferPointer<UInt8>
    let lineOffset: Int
    /// The byte offset where each cmark-gfm line starts; `lineStarts[0]` is line 1.
    private let lineStarts: [Int]
    /// With a lone `\r` in the body: for each cmark-gfm line, its body line counted by `\n`
    /// alone, and the scalars on that line before it starts.
    private let fileLines: (lines: [Int], columns: [Int])?

    init(bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int, lineStarts: [Int]? = nil) {
        self.bytes = bytes
        self.lineOffset = lineOffset
        let starts = lineStarts ?? Self.lineStarts(of: bytes, reusing: [])
        self.lineStarts = starts
        fileLines = Self.hasLoneReturn(bytes) ? Self.fileLines(of: bytes, lineStarts: starts) : nil
    }

    /// The number of cmark-gfm lines (an empty last line after a final line break included).
    var lineCount: Int { lineStarts.count }

    /// The byte offset where each cmark-gfm line starts, written into `buffer`'s storage.
    static func lineStarts(of bytes: UnsafeBufferPointer<UInt8>, reusing buffer: [Int]) -> [Int] {
        var starts = buffer
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        guard let base = bytes.baseAddress else { return starts }
        if hasLoneReturn(bytes) {
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                offset += 1
                if byte == UInt8(ascii: "\r"), offset < bytes.count, bytes[offset] == UInt8(ascii: "\n") { offset += 1 }
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { starts.append(offset) }
            }
            return starts
        }
        var offset = 0
        while offset < bytes.count,
            let newline = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset)
        {
            offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            starts.append(offset)
        }
        return starts
    }

    /// Whether the bytes hold a `\r` that is not followed by `\n`: `memchr` finds there is
    /// none, the usual answer, many bytes at a time.
    private static func hasLoneReturn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\r")), bytes.count - offset) {
            offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if offset == bytes.count || bytes[offset] != UInt8(ascii: "\n") { return true }
        }
        return false
    }

    private static func fileLines(of bytes: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) -> ([Int], [Int]) {
        var lines: [Int] = []
        var columns: [Int] = []
        lines.reserveCapacity(lineStarts.count)
        columns.reserveCapacity(lineStarts.count)
        var line = 1
        var column = 0
        var offset = 0
        for start in lineStarts {
            while offset < start {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 0
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                offset += 1
            }
            lines.append(line)
            columns.append(column)
        }
        return (lines, columns)
    }

    /// A place on a line whose column is known: the next column asked for on that line, if
    /// further along, is counted from there rather than from the line's start, so that the
    /// many links of one long line cost one read of it.
    struct ColumnMark {
        var line = 0
        var offset = 0
        var byteColumn = 1
        var scalarColumn = 1
    }

    /// The file position of a cmark-gfm line and a 1-based byte column on it, as cmark-gfm
    /// counts them; both are clamped to the body.
    func position(line: Int, byteColumn: Int) -> SourcePosition {
        var mark = ColumnMark()
        return position(line: line, byteColumn: byteColumn, mark: &mark)
    }

    /// `position(line:byteColumn:)`, counted from `mark` when it lies before the column.
    func position(line: Int, byteColumn: Int, mark: inout ColumnMark) -> SourcePosition {
        let line = clampedLine(line)
        guard let range = lineRange(line), byteColumn > 1 else { return filePosition(line: line, column: 1) }
        var place = start(of: range, line: line, mark: mark, before: { $0.byteColumn <= byteColumn })
        while place.byteColumn < byteColumn, place.offset < range.upperBound { advance(&place) }
        mark = place
        // Columns past the end of the line are taken as they are, one a byte.
        return filePosition(line: line, column: place.scalarColumn + max(0, byteColumn - place.byteColumn))
    }

    /// The file position of a byte offset in the body that lies on cmark-gfm line `line`.
    func position(line: Int, offset: Int, mark: inout ColumnMark) -> SourcePosition {
        let line = clampedLine(line)
        guard let range = lineRange(line), offset > range.lowerBound else { return filePosition(line: line, column: 1) }
        var place = start(of: range, line: line, mark: mark, before: { $0.offset <= offset })
        while place.offset < min(offset, range.upperBound) { advance(&place) }
        mark = place
        return filePosition(line: line, column: place.scalarColumn + max(0, offset - place.offset))
    }

    /// Where to start counting on a line: at `mark` if it is on the line and before the place.
    private func start(
        of range: Range<Int>, line: Int, mark: ColumnMark, before: (ColumnMark) -> Bool
    ) -> ColumnMark {
        if mark.line == line, range.contains(mark.offset) || mark.offset == range.upperBound, before(mark) {
            return mark
        }
        return ColumnMark(line: line, offset: range.lowerBound)
    }

    /// One byte further: cmark-gfm reads a NUL as three bytes.
    private func advance(_ place: inout ColumnMark) {
        let byte = bytes[place.offset]
        place.byteColumn += byte == 0 ? 3 : 1
        if byte & 0xC0 != 0x80 { place.scalarColumn += 1 }
        place.offset += 1
    }

    private func filePosition(line: Int, column: Int) -> SourcePosition {
        guard let fileLines else { return SourcePosition(line: lineOffset + line, column: column) }
        return SourcePosition(
            line: lineOffset + fileLines.lines[line - 1], column: fileLines.columns[line - 1] + column)
    }

    /// The byte offset in the body where `needle` starts on a cmark-gfm line, nearest the
    /// 1-based byte column `guess` among the places not yet `used`.
    ///
    /// cmark-gfm's inline columns drift on lazy or indented continuation lines and after
    /// escapes and entities, so the guess is checked against the line itself, outwards from
    /// the guess: a drift of a few bytes costs a few comparisons, not a read of the line. Only
    /// a place `isStart` accepts is taken: a `[[` that begins a wikilink, say, not the `[[` of
    /// `\[[[Old]]` the drift lands on first.
    func offset(
        of needle: [UInt8], onBodyLine line: Int, near guess: Int, excluding used: Set<Int>,
        where isStart: (Int) -> Bool = { _ in true }
    ) -> Int? {
        guard let range = lineRange(line), !needle.isEmpty, range.count >= needle.count else { return nil }
        let last = range.upperBound - needle.count
        func matches(at offset: Int) -> Bool {
            !used.contains(offset) && bytes[offset..<offset + needle.count].elementsEqual(needle) && isStart(offset)
        }
        let guessed = min(range.lowerBound + min(max(guess, 1), range.count) - 1, last)
        if matches(at: guessed) { return guessed }
        var distance = 1
        while guessed - distance >= range.lowerBound || guessed + distance <= last {
            if guessed - distance >= range.lowerBound, matches(at: guessed - distance) { return guessed - distance }
            if guessed + distance <= last, matches(at: guessed + distance) { return guessed + distance }
            distance += 1
        }
        return nil
    }

    /// Whether the `[[` at `offset` begins a wikilink as `Wikilink.matches` reads one: its `]]`
    /// comes on the line, with no `[` before it (`[[[Old]]` begins at its second `[`).
    func startsWikilink(at offset: Int) -> Bool {
        var end = offset + 2
        while end + 1 < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "[") {
            if bytes[end] == UInt8(ascii: "]"), bytes[end + 1] == UInt8(ascii: "]") { return true }
            end += 1
        }
        return false
    }

    /// The last line at or before `line` that is not blank, but not before `first`.
    func lastNonBlankLine(_ line: Int, notBefore first: Int) -> Int {
        var current = min(line, lineCount)
        while current > first, let range = lineRange(current), bytes[range].allSatisfy(UInt8.isASCIISpace) {
            current -= 1
        }
        return max(current, first)
    }

    /// Whether a line ends with a backslash (a hard line break), trailing spaces aside.
    func endsWithBackslash(line: Int) -> Bool {
        guard let range = lineRange(line) else { return false }
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return end > range.lowerBound && bytes[end - 1] == UInt8(ascii: "\\")
    }

    /// The 1-based byte column, as cmark-gfm counts it, of the last byte of a line before its
    /// line break (0 for an empty line).
    func lastColumn(line: Int) -> Int {
        guard let range = lineRange(line) else { return 0 }
        var place = ColumnMark(line: line, offset: range.lowerBound)
        while place.offset < range.upperBound { advance(&place) }
        return place.byteColumn - 1
    }

    /// The 1-based byte column of the first byte of a line that is not a space or a tab.
    func firstNonSpaceColumn(line: Int) -> Int {
        guard let range = lineRange(line) else { return 1 }
        let first = range.first { bytes[$0] != UInt8(ascii: " ") && bytes[$0] != UInt8(ascii: "\t") }
        return (first ?? range.upperBound) - range.lowerBound + 1
    }

    /// The bytes of a line without its line break, `nil` for a line the body does not have.
    func lineRange(_ line: Int) -> Range<Int>? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    private func clampedLine(_ line: Int) -> Int {
        min(max(line, 1), lineStarts.count)
    }
}
