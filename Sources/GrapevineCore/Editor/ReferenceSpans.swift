/// The bytes each of many references of one note's text takes (`ReferenceSpan`), found at once.
///
/// A reference's place is a line and a column in Unicode scalars: finding its byte walks the
/// line from its start. A line of thousands of links (a pasted list, a hostile file) walked
/// once per link made every hover and code action on the note quadratic; here each line's
/// columns are counted once, and looking up the reference at a byte is a binary search.
struct ReferenceSpans {
    /// The bytes of each reference given, in the order given; `nil` where it is not where the
    /// reader said.
    let ranges: [Range<Int>?]
    /// The indices of `ranges` that have one, by where they start (then in the order given).
    private let byStart: [Int]
    /// The furthest end among the ranges of `byStart[...i]`.
    private let furthestEnd: [Int]
    /// Where each column starts, for the lines that hold a reference.
    private let columns: [Int: [Int]]
    private let lines: FileLines

    init(_ references: [Reference], in lines: FileLines) {
        var columns: [Int: [Int]] = [:]
        for line in Set(references.map(\.position.line)) where line >= 1 && line <= lines.count {
            columns[line] = Self.columnStarts(ofLine: line, in: lines)
        }
        let ranges = references.map { reference -> Range<Int>? in
            guard let starts = columns[reference.position.line] else { return nil }
            let column = max(reference.position.column, 1) - 1
            guard column < starts.count else { return nil }
            return ReferenceSpan.range(of: reference, startingAt: starts[column], in: lines)
        }
        let byStart = ranges.indices.filter { ranges[$0] != nil }
            .sorted { (ranges[$0]!.lowerBound, $0) < (ranges[$1]!.lowerBound, $1) }
        var furthest = Int.min
        furthestEnd = byStart.map { index in
            furthest = max(furthest, ranges[index]!.upperBound)
            return furthest
        }
        self.ranges = ranges
        self.byStart = byStart
        self.columns = columns
        self.lines = lines
    }

    /// The byte offset of a place, as `FileLines.offset(of:)` gives it, without walking a line
    /// that holds a reference.
    func offset(of position: SourcePosition) -> Int? {
        guard let starts = columns[position.line] else { return lines.offset(of: position) }
        let column = max(position.column, 1) - 1
        return column < starts.count ? starts[column] : nil
    }

    /// The first reference, in the order given, whose bytes hold `offset` or end at it.
    func first(containing offset: Int) -> (index: Int, range: Range<Int>)? {
        // The last range that starts at or before `offset`; those before it hold `offset` only
        // while the furthest end so far reaches it.
        var low = 0, high = byStart.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[byStart[middle]]!.lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        var found: (index: Int, range: Range<Int>)?
        var position = low - 1
        while position >= 0, furthestEnd[position] >= offset {
            let index = byStart[position]
            let range = ranges[index]!
            if range.upperBound >= offset, found.map({ index < $0.index }) ?? true { found = (index, range) }
            position -= 1
        }
        return found
    }

    /// The byte at which each column of a line starts, as `FileLines.offset(of:)` counts them:
    /// column 1 at the line's start (after a byte order mark), the last just before its `\n`.
    private static func columnStarts(ofLine line: Int, in lines: FileLines) -> [Int] {
        let bytes = lines.bytes
        var offset = lines.start(ofLine: line) + (line == 1 ? lines.bomLength : 0)
        var starts = [offset]
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            starts.append(offset)
        }
        return starts
    }
}
