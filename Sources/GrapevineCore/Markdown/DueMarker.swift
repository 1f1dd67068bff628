/// Where a task or lead says when it is due: a date (`YYYY-MM-DD`) right after a marker. The
/// markers are of two kinds:
///
/// - the syntax of a due date: `due` (a word of its own, any case), `@due(` (TaskPaper and
///   Things) and `📅` (Obsidian's Tasks plugin);
/// - the words of a deadline in prose: `by`, `before`, `until`, `till`, `deadline`, `closes`,
///   `closing`, `close`, `ends`, `expires`, `no later than` (`Apply by 2026-11-30`, `Content
///   role, closes 2026-12-11`).
///
/// A word is followed by spaces or `:`, then by up to two of `on`, `is`, `date` and `by`
/// (`closing on`, `deadline is`, `closing date:`, `due by`), then the date. The first marker of
/// the syntax wins, else the first in prose: in `closes 2026-12-08 📅 2026-12-05` the user set
/// the 5th. `until` or `till` right after a date ends a span (`2026-12-01 until 2027-03-01`),
/// and says nothing about when the item is due. `Abby 2026-11-30` and `overdue 2026-11-30`
/// have no marker, nor has a marker inside a code span (`` `due: 2026-11-30` `` is text about
/// the syntax). The reader (`ListItem.dueDate`) and the writer (`grapevine snooze`) find it the
/// same way: snooze replaces a date after the syntax, and adds ` due DATE` beside a date in
/// prose, which is the posting's deadline or the user's record and is never rewritten.
enum DueMarker {
    /// A marker found in a text: where it starts, where the date after it would start (past
    /// the spaces, `:` and connecting words), and whether it is the syntax of a due date.
    struct Found {
        var start: Int
        var dateStart: Int
        var isSyntax: Bool
    }

