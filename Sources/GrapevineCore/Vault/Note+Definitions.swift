extension Note {
    /// The note's link reference definitions (`[ar]: https://…`) and footnotes (`[^2]: …`, with
    /// their indented lines), wherever they are, as Markdown to read after any part of the note.
    /// A page shows a note in parts (the Research section apart, the Log's list left out), and
    /// Markdown defines these once for the whole text: a part cites what another part, or a
    /// section left out, defines. Empty for a note with none; not read inside code blocks.
    var markdownDefinitions: String {
        // Most notes have none: every definition has a `]:`.
        guard text.containsBytes("]:") else { return "" }
        let code = body.blocks.filter { $0.kind == .codeBlock }.map { $0.start.line...$0.endLine }
        // Foam's link references (`UnshownText`) define what the note's `[[links]]` already say.
        let unshown = unshownRanges
        var lineStart = 0
        // Each definition a block of its own: a footnote's paragraph would run on into the next line.
        var definitions: [String] = []
        var inFootnote = false
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            defer { lineStart += line.utf8.count + 1 }
            guard number > bodyLineOffset, !code.contains(where: { $0.contains(number) }),
                !unshown.contains(where: { $0.contains(lineStart) })
            else { continue }
            let line = line.last == "\r" ? line.dropLast() : line
            if let label = Self.definedLabel(line) {
                definitions.append(String(line))
                inFootnote = label.hasPrefix("^")
            } else if inFootnote, line.hasPrefix("    ") || line.hasPrefix("\t") || line.allSatisfy(\.isWhitespace) {
                definitions[definitions.count - 1] += "\n" + line
            } else {
                inFootnote = false
            }
        }
        return definitions.joined(separator: "\n\n")
    }

    /// The label `line` defines (`ar`, `^2`), when it starts a definition: up to three spaces,
    /// `[label]:`.
    private static func definedLabel(_ line: Substring) -> Substring? {
        let start = line.drop { $0 == " " }
        guard line.count - start.count <= 3, start.first == "[", let close = start.firstIndex(of: "]"),
            start[close...].hasPrefix("]:")
        else { return nil }
        let label = start[start.index(after: start.startIndex)..<close]
        return label.isEmpty || label.contains("[") ? nil : label
    }
}
