/// A place in a note's text, as an editor's cursor is: which line, what is before it on the
/// line, whether it is in the front matter (and under which key) or the body (and under which
/// heading). What completion works out what is being written from.
struct NotePlace {
    /// The note's lines.
    let lines: FileLines
    /// The byte offset of the place.
    let offset: Int
    /// The 1-based number of the place's line.
    let lineNumber: Int
    /// The 1-based lines of the front matter between its fences (to the end of the text while
    /// the closing fence is not written yet); `nil` without front matter.
    let frontMatterLines: ClosedRange<Int>?

    init(_ text: String, offset: Int) {
        lines = FileLines(Array(text.utf8))
        self.offset = min(max(offset, 0), lines.byteCount)
        lineNumber = FileLines.number(ofOffset: self.offset, in: lines.bytes)
        frontMatterLines = Self.frontMatterLines(lines)
    }

    /// Where the place's line starts.
    var lineStart: Int { lines.start(ofLine: lineNumber) }

    /// The text of the line before the place.
    var beforeCursor: String {
        String(decoding: lines.bytes[lineStart..<max(offset, lineStart)], as: UTF8.self)
    }

    /// The text of the line after the place.
    var afterCursor: String {
        String(decoding: lines.bytes[offset..<max(lines.end(ofLine: lineNumber), offset)], as: UTF8.self)
    }

    /// The text of a 1-based line.
    func text(ofLine number: Int) -> String? {
        lines.text(ofLine: number).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the place is in the front matter.
    var isInFrontMatter: Bool {
        frontMatterLines?.contains(lineNumber) ?? false
    }

    /// The front matter key whose value the place is in: the key of its own line, or for an
    /// indented line (an item of a block list), of the last line above it that is not indented.
    var frontMatterKey: String? {
        guard let fence = frontMatterLines, fence.contains(lineNumber) else { return nil }
        for number in stride(from: lineNumber, through: fence.lowerBound, by: -1) {
            guard let text = text(ofLine: number) else { return nil }
            if text.first == " " || text.first == "\t" || text.hasPrefix("-") { continue }
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let key = String(text[..<colon])
            // On the key's own line, the place must be after the colon.
            if number == lineNumber, beforeCursor.utf8.count <= key.utf8.count { return nil }
            return key.trimmingWhitespace()
        }
        return nil
    }

    /// The title of the heading the place is under, in the body (outside code blocks).
    var sectionTitle: String? {
        let first = (frontMatterLines?.upperBound ?? 0) + 1
        guard lineNumber >= first else { return nil }
        var inFence = false
        var title: String?
        for number in first..<lineNumber {
            guard let text = text(ofLine: number) else { break }
            let trimmed = text.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            guard !inFence, text.count - trimmed.count <= 3 else { continue }
            let hashes = trimmed.prefix { $0 == "#" }
            guard (1...6).contains(hashes.count), trimmed.dropFirst(hashes.count).first == " " else { continue }
            title = String(trimmed.dropFirst(hashes.count)).trimmingWhitespace()
        }
        return title
    }

    /// The lines between the front matter's fences.
    private static func frontMatterLines(_ lines: FileLines) -> ClosedRange<Int>? {
        let split = lines.frontMatter
        switch split.fence {
        case .closed:
            return split.bodyLineOffset >= 3 ? 2...(split.bodyLineOffset - 1) : nil
        case .unterminated:
            return lines.count >= 2 ? 2...lines.count : nil
        case .none, .carriageReturns, .toml, .json, .logseq, .misplaced:
            return nil
        }
    }
}
