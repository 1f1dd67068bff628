/// What a `skipped KIND` or `snoozed KIND until DATE` Log entry says about the steps of one
/// kind about the person (SPEC §2.1, §3 "Closing a step").
public struct StepClosing: Sendable, Hashable, Codable {
    /// The kind of step it holds.
    public var kind: NextStep.Kind
    /// For `snoozed`: the day the step is due at the earliest. `nil`: skipped.
    public var until: LocalDate?

    /// Reads `KIND` (and `until DATE` for `snoozed`) in `bytes` from `start` on, after the event
    /// word; returns where what is left of the item (its `: reason`) starts, or `nil` with an
    /// error at the item.
    static func parse(
        _ bytes: Span<UInt8>, from start: Int, event: LogEvent, item: ListItem, fields: inout FieldReader
    ) -> (closing: StepClosing, rest: Int)? {
        let word = event == .skipped ? "skipped" : "snoozed"
        let example =
            event == .skipped
            ? "- 2026-10-29 skipped schedule: a connector, no meeting needed"
            : "- 2026-11-20 snoozed follow-up until 2026-12-10: away until the 9th"
        var nameEnd = start
        while nameEnd < bytes.count, isKindByte(bytes[nameEnd]) { nameEnd += 1 }
        let written = String(decodingUTF8: bytes.extracting(start..<nameEnd))
        guard let kind = NextStep.Kind(rawValue: written.lowercased()) else {
            fields.report(
                .error, .invalidValue,
                written.isEmpty
                    ? "'\(word)' needs the kind of step, e.g. '\(example)'"
                    : "'\(written)' is not a kind of next step; the entry is left out",
                at: item.textPosition,
                hint: "kinds: " + NextStep.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        var rest = nameEnd
        var until: LocalDate?
        if event == .snoozed {
            rest = LogEntryParser.skipSeparators(bytes, from: rest)
            let keyword = Array("until".utf8)
            let hasKeyword =
                bytes.count - rest >= keyword.count
                && keyword.indices.allSatisfy { bytes[rest + $0] | 0x20 == keyword[$0] }
            let date = LogEntryParser.skipSeparators(bytes, from: min(rest + keyword.count, bytes.count))
            guard hasKeyword, bytes.count - date >= 10, let day = LocalDate(utf8: bytes.extracting(date..<date + 10))
            else {
                var hint = "write 'until YYYY-MM-DD', e.g. '\(example)'"
                // `until 12/10/2026`: the day written another way gets its ISO form.
                let written = String(decodingUTF8: bytes.extracting(date..<min(date + 64, bytes.count)))
                if hasKeyword, let form = LogDateForms.match(written, year: nil), !form.meanings.isEmpty {
                    hint = form.hint(prefix: "until ")
                }
                fields.report(
                    .error, .invalidValue,
                    "'snoozed \(kind.rawValue)' needs the day it is due again; the entry is left out",
                    at: item.textPosition, hint: hint)
                return nil
            }
            until = day
            rest = date + 10
        }
        return (StepClosing(kind: kind, until: until), rest)
    }

    private static func isKindByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte == UInt8(ascii: "-")
    }
}
