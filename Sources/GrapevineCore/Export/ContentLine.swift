/// The text syntax iCalendar (RFC 5545) and vCard (RFC 6350) share: one property per line,
/// `NAME;PARAM=value:value`, lines ending in CRLF and folded at 75 octets, text values with
/// backslash escapes.
enum ContentLine {
    /// `text` as a TEXT value: backslash, semicolon and comma escaped, every line break (LF,
    /// CRLF or CR) written `\n`, other control characters but tab dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !afterCarriageReturn { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `line` folded as both RFCs ask: no line longer than 75 octets, each continuation
    /// starting with a space, and never a break inside a character's UTF-8 bytes.
    static func folded(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > 75 {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += width
        }
        return result
    }

    /// `address` as a URI value, which is not escaped like text: every byte a URI may not hold
    /// (spaces, control characters, non-ASCII, `"<>\^`{|}`) percent-encoded, so a link written
    /// with a space or an accent still makes one line that apps read as a link.
    static func uri(_ address: String) -> String {
        var result = ""
        for byte in address.utf8 {
            if byte > 0x20, byte < 0x7F, !Self.notInURIs.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars += ["%", hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return result
    }

    /// The printable ASCII bytes RFC 3986 leaves out of URIs.
    private static let notInURIs: Set<UInt8> = Set("\"<>\\^`{|}".utf8)

    /// `lines` as a file: each folded, each ending in CRLF.
    static func file(_ lines: [String]) -> String {
        lines.isEmpty ? "" : lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }
}
