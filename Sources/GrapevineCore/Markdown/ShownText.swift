/// Markdown as a reader sees it, in plain text: what a search result shows of a line, and
/// what a draft quotes of a note.
enum ShownText {
    /// A piece of a note as a search result shows it, never HTML (the script shows it with
    /// `textContent`): the line's leading block markup (headings, quotes, list markers, task
    /// boxes) dropped, a link's target or reference label dropped for its text, a link
    /// reference definition (`[label]: target`, which no page shows) dropped whole, the markup characters
    /// `` #*_`~[]| `` and an image's `!` dropped unless they stand between two letters or
    /// digits (`snake_case`, `C#1`), ASCII white space folded to single spaces, trimmed.
    /// `forTerminal`, where text cannot be followed or struck through: a link to a web or mail
    /// address shows it after its words, in brackets (`[careers page](https://acme.com/jobs)` is
    /// "careers page (https://acme.com/jobs)"), and `~~` stays (`~~Data role~~` is not open).
    static func of(_ markdown: String, forTerminal: Bool = false) -> String {
        var shown: [UInt8] = []
        append(markdown[...], to: &shown, forTerminal: forTerminal)
        return String(decoding: shown, as: UTF8.self)
    }

    /// Appends `of(markdown, forTerminal:)` to `shown`; what the bytes appended hold.
    @discardableResult
    static func append(_ markdown: Substring, to shown: inout [UInt8], forTerminal: Bool = false) -> Words {
        let bytes = markdown.utf8.span
        var words = Words()
        guard !isReferenceDefinition(bytes) else { return words }
        var offset = afterBlockMarkup(bytes)
        let start = shown.count
        var pendingSpace = false
        // The part of a wikilink the page does not show, `#Log` of `[[Ana#Log]]`: skipped from
        // its first byte to after the link.
        var hidden = (from: -1, to: -1)
        // Where each `(` of the line is closed, worked out once for the line when a link
        // target is first met: scanning from each `](` to its `)` took quadratic time on a
        // line of thousands of `[a](` that nothing closes.
        var closings: [Int]?
        // Where the words of the last link opened start in `shown`, for `forTerminal`.
        var linkWords = start
        while offset < bytes.count {
            let byte = bytes[offset]
            if UInt8.isASCIISpace(byte) {
                pendingSpace = shown.count > start
                offset += 1
                continue
            }
            if offset == hidden.from {
                offset = hidden.to
                continue
            }
            if byte == UInt8(ascii: "["), let link = wikilink(bytes, at: offset) {
                // `[[Bob|my old boss]]` shows "my old boss"; `[[Ana#Log]]` shows "Ana".
                offset = link.shownStart
                hidden = (link.shownEnd, link.end)
                continue
            }
            if byte == UInt8(ascii: "]"),
                let end = linkTargetEnd(bytes, at: offset + 1, closings: &closings) ?? labelEnd(bytes, at: offset + 1)
            {
                if forTerminal, let address = address(bytes, target: offset + 1..<end),
                    !shown[linkWords...].elementsEqual(address.utf8)
                {
                    let shownAddress = (shown.count > start ? " (" : "(") + address + ")"
                    for byte in shownAddress.utf8 { words.read(byte) }
                    shown.append(contentsOf: shownAddress.utf8)
                }
                offset = end
                continue
            }
            if isMarkup(byte, in: bytes, at: offset), !(forTerminal && byte == UInt8(ascii: "~")) {
                if byte == UInt8(ascii: "[") {
                    linkWords = shown.count + (pendingSpace ? 1 : 0)
                }
                offset += 1
                continue
            }
            if pendingSpace { shown.append(UInt8(ascii: " ")) }
            pendingSpace = false
            // `&amp;` shows as `&`, `\*` as `*`.
            if let (character, end) = escaped(bytes, at: offset) {
                for byte in character.utf8 { words.read(byte) }
                shown.append(contentsOf: character.utf8)
                offset = end
                continue
            }
            // This byte, and the text after it that shows as it is, copied at once: most lines
            // are words and single spaces.
            words.read(byte)
            let end = plainEnd(bytes, from: offset + 1, words: &words)
            shown.append(bytes.extracting(offset..<end))
            offset = end
        }
        return words
    }

