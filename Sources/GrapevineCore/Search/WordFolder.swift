import Foundation

/// Text as search compares it: its words, each folded so that case, accents and the letters
/// people type without them do not matter (`José` → `jose`, `Straße` → `strasse`, `İstanbul`
/// and `ıstanbul` → `istanbul`, `O'Brien` → `obrien`).
///
/// A word is a run of letters, marks, digits and apostrophes as written. It is folded in these
/// steps: lowercase (Unicode's mapping, no locale); compatibility decomposition (NFKD: `é` is
/// `e` and an accent, `ﬁ` is `fi`); the accents U+0300–U+036F removed; the letters of
/// `NameKey.plainLetters` replaced (`ß` → `ss`, `ø` → `o`, `ı` → `i`, `ς` → `σ`); composed again
/// (NFC); apostrophes removed. Where the result holds something other than a letter, mark or
/// digit (`½` → `1⁄2`), it is split there into two words. The site's script folds a query in
/// the same steps (`SearchIndex.foldingScript`); a test runs both on a table of tricky strings.
///
/// A folder keeps the folded forms of the words outside ASCII it has met, since a vault
/// repeats its names and places on every page; ASCII words are folded byte by byte.
struct WordFolder {
    private var cache: [String: [UInt8]] = [:]

    /// The folded words of `text`.
    static func words(of text: String) -> [String] {
        var folder = WordFolder()
        var words: [String] = []
        folder.forEachWord(in: text.utf8.span) { _, folded in
            words += folded.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        }
        return words
    }

    /// Appends the folded words of `bytes` (valid UTF-8) to `folded`, one space between them.
    mutating func append(_ bytes: Span<UInt8>, to folded: inout [UInt8]) {
        var isFirst = true
        forEachWord(in: bytes) { _, word in
            if !isFirst { folded.append(UInt8(ascii: " ")) }
            folded += word
            isFirst = false
        }
    }

    /// Each word of `bytes`: where it is written, and its folded form. A word that folding
    /// splits (`½`) gives each part with the same place.
    mutating func words(in bytes: Span<UInt8>) -> [(source: Range<Int>, folded: ArraySlice<UInt8>)] {
        var words: [(source: Range<Int>, folded: ArraySlice<UInt8>)] = []
        forEachWord(in: bytes) { source, folded in
            for part in folded.split(separator: UInt8(ascii: " ")) { words.append((source, part)) }
        }
        return words
    }

    /// Calls `body` with each word of `bytes` (valid UTF-8): its byte range, and its folded
    /// form, the parts separated by spaces when folding split it. A word of apostrophes alone
    /// folds to nothing and is skipped.
    private mutating func forEachWord(in bytes: Span<UInt8>, _ body: (Range<Int>, [UInt8]) -> Void) {
        var ascii: [UInt8] = []
        var offset = 0
        while offset < bytes.count {
            guard let (end, isASCII) = Self.word(in: bytes, at: offset) else {
                offset += Self.scalarLength(bytes[offset])
                continue
            }
            let folded: [UInt8]
            if isASCII {
                ascii.removeAll(keepingCapacity: true)
                for index in offset..<end {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") { continue }
                    ascii.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
                }
                folded = ascii
            } else {
                let word = String(decodingUTF8: bytes.extracting(offset..<end))
                if let known = cache[word] {
                    folded = known
                } else {
                    folded = Self.fold(word)
                    cache[word] = folded
                }
            }
            if !folded.isEmpty { body(offset..<end, folded) }
            offset = end
        }
    }

    /// The end of the word that starts at `start` and whether it is all ASCII; `nil` when the
    /// character there is not part of a word.
    @inline(__always)
    private static func word(in bytes: Span<UInt8>, at start: Int) -> (end: Int, isASCII: Bool)? {
        var end = start
        var isASCII = true
        while end < bytes.count {
            let byte = bytes[end]
            if byte < 0x80 {
                guard isWordByte(byte) else { break }
                end += 1
            } else {
                let length = scalarLength(byte)
                guard isWordScalar(scalar(in: bytes, at: end, length: length)) else { break }
                isASCII = false
                end += length
            }
        }
        return end > start ? (end, isASCII) : nil
    }

    /// ASCII letters, digits and apostrophes (`'`, `` ` ``).
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"), UInt8(ascii: "`"):
            true
        default: false
        }
    }

    /// Letters, marks and digits of any script (general categories L, M and N), and apostrophes.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isLetterMarkOrNumber(scalar) || NameKey.apostrophes.contains(scalar)
    }

    private static func isLetterMarkOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            true
        default: false
        }
    }

    /// A word with characters outside ASCII, folded in the steps the type's documentation
    /// lists: its parts, UTF-8, separated by spaces.
    static func fold(_ word: String) -> [UInt8] {
        var plain = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            if let letters = NameKey.plainLetters[scalar] {
                plain.append(contentsOf: letters.unicodeScalars)
            } else {
                plain.append(scalar)
            }
        }
        var folded: [UInt8] = []
        var pendingSpace = false
        for scalar in String(plain).precomposedStringWithCanonicalMapping.unicodeScalars {
            if NameKey.apostrophes.contains(scalar) { continue }
            if isLetterMarkOrNumber(scalar) {
                if pendingSpace, !folded.isEmpty { folded.append(UInt8(ascii: " ")) }
                pendingSpace = false
                folded += String(scalar).utf8
            } else {
                pendingSpace = true
            }
        }
        return folded
    }

    /// The length of the UTF-8 sequence that `lead` starts (1 for a stray continuation byte).
    @inline(__always)
    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar whose `length` bytes of valid UTF-8 start at `index`.
    @inline(__always)
    private static func scalar(in bytes: Span<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        guard length > 1 else { return Unicode.Scalar(bytes[index]) }
        var value = UInt32(bytes[index]) & (0x7F >> length)
        for offset in index + 1..<min(index + length, bytes.count) { value = value << 6 | UInt32(bytes[offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
