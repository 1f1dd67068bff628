import Foundation

/// How names are compared: Unicode-normalized, case-folded and whitespace-folded; and slugs.
enum NameKey {
    /// The comparison key of a name: lowercase, runs of white space as one space, trimmed.
    ///
    /// Swift compares and hashes strings by canonical equivalence, so NFC and NFD spellings
    /// of the same name give equal keys.
    static func fold(_ name: String) -> String {
        // Most names are words with one space between them: their key is the name lowercased,
        // an ASCII one by the standard library's own fast path, with no array in between.
        if hasPlainSpacing(name) { return name.isASCII ? name.lowercased() : name.lowercasedByScalars() }
        if name.isASCII { return foldASCII(name) }
        var result = ""
        var pendingSpace = false
        for character in name.lowercasedByScalars() {
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

    /// Slugs longer than this many UTF-8 bytes are cut where they name a file, so that file
    /// names stay under the file systems' limit (255 bytes) with a date and a suffix added.
    static let maximumFileSlugLength = 100

    /// `slug(text)` cut to `maximumFileSlugLength` bytes (at a character, without a dash at
    /// the end): a note's file name, a page's.
    ///
    /// The cut is found walking forward from the start: a substring's `dropLast()` counts it
    /// from its start each time, which made a long name take quadratic time.
    static func fileSlug(_ text: String) -> String {
        let slug = slug(text)
        var end = slug.startIndex
        var length = 0
        for character in slug {
            length += character.utf8.count
            if length > maximumFileSlugLength { break }
            end = slug.index(after: end)
        }
        var cut = slug[..<end]
        // A slug has no two dashes in a row, and the cut is short.
        while cut.hasSuffix("-") { cut = cut.dropLast() }
        return String(cut)
    }

    /// `José Núñez` → `jose-nunez`, `Mary O'Brien` → `mary-obrien`, `Hans-Jürgen Weiß` →
    /// `hans-jurgen-weiss`: lowercase, diacritics removed, the letters of `plainLetters` written
    /// as search folds them (`ø` → `o`, `ß` → `ss`), apostrophes dropped, every other run of
    /// non-alphanumerics one `-`, trimmed.
    static func slug(_ text: String) -> String {
        if text.isASCII { return slugASCII(text) }
        // One pass over the decomposed scalars, writing bytes: a scalar view appended to a
        // scalar at a time, twice, cost more than the decomposition.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingDash = false
        func add(_ scalar: Unicode.Scalar) {
            if apostrophes.contains(scalar) || isMark(scalar) { return }
            // Most of a name is ASCII even when some is not: no property lookups for that.
            let isWordPart =
                scalar.isASCII
                ? ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            guard isWordPart else {
                pendingDash = true
                return
            }
            if pendingDash, !result.isEmpty { result.append(UInt8(ascii: "-")) }
            pendingDash = false
            result += scalar.utf8
        }
        for scalar in text.lowercasedByScalars().decomposedStringWithCanonicalMapping.unicodeScalars {
            // `plainLetters` has no ASCII letter.
            if !scalar.isASCII, let plain = plainLetters[scalar] {
                for letter in plain.unicodeScalars { add(letter) }
            } else {
                add(scalar)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The key people are listed by name in (`show`'s "People there", the site's table of
    /// contacts, `graph --format json`): the slug, so that case, accents and the letters of
    /// `plainLetters` do not count and `Ørjan` is among the O's, not after Z.
    static func sortKey(_ name: String) -> String {
        slug(name)
    }

    /// Whether `a` is listed before `b` by name: by `sortKey`, then as written (one order for
    /// names with the same key).
    static func precedes(_ a: String, _ b: String) -> Bool {
        let (first, second) = (sortKey(a), sortKey(b))
        return first != second ? first < second : a < b
    }

    /// `items` in the order `precedes` gives their names (`name`), each name's key worked out
    /// once rather than at every comparison.
    static func sortedByName<Item>(_ items: [Item], name: (Item) -> String) -> [Item] {
        items.map { (name: name($0), key: sortKey(name($0)), item: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.name < $1.name }
            .map(\.item)
    }

    /// A name as it is compared for likely typos: its slug words without titles, the family
    /// name last (`Dr. María López, PhD` and `López, María` → `maria lopez`).
    static func plain(_ name: String) -> String {
        slug(givenNameFirst(name)).split(separator: "-").filter { !titles.contains(String($0)) }.joined(separator: " ")
    }

    /// Words before or after a name that say nothing about who it is.
    private static let titles: Set<String> = [
        "dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame", "jr", "sr", "phd",
    ]

    /// Whether the only white space in `name` is single ASCII spaces, none first or last and
    /// each followed by an ASCII byte (which no combining mark is), so that folding the name
    /// is just lowercasing it. Conservative: any byte that can start a non-ASCII white space
    /// character (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) says no.
    private static func hasPlainSpacing(_ name: String) -> Bool {
        // On the bytes in place: the view's iterator cost 800 instructions a name.
        let bytes = name.utf8.span
        guard bytes.isEmpty || bytes[0] != 0x20 && bytes[bytes.count - 1] != 0x20 else { return false }
        var afterSpace = false
        for offset in bytes.indices {
            let byte = bytes[offset]
            switch byte {
            case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3:
                return false
            case 0x20:
                if afterSpace { return false }
                afterSpace = true
            default:
                if afterSpace, byte >= 0x80 { return false }
                afterSpace = false
            }
        }
        return true
    }

    /// The key of an ASCII name: lowercased, runs of white space folded to one space.
    private static func foldASCII(_ name: String) -> String {
        lowercasedWords(of: name, as: .nameKey)
    }

    /// The slug of ASCII text: lowercased letters and digits, apostrophes dropped, anything
    /// else between words one dash.
    private static func slugASCII(_ text: String) -> String {
        lowercasedWords(of: text, as: .slug)
    }

    /// The two ways of joining words.
    private enum WordStyle {
        /// Words are what is not white space, joined by a space.
        case nameKey
        /// Words are letters and digits, joined by a dash; apostrophes vanish.
        case slug

        var separator: UInt8 { self == .nameKey ? UInt8(ascii: " ") : UInt8(ascii: "-") }

        func role(of byte: UInt8) -> ByteRole {
            switch self {
            case .nameKey:
                return UInt8.isASCIISpace(byte) ? .separator : .word
            case .slug:
                switch byte {
                case UInt8(ascii: "'"), UInt8(ascii: "`"): return .dropped
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    return .word
                default: return .separator
                }
            }
        }
    }

    private enum ByteRole { case word, separator, dropped }

    /// The words of ASCII `text`, lowercased and joined in `style`, read from the text's bytes
    /// in place. Every name and reference is folded, most several times.
    private static func lowercasedWords(of text: String, as style: WordStyle) -> String {
        let source = text.utf8.span
        var result = ShortText()
        var pendingSeparator = false
        for offset in source.indices {
            let byte = source[offset]
            switch style.role(of: byte) {
            case .dropped: continue
            case .separator: pendingSeparator = true
            case .word:
                if pendingSeparator, !result.isEmpty { result.append(style.separator) }
                pendingSeparator = false
                result.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            }
        }
        return result.string
    }

    /// The characters written as apostrophes, which slugs and search drop (`O’Brien` → `obrien`).
    static let apostrophes: [Unicode.Scalar] = ["'", "\u{2019}", "\u{02BC}", "`"]

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
