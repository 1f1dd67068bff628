extension String {
    /// The text with its control and format characters written as escapes (`\n`, `\r`, `\t`,
    /// `\u{7}`, `\u{200B}`), so it is one line, and shows what is there: a file name or a value
    /// quoted in a message for people. Data (`--json`) keeps the text as it is.
    public var escapingControlCharacters: String {
        // Nearly every name is printable ASCII: looked at byte by byte, and returned as it is.
        guard utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return self }
        // A name or a hint with a dash or an accent has nothing to escape either: looked for
        // before anything is copied (`check` escapes every hint).
        let isEscaped = { (scalar: Unicode.Scalar) in
            scalar.value < 0x20 || scalar.value == 0x7F
                || scalar.value >= 0x80
                    && (scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format)
        }
        guard unicodeScalars.contains(where: isEscaped) else { return self }
        var shown = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            case _ where isEscaped(scalar):
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}

extension String {
    /// The characters that end a line (`\n`, `\r`, vertical tab, form feed, U+0085, U+2028,
    /// U+2029), which the terminal's pictures of control characters leave as they are.
    private static let lineBreaks: Set<Unicode.Scalar> = [
        "\n", "\r", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}",
    ]

    /// The text with its line breaks written as escapes (`\n`, `\r`, `\u{2028}`), so that a
    /// name or a value shown in one line of output stays on it (`name: "Ana\nLopez"`); every
    /// other character as it is, for the console to show (pictures on a terminal, the bytes
    /// to a pipe). A file name is escaped whole (`escapingControlCharacters`).
    public var escapingLineBreaks: String {
        guard Self.hasLineBreak(utf8.span) else { return self }
        var shown = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case _ where Self.lineBreaks.contains(scalar):
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// Whether the UTF-8 `bytes` hold a line break, looked for byte by byte: `next` shows every
    /// step's title and details through `escapingLineBreaks`, nearly none has one, and many have
    /// a dash or a curly quote, whose first byte U+2028's shares (a test of the characters after
    /// that byte took a sixth of the list's writing).
    private static func hasLineBreak(_ bytes: Span<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A...0x0D: return true
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return true
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                return true
            default: index += 1
            }
        }
        return false
    }
}
