import Foundation

/// How names are compared: Unicode-normalized, case-folded and whitespace-folded; and slugs.
enum NameKey {
    /// The comparison key of a name: lowercase, runs of white space as one space, trimmed.
    ///
    /// Swift compares and hashes strings by canonical equivalence, so NFC and NFD spellings
    /// of the same name give equal keys.
    static func fold(_ name: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in name.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// `José Núñez` → `jose-nunez`, `Mary O'Brien` → `mary-obrien`: lowercase, diacritics
    /// removed, apostrophes dropped, every other run of non-alphanumerics one `-`, trimmed.
    static func slug(_ text: String) -> String {
        let scalars = text.unicodeScalars.allSatisfy(\.isASCII)
            ? text.lowercased().unicodeScalars
            : text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        var result = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in scalars {
            if apostrophes.contains(scalar) || isMark(scalar) { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return String(result)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}", "`"]

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
