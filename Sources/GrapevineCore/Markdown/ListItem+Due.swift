extension ListItem {
    /// The date after `due`, `due:` or `📅` in the item's text, if any.
    public var dueDate: LocalDate? {
        dueMarker?.date
    }

    /// The item's text without its due date, for lists that show the date in a column of its own.
    public var textWithoutDue: String {
        dueDateAndText.text
    }

    /// The text without its due date, wikilinks as their words (`Wikilink.shown`): an item
    /// named in a step's details.
    public var shownText: String {
        Wikilink.shown(textWithoutDue)
    }

    /// The due date and the text without it, found in one pass.
    public var dueDateAndText: (date: LocalDate?, text: String) {
        guard let marker = dueMarker else { return (nil, text) }
        let bytes = Array(text.utf8)
        var before = Substring(String(decoding: bytes[..<marker.range.lowerBound], as: UTF8.self).trimmingWhitespace())
        var after = Substring(String(decoding: bytes[marker.range.upperBound...], as: UTF8.self).trimmingWhitespace())
        // `Senior Analyst (due 2026-11-20)`: the brackets go with the date.
        if before.hasSuffix("("), after.hasPrefix(")") {
            before = before.dropLast()
            after = after.dropFirst()
        }
        // `Senior Analyst posting, due 2026-11-20`: so does what led up to a date at the end.
        if after.trimmingWhitespace().isEmpty {
            before = before.trimmingWhitespace()
            while let last = before.last, ",;:–—-".contains(last) { before = before.dropLast().trimmingWhitespace() }
        }
        // `Write to Sam due 2026-11-20, before the holidays`: no space before the comma.
        let joint = after.first.map { ",;.)".contains($0) } == true ? "" : " "
        return (marker.date, (String(before) + joint + String(after)).trimmingWhitespace())
    }

    /// The due date and the UTF-8 offsets of `due 2026-11-25` (or `📅 2026-11-25`) in the text.
    ///
    /// Scans bytes: items are read for every `next`, and string searching was a tenth of its time.
    private var dueMarker: (date: LocalDate, range: Range<Int>)? {
        let bytes = text.utf8
        guard bytes.count >= 13 else { return nil }
        return bytes.withContiguousStorageIfAvailable { buffer in
            for start in buffer.indices {
                let length = Self.markerLength(buffer, at: start)
                guard length > 0 else { continue }
                let index = Self.dateStart(buffer, after: start + length)
                guard index + 10 <= buffer.count, let date = LocalDate(utf8: buffer[index..<index + 10]) else {
                    continue
                }
                return (date, start..<index + 10)
            }
            return nil
        } ?? nil
    }

    /// Where the text after each `due` (a word of its own, any case) or `📅` starts, past the
    /// spaces and `:` that follow it, as UTF-8 offsets: where a due date would be. `overdue`
    /// has no `due` here.
    var dueMarkerEnds: [Int] {
        text.utf8.withContiguousStorageIfAvailable { buffer in
            var ends: [Int] = []
            for start in buffer.indices {
                let length = Self.markerLength(buffer, at: start)
                guard length > 0, length == 4 || start == 0 || !Self.isASCIILetter(buffer[start - 1]) else { continue }
                let end = start + length
                guard length == 4 || end == buffer.count || !Self.isASCIILetter(buffer[end]) else { continue }
                let index = Self.dateStart(buffer, after: end)
                if index < buffer.count { ends.append(index) }
            }
            return ends
        } ?? []
    }

    /// Past the spaces and `:` from `end` (just after a marker) on: where its date would start.
    private static func dateStart(_ buffer: UnsafeBufferPointer<UInt8>, after end: Int) -> Int {
        var index = end
        while index < buffer.count, buffer[index] == UInt8(ascii: " ") || buffer[index] == UInt8(ascii: ":") {
            index += 1
        }
        return index
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// The length of `due` (any case) or `📅` at `start`, or 0.
    private static func markerLength(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let calendar: [UInt8] = [0xF0, 0x9F, 0x93, 0x85]
        if buffer[start] == calendar[0], start + 4 <= buffer.count, Array(buffer[start..<start + 4]) == calendar {
            return 4
        }
        guard start + 3 <= buffer.count, buffer[start] | 0x20 == UInt8(ascii: "d"),
            buffer[start + 1] | 0x20 == UInt8(ascii: "u"), buffer[start + 2] | 0x20 == UInt8(ascii: "e")
        else { return 0 }
        return 3
    }
}
