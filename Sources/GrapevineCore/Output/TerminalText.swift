/// Text made safe to print on a terminal: a note can hold any bytes, and a terminal obeys
/// control sequences in what it prints (set the window title, clear the screen, move the
/// cursor to print over a line, make a link that goes somewhere else than it says, write the
/// clipboard). Every control character is shown as its visible picture (`ESC` as `␛`, `BEL` as
/// `␇`), except line feeds, tabs, a carriage return before a line feed, and the colour codes
/// `TextStyle` writes. Those carry a seal (`TextStyle.seal`) that a note cannot hold, so the
/// same codes written in a note are shown too; the seal is taken out of what is printed.
public enum TerminalText {
    /// `text` with every control character but those made visible, and `TextStyle`'s codes unsealed.
    public static func safe(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", let length = styleCodeLength(scalars, at: index) {
                result.append(contentsOf: unsealedCode(scalars, at: index, length: length))
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

    /// The length of one of `TextStyle`'s own sealed colour codes starting at `index`, if there is one.
    private static func styleCodeLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        for code in TextStyle.codes {
            let sequence = Array("\u{1B}\(TextStyle.seal)[\(code)m".unicodeScalars)
            if scalars[index...].starts(with: sequence) { return sequence.count }
        }
        return nil
    }

    /// `TextStyle`'s code of `length` scalars at `index`, without its seal.
    private static func unsealedCode(_ scalars: [Unicode.Scalar], at index: Int, length: Int) -> [Unicode.Scalar] {
        let sealLength = TextStyle.seal.unicodeScalars.count
        return [scalars[index]] + scalars[(index + 1 + sealLength)..<(index + length)]
    }

    /// `text` with the seal taken out of `TextStyle`'s codes and nothing else changed: what a
    /// pipe or a file gets (the bytes the notes have, and the colours of `--color always`).
    public static func unsealed(_ text: String) -> String {
        guard text.utf8.span.contains(0x1B) else { return text }
        return String(decoding: unsealed(Array(text.utf8)), as: UTF8.self)
    }

    /// `unsealed(_:)` for UTF-8. Each escape character is found with `memchr` (`next` prints
    /// megabytes, nearly always without one: read a byte at a time, they took 1% of its time
    /// on one core), and the bytes between the codes are copied as they are.
    public static func unsealed(_ bytes: [UInt8]) -> [UInt8] {
        let span = bytes.span
        guard var escape = span.firstIndex(of: 0x1B) else { return bytes }
        let sealed = TextStyle.sealedEscape
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        while true {
            if bytes[escape...].starts(with: sealed) {
                result += bytes[copied..<escape]
                result.append(0x1B)
                copied = escape + sealed.count
            }
            guard let next = span.firstIndex(of: 0x1B, from: max(escape + 1, copied)) else { break }
            escape = next
        }
        result += bytes[copied...]
        return result
    }
}