    /// The wikilink that starts at `offset` on the line, when its target is not what it shows:
    /// where the part shown starts and ends (its label, after the `|`; or its target, before a
    /// `#heading`) and where the link ends, after its `]]`.
    static func wikilink(_ bytes: Span<UInt8>, at offset: Int) -> (shownStart: Int, shownEnd: Int, end: Int)? {
        guard offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "[") else { return nil }
        var bar: Int?
        var sharp: Int?
        var index = offset + 2
        while index + 1 < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "]") where bytes[index + 1] == UInt8(ascii: "]"):
                if let bar { return (bar + 1, index, index + 2) }
                if let sharp { return (offset + 2, sharp, index + 2) }
                return nil
            case UInt8(ascii: "["), UInt8(ascii: "\n"): return nil
            case UInt8(ascii: "|"): bar = bar ?? index
            case UInt8(ascii: "#"): sharp = sharp ?? index
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The web or mail address a link's target (`(…)`, at `range` of `bytes`) leads to, without
    /// angle brackets or a title after it; `nil` for a target that is none (a path in the vault,
    /// `[text][label]`).
    private static func address(_ bytes: Span<UInt8>, target range: Range<Int>) -> String? {
        guard range.count > 2, bytes[range.lowerBound] == UInt8(ascii: "(") else { return nil }
        var text = Substring(
            String(decodingUTF8: bytes.extracting(range.lowerBound + 1..<range.upperBound - 1)).trimmingWhitespace())
        if let space = text.firstIndex(where: \.isWhitespace) { text = text[..<space] }
        if text.hasPrefix("<"), text.hasSuffix(">") { text = text.dropFirst().dropLast() }
        let lowered = text.lowercased()
        guard ["http://", "https://", "mailto:"].contains(where: lowered.hasPrefix) else { return nil }
        return String(text)
    }

    /// The character that an HTML entity (`&amp;`, `&#39;`, `&#x27;`, `&copy;`) or a
    /// backslash escape of ASCII punctuation (`\*`) at `offset` stands for, and where it ends.
    static func escaped(_ bytes: Span<UInt8>, at offset: Int) -> (String, Int)? {
        let byte = bytes[offset]
        if byte == UInt8(ascii: "\\") {
            guard offset + 1 < bytes.count, asciiPunctuation.contains(bytes[offset + 1]) else { return nil }
            return (String(Unicode.Scalar(bytes[offset + 1])), offset + 2)
        }
        guard byte == UInt8(ascii: "&") else { return nil }
        var end = offset + 1
        while end < bytes.count, end - offset <= 10, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > offset + 1 else { return nil }
        let name = String(decodingUTF8: bytes.extracting(offset + 1..<end))
        let scalar: Unicode.Scalar?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if name.hasPrefix("#") {
            scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        } else {
            scalar = namedEntities[name]
        }
        guard let scalar, scalar.value > 0x1F else { return nil }
        return (String(scalar), end + 1)
    }

    /// The ASCII punctuation a backslash escapes in Markdown.
    private static let asciiPunctuation = ASCIISet("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    /// The named entities people write in notes; others stay as written.
    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®",
        "trade": "™", "mdash": "—", "ndash": "–", "hellip": "…", "laquo": "«", "raquo": "»", "euro": "€",
        "middot": "·", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
    ]

    /// Where the bytes from `start` stop showing as they are: at white space other than a
    /// single space between two bytes that do, or at markup that `of` could drop.
    /// Reads the bytes that do into `words`.
    ///
    /// Every byte of every line of the search index comes through here: one look in
    /// `byteKinds` tells whether a byte ends the run and what it adds to `words`.
    private static func plainEnd(_ bytes: Span<UInt8>, from start: Int, words: inout Words) -> Int {
        let kinds = byteKinds.span
        var end = start
        var seen: UInt8 = 0
        while end < bytes.count {
            let kind = kinds[Int(bytes[end])]
            if kind & (stop | space) == 0 {
                seen |= kind
                end += 1
                continue
            }
            guard kind == space, end + 1 < bytes.count else { break }
            let next = kinds[Int(bytes[end + 1])]
            guard next & (stop | space) == 0 else { break }
            seen |= next
            end += 2
        }
        words.read(kinds: seen)
        return end
    }

    /// What a line's bytes hold, read one by one: whether they are all ASCII, whether one is
    /// an ASCII letter or digit (a word, for a line all ASCII; a line with other characters
    /// is folded to tell), and whether they can be written in a JavaScript string as they are.
    struct Words {
        private var kinds: UInt8 = 0

        var isASCII: Bool { kinds & ShownText.nonASCII == 0 }
        var hasASCIIWord: Bool { kinds & ShownText.wordByte != 0 }
        /// Whether no byte is one that a JSON string in a script escapes (`SearchIndex+JSON`):
        /// a control character, `"`, `\\` or `<`, or 0xE2, the lead byte of U+2028 and U+2029
        /// (and of other characters, such as dashes and curly quotes).
        var isPlain: Bool { kinds & ShownText.escaped == 0 }

        init() {}

        /// What `bytes` hold.
        init(_ bytes: Span<UInt8>) {
            let kinds = ShownText.byteKinds.span
            for offset in bytes.indices { self.kinds |= kinds[Int(bytes[offset])] }
        }

        @inline(__always)
        mutating func read(_ byte: UInt8) {
            kinds |= ShownText.byteKinds[Int(byte)]
        }

        /// Reads bytes of `kinds` (`ShownText.byteKinds`, combined).
        @inline(__always)
        mutating func read(kinds: UInt8) {
            self.kinds |= kinds
        }
    }

    /// For each byte, what it is, in the bits below: an ASCII letter or digit (`wordByte`),
    /// a byte of a character outside ASCII (`nonASCII`), a byte JSON escapes (`escaped`), a byte
    /// that ends a run of text shown as it is (`stop`: white space but the space, and the
    /// markup `of` may drop), the space (`space`).
    private static let byteKinds: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        var kind: UInt8 = 0
        if (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 { kind |= wordByte }
        if byte >= 0x80 { kind |= nonASCII }
        if byte < 0x20 || byte == 0xE2 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
            || byte == UInt8(ascii: "<")
        {
            kind |= escaped
        }
        if stops.contains(byte) { kind |= stop }
        if byte == UInt8(ascii: " ") { kind |= space }
        return kind
    }
    private static let wordByte: UInt8 = 1
    private static let nonASCII: UInt8 = 2
    private static let escaped: UInt8 = 4
    private static let stop: UInt8 = 8
    private static let space: UInt8 = 16

    /// The bytes that end a run of text that shows as it is: white space but the space, and
    /// the markup `of` may drop.
    private static let stops = ASCIISet("\t\n\r\u{0B}\u{0C}#*_`~[]|!&\\")

    /// Where the text of a line starts after white space and any headings' `#`, quotes' `>`,
    /// list markers (`-`, `*`, `+`, `1.`, `1)`) and task boxes (`[ ]`, `[x]`).
    static func afterBlockMarkup(_ bytes: Span<UInt8>) -> Int {
        var offset = 0
        while true {
            while offset < bytes.count, UInt8.isASCIISpace(bytes[offset]) { offset += 1 }
            guard offset < bytes.count else { return offset }
            let start = offset
            switch bytes[offset] {
            case UInt8(ascii: "#"), UInt8(ascii: ">"):
                while offset < bytes.count, bytes[offset] == bytes[start] { offset += 1 }
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
                offset += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) {
                    offset += 1
                }
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ".") || bytes[offset] == UInt8(ascii: ")")
                else { return start }
                offset += 1
            case UInt8(ascii: "["):
                guard offset + 2 < bytes.count, bytes[offset + 2] == UInt8(ascii: "]"),
                    [UInt8(ascii: " "), UInt8(ascii: "x"), UInt8(ascii: "X")].contains(bytes[offset + 1])
                else { return start }
                offset += 3
            default:
                return start
            }
            // Markup is followed by white space or the end of the line; otherwise it is text.
            guard offset == bytes.count || UInt8.isASCIISpace(bytes[offset]) else { return start }
        }
    }

    /// Where a Markdown link's target `(…)` that starts at `offset` ends, after its `)`; `nil`
    /// when there is none there. Brackets inside a target pair up (`…/wiki/Foo_(bar))`), as
    /// Markdown reads them. `closings` is the line's `closings(of:)`, made on the first call.
    static func linkTargetEnd(_ bytes: Span<UInt8>, at offset: Int, closings: inout [Int]?) -> Int? {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "(") else { return nil }
        if closings == nil { closings = Self.closings(of: bytes) }
        guard let close = closings?[offset], close >= 0 else { return nil }
        return close + 1
    }

    /// For each byte of `bytes`, the offset of the `)` that closes it if it is a `(` closed
    /// later on the line, else -1: one pass, with the open brackets on a stack.
    static func closings(of bytes: Span<UInt8>) -> [Int] {
        var closings = [Int](repeating: -1, count: bytes.count)
        var open: [Int] = []
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "(") {
                open.append(index)
            } else if bytes[index] == UInt8(ascii: ")"), let opening = open.popLast() {
                closings[opening] = index
            }
        }
        return closings
    }

    /// Where a reference link's label `[…]` right after its text (`[text][label]`, `[text][]`)
    /// ends, after its `]`; `nil` when there is none there.
    static func labelEnd(_ bytes: Span<UInt8>, at offset: Int) -> Int? {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "[") else { return nil }
        var end = offset + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "]") {
            guard bytes[end] != UInt8(ascii: "[") else { return nil }
            end += 1
        }
        return end < bytes.count ? end + 1 : nil
    }

    /// Whether the line is a link reference definition, `[label]: target`, after at most three
    /// spaces: Markdown shows none. (A footnote, `[^1]: text`, is shown.)
    static func isReferenceDefinition(_ bytes: Span<UInt8>) -> Bool {
        var offset = 0
        while offset < min(3, bytes.count), bytes[offset] == UInt8(ascii: " ") { offset += 1 }
        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "["), bytes[offset + 1] != UInt8(ascii: "^"),
            bytes[offset + 1] != UInt8(ascii: "]"), let end = labelEnd(bytes, at: offset)
        else { return false }
        return end < bytes.count && bytes[end] == UInt8(ascii: ":")
    }

    /// Whether the byte at `offset` is Markdown markup to drop: one of `` #*_`~[]| ``, or `!`
    /// before `[`, unless it stands between two letters or digits (or is the `#` of `C#`).
    static func isMarkup(_ byte: UInt8, in bytes: Span<UInt8>, at offset: Int) -> Bool {
        switch byte {
        case UInt8(ascii: "#"):
            // `C#`, `F#`: after a letter and before no word, a `#` is part of the word.
            if offset > 0, isLetterOrDigit(bytes[offset - 1]),
                offset + 1 == bytes.count || !isLetterOrDigit(bytes[offset + 1])
            {
                return false
            }
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "~"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"):
            break
        case UInt8(ascii: "!"):
            guard offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "[") else { return false }
        default:
            return false
        }
        let between =
            offset > 0 && offset + 1 < bytes.count && isLetterOrDigit(bytes[offset - 1])
            && isLetterOrDigit(bytes[offset + 1])
        return !between
    }

    /// An ASCII letter or digit, or a byte of a character outside ASCII.
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        byte >= 0x80 || WordFolder.isASCIIWordByte(byte) && !WordFolder.isApostrophe(byte)
    }
}
