/// The bytes a reference takes in its note's text: a reader gives where a reference starts;
/// an editor underlines, hovers and renames the whole of it.
enum ReferenceSpan {
    /// The bytes of `reference` in `lines`: a `[[wikilink]]` to its `]]`, a Markdown link to
    /// its `)`, a quoted front matter value to its closing quote, a name to its end; `nil`
    /// when the reference is not where the reader said.
    static func range(of reference: Reference, in lines: FileLines) -> Range<Int>? {
        guard let start = lines.offset(of: reference.position) else { return nil }
        return range(of: reference, startingAt: start, in: lines)
    }

    /// The bytes of `reference`, which starts at byte `start` of `lines` (on its line).
    static func range(of reference: Reference, startingAt start: Int, in lines: FileLines) -> Range<Int>? {
        let bytes = lines.bytes
        let lineEnd = lines.breakOffset(ofLine: reference.position.line)
        let rest = bytes[start..<lineEnd]
        if rest.starts(with: Wikilink.opener) {
            return find([UInt8(ascii: "]"), UInt8(ascii: "]")], in: rest).map { start..<$0 }
        }
        if rest.first == UInt8(ascii: "[") || rest.starts(with: [UInt8(ascii: "!"), UInt8(ascii: "[")]) {
            return (find([UInt8(ascii: ")")], in: rest) ?? find([UInt8(ascii: "]")], in: rest)).map { start..<$0 }
        }
        if let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            return find([quote], in: rest.dropFirst()).map { start..<$0 }
        }
        // A name read otherwise than written (`Thomas, Zelda` as Zelda Thomas) keeps its words as its label.
        let target = Array((reference.form == .name ? reference.label ?? reference.target : reference.target).utf8)
        if rest.starts(with: target) { return start..<start + target.count }
        // A name written with other spacing or case: up to the next `,`, `]` or the line's end.
        var end = rest.firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "]") } ?? lineEnd
        while end > start, UInt8.isASCIISpace(bytes[end - 1]) { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// The offset just after the first `marker` in `text`.
    private static func find(_ marker: [UInt8], in text: ArraySlice<UInt8>) -> Int? {
        var index = text.startIndex
        while index + marker.count <= text.endIndex {
            if text[index..<index + marker.count].elementsEqual(marker) { return index + marker.count }
            index += 1
        }
        return nil
    }
}
