extension ContentLine {
    /// One unfolded line: `NAME;PARAM=value:value`.
    struct Property: Sendable, Equatable {
        /// The name, in capitals.
        var name: String
        /// Everything between the name and the value's colon, as written: `;VALUE=DATE`.
        var parameters: String
        /// The value as written, escapes and all.
        var value: String
    }

    /// The lines of `text` unfolded: lines end in CRLF (or LF alone, as files edited by hand
    /// may), and a line that starts with a space or a tab continues the one before. A byte
    /// order mark and blank lines are dropped.
    static func unfolded(_ text: String) -> [String] {
        var lines: [String] = []
        // By scalar: as a Character, CRLF is one, and a split at "\n" would not find it.
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            if line.last == "\r" { line.removeLast() }
            if let first = line.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += String(line.dropFirst())
            } else if !line.isEmpty {
                lines.append(String(line))
            }
        }
        if let first = lines.first, first.unicodeScalars.first == "\u{FEFF}" {
            lines[0] = String(first.unicodeScalars.dropFirst())
        }
        return lines
    }

    /// `line` split at its name and at the first colon outside a quoted parameter value;
    /// `nil` when it has no colon or no name.
    static func property(_ line: String) -> Property? {
        var quoted = false
        var nameEnd: String.UnicodeScalarView.Index?
        let scalars = line.unicodeScalars
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "\"" { quoted.toggle() }
            if nameEnd == nil, scalar == ";" || scalar == ":" { nameEnd = index }
            guard !quoted, scalar == ":", let nameEnd, nameEnd > scalars.startIndex else { continue }
            return Property(
                name: String(scalars[..<nameEnd]).uppercased(), parameters: String(scalars[nameEnd..<index]),
                value: String(scalars[scalars.index(after: index)...]))
        }
        return nil
    }

    /// A TEXT value with its escapes undone: `\n` (or `\N`) a line break, `\\`, `\,` and `\;`
    /// the character; any other backslash is kept as written.
    static func unescaped(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "\\")) else { return value }
        var result = ""
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                switch scalar {
                case "n", "N": result += "\n"
                case "\\", ",", ";": result.unicodeScalars.append(scalar)
                default: result.unicodeScalars += ["\\", scalar]
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        if escaping { result += "\\" }
        return result
    }

    /// The first lines a file of ours starts with are searched for the `PRODID`: it comes
    /// right after `BEGIN` and `VERSION`.
    private static let headerLines = 6

    /// Whether `bytes` are a file Grapevine wrote: it begins `BEGIN:<component>`, and one of
    /// its first lines is a `PRODID` whose value starts `-//Grapevine//`.
    static func isWrittenByGrapevine(_ bytes: [UInt8], component: String) -> Bool {
        let start = String(decoding: bytes.prefix(4096), as: UTF8.self)
        let lines = unfolded(start).prefix(headerLines).compactMap(property)
        guard let first = lines.first, first.name == "BEGIN", first.value.uppercased() == component else {
            return false
        }
        return lines.contains { $0.name == "PRODID" && $0.value.hasPrefix(producerPrefix) }
    }

    /// How the `PRODID` of every file Grapevine writes begins.
    static let producerPrefix = "-//Grapevine//"
}
