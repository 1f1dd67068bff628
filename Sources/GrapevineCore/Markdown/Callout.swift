/// An Obsidian callout: a block quote whose first line is `[!kind]`, maybe `+` or `-` (folded),
/// then a title (`> [!note] Key point`, `> [!quote]`).
struct Callout: Sendable, Equatable {
    /// The kind, lowercased: "note", "quote", "tip".
    var kind: String
    /// The title written after the marker; empty when there is none.
    var title: String
}

extension Callout {
    /// The callout a block quote's first line (without its `>`) starts, if it does.
    init?(firstLine line: Substring) {
        let line = line.drop { $0 == " " || $0 == "\t" }
        guard line.hasPrefix("[!"), let close = line.firstIndex(of: "]") else { return nil }
        let kind = line[line.index(line.startIndex, offsetBy: 2)..<close]
        guard !kind.isEmpty, kind.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            return nil
        }
        var rest = line[line.index(after: close)...]
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        self.kind = kind.lowercased()
        title = String(rest).trimmingWhitespace()
    }

    /// The text of a block quote written in Markdown, `> ` lines, as plain lines: the quote
    /// markers removed, and a callout's first line (its marker and title) left out.
    static func quotedText(_ markdown: Substring) -> [Substring] {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = line.drop { $0 == " " || $0 == "\t" }
            while line.first == ">" { line = line.dropFirst().drop { $0 == " " || $0 == "\t" } }
            return line
        }
        if let first = lines.firstIndex(where: { !$0.isEmpty }), Callout(firstLine: lines[first]) != nil {
            lines.remove(at: first)
        }
        return lines
    }
}
