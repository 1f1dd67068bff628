/// Where a file's front matter and body are: a first line `---`, then YAML, then `---` or `...`;
/// or, as Hugo writes them, TOML between two lines `+++` or a JSON object from a line `{` to a
/// line `}`.
struct FrontMatterSplit {
    enum Fence {
        case none
        case unterminated
        /// A first line `---` ended by a carriage return alone (classic Mac OS line endings):
        /// lines are counted by line feeds everywhere, so the front matter cannot be read.
        case carriageReturns
        /// The YAML between the fences, as a byte range.
        case closed(Range<Int>)
        /// TOML between two lines `+++`, as a byte range: front matter, but not what Grapevine reads.
        case toml(Range<Int>)
        /// A JSON object from a first line `{` to a line `}` (Hugo, Zettlr), its first line
        /// holding a `"key"`, as a byte range: front matter Grapevine does not read either.
        case json(Range<Int>)
        /// Logseq's page properties: lines `key:: value` from the first line on, as a byte
        /// range: a page's metadata, not what Grapevine reads either.
        case logseq(Range<Int>)
        /// Front matter that is not at the top: blank lines, spaces or an invisible character
        /// (a zero-width space, a second byte order mark) before its `---`, or a fence of more
        /// than three dashes; then a `key:` line, and a closing line of dashes. Not read (the
        /// whole file is the body), but it is plainly meant as front matter, and may say
        /// `private: true`. `line` is its opening fence's.
        case misplaced(line: Int)
    }

    var fence: Fence
    /// The byte offset where the body starts.
    var bodyStart: Int
    /// The number of lines before the body.
    var bodyLineOffset: Int

    init(_ bytes: Span<UInt8>) {
        fence = .none
        bodyStart = 0
        bodyLineOffset = 0
        if bytes.starts(with: "---\r".utf8), bytes.count == 4 || bytes[4] != UInt8(ascii: "\n") {
            fence = .carriageReturns
            return
        }
        var lines = Lines()
        guard let first = lines.next(in: bytes) else { return }
        if Self.isBrace(bytes, first.content, UInt8(ascii: "{")) {
            readJSON(bytes, after: first.next, lines: lines)
            return
        }
        if Self.isProperty(bytes, first.content) {
            readProperties(bytes, first: first, lines: lines)
            return
        }
        let isTOML = Self.isFence(bytes, first.content, of: UInt8(ascii: "+"))
        guard isTOML || Self.isFence(bytes, first.content, closing: false) else {
            if let line = Self.misplacedFence(in: bytes) { fence = .misplaced(line: line) }
            return
        }
        let yamlStart = first.next
        var count = 1
        while let line = lines.next(in: bytes) {
            count += 1
            if isTOML
                ? Self.isFence(bytes, line.content, of: UInt8(ascii: "+"))
                : Self.isFence(bytes, line.content, closing: true)
            {
                fence =
                    isTOML ? .toml(yamlStart..<line.content.lowerBound) : .closed(yamlStart..<line.content.lowerBound)
                bodyStart = line.next
                bodyLineOffset = count
                return
            }
        }
        // A `+++` never closed is text.
        guard !isTOML else { return }
        fence = .unterminated
        bodyStart = yamlStart
        bodyLineOffset = 1
    }

    /// A JSON object's front matter: after the line `{`, a first line that starts with a quoted
    /// key, and a line `}` that closes it. Anything else (a note that starts with a brace of
    /// its own) is body.
    private mutating func readJSON(_ bytes: Span<UInt8>, after start: Int, lines: Lines) {
        var lines = lines
        var count = 1
        var sawKey = false
        while let line = lines.next(in: bytes) {
            count += 1
            var content = line.content.lowerBound
            while content < line.content.upperBound, bytes[content] == UInt8(ascii: " ") || bytes[content] == 9 {
                content += 1
            }
            if !sawKey {
                guard content < line.content.upperBound, bytes[content] == UInt8(ascii: "\"") else { return }
                sawKey = true
            }
            if Self.isBrace(bytes, line.content, UInt8(ascii: "}")) {
                fence = .json(start..<line.content.lowerBound)
                bodyStart = line.next
                bodyLineOffset = count
                return
            }
        }
    }

    /// Logseq's page properties: the lines `key:: value` from the first on; the body starts
    /// after the last.
    private mutating func readProperties(
        _ bytes: Span<UInt8>, first: (content: Range<Int>, next: Int), lines: Lines
    ) {
        var lines = lines
        var last = first
        var count = 1
        while let line = lines.next(in: bytes), Self.isProperty(bytes, line.content) {
            last = line
            count += 1
        }
        fence = .logseq(0..<last.content.upperBound)
        bodyStart = last.next
        bodyLineOffset = count
    }

    /// Whether the line at `range` is a Logseq property: a key of letters, digits, `_` and `-`,
    /// then `::`, then a space or the line's end (`type:: contact`).
    private static func isProperty(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset < range.upperBound, isKeyStart(bytes[offset]) || bytes[offset] == UInt8(ascii: "-") {
            offset += 1
        }
        guard offset > range.lowerBound, offset + 1 < range.upperBound || offset + 2 == range.upperBound,
            bytes[offset] == UInt8(ascii: ":"), bytes[offset + 1] == UInt8(ascii: ":")
        else { return false }
        return offset + 2 == range.upperBound || bytes[offset + 2] == UInt8(ascii: " ")
    }

