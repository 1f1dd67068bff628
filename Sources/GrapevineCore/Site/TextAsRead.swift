/// A text as the reader of a page reads it, for finding what a public site hides
/// (`LeftOutNames`, `PrivateValues`): what is written one way and shown another is read as
/// shown. A URL's `%XX` decoded, however often it was encoded (`Zora%20Quist`, `%2520`); an
/// HTML entity or a backslash escape as its character (`Zor&#97;`, `&aacute;`, `Zora\-Quist`);
/// what no one sees left out: Unicode's default-ignorable characters (soft hyphens,
/// zero-width spaces and joiners, bidi marks), a raw HTML tag, which a page omits
/// (`Zo<b>ra</b>`), and the emphasis marks `*` and `~` (`Zo*ra*`); every space as a space (a
/// no-break space) and every dash as `-`; a letter of another script that a page shows as a
/// Latin one as that letter (`LatinLookAlikes`: a Cyrillic `о`). `folding` also reads each character outside ASCII
/// in lower case and without its accents, as search folds words (`É` is `e`). Each byte read
/// keeps where it was written, so that what is found is hidden whole in the text as written.
struct TextAsRead {
    /// The text as read.
    let bytes: [UInt8]
    /// Where each byte of `bytes` was written (the whole escape, entity or encoded character
    /// it came from); empty when the text reads as written.
    private let written: [Range<Int>]

    /// Whether a raw HTML tag was left out.
    private(set) var leftOutTag = false

    /// `text` as read; with `folding`, in lower case and without accents too; with
    /// `keepingTags`, with its raw HTML tags read as written.
    init(_ text: [UInt8], folding: Bool = false, keepingTags: Bool = false) {
        guard Self.mayReadOtherwise(text.span) else {
            (bytes, written) = (text, [])
            return
        }
        var (bytes, written) = Self.read(text, folding: folding, keepingTags: keepingTags, leftOutTag: &leftOutTag)
        // A URL's `%` may itself be encoded (`%2520`): decoded again, at most a few times.
        for _ in 0..<3 where bytes.contains(UInt8(ascii: "%")) {
            let (again, from) = Self.decodingPercents(bytes)
            guard again.count != bytes.count else { break }
            written = from.map { written[$0.lowerBound].lowerBound..<written[$0.upperBound - 1].upperBound }
            bytes = again
        }
        (self.bytes, self.written) = bytes.elementsEqual(text) ? (text, []) : (bytes, written)
    }

    /// Where `find` finds something in `text` as read, as ranges of `text` as written, merged:
    /// read with its raw HTML tags left out, as a page's Markdown omits them, and, when it had
    /// any, kept too, as a Log entry or a step shows them, as text (`<Zora Quist>`).
    static func writtenRanges(
        in text: [UInt8], folding: Bool = false, _ find: (TextAsRead) -> [Range<Int>]
    ) -> [Range<Int>] {
        let read = TextAsRead(text, folding: folding)
        var found = find(read).map(read.writtenRange)
        if read.leftOutTag {
            let shown = TextAsRead(text, folding: folding, keepingTags: true)
            found += find(shown).map(shown.writtenRange)
        }
        return ByteRanges.merged(found)
    }

    /// Where the bytes `range` of the text as read were written.
    func writtenRange(_ range: Range<Int>) -> Range<Int> {
        guard !written.isEmpty, !range.isEmpty else { return range }
        return written[range.lowerBound].lowerBound..<written[range.upperBound - 1].upperBound
    }

    /// The bytes of the text as read that the bytes `range` of the text as written became.
    func readRange(ofWritten range: Range<Int>) -> Range<Int> {
        guard !written.isEmpty else { return range }
        let start = written.partitioningIndex(where: { $0.upperBound > range.lowerBound })
        let end = written.partitioningIndex(where: { $0.lowerBound >= range.upperBound })
        return start..<max(start, end)
    }

    // MARK: Reading

    /// Whether anything in `text` may read otherwise: a `%`, `&`, `\`, `*`, `~`, `<`, or a
    /// character outside ASCII.
    static func mayReadOtherwise(_ text: Span<UInt8>) -> Bool {
        for offset in text.indices where text[offset] >= 0x80 || marks.contains(text[offset]) { return true }
        return false
    }

