/// The dates in a task's or lead's text that no marker announces (`DueMarker`) and that say
/// nothing else of themselves: `Data role 2026-12-09`, `Call Sam on 2026-12-02`. Such a date is
/// not the item's due date, though it may well have been meant as one (`check` warns). Besides
/// ISO dates, a date written another way with its year and one reading (`Bewerbungsschluss
/// 30.11.2026`, `30/11/2026`, `6 Nov 2026`, `Nov 6, 2026`, as `LogDateForms` reads them) is one
/// too: it is never read as a due date.
///
/// A date that says what it is stays quiet: after a word of something done or begun (`posted
/// 2026-11-20`, `applied on 2026-11-15`, `met 2026-11-20`, `from`, `since`, `after`, `as of`),
/// after one of Obsidian's other date signs (`✅` done, `➕` created, `⏳` scheduled, `🛫` start,
/// `❌` cancelled), inside a `[[wikilink]]` (a daily note), in a span of days (`2026-12-01 to
/// 2026-12-05`), inside a code span, or as part of a longer token (`2026-12-01-notes`, a path).
enum UnmarkedDates {
    /// A date in a text: its byte range, and the ISO form it means (itself for an ISO date).
    struct Found {
        var range: Range<Int>
        var date: String
    }

    /// The first such date in `bytes` (UTF-8), outside the ranges `code`; `markers` are the
    /// text's (`DueMarker.all`).
    static func first<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, code: [Range<Int>], markers: [DueMarker.Found]
    ) -> Found? where Bytes.Index == Int {
        let found = dates(in: bytes, code: code)
        let dates = found.map(\.range)
        guard !dates.isEmpty else { return nil }
        let marked = Set(markers.map(\.dateStart))
        let links = wikilinks(in: bytes)
        var link = 0
        for (index, date) in dates.enumerated() {
            while link < links.count, links[link].upperBound <= date.lowerBound { link += 1 }
            guard !marked.contains(date.lowerBound), !(link < links.count && links[link].contains(date.lowerBound)),
                !saysWhatItIs(bytes, before: date.lowerBound)
            else { continue }
            // `2026-12-01 to 2026-12-05`: both ends of a span.
            if index > 0, joinsSpan(bytes, dates[index - 1].upperBound..<date.lowerBound) { continue }
            if index + 1 < dates.count, joinsSpan(bytes, date.upperBound..<dates[index + 1].lowerBound) { continue }
            return found[index]
        }
        return nil
    }

    /// The dates of their own in `bytes` outside `code`, in order: ISO dates, and dates written
    /// another way with their year (`writtenDate`).
    private static func dates<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, code: [Range<Int>]
    ) -> [Found] where Bytes.Index == Int {
        var dates: [Found] = []
        var start = bytes.startIndex
        // The code spans are sorted, and so are the dates: each span is passed once (a task of
        // thousands of code spans with a date in each is read in linear time).
        var span = 0
        while start < bytes.endIndex {
            defer { start += 1 }
            guard isDigit(bytes[start]), start == bytes.startIndex || !isTokenByte(bytes[start - 1]) else { continue }
            while span < code.count, code[span].upperBound <= start { span += 1 }
            if span < code.count, code[span].lowerBound <= start { continue }
            let found: Found
            if start + 10 <= bytes.endIndex, let date = LocalDate(utf8: bytes[start..<start + 10]) {
                guard !continuesToken(bytes, at: start + 10) else { continue }
                found = Found(range: start..<start + 10, date: date.description)
            } else {
                guard let written = writtenDate(in: bytes, at: start) else { continue }
                found = written
            }
            if span < code.count, code[span].lowerBound < found.range.upperBound { continue }
            dates.append(found)
            start = found.range.upperBound - 1
        }
        return dates
    }

    /// The date written another way than ISO whose first digit is at `start`, with one reading
    /// and a year of four digits (`30.11.2026`, `30/11/2026`, `6 Nov 2026`, `2026/11/30`), or
    /// with the month's name before it (`Nov 6, 2026`); `nil` when there is none, or it is no
    /// real day, or it goes on as a longer token (`1.2.2026.4`). A year of two digits
    /// (`1.12.26`) is not read: versions are written so (`3.12.10`).
    private static func writtenDate<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at start: Int) -> Found?
    where Bytes.Index == Int {
        // The word before, past spaces and a comma: a month's name (`Nov 6, 2026`) or a day's.
        var wordEnd = start
        while wordEnd > bytes.startIndex, bytes[wordEnd - 1] == UInt8(ascii: " ") { wordEnd -= 1 }
        if wordEnd > bytes.startIndex, bytes[wordEnd - 1] == UInt8(ascii: ",") { wordEnd -= 1 }
        let word = wordEnd < start ? lastWord(bytes, before: wordEnd) : (text: "", start: start)
        for from in word.text.isEmpty ? [start] : [word.start, start] {
            let text = String(decoding: bytes[from..<min(from + 40, bytes.endIndex)], as: UTF8.self)
            // `12/01/2026` may be either day: only a date with one reading is read (dots put the
            // day first).
            guard let form = LogDateForms.match(text, year: nil), form.meanings.count == 1,
                form.written.utf8.count > start - from, hasYear(form.written),
                form.written.contains(where: { $0.isLetter || "./-".contains($0) })
            else { continue }
            let end = from + form.written.utf8.count
            // `30.11.2026.` ends a sentence; `1.2.2026.4` and `30.11.2026.md` are longer tokens.
            let goesOn =
                end + 1 < bytes.endIndex && bytes[end] == UInt8(ascii: ".")
                && (isDigit(bytes[end + 1]) || isLetter(bytes[end + 1]))
            guard !continuesToken(bytes, at: end), !goesOn else { return nil }
            return Found(range: from..<end, date: form.meanings[0])
        }
        return nil
    }

    /// Whether a date as written starts or ends with a year of four digits.
    private static func hasYear(_ written: String) -> Bool {
        written.prefix(4).allSatisfy(\.isNumber) || written.suffix(4).allSatisfy(\.isNumber)
    }

    /// Whether the date ending before `end` goes on as a longer token: digits or letters right
    /// after it (but `T14:00`, a time), or `-`, `/`, `_` and more of it (`2026-12-01-notes`).
    private static func continuesToken<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at end: Int) -> Bool
    where Bytes.Index == Int {
        guard end < bytes.endIndex else { return false }
        let next = bytes[end]
        if next == UInt8(ascii: "T"), end + 1 < bytes.endIndex, isDigit(bytes[end + 1]) { return false }
        if isDigit(next) || isLetter(next) || next == UInt8(ascii: "_") { return true }
        guard next == UInt8(ascii: "-") || next == UInt8(ascii: "/"), end + 1 < bytes.endIndex else { return false }
        return isDigit(bytes[end + 1]) || isLetter(bytes[end + 1])
    }

    /// The byte ranges of the `[[…]]` in `bytes`, in order: a `[[` and the first `]]` after it.
    private static func wikilinks<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> [Range<Int>]
    where Bytes.Index == Int {
        var links: [Range<Int>] = []
        var open: Int?
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let pair = (bytes[index], bytes[index + 1])
            if open == nil, pair == (UInt8(ascii: "["), UInt8(ascii: "[")) {
                open = index
                index += 2
            } else if let start = open, pair == (UInt8(ascii: "]"), UInt8(ascii: "]")) {
                links.append(start..<index + 2)
                open = nil
                index += 2
            } else {
                index += 1
            }
        }
        return links
    }

    /// Whether what comes before the date at `start` says what it is: a word of something done
    /// or begun (`posted`, `applied on`, `from`, `as of`), or one of Obsidian's other date signs.
    private static func saysWhatItIs<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, before start: Int)
        -> Bool
    where Bytes.Index == Int {
        var end = skippingBack(bytes, from: start)
        // `✅ 2026-11-20`, and the same with the variation selector some keyboards add (`✅️`).
        if end - 3 >= bytes.startIndex, bytes[end - 3..<end].elementsEqual(variationSelector) { end -= 3 }
        for sign in otherSigns where end - sign.count >= bytes.startIndex {
            if bytes[end - sign.count..<end].elementsEqual(sign) { return true }
        }
        var word = lastWord(bytes, before: end)
        // `posted on`, `applied on the`: the word before says it.
        for _ in 0..<2 where ["on", "the"].contains(word.text) {
            word = lastWord(bytes, before: skippingBack(bytes, from: word.start))
        }
        let text = word.text
        return otherWords.contains(text) || (text.count >= 4 && text.hasSuffix("ed"))
    }

    /// The words before a date that say it is not a deadline: it is when something happened or
    /// begins (a word ending in `ed`, `posted` or `applied`, counts too).
    private static let otherWords: Set<String> = [
        "met", "sent", "wrote", "spoke", "heard", "held", "had", "did", "was", "were", "got", "made", "saw",
        "told", "said", "went", "gave", "took", "came", "began", "begins", "begin", "start", "starts",
        "starting", "open", "opens", "from", "since", "after", "of", "effective", "last",
    ]

    /// Obsidian's Tasks signs for the dates that are not the due date: `✅` done, `➕` created,
    /// `⏳` scheduled, `🛫` start, `❌` cancelled.
    private static let otherSigns: [[UInt8]] = ["✅", "➕", "⏳", "🛫", "❌"].map { Array($0.utf8) }
    private static let variationSelector: [UInt8] = Array("\u{FE0F}".utf8)

    /// Whether the bytes between two dates make them a span: `to`, `through`, `thru`, `until`,
    /// `till`, `-`, `–`, `—`, with spaces.
    private static func joinsSpan<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>) -> Bool
    where Bytes.Index == Int {
        guard range.count <= 9 else { return false }
        let between = String(decoding: bytes[range], as: UTF8.self).trimmingWhitespace().lowercased()
        return ["to", "through", "thru", "until", "till", "-", "–", "—", "--"].contains(between)
    }

    /// The ASCII word (lowercased) that ends at `end`, and where it starts.
    private static func lastWord<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, before end: Int)
        -> (text: String, start: Int)
    where Bytes.Index == Int {
        var start = end
        while start > bytes.startIndex, isLetter(bytes[start - 1]) { start -= 1 }
        return (String(decoding: bytes[start..<end], as: UTF8.self).lowercased(), start)
    }

    /// Back from `start` over spaces and the `:`, `(` and `[` that may stand before a date.
    private static func skippingBack<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from start: Int) -> Int
    where Bytes.Index == Int {
        var end = start
        while end > bytes.startIndex, " :([".utf8.contains(bytes[end - 1]) { end -= 1 }
        return end
    }

    /// Bytes that make a date part of a longer token before it: letters, digits, `-`, `/`, `_`,
    /// `.`, `#` (`v2026-12-01`, `notes/2026-12-01`, `#2026-12-01`).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || isLetter(byte) || "-/_.#".utf8.contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
