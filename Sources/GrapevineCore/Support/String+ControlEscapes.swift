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
        // Every line break is a byte below 0x20, or starts with 0xC2 (U+0085) or 0xE2.
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0xC2 || $0 == 0xE2 }),
            unicodeScalars.contains(where: Self.lineBreaks.contains)
        else { return self }
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
}
