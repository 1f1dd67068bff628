/// The line the built-in contact template writes for you to replace: one definition for the
/// template that writes it (`new contact`, `import`), `check`, which says a note still holds it
/// untouched, and the site, which leaves it out as it leaves out an Obsidian comment.
enum ContactPlaceholder {
    /// The line, as the template writes it.
    static let text = "How you know of them, what they do, and why you want to talk to them."

    /// The line of `note`'s file that is the placeholder, untouched: a paragraph of that one line.
    static func line(in note: Note) -> Int? {
        // Most notes do not hold it: one search of the bytes rules them out.
        guard note.text.byteOffset(of: text) != nil else { return nil }
        return note.body.blocks.first { block in
            block.kind == .paragraph && block.start.line == block.endLine
                && note.text.lines(block.start.line...block.start.line).first?.trimmingWhitespace() == text
        }?.start.line
    }

    /// `note` with its untouched placeholder line, if any, among the text it never shows, and
    /// the `check` note that says so.
    static func marking(_ note: inout Note) -> Diagnostic? {
        guard note.kind == .contact, let line = line(in: note), let bytes = note.text.lineBounds(upTo: line).last
        else { return nil }
        let range = bytes.lowerBound..<min(bytes.upperBound + 1, note.text.utf8.count)
        if !note.unshownRanges.contains(where: { $0.overlaps(range) }) {
            note.unshownRanges = (note.unshownRanges + [range]).sorted { $0.lowerBound < $1.lowerBound }
        }
        return Diagnostic(
            .info, .placeholderText, "the note still holds the placeholder line its template wrote", file: note.path,
            at: SourcePosition(line: line, column: 1),
            hint: "replace it with how you know of them and why you want to talk to them, or delete it")
    }
}
