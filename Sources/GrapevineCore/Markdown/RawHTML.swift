/// Where a note's Markdown holds raw HTML, which the site's pages leave out (cmark-gfm's safe
/// mode writes `<!-- raw HTML omitted -->` in its place): HTML blocks (`<!-- a remark -->` on
/// lines of its own, `<div>` up to a blank line) and inline HTML (a comment, a tag, a
/// processing instruction, a declaration, CDATA), outside code. The site's search index leaves
/// the same bytes out, so that it holds nothing the pages do not show.
///
/// The top-level blocks are cmark-gfm's (`MarkdownDocument.blocks`): an HTML block there is
/// left out whole, a code block kept whole. Inside a list or a quote the blocks are told line
/// by line as CommonMark tells them (after the `>` and list markers), and inline HTML as
/// CommonMark's grammar has it (multi-line tags and comments included). Where the two could
/// differ (a tag alone on a line that goes on a paragraph, an unusual comment), more is taken
/// for HTML, never less: a word the search cannot find is better than a hidden one it shows.
enum RawHTML {
    /// The byte ranges of `text` (a whole note, front matter included) that are raw HTML of
    /// its body, which starts after line `bodyLineOffset` and has the top-level `blocks`; in
    /// order, none overlapping. None when the text has no `<`.
    static func ranges(in text: String, blocks: [Block], bodyLineOffset: Int) -> [Range<Int>] {
        guard text.utf8.span.contains(UInt8(ascii: "<")) else { return [] }
        let bytes = Array(text.utf8)
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
        var scanner = Scanner(bytes: bytes, lineStarts: lineStarts)
        // Lines are 1-based; the body's first is `bodyLineOffset + 1`.
        var line = bodyLineOffset + 1
        for (position, block) in blocks.enumerated() where block.endLine >= line {
            let first = max(block.start.line, line)
            var last = min(block.endLine, lineStarts.count)
            guard first <= last else { continue }
            // Lines no block holds are blank, or were not read: read as a list's.
            if first > line { scanner.scanContainer(lines: line...(first - 1)) }
            switch block.kind {
            case .html:
                // cmark-gfm ends a block closed by its end text (`-->`) a line early: it ends
                // where that text is, before the next block.
                let next = position + 1 < blocks.count ? blocks[position + 1].start.line - 1 : lineStarts.count
                last = max(last, scanner.endOfHTMLBlock(at: first, before: min(next, lineStarts.count)))
                scanner.drop(scanner.start(ofLine: first)..<scanner.end(ofLine: last))
            case .codeBlock: break
            case .paragraph, .heading, .table:
                scanner.scanInline(scanner.start(ofLine: first)..<scanner.end(ofLine: last))
            case .list, .blockQuote, .thematicBreak, .other:
                scanner.scanContainer(lines: first...last)
            }
            line = last + 1
        }
        if line <= lineStarts.count { scanner.scanContainer(lines: line...lineStarts.count) }
        return scanner.dropped
    }

