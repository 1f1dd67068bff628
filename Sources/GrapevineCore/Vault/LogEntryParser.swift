/// Reads one Log line: `2026-10-01 emailed: intro, mentioned Dan`.
///
/// Works on UTF-8 bytes: every contact's Log is read on every command.
enum LogEntryParser {
    private static let words: [(bytes: [UInt8], word: String, event: LogEvent)] = LogEvent.words.map {
        (Array($0.word.utf8), $0.word, $0.event)
    }

    /// The entry of one Log item, or `nil` (with a diagnostic) when it has no date the Log can
    /// read. `year` is the year of the entry before it, for the hint of a date written without one.
    static func parse(_ item: ListItem, year: Int?, fields: inout FieldReader) -> LogEntry? {
        var text = item.text
        return text.withUTF8 { bytes in parse(bytes[...], item: item, year: year, fields: &fields) }
    }

    private static func parse(
        _ bytes: Slice<UnsafeBufferPointer<UInt8>>, item: ListItem, year: Int?, fields: inout FieldReader
    ) -> LogEntry? {
        let dateBytes = bytes.prefix(10)
        let isoShaped =
            dateBytes.count == 10 && dateBytes.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: "-") })
            && dateBytes.contains(UInt8(ascii: "-"))
        guard isoShaped, let date = LocalDate(utf8: dateBytes) else {
            reportMissingDate(item, isoShaped: isoShaped, year: year, fields: &fields)
            return nil
        }
        let rest = skipTime(skipSeparators(bytes.dropFirst(10)))
        for candidate in words where startsWithWord(rest, candidate.bytes) {
            let after = skipSeparators(rest.dropFirst(candidate.bytes.count))
            var entry = LogEntry(
                date: date, event: candidate.event, word: candidate.word,
                text: String(decoding: trimmed(after), as: UTF8.self), position: item.position)
            if candidate.event == .skipped || candidate.event == .snoozed {
                guard let closing = StepClosing.parse(after, event: candidate.event, item: item, fields: &fields) else {
                    return nil
                }
                entry.closing = closing.closing
                entry.text = String(decoding: trimmed(closing.rest), as: UTF8.self)
            }
            return entry
        }
        let word = rest.prefix { !UInt8.isASCIISpace($0) && $0 != UInt8(ascii: ":") }
        let column = String(decoding: bytes[..<rest.startIndex], as: UTF8.self).unicodeScalars.count
        fields.report(
            .warning, .unknownLogEvent,
            word.isEmpty
                ? "this Log entry has no event word"
                : "'\(String(decoding: word, as: UTF8.self))' is not a Log event; the entry is kept as a dated note",
            at: item.textPosition.advanced(by: column),
            hint: "event words: " + LogEvent.patterns.joined(separator: ", "))
        return LogEntry(
            date: date, event: nil, word: String(decoding: word, as: UTF8.self),
            text: String(decoding: trimmed(rest), as: UTF8.self), position: item.position)
    }

    /// The diagnostic of an item without an ISO date: an error when it starts with a date in
    /// another form (with the ISO form to write) or an impossible one, else a warning.
    private static func reportMissingDate(_ item: ListItem, isoShaped: Bool, year: Int?, fields: inout FieldReader) {
        let form = LogDateForms.match(item.text, year: year)
        if let form, !(isoShaped && form.meanings.isEmpty) {
            var hint = "write the date as YYYY-MM-DD, with a real month and day"
            if let first = form.meanings.first {
                hint = "write the date as YYYY-MM-DD: '\(first)'"
                if form.meanings.count > 1 { hint += " (or '\(form.meanings[1])' if the day comes first)" }
            }
            fields.report(
                .error, .invalidLogDate,
                "'\(form.written)' is not a date the Log can read (YYYY-MM-DD); the entry is left out",
                at: item.textPosition, hint: hint)
        } else if isoShaped {
            fields.report(
                .error, .invalidLogDate, "invalid date '\(item.text.prefix(10))' in the Log",
                at: item.textPosition, hint: "write the date as YYYY-MM-DD, with a real month and day")
        } else {
            fields.report(
                .warning, .undatedLogEntry, "this Log entry has no date", at: item.textPosition,
                hint: "start it with the date, e.g. '- 2026-10-01 emailed: intro'")
        }
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
    static func skipSeparators(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
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

    static func trimmed(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var rest = text
        while let first = rest.first, UInt8.isASCIISpace(first) || first == UInt8(ascii: ":") {
            rest = rest.dropFirst()
        }
        while let last = rest.last, UInt8.isASCIISpace(last) { rest = rest.dropLast() }
        return rest
    }

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func lowercase(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
