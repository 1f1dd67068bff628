/// Reads one Log line: `2026-10-01 emailed: intro, mentioned Dan`.
///
/// Works on UTF-8 bytes: every contact's Log is read on every command.
enum LogEntryParser {
    /// The event words, and other ways people write them, each with its word: `e-mailed`,
    /// `sent résumé` (the word's spellings), and a message word with `back` (`wrote back`,
    /// `called me back`), which is their reply, not yours. The `back` forms come first, so
    /// `wrote back` wins over `wrote`. `grapevine log` reads the same table.
    static let words: [(bytes: [UInt8], word: String, event: LogEvent)] =
        ["wrote", "emailed", "e-mailed", "texted", "messaged", "called", "replied"].flatMap { word in
            ["\(word) back", "\(word) me back"].map { (Array($0.utf8), "replied", LogEvent.reply) }
        }
        + LogEvent.words.map { (Array($0.word.utf8), $0.word, $0.event) } + [
            (Array("e-mailed".utf8), "emailed", .outreach),
            (Array("sent résumé".utf8), "sent resume", .resumeSent),
            (Array("sent resumé".utf8), "sent resume", .resumeSent),
        ]

    /// Day names and their short forms, as written after or before a date (`(Thu)`, `Mon`).
    static let weekdays: Set<String> = [
        "mon", "monday", "tue", "tues", "tuesday", "wed", "weds", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday",
    ]

    /// Log dates before this are warned about: no job search is that old, so the year is a typo
    /// (`0001-01-01`, `1026-11-04`). The entry is still read, as a date after today is.
    static let earliestLikelyDate = LocalDate(year: 1900, month: 1, day: 1)!

    /// The entry of one Log item, or `nil` (with a diagnostic) when it has no date the Log can
    /// read. `previous` is the date of the entry before it: its year fills in a date written
    /// without one, and the hint does not propose first a reading before it.
    ///
    /// The parts of the item are offsets into its bytes: each part after the date runs to the
    /// end of the item, so an offset is all there is to say where it starts.
    static func parse(
        _ item: ListItem, after previous: LocalDate?, added: LocalDate? = nil, fields: inout FieldReader
    ) -> LogEntry? {
        let text = item.text
        let bytes = text.utf8.span
        let (dateBytes, afterDate) = datePart(of: bytes)
        let isoShaped =
            dateBytes.count == 10
            && bytes.allSatisfy(in: dateBytes, { isDigit($0) || $0 == UInt8(ascii: "-") })
            && bytes.extracting(dateBytes).contains(UInt8(ascii: "-"))
        guard isoShaped, let date = LocalDate(utf8: bytes.extracting(dateBytes)) else {
            reportMissingDate(
                item, isoShaped: isoShaped, written: String(decodingUTF8: bytes.extracting(dateBytes)),
                previous: previous, added: added, fields: &fields)
            return nil
        }
        if date < earliestLikelyDate {
            fields.report(
                .warning, .implausibleLogDate, "this Log entry is dated \(date), before 1900: surely a typo",
                at: item.textPosition, hint: "write the day it happened as YYYY-MM-DD")
        }
        // `2026-11-04, called` reads as `2026-11-04 called`.
        let afterComma = afterDate < bytes.count && bytes[afterDate] == UInt8(ascii: ",") ? afterDate + 1 : afterDate
        var rest = skipTime(bytes, from: skipSeparators(bytes, from: afterComma))
        var found = words.first { startsWithWord(bytes, at: rest, $0.bytes) }
        // A day name before the event (`2026-11-05 (Thu) met`): passed over when an event follows.
        if found == nil, let day = skipWeekday(bytes, from: rest) {
            let next = skipTime(bytes, from: day)
            if let event = words.first(where: { startsWithWord(bytes, at: next, $0.bytes) }) {
                (rest, found) = (next, event)
            }
        }
        if let candidate = found {
            let after = textStart(bytes, afterWordEndingAt: rest + candidate.bytes.count)
            var entry = LogEntry(
                date: date, event: candidate.event, word: candidate.word,
                text: String(decodingUTF8: bytes.extracting(trimmed(bytes, from: after))), position: item.position)
            if candidate.event == .skipped || candidate.event == .snoozed {
                guard
                    let closing = StepClosing.parse(
                        bytes, from: after, event: candidate.event, item: item, fields: &fields)
                else {
                    return nil
                }
                entry.closing = closing.closing
                entry.text = String(decodingUTF8: bytes.extracting(trimmed(bytes, from: closing.rest)))
            }
            return entry
        }
        var wordEnd = rest
        while wordEnd < bytes.count, !UInt8.isASCIISpace(bytes[wordEnd]), bytes[wordEnd] != UInt8(ascii: ":") {
            wordEnd += 1
        }
        let word = String(decodingUTF8: bytes.extracting(rest..<wordEnd))
        let column = String(decodingUTF8: bytes.extracting(0..<rest)).unicodeScalars.count
        if let meant = meantEvent(in: bytes, from: rest) {
            // Shown without --strict: taken for a plain note, it would change what `next` says.
            let at = item.textPosition.advanced(by: column)
            switch meant.way {
            case .misspelled:
                fields.report(
                    .warning, .misspelledLogEvent,
                    "'\(meant.written)' is not a Log event word, so this entry is a plain dated note; "
                        + "did you mean '\(meant.event)'?",
                    at: at, hint: "write '- \(date) \(meant.rewritten)'")
            case .otherWords:
                fields.report(
                    .warning, .logEventInOtherWords,
                    "'\(meant.written)' is not a Log event word, so next reads nothing into this entry",
                    at: at, hint: "\(condition(of: meant.event)), write '- \(date) \(meant.rewritten)'")
            }
        } else {
            fields.report(
                .warning, .unknownLogEvent,
                word.isEmpty
                    ? "this Log entry has no event word"
                    : "'\(word)' is not a Log event; the entry is kept as a dated note",
                at: item.textPosition.advanced(by: column),
                hint: "event words: " + LogEvent.patterns.joined(separator: ", "))
        }
        return LogEntry(
            date: date, event: nil, word: word,
            text: String(decodingUTF8: bytes.extracting(trimmed(bytes, from: rest))),
            position: item.position)
    }