    /// `piece`, a substring of `text`, without the bytes of `ranges` (`ranges(in:…)`); the
    /// piece itself when none of them is in it.
    static func removing(_ ranges: [Range<Int>], from piece: Substring, of text: String) -> Substring {
        guard !ranges.isEmpty else { return piece }
        let start = text.utf8.distance(from: text.utf8.startIndex, to: piece.startIndex)
        let end = start + piece.utf8.count
        // The first range that ends after the piece starts.
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= start { low = middle + 1 } else { high = middle }
        }
        guard low < ranges.count, ranges[low].lowerBound < end else { return piece }
        let bytes = Array(piece.utf8)
        var kept: [UInt8] = []
        var from = start
        for range in ranges[low...] {
            guard range.lowerBound < end else { break }
            if range.lowerBound > from { kept += bytes[(from - start)..<(range.lowerBound - start)] }
            from = max(from, range.upperBound)
        }
        if from < end { kept += bytes[(from - start)...] }
        return String(decoding: kept, as: UTF8.self)[...]
    }

    /// The ranges of `first` and `second` (each in order, none overlapping) as one such list.
    static func merged(_ first: [Range<Int>], _ second: [Range<Int>]) -> [Range<Int>] {
        guard !first.isEmpty, !second.isEmpty else { return first.isEmpty ? second : first }
        var merged: [Range<Int>] = []
        for range in (first + second).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, last.upperBound >= range.lowerBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    // MARK: Scanning

    /// What ends an HTML block (CommonMark's seven kinds): a line holding a text, or a blank line.
    private enum BlockEnd {
        case text([UInt8], caseInsensitive: Bool)
        case texts([[UInt8]])
        case blankLine
    }

    /// Reads a note's bytes and gathers the ranges of its raw HTML.
    private struct Scanner {
        let bytes: [UInt8]
        let lineStarts: [Int]
        private(set) var dropped: [Range<Int>] = []
        /// The searches for an end (`-->`, a quote) that found none, so that a text of many
        /// `<!--` and no `-->` is read once, not once for each.
        private let misses = Misses()

        /// For each text looked for and end of range, the first place from which it was not found.
        private final class Misses {
            var from: [[UInt8]: [Int: Int]] = [:]
        }

        func start(ofLine line: Int) -> Int { lineStarts[line - 1] }

        /// The end of a line's content, before its line break.
        func end(ofLine line: Int) -> Int {
            var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
            if end > start(ofLine: line), bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            return end
        }

        mutating func drop(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            if let last = dropped.last, last.upperBound >= range.lowerBound {
                dropped[dropped.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                dropped.append(range)
            }
        }

        /// Lines of a list or a quote, or not read into a block: fenced code kept, HTML blocks
        /// dropped, and the inline HTML of each run of other lines.
        mutating func scanContainer(lines: ClosedRange<Int>) {
            var fence: (byte: UInt8, length: Int)?
            var html: BlockEnd?
            // How far the open code or HTML block's first line was indented, markers included.
            var openIndent = 0
            var run: Int?
            for line in lines {
                let (lineStart, lineEnd) = (start(ofLine: line), end(ofLine: line))
                let content = contentStart(lineStart, lineEnd)
                let isBlank = content == lineEnd
                // A list item less indented than the open block ends the item holding it, and it.
                let lineIndent = indent(lineStart, lineEnd)
                if fence != nil || html != nil, lineIndent < openIndent,
                    listMarkerEnd(at: lineStart + lineIndent, lineEnd) != nil
                {
                    (fence, html) = (nil, nil)
                }
                if let open = fence {
                    if closesFence(open, at: content, lineEnd) { fence = nil }
                    continue
                }
                if let end = html {
                    switch end {
                    case .blankLine:
                        if isBlank { html = nil } else { drop(lineStart..<lineEnd) }
                    case .text, .texts:
                        drop(lineStart..<lineEnd)
                        if holds(end, lineStart..<lineEnd) { html = nil }
                    }
                    continue
                }
                if isBlank || fenceOpening(at: content, lineEnd) != nil || blockStart(at: content, lineEnd) != nil {
                    if let start = run { scanInline(start..<lineStart) }
                    run = nil
                }
                if isBlank { continue }
                openIndent = content - lineStart
                if let opening = fenceOpening(at: content, lineEnd) {
                    fence = opening
                } else if let end = blockStart(at: content, lineEnd) {
                    drop(lineStart..<lineEnd)
                    if case .blankLine = end {
                        html = end
                    } else if !holds(end, content..<lineEnd) {
                        html = end
                    }
                } else if run == nil {
                    run = lineStart
                }
            }
            if let start = run { scanInline(start..<end(ofLine: lines.upperBound)) }
        }

        /// How many spaces and tabs a line starts with.
        private func indent(_ start: Int, _ end: Int) -> Int {
            var offset = start
            while offset < end, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") {
                offset += 1
            }
            return offset - start
        }

        /// The last line of the HTML block that starts on `line`, when it ends at a text
        /// (`-->`, `</script>`), at most `limit`; `line` for one that ends at a blank line.
        func endOfHTMLBlock(at line: Int, before limit: Int) -> Int {
            let (lineStart, lineEnd) = (start(ofLine: line), end(ofLine: line))
            let content = contentStart(lineStart, lineEnd)
            guard let end = blockStart(at: content, lineEnd) else { return line }
            if case .blankLine = end { return line }
            // The end text may be on the first line, after the opening (`<!-- a -->`).
            let opening = min(content + 2, lineEnd)
            var last = line
            var from = opening
            while last <= limit, !holds(end, from..<self.end(ofLine: last)) {
                last += 1
                if last <= limit { from = start(ofLine: last) }
            }
            return min(last, limit)
        }

        /// Where a line's content starts, after white space, quote markers (`>`) and list
        /// markers (`-`, `*`, `+`, `1.`, `1)`).
        private func contentStart(_ start: Int, _ end: Int) -> Int {
            var offset = start
            while true {
                while offset < end, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") {
                    offset += 1
                }
                guard offset < end else { return offset }
                switch bytes[offset] {
                case UInt8(ascii: ">"):
                    offset += 1
                    continue
                default:
                    guard let markerEnd = listMarkerEnd(at: offset, end) else { return offset }
                    offset = markerEnd
                }
            }
        }

        /// The end of the list marker at `offset` (`-`, `*`, `+`, `1.`, `1)` before white
        /// space or the line's end); `nil` when there is none.
        private func listMarkerEnd(at offset: Int, _ end: Int) -> Int? {
            guard offset < end else { return nil }
            var markerEnd = offset
            switch bytes[offset] {
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                markerEnd += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                while markerEnd < end, markerEnd - offset < 9, Self.isDigit(bytes[markerEnd]) { markerEnd += 1 }
                guard markerEnd < end, bytes[markerEnd] == UInt8(ascii: ".") || bytes[markerEnd] == UInt8(ascii: ")")
                else { return nil }
                markerEnd += 1
            default:
                return nil
            }
            return markerEnd == end || Self.isSpace(bytes[markerEnd]) ? markerEnd : nil
        }

        /// The fence that opens at `offset`: three or more backticks or tildes.
        private func fenceOpening(at offset: Int, _ end: Int) -> (byte: UInt8, length: Int)? {
            guard offset < end, bytes[offset] == UInt8(ascii: "`") || bytes[offset] == UInt8(ascii: "~") else {
                return nil
            }
            let byte = bytes[offset]
            var length = 0
            while offset + length < end, bytes[offset + length] == byte { length += 1 }
            guard length >= 3 else { return nil }
            // A backtick fence's info string has no backtick.
            if byte == UInt8(ascii: "`"),
                (offset + length..<end).contains(where: { bytes[$0] == UInt8(ascii: "`") })
            {
                return nil
            }
            return (byte, length)
        }

        private func closesFence(_ fence: (byte: UInt8, length: Int), at offset: Int, _ end: Int) -> Bool {
            var length = 0
            while offset + length < end, bytes[offset + length] == fence.byte { length += 1 }
            return length >= fence.length && (offset + length..<end).allSatisfy { Self.isSpace(bytes[$0]) }
        }

        /// What ends the HTML block that starts at `offset`; `nil` when none starts there.
        private func blockStart(at offset: Int, _ end: Int) -> BlockEnd? {
            guard offset + 1 < end, bytes[offset] == UInt8(ascii: "<") else { return nil }
            let next = offset + 1
            if matches("!--", at: next, end) { return .text(Array("-->".utf8), caseInsensitive: false) }
            if matches("![CDATA[", at: next, end) { return .text(Array("]]>".utf8), caseInsensitive: false) }
            if bytes[next] == UInt8(ascii: "?") { return .text(Array("?>".utf8), caseInsensitive: false) }
            if bytes[next] == UInt8(ascii: "!"), next + 1 < end, Self.isLetter(bytes[next + 1]) {
                return .text(Array(">".utf8), caseInsensitive: false)
            }
            let nameStart = bytes[next] == UInt8(ascii: "/") ? next + 1 : next
            var nameEnd = nameStart
            while nameEnd < end, Self.isLetter(bytes[nameEnd]) || Self.isDigit(bytes[nameEnd]) { nameEnd += 1 }
            let name = String(decoding: (nameStart..<nameEnd).map { bytes[$0] | 0x20 }, as: UTF8.self)
            let after = nameEnd < end ? bytes[nameEnd] : UInt8(ascii: "\n")
            let endsName =
                Self.isSpace(after) || after == UInt8(ascii: "\n") || after == UInt8(ascii: ">")
                || after == UInt8(ascii: "/") && nameEnd + 1 < end && bytes[nameEnd + 1] == UInt8(ascii: ">")
            if nameStart == next, Self.literalBlocks.contains(name),
                Self.isSpace(after) || after == UInt8(ascii: "\n") || after == UInt8(ascii: ">")
            {
                return .texts(Self.literalBlocks.map { Array("</\($0)>".utf8) })
            }
            if endsName, Self.blockNames.contains(name) { return .blankLine }
            // Any other complete tag alone on its line.
            if let tagEnd = tagEnd(at: offset, end), nameStart > next || !Self.literalBlocks.contains(name),
                (tagEnd..<end).allSatisfy({ Self.isSpace(bytes[$0]) })
            {
                return .blankLine
            }
            return nil
        }

        private func holds(_ end: BlockEnd, _ range: Range<Int>) -> Bool {
            switch end {
            case .blankLine: return false
            case .text(let text, _): return find(text, in: range, caseInsensitive: false) != nil
            case .texts(let texts): return texts.contains { find($0, in: range, caseInsensitive: true) != nil }
            }
        }

        /// Inline HTML in `range` (a paragraph, a heading, a table or a run of lines), outside
        /// code spans and after no backslash.
        mutating func scanInline(_ range: Range<Int>) {
            guard range.lowerBound < range.upperBound else { return }
            var offset = range.lowerBound
            let end = range.upperBound
            while offset < end {
                switch bytes[offset] {
                case UInt8(ascii: "\\"):
                    offset += 2
                case UInt8(ascii: "`"):
                    offset = codeSpanEnd(at: offset, end)
                case UInt8(ascii: "<"):
                    if let htmlEnd = inlineEnd(at: offset, end) {
                        drop(offset..<htmlEnd)
                        offset = htmlEnd
                    } else {
                        offset += 1
                    }
                default:
                    offset += 1
                }
            }
        }

        /// After the code span whose backticks start at `offset`, or after the backticks when
        /// no run as long closes it.
        private func codeSpanEnd(at offset: Int, _ end: Int) -> Int {
            var length = 0
            while offset + length < end, bytes[offset + length] == UInt8(ascii: "`") { length += 1 }
            var search = offset + length
            while search < end {
                guard bytes[search] == UInt8(ascii: "`") else {
                    search += 1
                    continue
                }
                var closing = 0
                while search + closing < end, bytes[search + closing] == UInt8(ascii: "`") { closing += 1 }
                if closing == length { return search + closing }
                search += closing
            }
            return offset + length
        }

        /// The end of the inline HTML at `offset` (a `<`): a comment, a processing instruction,
        /// a declaration, CDATA, or a tag; `nil` when there is none.
        private func inlineEnd(at offset: Int, _ end: Int) -> Int? {
            let next = offset + 1
            guard next < end else { return nil }
            if matches("!--", at: next, end) {
                // `<!-->` and `<!--->` are comments too (CommonMark 0.31).
                if matches(">", at: next + 3, end) { return next + 4 }
                if matches("->", at: next + 3, end) { return next + 5 }
                return find(Array("-->".utf8), in: (next + 3)..<end, caseInsensitive: false).map { $0 + 3 }
            }
            if matches("![CDATA[", at: next, end) {
                return find(Array("]]>".utf8), in: (next + 8)..<end, caseInsensitive: false).map { $0 + 3 }
            }
            if bytes[next] == UInt8(ascii: "?") {
                return find(Array("?>".utf8), in: (next + 1)..<end, caseInsensitive: false).map { $0 + 2 }
            }
            if bytes[next] == UInt8(ascii: "!") {
                guard next + 1 < end, Self.isLetter(bytes[next + 1]) else { return nil }
                return find(Array(">".utf8), in: (next + 1)..<end, caseInsensitive: false).map { $0 + 1 }
            }
            return tagEnd(at: offset, end)
        }

        /// The end of the open or closing tag at `offset` (a `<`), as CommonMark's grammar has
        /// it: a name, attributes with or without values, white space (line breaks too).
        private func tagEnd(at offset: Int, _ end: Int) -> Int? {
            var index = offset + 1
            let isClosing = index < end && bytes[index] == UInt8(ascii: "/")
            if isClosing { index += 1 }
            guard index < end, Self.isLetter(bytes[index]) else { return nil }
            while index < end,
                Self.isLetter(bytes[index]) || Self.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-")
            {
                index += 1
            }
            if isClosing {
                index = afterSpace(index, end)
                return index < end && bytes[index] == UInt8(ascii: ">") ? index + 1 : nil
            }
            while true {
                let spaced = afterSpace(index, end)
                guard spaced < end else { return nil }
                if bytes[spaced] == UInt8(ascii: ">") { return spaced + 1 }
                if bytes[spaced] == UInt8(ascii: "/") {
                    return spaced + 1 < end && bytes[spaced + 1] == UInt8(ascii: ">") ? spaced + 2 : nil
                }
                // An attribute, after white space.
                guard spaced > index, Self.isAttributeStart(bytes[spaced]) else { return nil }
                index = spaced + 1
                while index < end,
                    Self.isAttributeStart(bytes[index]) || Self.isDigit(bytes[index])
                        || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "-")
                {
                    index += 1
                }
                let equals = afterSpace(index, end)
                guard equals < end, bytes[equals] == UInt8(ascii: "=") else { continue }
                let value = afterSpace(equals + 1, end)
                guard value < end else { return nil }
                switch bytes[value] {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    guard let close = find([bytes[value]], in: (value + 1)..<end, caseInsensitive: false) else {
                        return nil
                    }
                    index = close + 1
                default:
                    var valueEnd = value
                    while valueEnd < end, !Self.endsUnquotedValue(bytes[valueEnd]) { valueEnd += 1 }
                    guard valueEnd > value else { return nil }
                    index = valueEnd
                }
            }
        }

        private func afterSpace(_ offset: Int, _ end: Int) -> Int {
            var offset = offset
            while offset < end,
                Self.isSpace(bytes[offset]) || bytes[offset] == UInt8(ascii: "\n")
                    || bytes[offset] == UInt8(ascii: "\r")
            {
                offset += 1
            }
            return offset
        }

        private func matches(_ text: StaticString, at offset: Int, _ end: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard offset + count <= end else { return false }
            return text.withUTF8Buffer { text in (0..<count).allSatisfy { bytes[offset + $0] == text[$0] } }
        }

        /// The offset of the first `text` in `range`, its letters in any case with `caseInsensitive`.
        private func find(_ text: [UInt8], in range: Range<Int>, caseInsensitive: Bool) -> Int? {
            guard !text.isEmpty, range.count >= text.count else { return nil }
            if let missed = misses.from[text]?[range.upperBound], missed <= range.lowerBound { return nil }
            guard let found = search(text, in: range, caseInsensitive: caseInsensitive) else {
                let missed = misses.from[text]?[range.upperBound] ?? .max
                misses.from[text, default: [:]][range.upperBound] = min(missed, range.lowerBound)
                return nil
            }
            return found
        }

        private func search(_ text: [UInt8], in range: Range<Int>, caseInsensitive: Bool) -> Int? {
            let last = range.upperBound - text.count
            var offset = range.lowerBound
            while offset <= last {
                if caseInsensitive {
                    if (0..<text.count).allSatisfy({ bytes[offset + $0] | 0x20 == text[$0] | 0x20 }) { return offset }
                    offset += 1
                    continue
                }
                guard let first = bytes[offset...last].firstIndex(of: text[0]) else { return nil }
                if (1..<text.count).allSatisfy({ bytes[first + $0] == text[$0] }) { return first }
                offset = first + 1
            }
            return nil
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0B || byte == 0x0C
        }

        private static func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }

        private static func isDigit(_ byte: UInt8) -> Bool {
            byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }

        private static func isAttributeStart(_ byte: UInt8) -> Bool {
            isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
        }

        private static func endsUnquotedValue(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C,
                UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "`"):
                true
            default: false
            }
        }

        /// The elements whose HTML block ends at their closing tag (kind 1).
        static let literalBlocks = ["script", "pre", "style", "textarea"]

        /// The elements whose HTML block ends at a blank line (kind 6).
        static let blockNames: Set<String> = [
            "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
            "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
            "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup",
            "option", "p", "param", "section", "source", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "title", "tr", "track", "ul",
        ]
    }
}
