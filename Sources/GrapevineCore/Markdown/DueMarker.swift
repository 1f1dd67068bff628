/// Where a task or lead says when it is due: a date (`YYYY-MM-DD`) right after `due`, `by` or
/// `deadline` (a word of its own, any case, then spaces or `:`), after `@due(` (TaskPaper and
/// Things), or after `📅` (Obsidian's Tasks plugin). `Apply by 2026-11-30` is due on the 30th as `Apply due 2026-11-30` is; `Abby
/// 2026-11-30` and `overdue 2026-11-30` are not, nor is a marker inside a code span (`` `due:
/// 2026-11-30` `` is text about the syntax). The reader (`ListItem.dueDate`) and the writer
/// (`grapevine snooze`, which replaces the date) find it the same way.
enum DueMarker {
    /// The first due date in `bytes` (UTF-8) outside the byte ranges `code` (code spans): the
    /// date, and the byte range from the marker's start to the date's end.
    static func first<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, code: [Range<Int>]
    ) -> (date: LocalDate, range: Range<Int>)? where Bytes.Index == Int {
        // The shortest marker and a date.
        guard bytes.count >= 13 else { return nil }
        let words = Self.words
        var outside = Outside(code)
        for start in bytes.indices where outside.contains(start) {
            let length = markerLength(bytes, at: start, words: words)
            guard length > 0 else { continue }
            let index = dateStart(bytes, after: start + length)
            guard index + 10 <= bytes.endIndex, let date = LocalDate(utf8: bytes[index..<index + 10]) else { continue }
            return (date, start..<index + 10)
        }
        return nil
    }

    /// Where the text after each `due` (a word of its own, any case) or `📅` starts, past the
    /// spaces and `:` that follow it: where a due date would be, read or not. Only these two:
    /// `by` and `deadline` are words of prose too (`by Friday`), so only a date in the form
    /// Grapevine reads makes them a marker. Markers inside the ranges `code` are text.
    static func dueWordEnds<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, code: [Range<Int>]) -> [Int]
    where Bytes.Index == Int {
        var ends: [Int] = []
        let words = Self.dueAlone
        var outside = Outside(code)
        for start in bytes.indices where outside.contains(start) {
            let length = markerLength(bytes, at: start, words: words)
            guard length > 0 else { continue }
            let index = dateStart(bytes, after: start + length)
            if index < bytes.endIndex { ends.append(index) }
        }
        return ends
    }

    /// The offsets outside sorted ranges, asked about in increasing order: the ranges already
    /// passed are not looked at again (a line of thousands of code spans is read once).
    struct Outside {
        private let ranges: [Range<Int>]
        private var next = 0

        init(_ ranges: [Range<Int>]) {
            self.ranges = ranges
        }

        @inline(__always)
        mutating func contains(_ offset: Int) -> Bool {
            // Nearly every item has no code span: one comparison a byte.
            guard next < ranges.count else { return true }
            while next < ranges.count, ranges[next].upperBound <= offset { next += 1 }
            return next == ranges.count || !ranges[next].contains(offset)
        }
    }

    private static let due = Array("due".utf8)
    private static let words = [due, Array("by".utf8), Array("deadline".utf8)]
    private static let dueAlone = [due]
    private static let calendar: [UInt8] = [0xF0, 0x9F, 0x93, 0x85]

    /// The length of a marker at `start`: one of `words` (any case, a word of its own followed
    /// by a space or `:`) or `📅`; 0 for none.
    @inline(__always)
    private static func markerLength<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at start: Int, words: [[UInt8]]
    ) -> Int where Bytes.Index == Int {
        let first = bytes[start]
        if first == calendar[0] { return bytes[start...].starts(with: calendar) ? calendar.count : 0 }
        // Every word starts with `b` or `d`: most bytes are ruled out here, inline.
        guard first | 0x20 == UInt8(ascii: "d") || first | 0x20 == UInt8(ascii: "b") else { return 0 }
        return wordLength(bytes, at: start, words: words)
    }

    /// `markerLength` for a byte that may start one of `words`.
    private static func wordLength<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at start: Int, words: [[UInt8]]
    ) -> Int where Bytes.Index == Int {
        guard start == bytes.startIndex || !isASCIILetter(bytes[start - 1]) else { return 0 }
        for word in words where bytes[start...].starts(with: word, by: { $0 | 0x20 == $1 }) {
            let end = start + word.count
            if end < bytes.endIndex, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: ":") {
                return word.count
            }
            // `@due(2026-11-20)`: the bracket is part of the marker.
            if word == due, end < bytes.endIndex, bytes[end] == UInt8(ascii: "("), start > bytes.startIndex,
                bytes[start - 1] == UInt8(ascii: "@")
            {
                return word.count + 1
            }
        }
        return 0
    }

    /// Past the spaces and `:` from `end` (just after a marker) on: where its date would start.
    private static func dateStart<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, after end: Int) -> Int
    where Bytes.Index == Int {
        var index = end
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: ":") {
            index += 1
        }
        return index
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}

/// The byte ranges of a line's code spans, as CommonMark reads them (backticks included): a
/// run of backticks opens one, closed by the next run of exactly as many; a run never closed
/// is text, and so is a backtick after a backslash. For `grapevine snooze`, which edits the
/// line as written; the reader has the ranges from cmark-gfm (`ListItem.codeSpans`).
enum CodeSpans {
    static func ranges<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> [Range<Int>]
    where Bytes.Index == Int {
        let tick = UInt8(ascii: "`")
        // Most lines have no backtick: one scan rules them out.
        guard bytes.contains(tick) else { return [] }
        var ranges: [Range<Int>] = []
        var index = bytes.startIndex
        func run(at start: Int) -> Int {
            var end = start
            while end < bytes.endIndex, bytes[end] == tick { end += 1 }
            return end - start
        }
        while index < bytes.endIndex {
            guard bytes[index] == tick else {
                // A backslash escapes an opening backtick (not a closing one).
                index += bytes[index] == UInt8(ascii: "\\") && index + 1 < bytes.endIndex ? 2 : 1
                continue
            }
            let length = run(at: index)
            var search = index + length
            var closed: Int?
            while search < bytes.endIndex {
                guard bytes[search] == tick else {
                    search += 1
                    continue
                }
                let other = run(at: search)
                if other == length {
                    closed = search + other
                    break
                }
                search += other
            }
            if let closed {
                ranges.append(index..<closed)
                index = closed
            } else {
                index += length
            }
        }
        return ranges
    }
}
