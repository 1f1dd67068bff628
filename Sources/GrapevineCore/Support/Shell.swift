/// Words for a command line a user may copy.
package enum Shell {
    /// `contacts/maria-lopez.md` as is; anything with other characters in single quotes; one
    /// with a control character but a tab (a file name with a line break or an escape, from a
    /// shared vault) as bash and zsh read it escaped, `$'a\nb.md'`: printed raw, it would split
    /// the line or be obeyed by the terminal.
    package static func quoted(_ text: String) -> String {
        if text.unicodeScalars.contains(where: { $0 != "\t" && $0.properties.generalCategory == .control }) {
            return escapedQuoted(text)
        }
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || "/._-+@%,:".unicodeScalars.contains(scalar))
        }
        return plain && !text.isEmpty ? text : "'" + text.replacing("'", with: "'\\''") + "'"
    }

    /// A name as one argument: in double quotes (`"Pat O'Neil"`, as a person types it), or as
    /// `quoted` writes it when double quotes would not keep it whole (a `"`, `$`, `` ` ``, `\`
    /// or `!` in it, or a control character).
    package static func argument(_ name: String) -> String {
        let special = name.unicodeScalars.contains { scalar in
            "\"$`\\!".unicodeScalars.contains(scalar) || scalar.properties.generalCategory == .control
        }
        return special ? quoted(name) : "\"" + name + "\""
    }

    /// `text` in ANSI-C quotes: `\n`, `\r`, `\t`, `\xHH` for the other C0 controls and DEL,
    /// `\uHHHH` for C1 controls; `\` and `'` escaped.
    private static func escapedQuoted(_ text: String) -> String {
        var quoted = "$'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            case "\\": quoted += "\\\\"
            case "'": quoted += "\\'"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                quoted += "\\x" + hex(scalar.value, digits: 2)
            case _ where scalar.properties.generalCategory == .control:
                quoted += "\\u" + hex(scalar.value, digits: 4)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "'"
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let written = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - written.count)) + written
    }
}