    /// The diagnostic of an item without an ISO date: an error when it starts with a date in
    /// another form (with the ISO form to write) or an impossible one, else a warning.
    private static func reportMissingDate(
        _ item: ListItem, isoShaped: Bool, written: String, previous: LocalDate?, added: LocalDate?,
        fields: inout FieldReader
    ) {
        // `[[Nov 2nd, 2026]] emailed`: a link to a day's page (Logseq's journals) is its date.
        let form = LogDateForms.match(
            linkedDay(in: item.text) ?? item.text, year: yearOfDayWithoutOne(previous: previous, added: added)
        )?
        .notBefore(previous)
        if let form, !(isoShaped && form.meanings.isEmpty) {
            fields.report(
                .error, .invalidLogDate,
                "'\(form.written)' is not a date the Log can read (YYYY-MM-DD); the entry is left out",
                at: item.textPosition, hint: form.hint())
        } else if isoShaped {
            fields.report(
                .error, .invalidLogDate, "invalid date '\(dateShaped(item.text) ?? written)' in the Log",
                at: item.textPosition, hint: "write the date as YYYY-MM-DD, with a real month and day")
        } else if let shape = dateShaped(item.text) {
            // `9999999999-01-01`: a year of more than four digits is no date, but surely meant as one.
            fields.report(
                .error, .invalidLogDate, "invalid date '\(shape)' in the Log",
                at: item.textPosition, hint: "write the date as YYYY-MM-DD, with a year of four digits")
        } else if let relative = relativeDay(in: item.text) {
            // `- yesterday emailed`, as one writes in a journal: it would be read as no event,
            // and `next` would still say "reach out" without a word (trial 34).
            fields.report(
                .error, .invalidLogDate,
                "'\(relative)' is not a date the Log can read (YYYY-MM-DD); the entry is left out",
                at: item.textPosition,
                hint: "write the day it happened as YYYY-MM-DD in place of '\(relative)': the Log keeps dates, "
                    + "and '\(relative)' would mean another day tomorrow")
        } else {
            fields.report(
                .warning, .undatedLogEntry, "this Log entry has no date", at: item.textPosition,
                hint: "start it with the date, e.g. '- 2026-10-01 emailed: intro'")
        }
    }

    /// The year of a Log date written without one (`10/16`): the entry's before it, else for the
    /// first entry the one nearest the day the contact was `added`, else with `today` the one
    /// that puts the day on or before it (an entry is written after the event); `nil` (`YYYY`
    /// in the hint) when there is none of them (the notes are read without a today).
    static func yearOfDayWithoutOne(previous: LocalDate?, added: LocalDate?, today: LocalDate? = nil)
        -> LogDateForms.Year?
    {
        previous.map { .of($0) } ?? added.map { .near($0) } ?? today.map { .onOrBefore($0) }
    }

    /// The date at the start of a Log item's `text` written without its year in a note that
    /// gives none (no entry above it, no `added`), with the year as of `today`
    /// (`yearOfDayWithoutOne`): the one reading behind `check`'s hint instead of `YYYY` and the
    /// day `show` and `next` give the line (`LeftOutLogEntry.dated(asOf:)`).
    static func yearlessDay(in text: String, today: LocalDate) -> LogDateForms.Match? {
        LogDateForms.match(
            linkedDay(in: text) ?? text, year: yearOfDayWithoutOne(previous: nil, added: nil, today: today))
    }

