/// A note's Markdown as a terminal shows it: the lines' block markup (indentation, list markers,
/// task boxes, headings, quotes) kept, and the text after it as a reader sees it
/// (`ShownText.of`): `**bold**` is "bold", `[[Sam Reyes|Sam]]` "Sam", `[careers
/// page](https://acme.com/jobs)` "careers page (https://acme.com/jobs)"; `~~` stays. Code
/// blocks, tables and link reference definitions stay as written.
enum TerminalMarkdown {
    /// `markdown`, line by line, as above.
    static func of(_ markdown: String) -> String {
        var inCode = false
        var lines: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let isFence = trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~")
            if isFence { inCode.toggle() }
            let bytes = line.utf8.span
            if isFence || inCode || trimmed.hasPrefix("|") || ShownText.isReferenceDefinition(bytes) {
                lines.append(String(line))
                continue
            }
            let textStart = line.utf8.index(line.utf8.startIndex, offsetBy: ShownText.afterBlockMarkup(bytes))
            let text = ShownText.of(String(line[textStart...]), forTerminal: true)
            let markup = line[..<textStart]
            lines.append(text.isEmpty ? String(markup).trimmingTrailingSpaces() : String(markup) + text)
        }
        return lines.joined(separator: "\n")
    }
}
