/// `grapevine search` as text: each note as `file:line  kind  title`, its best lines under it
/// with their numbers and the matching words highlighted, then how many notes matched.
public struct SearchResultsText {
    let results: SearchResults
    let style: TextStyle

    /// Creates a renderer.
    public init(_ results: SearchResults, style: TextStyle = .plain) {
        self.results = results
        self.style = style
    }

    /// The whole text.
    public var text: String {
        guard !results.hits.isEmpty else {
            return "No \(noun) matches \(query). Fewer words, or the start of a word, find more."
        }
        return (results.hits.map(hit) + [summary]).joined(separator: "\n\n")
    }

    /// The query as it was understood: folded words, phrases in quotes.
    private var query: String {
        results.query.terms.map { $0.words.count > 1 ? "\"" + $0.words.joined(separator: " ") + "\"" : $0.words[0] }
            .joined(separator: " ")
    }

    private func hit(_ hit: SearchHit) -> String {
        let width = hit.snippets.map { String($0.line).count }.max() ?? 1
        var lines = [
            style.cyan("\(hit.file.escapingControlCharacters):\(hit.line)") + "  " + style.dim(hit.kind.rawValue) + "  "
                + style.bold(hit.name.escapingLineBreaks)
        ]
        for snippet in hit.snippets {
            let number = String(snippet.line)
            lines.append(
                "  " + style.dim(String(repeating: " ", count: width - number.count) + number) + "  "
                    + highlighted(snippet))
        }
        return lines.joined(separator: "\n")
    }

    /// The snippet's text with its matching words in bold red, as grep and ripgrep show them.
    private func highlighted(_ snippet: SearchSnippet) -> String {
        guard style.isColored else { return snippet.text }
        let utf8 = snippet.text.utf8
        var text = ""
        var position = 0
        for range in snippet.highlights {
            text += Self.part(of: utf8, position..<range.lowerBound)
            text += style.red(Self.part(of: utf8, range))
            position = range.upperBound
        }
        return text + Self.part(of: utf8, position..<utf8.count)
    }

    private static func part(of utf8: String.UTF8View, _ range: Range<Int>) -> String {
        String(decoding: utf8.dropFirst(range.lowerBound).prefix(range.count), as: UTF8.self)
    }

    private var summary: String {
        let total = results.total
        guard results.hits.count < total else {
            return style.dim(total == 1 ? "1 \(noun) matches." : "\(total) \(plural) match.")
        }
        return style.dim(
            "\(total) \(plural) match; these are the best \(results.hits.count) (--limit N shows more, 0 all).")
    }

    /// What was searched: "note", or the one kind asked for.
    private var noun: String { results.kinds.count == 1 ? results.kinds.first!.rawValue : "note" }
    private var plural: String { noun == NoteKind.pitch.rawValue ? "pitches" : noun + "s" }
}
