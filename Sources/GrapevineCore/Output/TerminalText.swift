/// Text made safe to print on a terminal: a note can hold any bytes, and a terminal obeys
/// control sequences in what it prints (set the window title, clear the screen, move the
/// cursor to print over a line, make a link that goes somewhere else than it says, write the
/// clipboard). Every control character is shown as its visible picture (`ESC` as `␛`, `BEL` as
/// `␇`), except line feeds, tabs, a carriage return before a line feed, and the colour codes
/// `TextStyle` writes.
public enum TerminalText {
    /// `text` with every control character but those made visible.
    public static func safe(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", let length = styleCodeLength(scalars, at: index) {
                result.append(contentsOf: scalars[index..<index + length])
                index += length
                continue
            }
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            result.append(isAllowed(scalar, before: next) ? scalar : picture(of: scalar))
            index += 1
        }
        return String(result)
    }

    /// Whether `text` holds a control character other than a line feed or a tab (C1 controls
    /// are `0xC2 0x80`–`0xC2 0x9F` in UTF-8): a check over its bytes in place, a few
    /// instructions each, since commands print megabytes.
    public static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte < 0xA0) {
                    if byte != 0x0A, byte != 0x09 { return true }
                }
                previous = byte
            }
            return false
        }
    }

    private static func isAllowed(_ scalar: Unicode.Scalar, before next: Unicode.Scalar?) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return true
        case 0x0D: return next == "\n"
        case 0..<0x20, 0x7F, 0x80..<0xA0: return false
        default: return true
        }
    }

    /// `␀`…`␟` for C0 controls, `␡` for DEL, `�` for C1 controls.
    private static func picture(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0..<0x20: return Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    /// The length of one of `TextStyle`'s own colour codes starting at `index`, if there is one.
    private static func styleCodeLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        for code in TextStyle.codes {
            let sequence = Array("\u{1B}[\(code)m".unicodeScalars)
            if scalars[index...].starts(with: sequence) { return sequence.count }
        }
        return nil
    }
}