    /// Whether the line at `range` is `brace` alone, with any spaces or tabs after.
    private static func isBrace(_ bytes: Span<UInt8>, _ range: Range<Int>, _ brace: UInt8) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") {
            end -= 1
        }
        return end - range.lowerBound == 1 && bytes[range.lowerBound] == brace
    }

    /// Whether the line at `range` is `---` (or, closing, `...`), with any spaces or tabs after.
    private static func isFence(_ bytes: Span<UInt8>, _ range: Range<Int>, closing: Bool) -> Bool {
        isFence(bytes, range, of: UInt8(ascii: "-")) || (closing && isFence(bytes, range, of: UInt8(ascii: ".")))
    }

    /// Whether the line at `range` is three `mark`s, with any spaces or tabs after.
    private static func isFence(_ bytes: Span<UInt8>, _ range: Range<Int>, of mark: UInt8) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") {
            end -= 1
        }
        guard end - range.lowerBound == 3 else { return false }
        return bytes.extracting(range.lowerBound..<end).allSatisfy { $0 == mark }
    }

    /// The line of a misplaced opening fence (`Fence.misplaced`), when the file has one.
    private static func misplacedFence(in bytes: Span<UInt8>) -> Int? {
        var lines = Lines()
        var number = 0
        var opening: Int?
        var hasKey = false
        var hasKnownKey = false
        // Lines other than the fence's that make it less sure: a title or comment above, a
        // blank line after it.
        var before = 0
        while let line = lines.next(in: bytes) {
            number += 1
            let content = trimmed(bytes, line.content)
            if let opening {
                if let colon = bytes.firstIndex(of: UInt8(ascii: ":"), from: content.lowerBound),
                    colon < content.upperBound,
                    knownKeys.contains(String(decodingUTF8: bytes.extracting(content.lowerBound..<colon)))
                {
                    hasKnownKey = true
                }
                if !hasKey {
                    // The first line inside that is not blank: a key and a colon.
                    guard !content.isEmpty else {
                        before += 1
                        continue
                    }
                    guard isKeyStart(bytes[content.lowerBound]),
                        let colon = bytes.firstIndex(of: UInt8(ascii: ":"), from: content.lowerBound),
                        colon < content.upperBound
                    else { return nil }
                    hasKey = true
                } else if isDashes(bytes, content) || isFence(bytes, content, of: UInt8(ascii: ".")) {
                    // Under a title or a comment, only keys Grapevine reads tell front matter from
                    // a rule, a line `Attendees: Ana` and a rule.
                    return before == 0 || hasKnownKey ? opening : nil
                }
            } else if content.isEmpty {
                continue
            } else if isDashes(bytes, content) {
                opening = number
            } else if before < 3,
                bytes[content.lowerBound] == UInt8(ascii: "#") || bytes[content.lowerBound] == UInt8(ascii: "<")
            {
                // A title or a comment above it (`# Ana Silva`, `<!-- saved from … -->`).
                before += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// The keys of every kind of note.
    private static let knownKeys = Set(NoteReader.keys.values.joined())

    /// `range` without the spaces, tabs and invisible characters around it (U+200B zero-width
    /// space, U+FEFF byte order mark, U+00A0 no-break space).
    private static func trimmed(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        func invisible(at offset: Int, limit: Int) -> Int {
            if bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") { return 1 }
            if offset + 1 < limit, bytes[offset] == 0xC2, bytes[offset + 1] == 0xA0 { return 2 }
            if offset + 2 < limit,
                (bytes[offset] == 0xE2 && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x8B)
                    || (bytes[offset] == 0xEF && bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF)
            {
                return 3
            }
            return 0
        }
        while start < end {
            let width = invisible(at: start, limit: end)
            guard width > 0 else { break }
            start += width
        }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return start..<end
    }

    /// Whether `range` is three or more dashes.
    private static func isDashes(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        range.count >= 3
            && (bytes.extracting(range).allSatisfy { $0 == UInt8(ascii: "-") } || isLongDashes(bytes, range))
    }

    /// Whether the line at `range` is dashes with an en or em dash among them (`—-`, `——`):
    /// the `---` that Smart Punctuation (iPhone, iPad, Mac) turns into a long dash as it is typed.
    private static func isLongDashes(_ bytes: Span<UInt8>, _ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        var long = false
        while offset < range.upperBound {
            if bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            } else if offset + 3 <= range.upperBound, bytes[offset] == 0xE2,
                bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x93 || bytes[offset + 2] == 0x94
            {
                (offset, long) = (offset + 3, true)
            } else {
                return false
            }
        }
        return long
    }

    /// Whether `byte` can start a front matter key: a letter, a digit or an underscore (or
    /// the first byte of a letter beyond ASCII).
    private static func isKeyStart(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
    }

    /// The lines of a byte buffer, one after the other: each line's content (without `\n` or
    /// `\r\n`) and where the next starts.
    private struct Lines {
        private var offset = 0

        mutating func next(in bytes: Span<UInt8>) -> (content: Range<Int>, next: Int)? {
            guard offset < bytes.count else { return nil }
            let start = offset
            let end = bytes.firstIndex(of: UInt8(ascii: "\n"), from: start) ?? bytes.count
            offset = min(end + 1, bytes.count)
            let contentEnd = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
            return (start..<contentEnd, offset)
        }
    }
}
