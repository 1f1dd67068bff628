/// Dataview's inline fields: `Company:: Acme`, `met:: 2026-11-10`, `status:: replied` on a line
/// of a body, as Obsidian users keep fields. Grapevine reads a note's fields from its front
/// matter and a contact's history from its Log, so such a line is read as nothing; `check`
/// says so where it stands for something a note of its kind is read from.
extension NoteReader {
    /// A warning at each line of `note`'s body that is an inline field standing for a front
    /// matter key of its kind the note does not have (`Company:: Acme` → `organization`), or,
    /// in a contact's note, for a Log entry it does not have (`met:: 2026-11-10`, `status::
    /// replied`): what Grapevine reads instead, written out. Other inline fields are the user's
    /// own, as custom front matter keys are, and stay quiet.
    /// `bodyStart` is the UTF-8 offset of the body in the note's text.
    func inlineFieldProblems(in note: Note, bodyStart: Int) -> [Diagnostic] {
        guard note.kind == .contact || note.kind == .interview || note.kind == .organization,
            Self.hasDoubleColon(note.text.utf8.span, from: bodyStart)
        else { return [] }
        var diagnostics: [Diagnostic] = []
        var fence: Substring? = nil
        let lines = note.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated().dropFirst(note.bodyLineOffset) {
            if let marks = Self.fenceMarks(of: line) {
                // A fence closes only with the marks that opened it, as many or more, and
                // nothing after them (a `~~~` inside a ``` block is code).
                if let open = fence {
                    if marks.first == open.first, marks.count >= open.count,
                        line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst(marks.count).trimmingWhitespace()
                            .isEmpty
                    {
                        fence = nil
                    }
                } else {
                    fence = marks
                }
                continue
            }
            guard fence == nil, line.utf8.count > 3, let field = Self.inlineField(in: line),
                let (message, hint) = Self.meaning(of: field, in: note)
            else { continue }
            let written = "'\(field.key):: \(field.value)'"
            diagnostics.append(
                Diagnostic(
                    .warning, .inlineField, "\(written) is a Dataview field, which grapevine does not read: \(message)",
                    file: path, at: SourcePosition(line: index + 1, column: field.column), hint: hint))
        }
        return diagnostics
    }

    /// The marks of a code fence `line` is, three or more backticks or tildes after its indent
    /// (a fence in a list item is indented); `nil` for any other line.
    private static func fenceMarks(of line: Substring) -> Substring? {
        let rest = line.drop { $0 == " " || $0 == "\t" }
        guard let mark = rest.first, mark == "`" || mark == "~" else { return nil }
        let marks = rest.prefix { $0 == mark }
        return marks.count >= 3 ? marks : nil
    }

    /// Whether `bytes` hold `::` from `start` on: nearly no body does, and one pass over its
    /// colons (the byte scanner) rules the rest of the work out.
    private static func hasDoubleColon(_ bytes: Span<UInt8>, from start: Int) -> Bool {
        var from = start
        while let colon = bytes.firstIndex(of: UInt8(ascii: ":"), from: from) {
            if colon + 1 < bytes.count, bytes[colon + 1] == UInt8(ascii: ":") { return true }
            from = colon + 1
        }
        return false
    }

    /// An inline field a line is: `Key:: value`, after a list marker and a task box if any
    /// (`- status:: replied`), the key in bold or not (`**Company**:: Acme`), made of letters,
    /// digits, spaces, `_` and `-` and starting with a letter; the value not empty. `column`
    /// is where the key starts.
    static func inlineField(in line: Substring) -> (key: String, value: String, column: Int)? {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        var rest = line.dropFirst(indent.count)
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2).drop { $0 == " " }
        } else if indent.count > 3 {
            return nil  // indented code
        }
        for box in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(box) { rest = rest.dropFirst(box.count) }
        let start = rest.startIndex
        guard let colons = rest.range(of: "::") else { return nil }
        var key = rest[..<colons.lowerBound]
        for mark in ["**", "__"] where key.count > 4 && key.hasPrefix(mark) && key.hasSuffix(mark) {
            key = key.dropFirst(2).dropLast(2)
        }
        let value = rest[colons.upperBound...].trimmingWhitespace()
        guard let first = key.first, first.isLetter, key.count <= 40, !value.isEmpty,
            key.allSatisfy({ $0.isLetter || $0.isNumber || " _-".contains($0) })
        else { return nil }
        let column = line.unicodeScalars.distance(from: line.startIndex, to: start) + 1
        return (String(key.trimmingWhitespace()), String(value), column)
    }

    /// What grapevine reads instead of `field` in `note`, as a message and a hint; `nil` when
    /// the field stands for nothing it reads, or for what the note has already.
    private static func meaning(of field: (key: String, value: String, column: Int), in note: Note)
        -> (message: String, hint: String)?
    {
        let key = field.key.lowercased()
        let name = key.replacing(" ", with: "_").replacing("-", with: "_")
        if note.kind == .contact, let (event, text) = logEvent(key: key, value: field.value) {
            return logEntry(event, text: text, in: note)
        }
        let kind = note.kind
        guard let read = (keys[kind] ?? commonKeys).contains(name) ? name : otherNames[kind]?[name],
            !(kind == .contact && read == "status"), note.frontMatter[read] == nil
        else { return nil }
        let whose = kind.withArticle + "'s"
        let value = field.value.hasPrefix("[[") ? YAMLText.quoted(field.value) : field.value
        return (
            "\(whose) '\(read)' is read from the front matter",
            "write '\(read): \(value)' in the front matter"
                + (note.frontMatter.entries.isEmpty ? " (between two '---' lines at the top of the note)" : "")
        )
    }

    /// The Log event a contact's field says (`met:: 2026-11-10`, `reached out:: 2026-11-01`,
    /// `status:: replied`), with the field's value for the entry's date and text; `nil` for
    /// another field.
    private static func logEvent(key: String, value: String) -> (word: String, text: String)? {
        let word = key.replacing("_", with: " ")
        let isEvent = { (word: String) in
            LogEvent.words.contains { $0.word == word && $0.event != .skipped && $0.event != .snoozed }
        }
        if isEvent(word) { return (word, value) }
        let status = value.lowercased()
        if key == "status", isEvent(status) { return (status, "") }
        return nil
    }

    /// The message and hint for a Log entry written as a field: `- DATE word: text`, with the
    /// date the field's value starts with, else `YYYY-MM-DD`; `nil` when the Log has that
    /// event on that day already.
    private static func logEntry(_ word: String, text: String, in note: Note) -> (message: String, hint: String)? {
        let date = LocalDate(String(text.prefix(10)))
        var rest = date == nil ? Substring(text) : text.dropFirst(10)
        rest = rest.drop { $0 == " " || $0 == ":" || $0 == "," || $0 == "-" }
        let event = LogEvent.words.first { $0.word == word }?.event
        if let date, note.contact?.log.contains(where: { $0.date == date && $0.event == event }) == true { return nil }
        let entry = "- \(date?.description ?? "YYYY-MM-DD") \(word)" + (rest.isEmpty ? "" : ": \(rest)")
        return ("a contact's history is read from its Log", "write it as a Log item, '\(entry)', under '## Log'")
    }
}
