/// Reads one Log line: `2026-10-01 emailed: intro, mentioned Dan`.
///
/// Works on UTF-8 bytes: every contact's Log is read on every command.
enum LogEntryParser {
    private static let words: [(bytes: [UInt8], word: String, event: LogEvent)] = LogEvent.words.map {
        (Array($0.word.utf8), $0.word, $0.event)
    }

    static func parse(_ item: ListItem, fields: inout FieldReader) -> LogEntry? {
        var text = item.text
        return text.withUTF8 { bytes in parse(bytes[...], item: item, fields: &fields) }
    }

    private static func parse(
        _ bytes: Slice<UnsafeBufferPointer<UInt8>>, item: ListItem, fields: inout FieldReader
    ) -> LogEntry? {
        let dateBytes = bytes.prefix(10)
        guard dateBytes.count == 10, dateBytes.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "-") }),
            dateBytes.contains(UInt8(ascii: "-"))
        else {
            fields.report(
                .warning, .undatedLogEntry, "this Log entry has no date", at: item.textPosition,
                hint: "start it with the date, e.g. '- 2026-10-01 emailed: intro'")
            return nil
        }
        guard let date = LocalDate(utf8: dateBytes) else {
            fields.report(
                .error, .invalidDate, "invalid date '\(String(decoding: dateBytes, as: UTF8.self))' in the Log",
                at: item.textPosition, hint: "write the date as YYYY-MM-DD, with a real month and day")
            return nil
        }
        let rest = skipTime(skipSeparators(bytes.dropFirst(10)))
        for candidate in words where startsWithWord(rest, candidate.bytes) {
            let detail = trimmed(skipSeparators(rest.dropFirst(candidate.bytes.count)))
            return LogEntry(
                date: date, event: candidate.event, word: candidate.word,
                text: String(decoding: detail, as: UTF8.self), position: item.position)
        }
        let word = rest.prefix { !UInt8.isASCIISpace($0) && $0 != UInt8(ascii: ":") }
        let column = String(decoding: bytes[..<rest.startIndex], as: UTF8.self).unicodeScalars.count
        fields.report(
            .warning, .unknownLogEvent,
            word.isEmpty
                ? "this Log entry has no event word"
                : "'\(String(decoding: word, as: UTF8.self))' is not a Log event; the entry is kept as a dated note",
            at: item.textPosition.advanced(by: column),
            hint: "event words: " + LogEvent.words.map(\.word).sorted().joined(separator: ", "))
        return LogEntry(
            date: date, event: nil, word: String(decoding: word, as: UTF8.self),
            text: String(decoding: trimmed(rest), as: UTF8.self), position: item.position)
    }

    /// Whether `text` starts with `word` (ASCII, any case) followed by its end, a space or `:`.
    private static func startsWithWord(_ text: Slice<UnsafeBufferPointer<UInt8>>, _ word: [UInt8]) -> Bool {
        guard text.count >= word.count else { return false }
        for (byte, expected) in zip(text, word) where lowercase(byte) != expected { return false }
        guard text.count > word.count else { return true }
        let next = text[text.startIndex + word.count]
        return next == UInt8(ascii: ":") || UInt8.isASCIISpace(next)
    }

    /// Skips white space, `:` and dashes (`-`, `–`, `—`) between the date and the event.
    private static func skipSeparators(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var rest = text
        while let byte = rest.first {
            if UInt8.isASCIISpace(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") {
                rest = rest.dropFirst()
            } else if rest.starts(with: [0xE2, 0x80]), rest.count >= 3, [0x93, 0x94].contains(rest.dropFirst(2).first!)
            {
                rest = rest.dropFirst(3)  // en dash, em dash
            } else {
                break
            }
        }
        return rest
    }

    /// Skips an optional `HH:MM` after the date.
    private static func skipTime(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        let time = Array(text.prefix(5))
        guard time.count == 5, time[2] == UInt8(ascii: ":"),
            time.enumerated().allSatisfy({ $0.offset == 2 || isDigit($0.element) })
        else { return text }
        return skipSeparators(text.dropFirst(5))
    }

    private static func trimmed(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var rest = text
        while let first = rest.first, UInt8.isASCIISpace(first) || first == UInt8(ascii: ":") {
            rest = rest.dropFirst()
        }
        while let last = rest.last, UInt8.isASCIISpace(last) { rest = rest.dropLast() }
        return rest
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func lowercase(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
