/// A front matter string that holds several wikilinks, `contact: "[[Nora Field]], [[Omar Haddad]]"`:
/// one string to YAML, but several references to whoever wrote it, each read as its own.
struct SeveralWikilinks {
    /// The links, in the order written; two at least.
    let links: [Wikilink.Match]
    /// What the string says besides the links and the separators between them (`,`, `;`, `&`,
    /// `/`, `+`, `|`, `and`): `(host)` in `"[[Nora Field]] (host), [[Omar Haddad]]"`. Empty when
    /// the string is only a list of links.
    let otherText: [String]

    /// The links of `text`, or `nil` when it holds fewer than two.
    init?(_ text: String) {
        // Most values hold no `[[` at all, or one: counted before anything is made.
        guard Self.openerCount(text.utf8) > 1 else { return nil }
        let bytes = Array(text.utf8)
        let links = Wikilink.matches(in: bytes)
        guard links.count > 1 else { return nil }
        self.links = links
        var between: [String] = []
        var offset = 0
        for link in links + [Wikilink.Match(offset: bytes.count, end: bytes.count, target: "", label: nil)] {
            let words = String(decoding: bytes[offset..<link.offset], as: UTF8.self)
                .split { $0.isWhitespace || Self.separators.contains($0) }
                .filter { $0.lowercased() != "and" }
            if !words.isEmpty { between.append(words.joined(separator: " ")) }
            offset = link.end
        }
        otherText = between
    }

    private static let separators: Set<Character> = [",", ";", "&", "/", "+", "|"]

    private static func openerCount(_ utf8: String.UTF8View) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "["), previous == UInt8(ascii: "[") {
                count += 1
                previous = 0
            } else {
                previous = byte
            }
        }
        return count
    }

    /// The references, each at the `[[` that starts it in `source` (the note's text) when the
    /// value that starts at `start` has them on its line as the string has them; else each at
    /// `start` (a value over several lines, or with escapes in a link).
    func references(from start: SourcePosition, in source: String) -> [Reference] {
        let positions = self.positions(from: start, in: source) ?? Array(repeating: start, count: links.count)
        return zip(links, positions).map { link, position in
            Reference(target: link.target, label: link.label, form: .wikilink, position: position)
        }
    }

    /// The `[[` of each link on the line of `start`, from `start` on, as the reader counts columns
    /// (Unicode scalars); `nil` when they are not all there with the same targets and labels.
    private func positions(from start: SourcePosition, in source: String) -> [SourcePosition]? {
        guard start.line >= 1, start.column >= 1 else { return nil }
        let lines = source.utf8.split(
            separator: UInt8(ascii: "\n"), maxSplits: start.line, omittingEmptySubsequences: false)
        guard lines.count >= start.line else { return nil }
        let line = String(decoding: lines[start.line - 1], as: UTF8.self)
        let rest = Array(String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(start.column - 1))).utf8)
        let found = Wikilink.matches(in: rest).prefix(links.count)
        guard found.count == links.count,
            zip(found, links).allSatisfy({ $0.target == $1.target && $0.label == $1.label })
        else { return nil }
        return found.map { link in
            let before = String(decoding: rest[..<link.offset], as: UTF8.self).unicodeScalars.count
            return SourcePosition(line: start.line, column: start.column + before)
        }
    }
}
