extension NoteReader {
    /// An Obsidian callout titled with the name of a section the note's kind reads (`> [!tip]
    /// Referrals` with the people in it), where the note has no heading of that name: a callout
    /// is a block quote and opens no section, so what is in it would be read as no section at
    /// all, silently. A callout with nothing under its title says nothing.
    func calloutHeadings(in note: Note) -> [Diagnostic] {
        guard Self.sectionNames[note.kind] != nil else { return [] }
        let quotes = note.body.blocks.filter { $0.kind == .blockQuote && $0.endLine > $0.start.line }
        guard !quotes.isEmpty else { return [] }
        let lines = Self.lines(quotes.map(\.start.line), of: note.text.utf8.span)
        return quotes.compactMap { quote in
            guard let text = lines[quote.start.line] else { return nil }
            var line = text[...]
            while line.first == ">" { line = line.dropFirst().drop { $0 == " " || $0 == "\t" } }
            guard let callout = Callout(firstLine: line), !callout.title.isEmpty,
                let name = Self.sectionName(writtenAs: callout.title, in: note.kind),
                note.body.section(named: name) == nil
            else { return nil }
            return Diagnostic(
                .warning, .calloutHeading,
                "the callout '\(callout.title)' is not a heading, so what is in it is not read as \(name)",
                file: path, at: quote.start,
                hint: "write a heading '## \(name)' and the list under it, outside the callout (the callout "
                    + "may stay above it)")
        }
    }
}
