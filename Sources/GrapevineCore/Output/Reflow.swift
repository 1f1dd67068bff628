/// Fits Markdown text to a page width for printing: paragraphs and list items are re-wrapped at
/// word boundaries (list items with a hanging indent); headings, tables and code stay as written.
enum Reflow {
    /// The lines of `markdown`, each starting with `indent` and, where words allow, no wider than `width`.
    static func lines(_ markdown: String, width: Int, indent: String = "") -> [String] {
        var output: [String] = []
        var paragraph: (first: String, hanging: String, words: [Substring])?
        var inCode = false
        func flush() {
            if let open = paragraph {
                output += wrap(open.words, first: indent + open.first, hanging: indent + open.hanging, width: width)
            }
            paragraph = nil
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.last == "\r" ? line.dropLast() : line
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inCode.toggle() }
            if inCode || trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") || trimmed.hasPrefix("|")
                || trimmed.hasPrefix("#")
            {
                flush()
                output.append(indent + line)
            } else if trimmed.isEmpty {
                flush()
                if output.last?.isEmpty == false { output.append("") }
            } else if let marker = listMarker(line) {
                flush()
                let hanging = String(repeating: " ", count: marker.count)
                paragraph = (String(marker), hanging, line.dropFirst(marker.count).split(separator: " "))
            } else if paragraph != nil {
                paragraph?.words += trimmed.split(separator: " ")
            } else {
                let leading = String(line.prefix { $0 == " " })
                paragraph = (leading, leading, trimmed.split(separator: " "))
            }
        }
        flush()
        while output.last?.isEmpty == true { output.removeLast() }
        while output.first?.isEmpty == true { output.removeFirst() }
        return output.map { $0.trimmingTrailingSpaces() }
    }

    /// The words laid out greedily: the first line starts with `first`, the others with `hanging`.
    static func wrap(_ words: [Substring], first: String, hanging: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in words {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = hanging
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    /// `- `, `* `, `+ `, `1. `, `1) `, with any leading spaces and a task box: the prefix of a list item.
    private static func listMarker(_ line: Substring) -> Substring? {
        let leading = line.prefix { $0 == " " }
        var rest = line.dropFirst(leading.count)
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2)
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let after = rest.dropFirst(digits.count)
            guard !digits.isEmpty, digits.count < 10, let mark = after.first, mark == "." || mark == ")",
                after.dropFirst().first == " "
            else { return nil }
            rest = after.dropFirst(2)
        }
        for box in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(box) { rest = rest.dropFirst(box.count) }
        return line[..<rest.startIndex]
    }
}
