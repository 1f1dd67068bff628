extension NoteReader {
    /// The open tasks and leads whose due date is written in a form it is not read in (`due
    /// 12/01/2026`, `due 2026-13-45`, `📅 Dec 3`): an error each, with the ISO form to write.
    /// Without it the item would have no due date, silently — never overdue, listed as
    /// "anytime" (SPEC §2: a value that is not a valid date where a date is expected is an
    /// error, never a silent guess).
    func unreadableDueDates(in note: Note) -> [Diagnostic] {
        // Most items name no due date: the open tasks and leads are picked only when some do.
        guard note.body.items.contains(where: { $0.checked != true && !$0.dueMarkerEnds.isEmpty }) else { return [] }
        let items = note.body.openTasks + (note.interview?.leads.filter { $0.checked != true } ?? [])
        var diagnostics: [Diagnostic] = []
        var lineStarts: [Int]?
        for item in items {
            let ends = item.dueMarkerEnds
            guard !ends.isEmpty, item.dueDate == nil else { continue }
            let bytes = Array(item.text.utf8)
            guard
                let form = ends.prefix(20).lazy.compactMap({
                    // A date is in the next few words: a hostile item of a million `due`s is not
                    // read to its end after each.
                    LogDateForms.match(
                        String(decoding: bytes[$0..<min($0 + 64, bytes.count)], as: UTF8.self), year: nil)
                }).first
            else { continue }
            if lineStarts == nil { lineStarts = Self.lineStarts(of: note.text.utf8.span) }
            let position = Self.position(
                of: form.written, in: note.text.utf8.span, lineStarts: lineStarts ?? [], after: item.textPosition)
            let message =
                form.meanings.isEmpty
                ? "invalid due date '\(form.written)', so the item has none"
                : "'\(form.written)' is not a due date grapevine can read (YYYY-MM-DD), so the item has none"
            diagnostics.append(
                Diagnostic(.error, .invalidDueDate, message, file: path, at: position, hint: form.hint()))
        }
        return diagnostics
    }

    /// The offset where each line of `text` starts, the first line's at 0.
    static func lineStarts(of text: Span<UInt8>) -> [Int] {
        var starts = [0]
        var from = 0
        while let newline = text.firstIndex(of: UInt8(ascii: "\n"), from: from) {
            starts.append(newline + 1)
            from = newline + 1
        }
        return starts
    }

    /// Where `written` is on the line of `start`, at or after it, in `text` (the whole file,
    /// whose lines start at `lineStarts`); `start` itself when it is not there as written
    /// (markup in between).
    private static func position(
        of written: String, in text: Span<UInt8>, lineStarts: [Int], after start: SourcePosition
    ) -> SourcePosition {
        guard lineStarts.indices.contains(start.line - 1), start.column >= 1 else { return start }
        let lineStart = lineStarts[start.line - 1]
        let lineEnd = text.firstIndex(of: UInt8(ascii: "\n"), from: lineStart) ?? text.count
        let lineText = String(decodingUTF8: text.extracting(lineStart..<lineEnd))
        // Columns count Unicode scalars.
        let scalars = Array(lineText.unicodeScalars)
        let target = Array(written.unicodeScalars)
        guard !target.isEmpty else { return start }
        var column = start.column - 1
        while column + target.count <= scalars.count {
            if scalars[column..<column + target.count].elementsEqual(target) {
                return SourcePosition(line: start.line, column: column + 1)
            }
            column += 1
        }
        return start
    }
}
