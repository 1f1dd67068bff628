/// Reads a contact's fields and its Log section.
struct ContactReader {
    let path: String
    let body: MarkdownDocument

    static let keys: Set<String> = [
        "organization", "email", "phone", "linkedin", "location", "referred_by", "source", "added",
    ]

    func read(_ fields: inout FieldReader) -> Contact {
        let organizations = fields.references("organization")
        if organizations.count > 1, let value = fields.value("organization") {
            fields.report(
                .warning, .wrongType, "a contact has one 'organization'; only the first is used", at: value.position)
        }
        var contact = Contact(
            organization: organizations.first, email: fields.string("email"), phone: fields.string("phone"),
            linkedin: fields.string("linkedin"), location: fields.string("location"),
            referredBy: fields.references("referred_by"), source: fields.string("source"),
            added: fields.date("added"), log: [])
        if let section = body.section(named: "Log") {
            let items = body.items(in: section)
            let depth = items.map(\.depth).min() ?? 0
            for item in items where item.depth == depth {
                if let entry = LogEntryParser.parse(item, file: path, fields: &fields) {
                    contact.log.append(entry)
                }
            }
        }
        return contact
    }
}

/// Reads one Log line: `2026-10-01 emailed: intro, mentioned Dan`.
enum LogEntryParser {
    static func parse(_ item: ListItem, file: String, fields: inout FieldReader) -> LogEntry? {
        let text = item.text
        let dateText = text.prefix(10)
        guard dateText.count == 10, dateText.allSatisfy({ $0.isNumber || $0 == "-" }), dateText.contains("-") else {
            fields.report(
                .warning, .undatedLogEntry, "this Log entry has no date", at: item.textPosition,
                hint: "start it with the date, e.g. '- 2026-10-01 emailed: intro'")
            return nil
        }
        guard let date = LocalDate(dateText) else {
            fields.report(
                .error, .invalidDate, "invalid date '\(dateText)' in the Log", at: item.textPosition,
                hint: "write the date as YYYY-MM-DD, with a real month and day")
            return nil
        }
        var rest = text.dropFirst(10).drop { $0 == " " || $0 == ":" || $0 == "—" || $0 == "–" || $0 == "\t" }
        rest = skipTime(rest)
        let lowered = rest.lowercased()
        for (word, event) in LogEvent.words where lowered.hasPrefix(word) {
            let after = rest.dropFirst(word.count)
            guard after.isEmpty || after.first == ":" || after.first!.isWhitespace else { continue }
            return LogEntry(
                date: date, event: event, word: word, text: String(detail(after)), position: item.position)
        }
        let word = rest.prefix { !$0.isWhitespace && $0 != ":" }
        let column = text.unicodeScalars.count - rest.unicodeScalars.count
        fields.report(
            .warning, .unknownLogEvent,
            word.isEmpty
                ? "this Log entry has no event word" : "'\(word)' is not a Log event; the entry is kept as a dated note",
            at: item.textPosition.advanced(by: column),
            hint: "event words: " + LogEvent.words.map(\.word).sorted().joined(separator: ", "))
        return LogEntry(
            date: date, event: nil, word: String(word), text: String(rest).trimmingWhitespace(),
            position: item.position)
    }

    /// Skips an optional `HH:MM` after the date.
    private static func skipTime(_ text: Substring) -> Substring {
        let time = text.prefix(5)
        guard time.count == 5, time.dropFirst(2).first == ":",
            time.filter({ $0.isNumber }).count == 4
        else { return text }
        return text.dropFirst(5).drop { $0 == " " }
    }

    /// The free text after an event word: `: intro, mentioned Dan` → `intro, mentioned Dan`.
    private static func detail(_ text: Substring) -> Substring {
        var rest = text.trimmingWhitespace()
        if rest.hasPrefix(":") { rest = rest.dropFirst().trimmingWhitespace() }
        return rest
    }
}
