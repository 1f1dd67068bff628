/// An email address as an export file has it, checked before it goes into a note: both
/// readers (`LinkedInConnections`, `VCardFile`) read addresses with it, and warn in its words.
///
/// What passes: one `@` between a local part of letters, digits (any script) and
/// ``. ! # $ % & ' * + - / = ? ^ _ ` { | } ~`` (no dot first, last or twice in a row) and a
/// domain of two labels or more, each letters, digits and inner `-`; at most 254 characters.
/// A leading `mailto:` and white space around it go. Anything else — `not an email`,
/// `javascript:alert(1)`, `<jane@example.com>`, a line break with more after it — is no address:
/// a note's `email` and `mailto:` links on the site are made from it.
enum EmailAddress {
    /// The address `text` holds, or `nil` when it is not an email address.
    static func read(_ text: String) -> String? {
        var address = Substring(text.trimmingWhitespace())
        if address.lowercased().hasPrefix("mailto:") { address = address.dropFirst(7) }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard address.count <= 254, parts.count == 2, isLocalPart(parts[0]), isDomain(parts[1]) else { return nil }
        return String(address)
    }

    /// The warning for `text`, an address that `read` refused, at `line`.
    static func problem(_ text: String, line: Int) -> ImportProblem {
        ImportProblem(
            .warning, line: line, "'\(text.escapingControlCharacters)' is not an email address; imported without it")
    }

    // MARK: Private

    private static func isLocalPart(_ text: Substring) -> Bool {
        !text.isEmpty && text.first != "." && text.last != "." && !text.contains("..")
            && text.unicodeScalars.allSatisfy { isLetterOrDigit($0) || localSymbols.contains($0) }
    }

    private static func isDomain(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2
            && labels.allSatisfy { label in
                !label.isEmpty && label.first != "-" && label.last != "-"
                    && label.unicodeScalars.allSatisfy { isLetterOrDigit($0) || $0 == "-" }
            }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }

    private static let localSymbols = Set("!#$%&'*+-/=?^_`{|}~.".unicodeScalars)
}
