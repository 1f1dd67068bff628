/// A Log item left out because it does not start with a date the Log reads: one in another
/// form (`11/18/2026 thanked: sent a card`) or that is no day (`2026-13-45`), an error in
/// `check`, or none at all, a warning. It is no event. `next` names it under a step it would
/// have done (`NextStepContext.unreadLogAdvice`), since the user recorded the event and the
/// step would otherwise stay open without a word; `show` lists it in the Log, saying so.
public struct LeftOutLogEntry: Sendable, Hashable, Encodable {
    /// The date as written; empty when the item starts with none.
    public var written: String
    /// The days it may mean (two when day and month could be either way round; none when it
    /// means no day).
    public var readings: [LocalDate]
    /// The event the item names, or `nil` when no event word follows the date.
    public var event: LogEvent?
    /// The event's word as a Log entry writes it (`thanked`, `emailed` for `e-mailed`); empty
    /// without one.
    public var word: String
    /// The text after the event word, or after the date when there is none.
    public var text: String
    /// Where the list item is.
    public var position: SourcePosition

    /// Why the line does not count and how to write its date, as `show` and the site say it:
    /// "line 8, not counted: date not read; write 2026-11-18".
    public var notCounted: String {
        let fix =
            readings.isEmpty
            ? (written.isEmpty ? "no date" : "not a date") + "; write the day as YYYY-MM-DD"
            : "date not read; write " + readings.map(\.description).joined(separator: " or ")
        return "line \(position.line), not counted: \(fix)"
    }

    /// The line with the days its date may mean as of `today`, when it is written without its
    /// year in a Log that gives none (`- Dec 6 emailed`, no entry above it, no `added`): the
    /// latest such day on or before today, the day `check`'s hint gives
    /// (`LogEntryParser.yearlessDay`). The notes are read without a today, so `show` and `next`
    /// date it so; any other line is returned as it is.
    func dated(asOf today: LocalDate) -> LeftOutLogEntry {
        guard readings.isEmpty, !written.isEmpty, let form = LogEntryParser.yearlessDay(in: written, today: today),
            !form.meanings.isEmpty
        else { return self }
        var dated = self
        dated.readings = form.meanings.compactMap { LocalDate($0) }
        return dated
    }

    private enum CodingKeys: String, CodingKey {
        case written, readings, event, word, text, line, column
    }

    /// The item for `--json` (`show`): its place as `line` and `column`, as a Log entry's.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(written, forKey: .written)
        try container.encode(readings, forKey: .readings)
        try container.encodeIfPresent(event, forKey: .event)
        try container.encode(word, forKey: .word)
        try container.encode(text, forKey: .text)
        try container.encode(position.line, forKey: .line)
        try container.encode(position.column, forKey: .column)
    }
}

extension LogEntryParser {
    /// The item as a left-out entry, when it does not start with a date the Log reads: a date
    /// in another form that means a day (`LogDateForms`, as `check`'s hint reads it), one
    /// shaped as a date that is none, or no date at all; then the event word, if one follows.
    /// `nil` for an item that starts with a date the Log reads (a `snoozed` entry without its
    /// day is left out for another reason, which `check` gives).
    ///
    /// A day written without its year takes the year `check`'s hint gives it: the entry's before
    /// it, else the contact's `added` (`- Dec 4 met`, the first line of a Log, is 2026-12-04 of a
    /// contact added on 2026-12-01, and the step it would have done says so).
    static func leftOut(_ item: ListItem, after previous: LocalDate?, added: LocalDate? = nil) -> LeftOutLogEntry? {
        let text = item.text
        let (dateBytes, _) = datePart(of: text.utf8.span)
        guard dateBytes.count != 10 || LocalDate(utf8: text.utf8.span.extracting(dateBytes)) == nil else { return nil }
        let linked = linkedDay(in: text)
        let form = LogDateForms.match(linked ?? text, year: yearOfDayWithoutOne(previous: previous, added: added))?
            .notBefore(previous)
        let written = form?.written ?? dateShaped(text) ?? relativeDay(in: text) ?? ""
        let end =
            linked != nil && form != nil
            ? text.range(of: "]]")?.upperBound : written.isEmpty ? text.startIndex : text.range(of: written)?.upperBound
        guard let end else { return nil }
        let rest = String(text[end...])
        let bytes = rest.utf8.span
        // `11/18/2026, thanked` reads as `11/18/2026 thanked`, as after an ISO date.
        let afterComma = !bytes.isEmpty && bytes[0] == UInt8(ascii: ",") ? 1 : 0
        let start = skipTime(bytes, from: skipSeparators(bytes, from: afterComma))
        let found = words.first { startsWithWord(bytes, at: start, $0.bytes) }
        let after = found.map { textStart(bytes, afterWordEndingAt: start + $0.bytes.count) } ?? start
        return LeftOutLogEntry(
            written: written, readings: form?.meanings.compactMap { LocalDate($0) } ?? [], event: found?.event,
            word: found?.word ?? "", text: String(decodingUTF8: bytes.extracting(trimmed(bytes, from: after))),
            position: item.position)
    }
}
