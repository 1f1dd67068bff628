/// Reads the YAML nearly every front matter is written in, without libyaml: one `key: value`
/// per line, where a value is a plain or quoted scalar, a flow list such as `[a, "b c"]`, or a
/// block list of scalars on the lines below (`  - item`).
///
/// Anything else (comments, blank lines, escapes, nested mappings, values over several lines,
/// tabs, CRLF line ends, control characters, duplicate keys) gives `nil`, and libyaml reads the
/// document instead. Whenever this reader gives a value, it is the one libyaml gives, positions
/// included. It takes a third of libyaml's time or less, and front matter is read for every
/// note on every command.
///
/// The reader is where it is in the document; the document's bytes, which a struct cannot
/// keep as a `Span`, are handed to each method.
struct SimpleYAMLReader {
    private let firstLine: Int
    /// The start of the line being read, its end (at its `\n`), and its 0-based number.
    private var lineStart = 0
    private var lineEnd = 0
    private var lineNumber = 0
    /// The last byte placed, and its column: the next place on its line is counted on from it.
    private var columnMark = (offset: 0, column: 1)

    private init(firstLine: Int) {
        self.firstLine = firstLine
    }

    /// The document's mapping, whose first line is line `firstLine` of its file; `nil` when the
    /// document is not in the simple form.
    static func read(_ yaml: Span<UInt8>, firstLine: Int) -> FrontMatter.Value? {
        guard !yaml.isEmpty, hasOnlyPlainCharacters(yaml) else { return nil }
        var reader = SimpleYAMLReader(firstLine: firstLine)
        return reader.readMapping(yaml)
    }

    private mutating func readMapping(_ bytes: Span<UInt8>) -> FrontMatter.Value? {
        var entries: [FrontMatter.Entry] = []
        // Room for one entry a line that can start one, and no more: the entries are kept as
        // long as the vault.
        entries.reserveCapacity(Self.keyLineCount(bytes))
        lineEnd = -1
        guard nextLine(bytes) else { return nil }
        var keys = MappingKeys()
        while true {
            guard let entry = readEntry(bytes) else { return nil }
            guard keys.isNew(entry.key, in: entries) else { return nil }
            entries.append(entry)
            if lineStart == bytes.count { break }
        }
        return FrontMatter.Value(content: .mapping(entries), position: SourcePosition(line: firstLine, column: 1))
    }

    /// How many lines start with something other than a space or a `-`: at least as many as
    /// the document has keys.
    private static func keyLineCount(_ bytes: Span<UInt8>) -> Int {
        var count = 0
        var atLineStart = true
        for offset in bytes.indices {
            let byte = bytes[offset]
            if atLineStart, byte != UInt8(ascii: " "), byte != UInt8(ascii: "-"), byte != UInt8(ascii: "\n") {
                count += 1
            }
            atLineStart = byte == UInt8(ascii: "\n")
        }
        return count
    }

    /// Moves to the next line; `false` at the end of the document.
    private mutating func nextLine(_ bytes: Span<UInt8>) -> Bool {
        if lineEnd >= 0 { lineNumber += 1 }
        lineStart = lineEnd + 1
        guard lineStart < bytes.count else {
            lineStart = bytes.count
            return false
        }
        lineEnd = bytes.firstIndex(of: UInt8(ascii: "\n"), from: lineStart) ?? bytes.count
        return true
    }