    /// The due date in `bytes` (UTF-8) outside the byte ranges `code` (code spans): the date,
    /// the byte range from the marker's start to the date's end, and whether its marker is the
    /// syntax of a due date.
    static func due<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, code: [Range<Int>]
    ) -> (date: LocalDate, range: Range<Int>, isSyntax: Bool)? where Bytes.Index == Int {
        // The shortest marker and a date; and a date at all: most items have none, and are
        // ruled out without looking for a marker at every byte.
        guard bytes.count >= 13, holdsDate(bytes) else { return nil }
        var reading: (date: LocalDate, range: Range<Int>, isSyntax: Bool)?
        forEach(in: bytes, code: code) { found in
            let index = found.dateStart
            guard index + 10 <= bytes.endIndex, let date = LocalDate(utf8: bytes[index..<index + 10]),
                found.isSyntax || (reading == nil && !endsSpan(bytes, found))
            else { return true }
            reading = (date, found.start..<index + 10, found.isSyntax)
            // The first in prose is kept until a marker of the syntax comes, if one does.
            return !found.isSyntax
        }
        return reading
    }

    /// The first date in `bytes` outside the ranges `code` that a word of a deadline in prose
    /// announces (`closes 2026-11-30`), whether or not a marker of the syntax wins over it.
    static func deadlineInProse<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, code: [Range<Int>]
    ) -> LocalDate? where Bytes.Index == Int {
        var deadline: LocalDate?
        forEach(in: bytes, code: code) { found in
            let index = found.dateStart
            guard !found.isSyntax, index + 10 <= bytes.endIndex, !endsSpan(bytes, found) else { return true }
            deadline = LocalDate(utf8: bytes[index..<index + 10])
            return deadline == nil
        }
        return deadline
    }

    /// Whether `bytes` hold a `YYYY-MM-DD` date anywhere: each `-` with four bytes before it
    /// is tried as the first dash of one.
    static func holdsDate<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        var index = bytes.startIndex + 4
        while index + 6 <= bytes.endIndex {
            if bytes[index] == UInt8(ascii: "-"), LocalDate(utf8: bytes[index - 4..<index + 6]) != nil { return true }
            index += 1
        }
        return false
    }

    /// Every marker in `bytes` outside the ranges `code`, in order, with where its date would
    /// be, read or not (for the problems with dates written another way, and with dates no
    /// marker announces).
    static func all<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, code: [Range<Int>]) -> [Found]
    where Bytes.Index == Int {
        var markers: [Found] = []
        forEach(in: bytes, code: code) { found in
            if found.dateStart < bytes.endIndex { markers.append(found) }
            return true
        }
        return markers
    }

    /// Whether the marker `found` is `until` or `till` right after a date: the end of a span of
    /// days (`2026-12-01 until 2027-03-01`), not a deadline.
    private static func endsSpan<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ found: Found) -> Bool
    where Bytes.Index == Int {
        let first = bytes[found.start] | 0x20
        guard first == UInt8(ascii: "u") || first == UInt8(ascii: "t") else { return false }
        var end = found.start
        while end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return end - 10 >= bytes.startIndex && LocalDate(utf8: bytes[end - 10..<end]) != nil
    }

    /// Calls `body` with each marker outside the ranges `code`, in order, until it returns false.
    private static func forEach<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, code: [Range<Int>], _ body: (Found) -> Bool
    ) where Bytes.Index == Int {
        var outside = Outside(code)
        for start in bytes.indices where outside.contains(start) {
            guard let marker = marker(bytes, at: start) else { continue }
            let found = Found(
                start: start, dateStart: dateStart(bytes, after: start + marker.length, connecting: marker.isWord),
                isSyntax: marker.isSyntax)
            guard body(found) else { return }
        }
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

    private static let dueBracket = Array("due(".utf8)
    private static let calendar: [UInt8] = [0xF0, 0x9F, 0x93, 0x85]

    /// The words that mark a date, by their first letter (`a` at 0), each with whether it is
    /// the syntax of a due date (`due`) or prose: most letters start none, and are ruled out
    /// with one look.
    private static let words: [[(bytes: [UInt8], isSyntax: Bool)]] = {
        var table = [[(bytes: [UInt8], isSyntax: Bool)]](repeating: [], count: 26)
        for (word, isSyntax) in [("due", true)] + proseWords.map({ ($0, false) }) {
            table[Int(word.utf8.first! - UInt8(ascii: "a"))].append((Array(word.utf8), isSyntax))
        }
        return table
    }()

    /// The words of a deadline in prose that mark a date (`closes 2026-12-11`).
    static let proseWords = [
        "by", "before", "until", "till", "deadline", "closes", "closing", "close", "ends", "expires",
        "no later than", "not later than",
    ]

    /// The words between a marker and its date: `closing on`, `deadline is`, `closing date:`, `due by`.
    private static let connectors = ["on", "is", "date", "by"].map { Array($0.utf8) }

    /// The marker at `start`, if any: its length, whether it is the syntax of a due date (`due`,
    /// `@due(`, `📅`), and whether it is a word (which connecting words may follow).
    @inline(__always)
    private static func marker<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at start: Int
    ) -> (length: Int, isSyntax: Bool, isWord: Bool)? where Bytes.Index == Int {
        let first = bytes[start]
        if first == calendar[0] {
            return bytes[start...].starts(with: calendar) ? (calendar.count, true, false) : nil
        }
        let letter = Int(first | 0x20) &- Int(UInt8(ascii: "a"))
        guard (0..<26).contains(letter), !words[letter].isEmpty else { return nil }
        // A word starts after what is not a letter.
        guard start == bytes.startIndex || !isASCIILetter(bytes[start - 1]) else { return nil }
        for word in words[letter] {
            if let length = wordLength(bytes, at: start, word: word.bytes) { return (length, word.isSyntax, true) }
        }
        // `@due(2026-11-20)`: the bracket is part of the marker.
        if start > bytes.startIndex, bytes[start - 1] == UInt8(ascii: "@"),
            bytes[start...].starts(with: dueBracket, by: { $0 | 0x20 == $1 })
        {
            return (dueBracket.count, true, false)
        }
        return nil
    }

    /// The length of `word` at `start` (any case) when a space or `:` follows it; else `nil`.
    @inline(__always)
    private static func wordLength<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at start: Int, word: [UInt8]
    ) -> Int? where Bytes.Index == Int {
        guard bytes[start...].starts(with: word, by: { $0 | 0x20 == $1 }) else { return nil }
        let end = start + word.count
        guard end < bytes.endIndex, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: ":") else {
            return nil
        }
        return word.count
    }

    /// Past the spaces and `:` from `end` (just after a marker) on, and up to two connecting
    /// words (`on`, `date:`) when `connecting`: where its date would start.
    private static func dateStart<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, after end: Int, connecting: Bool
    ) -> Int where Bytes.Index == Int {
        var index = skippingSpaces(bytes, from: end)
        guard connecting else { return index }
        for _ in 0..<2 {
            guard index < bytes.endIndex, isASCIILetter(bytes[index]),
                let length = connectors.lazy.compactMap({ wordLength(bytes, at: index, word: $0) }).first
            else { break }
            index = skippingSpaces(bytes, from: index + length)
        }
        return index
    }

    private static func skippingSpaces<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from start: Int) -> Int
    where Bytes.Index == Int {
        var index = start
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