    private static let marks = ASCIISet("%&\\*~<")

    /// `text` as read but for a `%` decoding to another `%XX`, and where each byte came from.
    private static func read(
        _ text: [UInt8], folding: Bool, keepingTags: Bool, leftOutTag: inout Bool
    ) -> (bytes: [UInt8], written: [Range<Int>]) {
        let (percentFree, from) = text.contains(UInt8(ascii: "%")) ? decodingPercents(text) : (text, nil)
        var bytes: [UInt8] = []
        var written: [Range<Int>] = []
        bytes.reserveCapacity(percentFree.count)
        written.reserveCapacity(percentFree.count)
        let span = percentFree.span
        var offset = 0
        while offset < span.count {
            // A run of bytes that read as written, copied at once.
            var run = offset
            while run < span.count, span[run] < 0x80, !marks.contains(span[run]) { run += 1 }
            if run > offset {
                bytes += percentFree[offset..<run]
                if let from {
                    written += from[offset..<run]
                } else {
                    written += (offset..<run).lazy.map { $0..<($0 + 1) }
                }
                offset = run
                continue
            }
            let count = bytes.count
            let end: Int
            if !keepingTags, span[offset] == UInt8(ascii: "<"), let tagEnd = tagEnd(span, at: offset) {
                (end, leftOutTag) = (tagEnd, true)
            } else {
                end = read(span, at: offset, folding: folding, into: &bytes)
            }
            let range = from.map { $0[offset].lowerBound..<$0[end - 1].upperBound } ?? offset..<end
            written += repeatElement(range, count: bytes.count - count)
            offset = end
        }
        return (bytes, written)
    }

