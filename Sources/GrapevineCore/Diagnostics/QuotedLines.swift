/// The lines of one file, for quoting diagnostics in it: each line break is found once however
/// many diagnostics quote the file, and a long line is quoted around the column only, so
/// quoting costs time in proportion to the file and the diagnostics, not to their product.
struct QuotedLines {
    /// A line as quoted, and the white space that puts a caret under the column.
    struct Quote: Equatable {
        var text: String
        var padding: String
    }

    /// Lines up to this many Unicode scalars are quoted whole; a longer one is quoted this
    /// many scalars at a time, around the column, with `…` where it is cut.
    static let width = 160
    /// How many scalars of a long line are quoted before the column.
    static let lead = 60

    /// The text's UTF-8 bytes.
    private let bytes: [UInt8]
    /// Where each line found so far starts, as a byte offset; the last is where the search
    /// for the next line break goes on.
    private var starts = [0]
    /// Whether `starts` holds every line.
    private var isComplete = false
    /// A place on a long line: the last quote's first scalar, to go on from when the next
    /// diagnostic is further along the same line.
    private var mark: (line: Int, column: Int, offset: Int)?
    /// The bytes looked at so far, for tests that quoting stays linear.
    private(set) var bytesRead = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Line `number` (1-based) quoted for a caret at `column` (1-based, in Unicode scalars);
    /// `nil` for a line the text does not have.
    mutating func quote(line number: Int, column: Int) -> Quote? {
        guard number >= 1, let range = lineRange(number) else { return nil }
        let column = max(column, 1)
        let line = bytes[range]
        // Lines are usually short: quoted whole when they have at most `width` scalars.
        let head = scalars(Self.width + 1, in: line, from: line.startIndex)
        if head.count <= Self.width {
            return Quote(text: Self.string(line), padding: Self.padding(line, scalars: column - 1))
        }
        let first = max(column - Self.lead, 1)
        let start = offset(ofColumn: first, line: number, in: line)
        let window = scalars(Self.width, in: line, from: start)
        let quoted = line[start..<window.end]
        let before = first > 1 ? "…" : ""
        let after = window.end < line.endIndex ? "…" : ""
        return Quote(
            text: before + Self.string(quoted) + after,
            padding: (first > 1 ? " " : "") + Self.padding(quoted, scalars: column - first))
    }

    /// The byte range of line `number`, without its `\n` or `\r\n`.
    private mutating func lineRange(_ number: Int) -> Range<Int>? {
        while starts.count <= number, !isComplete { findNextLineBreak() }
        guard number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    private mutating func findNextLineBreak() {
        let from = starts[starts.count - 1]
        let found = bytes.span.firstIndex(of: UInt8(ascii: "\n"), from: from)
        bytesRead += (found.map { $0 + 1 } ?? bytes.count) - from
        if let found {
            starts.append(found + 1)
        } else {
            isComplete = true
        }
    }

    /// The offset in `bytes` of the scalar at `column` of `line` (line `number`), going on from
    /// the last quote's place when the column is further along the same line.
    private mutating func offset(ofColumn column: Int, line number: Int, in line: ArraySlice<UInt8>) -> Int {
        var (from, offset) = (1, line.startIndex)
        if let mark, mark.line == number, mark.column <= column { (from, offset) = (mark.column, mark.offset) }
        offset = scalars(column - from, in: line, from: offset).end
        mark = (number, column, offset)
        return offset
    }

    /// Goes `count` scalars along `line` from offset `start`, or to its end: how many it went
    /// and the offset reached.
    private mutating func scalars(_ count: Int, in line: ArraySlice<UInt8>, from start: Int) -> (
        count: Int, end: Int
    ) {
        var offset = start
        var found = 0
        while found < count, offset < line.endIndex {
            offset += 1
            while offset < line.endIndex, line[offset] & 0xC0 == 0x80 { offset += 1 }
            found += 1
        }
        bytesRead += offset - start
        return (found, offset)
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// A space for each of the first `scalars` scalars of `line`, a tab for a tab.
    private static func padding(_ line: ArraySlice<UInt8>, scalars: Int) -> String {
        var padding = ""
        // A tab stays a tab, so the caret moves as the quoted line does; a wide character
        // (`日本`) takes two spaces, a combining mark none.
        for scalar in string(line).unicodeScalars.prefix(max(scalars, 0)) {
            if scalar == "\t" {
                padding.append("\t")
            } else {
                padding += String(repeating: " ", count: TerminalWidth.of(scalar))
            }
        }
        return padding
    }
}