    /// The hint of a Log item whose date is written without its year in a note that gives
    /// none (`yearlessDay`): what `check` says instead of `YYYY`.
    static func yearlessDateHint(of item: ListItem, today: LocalDate) -> String? {
        yearlessDay(in: item.text, today: today).map { $0.hint() }
    }

    /// The first word of `text` when it is digits in three groups joined by `-` (`9999999999-01-01`).
    static func dateShaped(_ text: String) -> String? {
        let word = text.prefix { !$0.isWhitespace && $0 != "," && $0 != ":" }
        let groups = word.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count == 3, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }) else {
            return nil
        }
        return String(word)
    }

    /// The target of the link an item starts with (`[[Nov 2nd, 2026]]`, `[[Nov 2nd, 2026|Nov
    /// 2]]`), if it does.
    static func linkedDay(in text: String) -> String? {
        guard text.hasPrefix("[["), let close = text.range(of: "]]") else { return nil }
        let inside = text[text.index(text.startIndex, offsetBy: 2)..<close.lowerBound]
        return String(inside.prefix { $0 != "|" })
    }

    /// Whether `item` reads as a Log event: an ISO date, then an event word. A list of them
    /// under another heading is a Log under the wrong name (`ContactReader`).
    static func readsAsEvent(_ item: ListItem) -> Bool {
        let bytes = item.text.utf8.span
        let (dateBytes, afterDate) = datePart(of: bytes)
        guard dateBytes.count == 10, LocalDate(utf8: bytes.extracting(dateBytes)) != nil else { return false }
        let rest = skipTime(bytes, from: skipSeparators(bytes, from: afterDate))
        return words.contains { startsWithWord(bytes, at: rest, $0.bytes) }
    }

    /// Whether the bytes at `start` are `word` (ASCII, any case) followed by their end, a
    /// space, `:` or punctuation (`replied, happy to talk`, `met.`).
    static func startsWithWord(_ bytes: Span<UInt8>, at start: Int, _ word: [UInt8]) -> Bool {
        guard bytes.count - start >= word.count else { return false }
        for (offset, expected) in word.enumerated() where lowercase(bytes[start + offset]) != expected { return false }
        guard bytes.count - start > word.count else { return true }
        let next = bytes[start + word.count]
        return next == UInt8(ascii: ":") || UInt8.isASCIISpace(next) || punctuation.contains(next)
    }

    /// What may follow an event word as in prose, before the free text.
    private static let punctuation: Set<UInt8> = [
        UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "!"),
    ]

    /// Where an entry's free text starts after its event word, which ends at `end`: past one
    /// mark of prose punctuation (`replied, happy to talk`) and the separators after it.
    static func textStart(_ bytes: Span<UInt8>, afterWordEndingAt end: Int) -> Int {
        let end = end < bytes.count && punctuation.contains(bytes[end]) ? end + 1 : end
        return skipSeparators(bytes, from: end)
    }

    /// Where the bytes from `start` on go on after white space, `:` and dashes (`-`, `–`, `—`),
    /// as between the date and the event.
    static func skipSeparators(_ bytes: Span<UInt8>, from start: Int) -> Int {
        var offset = start
        while offset < bytes.count {
            let byte = bytes[offset]
            if UInt8.isASCIISpace(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") {
                offset += 1
            } else if byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80,
                bytes[offset + 2] == 0x93 || bytes[offset + 2] == 0x94
            {
                offset += 3  // en dash, em dash
            } else {
                break
            }
        }
        return offset
    }

    /// Where the bytes from `start` on go on after a day name (`Thu`, `(Thursday)`, `Thu.,`)
    /// and the separators after it; `nil` when no day name is there.
    private static func skipWeekday(_ bytes: Span<UInt8>, from start: Int) -> Int? {
        let isBracketed = start < bytes.count && bytes[start] == UInt8(ascii: "(")
        let first = isBracketed ? start + 1 : start
        var end = first
        while end < bytes.count, end - first < 10, isLetter(bytes[end]) { end += 1 }
        // Most Log lines start with a digit: no name is made for them.
        guard end - first >= 3 else { return nil }
        let name = String(decodingUTF8: bytes.extracting(first..<end)).lowercased()
        guard weekdays.contains(name) else { return nil }
        if end < bytes.count, bytes[end] == UInt8(ascii: ".") { end += 1 }
        if isBracketed {
            guard end < bytes.count, bytes[end] == UInt8(ascii: ")") else { return nil }
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: ",") { end += 1 }
        guard end == bytes.count || UInt8.isASCIISpace(bytes[end]) else { return nil }
        return skipSeparators(bytes, from: end)
    }

    /// Where the date of an item is, and where what follows it starts: the first ten bytes,
    /// or a date written as a link to a day's note, `[[2026-11-01]]` or `[[2026-11-01|Nov 1]]`
    /// (as Obsidian's daily notes have people write it).
    static func datePart(of bytes: Span<UInt8>) -> (date: Range<Int>, after: Int) {
        // A day name first (`Mon 2026-11-09 emailed`) says the day again: the date follows it.
        if let start = skipWeekday(bytes, from: 0), start > 0, bytes.count - start >= 10, isDigit(bytes[start]) {
            return (start..<start + 10, start + 10)
        }
        // So does a calendar before it (`📅 2026-12-03 called`, as the Tasks plugin marks dates).
        if let start = skipCalendar(bytes), bytes.count - start >= 10, isDigit(bytes[start]) {
            return (start..<start + 10, start + 10)
        }
        let plain = (0..<min(10, bytes.count), min(10, bytes.count))
        guard bytes.count >= 14, bytes[0] == UInt8(ascii: "["), bytes[1] == UInt8(ascii: "[") else { return plain }
        var end = 2
        while end + 1 < bytes.count, end < 80, !(bytes[end] == UInt8(ascii: "]") && bytes[end + 1] == UInt8(ascii: "]"))
        {
            end += 1
        }
        guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "]") else { return plain }
        var target = 2
        while target < end, bytes[target] != UInt8(ascii: "|") { target += 1 }
        return (2..<target, end + 2)
    }

    /// Where the text starts after a calendar emoji (📅 or 🗓, with or without its variation
    /// selector) and the spaces after it; `nil` when the item does not start with one.
    private static func skipCalendar(_ bytes: Span<UInt8>) -> Int? {
        for calendar in calendars
        where bytes.count >= calendar.count && calendar.indices.allSatisfy({ bytes[$0] == calendar[$0] }) {
            var start = calendar.count
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
            return start
        }
        return nil
    }

    private static let calendars = [Array("📅".utf8), Array("🗓\u{FE0F}".utf8), Array("🗓".utf8)]

    /// Past a time of day after the date: `14:30`, `9:15`, `9:15am`, `9:15 PM`, `9am`, `3 pm`,
    /// and ISO 8601's `T14:30` (seconds and a `Z` too) right after the date.
    static func skipTime(_ bytes: Span<UInt8>, from start: Int) -> Int {
        let isISO = start + 1 < bytes.count && bytes[start] == UInt8(ascii: "T") && isDigit(bytes[start + 1])
        let first = isISO ? start + 1 : start
        var end = first
        while end < bytes.count, end - first < 2, isDigit(bytes[end]) { end += 1 }
        guard end > first else { return start }
        let hasMinutes =
            bytes.count - end >= 3 && bytes[end] == UInt8(ascii: ":")
            && bytes.allSatisfy(in: end + 1..<end + 3, isDigit)
        if hasMinutes { end += 3 }
        if isISO {
            guard hasMinutes else { return start }
            if bytes.count - end >= 3, bytes[end] == UInt8(ascii: ":"), bytes.allSatisfy(in: end + 1..<end + 3, isDigit)
            {
                end += 3
            }
            if end < bytes.count, bytes[end] == UInt8(ascii: "Z") { end += 1 }
            return skipSeparators(bytes, from: end)
        }
        let meridiem = end < bytes.count && bytes[end] == UInt8(ascii: " ") ? end + 1 : end
        if bytes.count - meridiem >= 2, [UInt8(ascii: "a"), UInt8(ascii: "p")].contains(lowercase(bytes[meridiem])),
            lowercase(bytes[meridiem + 1]) == UInt8(ascii: "m"),
            bytes.count == meridiem + 2 || !isLetter(bytes[meridiem + 2])
        {
            end = meridiem + 2
        } else if !hasMinutes {
            // A bare number (`2026-11-06 3 replied`) is no time: three what?
            return start
        }
        return skipSeparators(bytes, from: end)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowercase(byte))
    }

    /// The bytes from `start` to the end without white space and `:` before them, and white
    /// space after them.
    static func trimmed(_ bytes: Span<UInt8>, from start: Int) -> Range<Int> {
        var lower = start
        while lower < bytes.count, UInt8.isASCIISpace(bytes[lower]) || bytes[lower] == UInt8(ascii: ":") { lower += 1 }
        var upper = bytes.count
        while upper > lower, UInt8.isASCIISpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func lowercase(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
