/// A Log item left out because its date is written in a form the Log does not read
/// (`11/18/2026 thanked: sent a card`): an error in `check`, and no event. `next` names it
/// under a step it would have done (`NextStepContext.unreadLogAdvice`), since the user
/// recorded the event and the step would otherwise stay open without a word.
public struct LeftOutLogEntry: Sendable, Hashable {
    /// The date as written.
    public var written: String
    /// The days it may mean (two when day and month could be either way round).
    public var readings: [LocalDate]
    /// The event the item names.
    public var event: LogEvent
    /// The event's word as a Log entry writes it (`thanked`, `emailed` for `e-mailed`).
    public var word: String
    /// The text after the event word.
    public var text: String
    /// Where the list item is.
    public var position: SourcePosition
}

extension LogEntryParser {
    /// The item as a left-out entry, when it starts with a date in another form that means a
    /// day (`LogDateForms`, as `check`'s hint reads it), followed by an event word.
    static func leftOut(_ item: ListItem, after previous: LocalDate?) -> LeftOutLogEntry? {
        let text = item.text
        let linked = linkedDay(in: text)
        guard let form = LogDateForms.match(linked ?? text, year: previous.map { .of($0) })?.notBefore(previous)
        else { return nil }
        let readings = form.meanings.compactMap { LocalDate($0) }
        let end = linked == nil ? text.range(of: form.written)?.upperBound : text.range(of: "]]")?.upperBound
        guard !readings.isEmpty, let end else { return nil }
        let rest = String(text[end...])
        let bytes = rest.utf8.span
        // `11/18/2026, thanked` reads as `11/18/2026 thanked`, as after an ISO date.
        let afterComma = !bytes.isEmpty && bytes[0] == UInt8(ascii: ",") ? 1 : 0
        let start = skipTime(bytes, from: skipSeparators(bytes, from: afterComma))
        guard let found = words.first(where: { startsWithWord(bytes, at: start, $0.bytes) }) else { return nil }
        let after = textStart(bytes, afterWordEndingAt: start + found.bytes.count)
        return LeftOutLogEntry(
            written: form.written, readings: readings, event: found.event, word: found.word,
            text: String(decodingUTF8: bytes.extracting(trimmed(bytes, from: after))), position: item.position)
    }
}
