/// The lines of a file's bytes, 1-based, with their line ending style.
struct FileLines {
    let bytes: [UInt8]
    /// The byte offset where each line starts; `starts[0]` is line 1.
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") && offset + 1 < bytes.count {
            starts.append(offset + 1)
        }
        self.starts = starts
    }

    var byteCount: Int { bytes.count }

    /// The length of a UTF-8 byte order mark at the start, 0 or 3.
    var bomLength: Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

    /// Where the front matter is, as `NoteReader` reads it (after a byte order mark).
    var frontMatter: FrontMatterSplit {
        FrontMatterSplit(bytes.span.extracting(bomLength...))
    }

    /// The line of the front matter's closing `---` (or `...`); `nil` without a closed front matter.
    var closingFenceLine: Int? {
        let split = frontMatter
        guard case .closed = split.fence else { return nil }
        return split.bodyLineOffset
    }

    /// The byte offset of a position as the reader gives it (a line, and a column counted in
    /// Unicode scalars after any byte order mark); `nil` past the end of its line.
    func offset(of position: SourcePosition) -> Int? {
        guard position.line >= 1, position.line <= starts.count else { return nil }
        var offset = start(ofLine: position.line) + (position.line == 1 ? bomLength : 0)
        var column = 1
        while column < position.column {
            guard offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") else { return nil }
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        return offset
    }

    /// The byte offset just past the end of a line's text, before its line ending.
    func end(ofLine line: Int) -> Int {
        let start = start(ofLine: line)
        var end = line < starts.count ? starts[line] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// The offset of the `\n` that ends a line, or the end of the file after the last.
    func breakOffset(ofLine line: Int) -> Int {
        if line >= 1, line < starts.count { return starts[line] - 1 }
        return endsWithNewline ? bytes.count - 1 : bytes.count
    }

    /// The number of lines.
    var count: Int { starts.count }

    /// The byte offset where a line starts; the end of the file past the last line.
    func start(ofLine line: Int) -> Int {
        line >= 1 && line <= starts.count ? starts[line - 1] : bytes.count
    }

    /// `\r\n` when the file's first line ends that way, else `\n`.
    var newline: [UInt8] {
        guard let end = bytes.firstIndex(of: UInt8(ascii: "\n")), end > 0, bytes[end - 1] == UInt8(ascii: "\r") else {
            return [UInt8(ascii: "\n")]
        }
        return [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
    }

    var endsWithNewline: Bool { bytes.last == UInt8(ascii: "\n") }

    /// Whether the last line is blank and ends with a line break.
    var endsWithBlankLine: Bool { endsWithNewline && isBlank(starts.count) }

    /// A line's bytes without its line ending; `nil` past the end of the file.
    func text(ofLine line: Int) -> ArraySlice<UInt8>? {
        guard line >= 1, line <= starts.count, !(line == starts.count && starts[line - 1] >= bytes.count) else {
            return nil
        }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[start..<end]
    }

    func isBlank(_ line: Int) -> Bool {
        text(ofLine: line)?.allSatisfy(UInt8.isASCIISpace) ?? false
    }

    /// The byte offset just after `line` and its line ending.
    func offset(afterLine line: Int) -> Int {
        line < starts.count ? starts[line] : bytes.count
    }

    /// The marker for an item after the one on `line`: the same indentation and bullet, or the
    /// next number of an ordered list.
    func nextMarker(after line: Int) -> [UInt8]? {
        guard let text = text(ofLine: line) else { return nil }
        let indent = text.prefix { $0 == UInt8(ascii: " ") }
        var rest = text.dropFirst(indent.count)
        let digits = rest.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        var bullet: [UInt8]
        if !digits.isEmpty, let delimiter = rest.dropFirst(digits.count).first,
            delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")"),
            let number = Int(String(decoding: digits, as: UTF8.self))
        {
            bullet = Array(String(number + 1).utf8) + [delimiter]
            rest = rest.dropFirst(digits.count + 1)
        } else if let first = rest.first, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(first) {
            bullet = [first]
            rest = rest.dropFirst()
        } else {
            return nil
        }
        let spacing = rest.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        bullet += spacing.isEmpty ? [UInt8(ascii: " ")] : Array(spacing)
        return Array(indent) + bullet
    }

    /// The 1-based line of a byte offset.
    static func number(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
