/// Reference links (`[text][label]`, `[label][]`, `[label]` with `[label]: destination` on a
/// line of its own), which `Vault.hidingLinks` hides as it hides inline links.
extension Vault {
    /// `bytes` with each reference link whose label `definitions` (a note's text, read only
    /// when `bytes` has a reference link: a page shows a note in parts, each with all its
    /// definitions) define with a destination for which
    /// `isHidden` is true replaced by "(private)", its `!` included; `nil` when there is none.
    /// The definition stays: a page shows nothing of it.
    static func hidingReferenceLinks(
        in bytes: [UInt8], definedIn definitions: () -> [UInt8], isHidden: (String) -> Bool
    ) -> String? {
        let references = references(in: bytes)
        guard !references.isEmpty else { return nil }
        let labels = Set(referenceDefinitions(in: definitions()).filter { isHidden($0.destination) }.map(\.label))
        let hidden = references.filter { labels.contains($0.label) }
        guard !hidden.isEmpty else { return nil }
        return ByteRanges.replacing(hidden.map(\.range), in: bytes, with: "(private)")
    }

    /// The reference links of `bytes`, full (`[text][label]`), collapsed (`[label][]`) or
    /// shortcut (`[label]`), each with its `!` and its label as `normalizedLabel` makes it:
    /// any text in brackets that is no wikilink, footnote, inline link or definition.
    private static func references(in bytes: [UInt8]) -> [(range: Range<Int>, label: String)] {
        var references: [(range: Range<Int>, label: String)] = []
        var offset = 0
        while let open = bytes[offset...].firstIndex(of: UInt8(ascii: "[")) {
            offset = open + 1
            guard open + 1 < bytes.count, bytes[open + 1] != UInt8(ascii: "["), bytes[open + 1] != UInt8(ascii: "^"),
                let close = ReferenceRewriter.closingBracket(in: bytes, from: open), !isDefinition(at: open, in: bytes)
            else { continue }
            var end = close + 1
            var label = bytes[(open + 1)..<close]
            if end < bytes.count, bytes[end] == UInt8(ascii: "(") { continue }
            if end < bytes.count, bytes[end] == UInt8(ascii: "["),
                let second = ReferenceRewriter.closingBracket(in: bytes, from: end)
            {
                if second > end + 1 { label = bytes[(end + 1)..<second] }
                end = second + 1
            }
            let start = open > 0 && bytes[open - 1] == UInt8(ascii: "!") ? open - 1 : open
            references.append((start..<end, normalizedLabel(label)))
            offset = end
        }
        return references
    }

    /// The link reference definitions of `bytes`: a line that starts, after up to three
    /// spaces, with `[label]:` and a destination. Labels as `normalizedLabel` makes them.
    private static func referenceDefinitions(in bytes: [UInt8]) -> [(label: String, destination: String)] {
        var definitions: [(label: String, destination: String)] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var open = lineStart
            while open < lineEnd, open - lineStart < 3, bytes[open] == UInt8(ascii: " ") { open += 1 }
            if open < lineEnd, bytes[open] == UInt8(ascii: "["), isDefinition(at: open, in: bytes),
                let close = ReferenceRewriter.closingBracket(in: bytes, from: open)
            {
                let destination = LinkDestination.range(in: bytes, after: close + 2)
                definitions.append(
                    (
                        normalizedLabel(bytes[(open + 1)..<close]),
                        String(decoding: bytes[destination], as: UTF8.self)
                    ))
            }
            lineStart = lineEnd + 1
        }
        return definitions
    }

    /// Whether the `[` at `open` starts a definition: `[label]:` first on its line.
    private static func isDefinition(at open: Int, in bytes: [UInt8]) -> Bool {
        guard let close = ReferenceRewriter.closingBracket(in: bytes, from: open), close + 1 < bytes.count,
            bytes[close + 1] == UInt8(ascii: ":")
        else { return false }
        let lineStart = (bytes[..<open].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        return open - lineStart <= 3 && bytes[lineStart..<open].allSatisfy { $0 == UInt8(ascii: " ") }
    }

    /// A label as CommonMark matches it: case folded, runs of spaces as one, trimmed.
    private static func normalizedLabel(_ label: ArraySlice<UInt8>) -> String {
        String(decoding: label, as: UTF8.self).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
