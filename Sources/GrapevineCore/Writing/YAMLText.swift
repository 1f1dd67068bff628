/// Writing YAML scalars that read back as exactly the text given, whatever it contains.
enum YAMLText {
    /// A double-quoted YAML string.
    static func quoted(_ text: String) -> String {
        // Nearly always printable ASCII with nothing to escape (an email, a phone number),
        // which is written as it is: an import quotes thousands.
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
        {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            // YAML 1.1 reads these as line breaks, which a quoted string folds into spaces.
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\x" + (hex.count < 2 ? "0" : "") + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `text` unquoted when YAML reads it back unchanged as a string (`Mary O'Brien`,
    /// `José Núñez`), else double-quoted (`"Sam: Reyes"`, `"yes"`, `"2026"`).
    ///
    /// Deliberately narrow: a letter first, then only letters, digits, marks, spaces and
    /// `.'’-&`, no trailing space, and not a word YAML reads as a boolean or null.
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// A flow list, `[Bob Smith, "C++"]`, of items written as `scalar` writes them (which
    /// quotes every flow indicator: `,`, `[`, `]`, `{`, `}`).
    static func list(_ items: [String]) -> String {
        "[" + items.map(scalar).joined(separator: ", ") + "]"
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        if let plain = isPlainSafeASCII(text.utf8) { return plain }
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, text.last != " ",
            !reservedWords.contains(text.lowercased())
        else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || plainPunctuation.contains(scalar)
                || scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.generalCategory == .spacingMark
        }
    }

    /// `isPlainSafe` on the bytes of ASCII text, without looking up each character's
    /// properties (ASCII's letters and digits are its only alphabetic and numeric characters,
    /// and it has no marks); `nil` when the text has other characters.
    private static func isPlainSafeASCII(_ bytes: String.UTF8View) -> Bool? {
        guard let first = bytes.first else { return false }
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        var isPlain = isLetter(first) && bytes.last != UInt8(ascii: " ")
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if !(isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || plainASCIIPunctuation.contains(byte))
            {
                isPlain = false
            }
        }
        return isPlain
            && (bytes.count > 5 || !reservedWords.contains(String(decoding: bytes, as: UTF8.self).lowercased()))
    }

    private static let plainASCIIPunctuation: [UInt8] = Array(" .'-&".utf8)

    private static let plainPunctuation: Set<Unicode.Scalar> = [" ", ".", "'", "\u{2019}", "-", "&"]

    /// Plain words YAML 1.1 reads as something other than a string.
    private static let reservedWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null",
    ]
}
