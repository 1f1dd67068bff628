extension SearchIndex {
    /// A piece of a note as a search result shows it, never HTML (the script shows it with
    /// `textContent`): the line's leading block markup (headings, quotes, list markers, task
    /// boxes) dropped, a link's target dropped for its text, the markup characters
    /// `` #*_`~[]| `` and an image's `!` dropped unless they stand between two letters or
    /// digits (`snake_case`, `C#1`), ASCII white space folded to single spaces, trimmed.
    static func shownText(_ markdown: String) -> String {
        let bytes = markdown.utf8.span
        var offset = afterBlockMarkup(bytes)
        // Most lines are words and single spaces after their block markup: they show as they
        // are, copied at once.
        if isPlain(bytes, from: offset) {
            return offset == 0 ? markdown : String(Substring(markdown.utf8.dropFirst(offset)))
        }
        var shown: [UInt8] = []
        shown.reserveCapacity(bytes.count)
        var pendingSpace = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if UInt8.isASCIISpace(byte) {
                pendingSpace = !shown.isEmpty
                offset += 1
                continue
            }
            if byte == UInt8(ascii: "]"), let end = linkTargetEnd(bytes, at: offset + 1) {
                offset = end
                continue
            }
            if isMarkup(byte, in: bytes, at: offset) {
                offset += 1
                continue
            }
            if pendingSpace { shown.append(UInt8(ascii: " ")) }
            pendingSpace = false
            shown.append(byte)
            offset += 1
        }
        return String(decoding: shown, as: UTF8.self)
    }

    /// Whether the bytes from `start` show as they are: none is white space other than a
    /// single space between two others, and none is markup that `shownText` could drop.
    private static func isPlain(_ bytes: Span<UInt8>, from start: Int) -> Bool {
        guard start < bytes.count, bytes[start] != UInt8(ascii: " "), bytes[bytes.count - 1] != UInt8(ascii: " ")
        else { return false }
        let stops = Self.stops
        var afterSpace = false
        for offset in start..<bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: " ") {
                if afterSpace { return false }
                afterSpace = true
            } else if stops.contains(byte) {
                return false
            } else {
                afterSpace = false
            }
        }
        return true
    }

    /// The bytes that make a line not plain: white space but the space, and the markup
    /// `shownText` may drop.
    private static let stops = ASCIISet("\t\n\r\u{0B}\u{0C}#*_`~[]|!")

    /// Where the text of a line starts after white space and any headings' `#`, quotes' `>`,
    /// list markers (`-`, `*`, `+`, `1.`, `1)`) and task boxes (`[ ]`, `[x]`).
    private static func afterBlockMarkup(_ bytes: Span<UInt8>) -> Int {
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
    /// when there is none there.
    private static func linkTargetEnd(_ bytes: Span<UInt8>, at offset: Int) -> Int? {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "(") else { return nil }
        guard let close = bytes.firstIndex(of: UInt8(ascii: ")"), from: offset) else { return nil }
        return close + 1
    }

    /// Whether the byte at `offset` is Markdown markup to drop: one of `` #*_`~[]| ``, or `!`
    /// before `[`, unless it stands between two letters or digits.
    private static func isMarkup(_ byte: UInt8, in bytes: Span<UInt8>, at offset: Int) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "~"),
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
