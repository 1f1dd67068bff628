/// Words for a command line a user may copy.
package enum Shell {
    /// `contacts/maria-lopez.md` as is; anything with other characters in single quotes.
    package static func quoted(_ text: String) -> String {
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
}