    /// Reads the `key: value` on the current line (and the list below it), and moves past it.
    private mutating func readEntry(_ bytes: Span<UInt8>) -> FrontMatter.Entry? {
        var colon = lineStart
        guard colon < lineEnd, Self.isKeyStart(bytes[colon]) else { return nil }
        while colon < lineEnd, Self.isKeyCharacter(bytes[colon]) { colon += 1 }
        guard colon < lineEnd, bytes[colon] == UInt8(ascii: ":") else { return nil }
        let key = String(decodingUTF8: bytes.extracting(lineStart..<colon))
        let keyPosition = position(lineStart, in: bytes)
        let value: FrontMatter.Value?
        if colon + 1 == lineEnd {
            guard nextLine(bytes) else { return nil }  // `key:` and nothing: null, placed by libyaml's rules
            value = readBlockList(bytes)
        } else {
            var start = colon + 1
            guard bytes[start] == UInt8(ascii: " ") else { return nil }
            while start < lineEnd, bytes[start] == UInt8(ascii: " ") { start += 1 }
            guard start < lineEnd else { return nil }
            value =
                bytes[start] == UInt8(ascii: "[")
                ? readFlowList(start, in: bytes) : readScalar(start..<lineEnd, in: bytes)
            _ = nextLine(bytes)
        }
        return value.map { FrontMatter.Entry(key: key, keyPosition: keyPosition, value: $0) }
    }

    // MARK: Values

    /// `  - item` lines, all indented alike, up to the next key; moves past them.
    private mutating func readBlockList(_ bytes: Span<UInt8>) -> FrontMatter.Value? {
        var indent = 0
        while lineStart + indent < lineEnd, bytes[lineStart + indent] == UInt8(ascii: " ") { indent += 1 }
        guard indent > 0 else { return nil }
        let listPosition = position(lineStart + indent, in: bytes)
        var items: [FrontMatter.Value] = []
        repeat {
            let dash = lineStart + indent
            guard dash + 2 < lineEnd, bytes.allSatisfy(in: lineStart..<dash, { $0 == UInt8(ascii: " ") }),
                bytes[dash] == UInt8(ascii: "-"), bytes[dash + 1] == UInt8(ascii: " "),
                bytes[dash + 2] != UInt8(ascii: " "), let item = readScalar((dash + 2)..<lineEnd, in: bytes)
            else { return nil }
            items.append(item)
        } while nextLine(bytes) && bytes[lineStart] == UInt8(ascii: " ")
        return FrontMatter.Value(content: .list(items), position: listPosition)
    }

    /// `[a, b c, "d"]` on one line, ending the line.
    private mutating func readFlowList(_ open: Int, in bytes: Span<UInt8>) -> FrontMatter.Value? {
        let listPosition = position(open, in: bytes)
        var items: [FrontMatter.Value] = []
        var offset = open + 1
        while true {
            while offset < lineEnd, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
            guard offset < lineEnd else { return nil }
            var end = offset
            if bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == UInt8(ascii: "'") {
                guard let close = closingQuote(from: offset, in: bytes) else { return nil }
                end = close + 1
            } else {
                guard Self.isPlainStart(bytes[offset]) else { return nil }
                while end < lineEnd, !Self.endsFlowWord(bytes[end]) { end += 1 }
                while bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            }
            guard let item = readScalar(offset..<end, in: bytes) else { return nil }
            items.append(item)
            offset = end
            while offset < lineEnd, bytes[offset] == UInt8(ascii: " ") { offset += 1 }
            guard offset < lineEnd else { return nil }
            if bytes[offset] == UInt8(ascii: "]") { break }
            guard bytes[offset] == UInt8(ascii: ",") else { return nil }
            offset += 1
        }
        guard offset + 1 == lineEnd else { return nil }
        return FrontMatter.Value(content: .list(items), position: listPosition)
    }

