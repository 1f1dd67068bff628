/// A line of a note that matches, as shown under a result: trimmed, cut around the first match
/// when it is long, with where the matching words are.
public struct SearchSnippet: Sendable, Equatable, Encodable {
    /// The 1-based line in the file.
    public var line: Int
    /// The line's text, trimmed; `…` where it was cut.
    public var text: String
    /// The matching words in `text`, as UTF-8 byte ranges in order, for highlighting.
    public var highlights: [Range<Int>]

    /// How many characters a snippet keeps of a longer line.
    static let maxLength = 100
    /// How many characters a cut keeps before the first match, about.
    static let lead = 30

    /// The snippet of `text`, line `line` of a file, for `query`.
    init(line: Int, text: Substring, query: SearchQuery, folder: inout WordFolder) {
        self.line = line
        let trimmed = String(text.trimmingWhitespace())
        let highlights = Self.highlights(in: trimmed, query: query, folder: &folder)
        (self.text, self.highlights) = Self.cut(trimmed, around: highlights)
    }

    private enum CodingKeys: String, CodingKey {
        case line, text
    }

    /// The byte ranges of the words of `text` that match a term of `query`, as `FoldedPieces`
    /// finds them (each word of a phrase whole, its last word's start), merged where they meet.
    static func highlights(in text: String, query: SearchQuery, folder: inout WordFolder) -> [Range<Int>] {
        let words = folder.words(in: text.utf8.span)
        var ranges: [Range<Int>] = []
        for term in query.terms {
            let last = term.words.count - 1
            for start in words.indices where start + last < words.count {
                let matches = term.words.indices.allSatisfy { offset in
                    let word = words[start + offset].folded
                    let wanted = term.words[offset].utf8
                    return offset == last ? word.starts(with: wanted) : word.elementsEqual(wanted)
                }
                if matches { ranges.append(words[start].source.lowerBound..<words[start + last].source.upperBound) }
            }
        }
        return ByteRanges.merged(ranges)
    }

    /// `text` cut to about `maxLength` characters around its first highlight, at spaces where
    /// there are some near, with `…` where text was left out; the highlights moved to match,
    /// and those left out dropped.
    static func cut(_ text: String, around highlights: [Range<Int>]) -> (String, [Range<Int>]) {
        guard text.count > maxLength else { return (text, highlights) }
        let utf8 = text.utf8
        let match = highlights.first.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound) } ?? text.startIndex
        var start = text.index(match, offsetBy: -lead, limitedBy: text.startIndex) ?? text.startIndex
        if start > text.startIndex, let space = text[start..<match].firstIndex(of: " ") {
            start = text.index(after: space)
        }
        var end = text.index(start, offsetBy: maxLength, limitedBy: text.endIndex) ?? text.endIndex
        if end < text.endIndex, let space = text[start..<end].lastIndex(of: " "),
            text.distance(from: start, to: space) > maxLength / 2
        {
            end = space
        }
        let prefix = start > text.startIndex ? "…" : ""
        let cut = prefix + text[start..<end] + (end < text.endIndex ? "…" : "")
        let shift = prefix.utf8.count - utf8.distance(from: utf8.startIndex, to: start)
        let length = utf8.distance(from: start, to: end)
        let kept = highlights.compactMap { range -> Range<Int>? in
            let moved = range.lowerBound + shift..<range.upperBound + shift
            let lower = max(moved.lowerBound, prefix.utf8.count)
            let upper = min(moved.upperBound, prefix.utf8.count + length)
            return lower < upper ? lower..<upper : nil
        }
        return (cut, kept)
    }
}
