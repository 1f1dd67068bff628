/// One property of a vCard: `item1.EMAIL;type=INTERNET;type=pref:jane@example.com`, read into
/// its group, name, parameters and value.
struct VCardProperty {
    /// The group before a dot (`item1`), lowercased.
    var group: String?
    /// The name, uppercased: `EMAIL`, `X-SOCIALPROFILE`.
    var name: String
    /// The parameters, names uppercased, in order. vCard 2.1's bare parameters (`TEL;CELL:`)
    /// are `TYPE` values, or `ENCODING` for `QUOTED-PRINTABLE`, `BASE64`, `8BIT`.
    var parameters: [(name: String, value: String)] = []
    /// The value's bytes as written (after unfolding).
    var rawValue: ArraySlice<UInt8>
    /// The line it starts on.
    var line: Int

    /// The property on one unfolded line; `nil` when the line has no `:` outside quotes.
    init?(_ bytes: [UInt8], line: Int) {
        var inQuotes = false
        guard
            let colon = bytes.firstIndex(where: { byte in
                if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
                return byte == UInt8(ascii: ":") && !inQuotes
            })
        else { return nil }
        let head = String(decoding: bytes[..<colon], as: UTF8.self)
        var parts = Self.split(head, at: ";")
        var name = parts.removeFirst().trimmingWhitespace()
        if let dot = name.lastIndex(of: ".") {
            group = name[..<dot].lowercased()
            name = String(name[name.index(after: dot)...])
        }
        guard !name.isEmpty else { return nil }
        self.name = name.uppercased()
        parameters = parts.flatMap(Self.parameters)
        rawValue = bytes[(colon + 1)...]
        self.line = line
    }

    // MARK: Values

    /// The values of parameter `name` (uppercased), lowercased.
    func parameter(_ name: String) -> [String] {
        parameters.filter { $0.name == name }.map { $0.value.lowercased() }
    }

    /// The `TYPE` values, lowercased: `work`, `cell`, `pref`.
    var types: [String] { parameter("TYPE") }

    /// How much the property is preferred among those of its name, as vCard 4.0's `PREF` says
    /// (RFC 6350 §5.3): 1 the most, 100 the least; `TYPE=pref` (2.1 and 3.0) is 1, a `PREF`
    /// that is no number 100, and a property not marked preferred 101, after all the others.
    var preference: Int {
        if types.contains("pref") { return 1 }
        guard let value = parameter("PREF").first else { return 101 }
        return Int(value).map { min(max($0, 1), 100) } ?? 100
    }

    /// Whether this is `BEGIN` or `END`.
    var isBeginOrEnd: Bool { name == "BEGIN" || name == "END" }

    /// The value decoded (quoted-printable, charset) but with its escapes as written; `nil` for
    /// binary data (a base64 photo).
    var decoded: String? {
        let encoding = parameter("ENCODING").first
        if encoding == "b" || encoding == "base64" { return nil }
        let bytes = encoding == "quoted-printable" ? Self.quotedPrintable(rawValue) : Array(rawValue)
        return ImportText.decode(bytes[...], charset: parameter("CHARSET").first)
    }

    /// The value as text, escapes undone (`\n` a line break, `\,` a comma).
    var text: String {
        Self.unescaped(decoded ?? "")
    }

    /// The parts of a structured value (`N`, `ADR`, `ORG`), split at `;`, escapes undone.
    var components: [String] {
        Self.split(decoded ?? "", at: ";", escaped: true).map(Self.unescaped)
    }

    /// The items of a list value (`CATEGORIES`), split at `,`, escapes undone.
    var list: [String] {
        Self.split(decoded ?? "", at: ",", escaped: true).map(Self.unescaped)
    }

    // MARK: Private

    private static func parameters(_ text: String) -> [(name: String, value: String)] {
        guard let equals = text.firstIndex(of: "=") else {
            let value = text.trimmingWhitespace()
            let isEncoding = ["QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"].contains(value.uppercased())
            return value.isEmpty ? [] : [(isEncoding ? "ENCODING" : "TYPE", String(value))]
        }
        let name = text[..<equals].trimmingWhitespace().uppercased()
        var value = text[text.index(after: equals)...].trimmingWhitespace()
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = value.dropFirst().dropLast() }
        // `TYPE=work,voice` and `TYPE="cell,voice"` are lists; other values are one value.
        guard name == "TYPE" else { return [(name, String(value))] }
        return value.split(separator: ",").map { (name, String($0.trimmingWhitespace())) }
    }

    /// `text` split at `separator` outside double quotes, or, with `escaped`, where the
    /// separator has no backslash before it.
    private static func split(_ text: String, at separator: Character, escaped: Bool = false) -> [String] {
        var parts: [String] = []
        var current = ""
        var (inQuotes, afterBackslash) = (false, false)
        for character in text {
            if escaped, afterBackslash {
                current += "\\" + String(character)
                afterBackslash = false
                continue
            }
            if escaped, character == "\\" {
                afterBackslash = true
                continue
            }
            if !escaped, character == "\"" { inQuotes.toggle() }
            if character == separator, !inQuotes {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if afterBackslash { current += "\\" }
        parts.append(current)
        return parts
    }

    /// `\n` and `\N` as line breaks, `\\`, `\,`, `\;` and `\:` as the character; any other
    /// backslash is kept.
    private static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var afterBackslash = false
        for character in text {
            if afterBackslash {
                switch character {
                case "n", "N": result += "\n"
                case "\\", ",", ";", ":": result.append(character)
                default: result += "\\" + String(character)
                }
                afterBackslash = false
            } else if character == "\\" {
                afterBackslash = true
            } else {
                result.append(character)
            }
        }
        return afterBackslash ? result + "\\" : result
    }

    /// Quoted-printable bytes decoded: `=XX` a byte; soft line breaks were joined already. A
    /// `=` not followed by two hex digits stays as it is.
    private static func quotedPrintable(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "="), index + 2 < bytes.endIndex, let high = hex(bytes[index + 1]),
                let low = hex(bytes[index + 2])
            {
                result.append(high << 4 | low)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