    /// A quoted scalar that is all of `range`, or a plain one on one line.
    private mutating func readScalar(_ range: Range<Int>, in bytes: Span<UInt8>) -> FrontMatter.Value? {
        let first = bytes[range.lowerBound]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard closingQuote(from: range.lowerBound, in: bytes) == range.upperBound - 1 else { return nil }
            let text = String(decodingUTF8: bytes.extracting((range.lowerBound + 1)..<(range.upperBound - 1)))
            return FrontMatter.Value(
                content: .scalar(text, isPlain: false), position: position(range.lowerBound, in: bytes))
        }
        guard Self.isPlainStart(first), bytes[range.upperBound - 1] != UInt8(ascii: " "),
            bytes[range.upperBound - 1] != UInt8(ascii: ":")
        else { return nil }
        for offset in range.lowerBound..<(range.upperBound - 1) {
            let (byte, next) = (bytes[offset], bytes[offset + 1])
            // `: ` would start a mapping, ` #` a comment.
            if byte == UInt8(ascii: ":"), next == UInt8(ascii: " ") { return nil }
            if byte == UInt8(ascii: " "), next == UInt8(ascii: "#") { return nil }
        }
        let text = String(decodingUTF8: bytes.extracting(range))
        return FrontMatter.Value(content: .scalar(text, isPlain: true), position: position(range.lowerBound, in: bytes))
    }

    /// The offset of the quote that closes the one at `open`, on the same line; `nil` when
    /// there is none, or when the scalar has an escape (`\` or `''`).
    private func closingQuote(from open: Int, in bytes: Span<UInt8>) -> Int? {
        let quote = bytes[open]
        var offset = open + 1
        while offset < lineEnd {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") { return nil }
            if byte == quote {
                if quote == UInt8(ascii: "'"), offset + 1 < lineEnd, bytes[offset + 1] == quote { return nil }
                return offset
            }
            offset += 1
        }
        return nil
    }

    // MARK: Bytes

    /// The file position of a byte on the current line; columns count characters, as libyaml's do.
    /// They are counted on from the last byte placed when it is on this line and not after
    /// `offset`: a flow list of 150,000 items on one line is counted once, not from the line's
    /// start for each item (quadratic: a 1 MB note took minutes).
    private mutating func position(_ offset: Int, in bytes: Span<UInt8>) -> SourcePosition {
        if columnMark.offset < lineStart || columnMark.offset > offset { columnMark = (lineStart, 1) }
        var column = columnMark.column
        for index in columnMark.offset..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        columnMark = (offset, column)
        return SourcePosition(line: firstLine + lineNumber, column: column)
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "_")
    }

    private static func isKeyCharacter(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || byte == UInt8(ascii: "-")
    }

    /// Whether a plain scalar may start with `byte`: not a space, not an indicator.
    private static func isPlainStart(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "&"),
            UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
            UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        default:
            return !endsFlowWord(byte)
        }
    }

    /// Whether `byte` ends a plain scalar in a flow list, or makes it one libyaml reads otherwise.
    private static func endsFlowWord(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
            UInt8(ascii: ":"), UInt8(ascii: "#"):
            return true
        default:
            return false
        }
    }

    /// Whether the document has only characters that need no special care: printable ones
    /// and `\n`. Tabs, `\r`, control characters, and the characters YAML 1.1 takes as line
    /// breaks (U+0085, U+2028, U+2029) or rejects (U+FEFF, U+FFFE, U+FFFF) say no.
    private static func hasOnlyPlainCharacters(_ yaml: Span<UInt8>) -> Bool {
        var index = 0
        while index < yaml.count {
            let byte = yaml[index]
            switch byte {
            case 0x20..<0x7F, UInt8(ascii: "\n"):
                break
            case 0xC2:
                guard index + 1 < yaml.count, yaml[index + 1] >= 0xA0 else { return false }
            case 0xE2:
                guard index + 2 < yaml.count, !(yaml[index + 1] == 0x80 && (yaml[index + 2] | 1) == 0xA9) else {
                    return false
                }
            case 0xEF:
                guard index + 2 < yaml.count,
                    !(yaml[index + 1] == 0xBB && yaml[index + 2] == 0xBF),
                    !(yaml[index + 1] == 0xBF && yaml[index + 2] >= 0xBE)
                else { return false }
            case 0xC3...0xF4:
                break
            default:
                if byte < 0x80 || byte < 0xC2 && (byte & 0xC0) != 0x80 { return false }
            }
            index += 1
        }
        return true
    }
}