    /// Appends what the character at `offset` of `bytes` reads as to `read`; where it ends.
    private static func read(_ bytes: Span<UInt8>, at offset: Int, folding: Bool, into read: inout [UInt8]) -> Int {
        let byte = bytes[offset]
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "~"): return offset + 1
        case UInt8(ascii: "&"), UInt8(ascii: "\\"):
            if let (character, end) = ShownText.escaped(bytes, at: offset) ?? namedEntity(bytes, at: offset) {
                append(character, folding: folding, to: &read)
                return end
            }
            read.append(isQuerySeparator(bytes, at: offset) ? UInt8(ascii: " ") : byte)
            return offset + 1
        case 0x80...:
            var end = offset + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            append(String(decodingUTF8: bytes.extracting(offset..<end)), folding: folding, to: &read)
            return end
        default: break
        }
        read.append(byte)
        return offset + 1
    }

    /// Appends how one character reads to `read`: nothing when no one sees it, a space for any
    /// space, `-` for any dash; with `folding`, a letter in lower case without its accents.
    private static func append(_ character: String, folding: Bool, to read: inout [UInt8]) {
        guard let scalar = character.unicodeScalars.first, scalar.value >= 0x80 else {
            read += character.utf8
            return
        }
        let properties = scalar.properties
        if properties.isDefaultIgnorableCodePoint { return }
        if properties.isWhitespace { return read.append(UInt8(ascii: " ")) }
        if properties.generalCategory == .dashPunctuation { return read.append(UInt8(ascii: "-")) }
        guard folding else { return read += LatinLookAlikes.reading(character).utf8 }
        // A look-alike is read before its case is folded (a Cyrillic `Н` is an `H`; its small
        // letter is drawn otherwise) and after (`ё` decomposes to a Cyrillic `е`).
        let decomposed = LatinLookAlikes.reading(character).lowercased().decomposedStringWithCompatibilityMapping
        for scalar in LatinLookAlikes.reading(decomposed).lowercased().unicodeScalars
        where !(0x300...0x36F).contains(scalar.value) {
            read += (NameKey.plainLetters[scalar] ?? String(scalar)).utf8
        }
    }

    /// Where the raw HTML tag at `offset` ends (`<b>`, `</span>`, `<br/>`, `<a href="…">`, on
    /// one line), which a page omits; `nil` for anything else (`<https://…>`, `a < b`).
    private static func tagEnd(_ bytes: Span<UInt8>, at offset: Int) -> Int? {
        var end = offset + 1
        if end < bytes.count, bytes[end] == UInt8(ascii: "/") { end += 1 }
        let nameStart = end
        while end < bytes.count, bytes[end] < 0x80,
            isASCIILetter(bytes[end])
                || (end > nameStart && (bytes[end] == UInt8(ascii: "-") || (0x30...0x39).contains(bytes[end])))
        {
            end += 1
        }
        guard end > nameStart, end < bytes.count,
            [UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: " ")].contains(bytes[end])
        else { return nil }
        guard let close = bytes.firstIndex(of: UInt8(ascii: ">"), from: end) else { return nil }
        for offset in end..<close where bytes[offset] == UInt8(ascii: "\n") { return nil }
        return close + 1
    }

    /// A named entity that `ShownText.escaped` does not read: an accented Latin letter
    /// (`&aacute;`, `&Ccedil;`, `&scaron;`) as the letter without its accent, which is how names
    /// are compared, and a character no one sees (`&shy;`, `&zwj;`) as nothing.
    private static func namedEntity(_ bytes: Span<UInt8>, at offset: Int) -> (String, Int)? {
        guard bytes[offset] == UInt8(ascii: "&") else { return nil }
        var end = offset + 1
        while end < bytes.count, end - offset <= 16, isASCIILetter(bytes[end]) { end += 1 }
        guard end > offset + 1, end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
        let name = String(decodingUTF8: bytes.extracting(offset + 1..<end))
        if unseenEntities.contains(name) { return ("", end + 1) }
        guard accents.contains(String(name.dropFirst())) else { return nil }
        return (String(name.prefix(1)), end + 1)
    }

    private static let accents: Set<String> = [
        "acute", "grave", "circ", "uml", "tilde", "ring", "cedil", "caron", "ogon", "macr", "breve", "dot",
        "dblac", "strok",
    ]

    private static let unseenEntities: Set<String> = [
        "shy", "zwj", "zwnj", "lrm", "rlm", "ZeroWidthSpace", "NoBreak", "InvisibleTimes", "InvisibleComma",
    ]

    /// A `&` that starts no entity but the next parameter of a URL's query (`&src=mail`), read
    /// as a space: else it would join the word before to the next, as in `AT&T`.
    private static func isQuerySeparator(_ bytes: Span<UInt8>, at offset: Int) -> Bool {
        var end = offset + 1
        while end < bytes.count,
            isASCIILetter(bytes[end]) || bytes[end] == UInt8(ascii: "_")
                || (0x30...0x39).contains(bytes[end])
        {
            end += 1
        }
        return end > offset + 1 && end < bytes.count && bytes[end] == UInt8(ascii: "=")
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// `bytes` with each run of `%XX` that is UTF-8 decoded, and where each byte came from in
    /// `bytes`.
    private static func decodingPercents(_ bytes: [UInt8]) -> (bytes: [UInt8], from: [Range<Int>]) {
        var decoded: [UInt8] = []
        var from: [Range<Int>] = []
        decoded.reserveCapacity(bytes.count)
        from.reserveCapacity(bytes.count)
        var offset = 0
        while offset < bytes.count {
            var run: [UInt8] = []
            var end = offset
            while let byte = encodedByte(in: bytes, at: end) {
                run.append(byte)
                end += 3
            }
            if !run.isEmpty, String(validating: run, as: UTF8.self) != nil {
                // A character's bytes each come from all of its `%XX`.
                var start = offset
                var index = 0
                while index < run.count {
                    let length = run[index] < 0xC0 ? 1 : run[index] < 0xE0 ? 2 : run[index] < 0xF0 ? 3 : 4
                    let range = start..<(start + 3 * length)
                    decoded += run[index..<(index + length)]
                    from += repeatElement(range, count: length)
                    (start, index) = (range.upperBound, index + length)
                }
            } else {
                end = max(end, offset + 1)
                decoded += bytes[offset..<end]
                from += (offset..<end).map { $0..<($0 + 1) }
            }
            offset = end
        }
        return (decoded, from)
    }

    /// The byte `%XX` at `offset` stands for; `nil` when there is none.
    private static func encodedByte(in bytes: [UInt8], at offset: Int) -> UInt8? {
        guard offset + 2 < bytes.count, bytes[offset] == UInt8(ascii: "%"),
            let high = hexValue(bytes[offset + 1]), let low = hexValue(bytes[offset + 2])
        else { return nil }
        return high << 4 | low
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
