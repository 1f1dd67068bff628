import Foundation

/// How names are compared: Unicode-normalized, case-folded and whitespace-folded; and slugs.
enum NameKey {
    /// The comparison key of a name: lowercase, runs of white space as one space, trimmed.
    ///
    /// Swift compares and hashes strings by canonical equivalence, so NFC and NFD spellings
    /// of the same name give equal keys.
    static func fold(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(name) }
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
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return slugASCII(text) }
        let scalars = text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
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

    private static func foldASCII(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            if UInt8.isASCIISpace(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func slugASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingDash, !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                pendingDash = false
                bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            default:
                pendingDash = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}", "`"]

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
