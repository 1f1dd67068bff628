import Foundation

/// Text as search compares it: its words, each folded so that case, accents and the letters
/// people type without them do not matter (`José` → `jose`, `Straße` → `strasse`, `İstanbul`
/// and `ıstanbul` → `istanbul`, `O'Brien` → `obrien brien`).
///
/// A word is a run of letters, marks, digits and apostrophes as written, with an `&` between
/// two of its parts kept (`AT&T` → `at&t`, not `at` and `t`). It is folded in these
/// steps: lowercase (Unicode's mapping, no locale); compatibility decomposition (NFKD: `é` is
/// `e` and an accent, `ﬁ` is `fi`); the accents U+0300–U+036F removed; the letters of
/// `NameKey.plainLetters` replaced (`ß` → `ss`, `ø` → `o`, `ı` → `i`, `ς` → `σ`); composed again
/// (NFC); apostrophes removed, and what followed each apostrophe inside the word, of two
/// characters or more, added as a word of its own (`d'Alembert` → `dalembert alembert`: a
/// surname after an elided article is found). Where the result holds something other than a
/// letter, mark or digit (`½` → `1⁄2`), it is split there into two words; a Chinese character,
/// hiragana or katakana is a word on its own (`isCharacterWord`). A word's suffix of `+` or
/// `#` is kept (`C++`, `C#`). The site's script folds a query in
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

    /// The folded words of `text`, a group for each word as written: a word that folds to
    /// several (`腾讯` → `腾 讯`, `½` → `1 2`, `d'Alembert` → `dalembert alembert`) is one group
    /// of them; `hasRests` when they are a joined word and the rests after its apostrophes.
    static func wordGroups(of text: String) -> [(words: [String], hasRests: Bool)] {
        var folder = WordFolder()
        var groups: [(words: [String], hasRests: Bool)] = []
        let bytes = text.utf8.span
        folder.forEachWord(in: bytes) { source, folded in
            let words = folded.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            let written = String(decodingUTF8: bytes.extracting(source))
            let hasRests = words.count > 1 && written.unicodeScalars.contains(where: NameKey.apostrophes.contains)
            groups.append((words, hasRests))
        }
        return groups
    }

    /// Appends the folded words of `bytes` (valid UTF-8) to `folded`, one space between them.
    ///
    /// Every line of every note comes through here for each search: ASCII words are copied
    /// byte by byte through `asciiFolding`, without a call or an array of their own.
    mutating func append(_ bytes: Span<UInt8>, to folded: inout [UInt8]) {
        let table = Self.asciiFolding.span
        var offset = 0
        var isFirst = true
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80, table[Int(byte)] == Self.separator {
                offset += 1
                continue
            }
            guard let (end, isASCII) = Self.word(in: bytes, at: offset, table: table) else {
                offset += Self.scalarLength(byte)
                continue
            }
            let wordStart = folded.count
            if !isFirst { folded.append(UInt8(ascii: " ")) }
            if isASCII {
                let lettersStart = folded.count
                var apostrophes: [Int] = []
                for index in offset..<end {
                    let plain = table[Int(bytes[index])]
                    // A separator inside a word is its `&` (`at&t`) or its `+` or `#` suffix
                    // (`word(in:at:table:)`).
                    if plain == Self.separator {
                        folded.append(bytes[index])
                    } else if plain != Self.apostrophe {
                        folded.append(plain)
                    } else if folded.count > lettersStart {
                        apostrophes.append(folded.count)
                    }
                }
                if !apostrophes.isEmpty { Self.appendRests(after: apostrophes, to: &folded) }
            } else {
                folded += fold(bytes.extracting(offset..<end))
            }
            // A word of apostrophes alone leaves nothing, not even its space.
            if folded.count == wordStart + (isFirst ? 0 : 1) {
                folded.removeSubrange(wordStart...)
            } else {
                isFirst = false
            }
            offset = end
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
        let table = Self.asciiFolding.span
        var offset = 0
        while offset < bytes.count {
            guard let (end, _) = Self.word(in: bytes, at: offset, table: table) else {
                offset += Self.scalarLength(bytes[offset])
                continue
            }
            var folded: [UInt8] = []
            append(bytes.extracting(offset..<end), to: &folded)
            if !folded.isEmpty { body(offset..<end, folded) }
            offset = end
        }
    }

    /// After a word folded without its apostrophes (`dalembert`, ending `folded`), what follows
    /// each apostrophe inside it (at the offsets `apostrophes`) as a word too, when it is two
    /// characters or more: `d'Alembert` is found as `dalembert`, `d'alembert` and `alembert`;
    /// `don't` gets no word `t`.
    private static func appendRests(after apostrophes: [Int], to folded: inout [UInt8]) {
        let end = folded.count
        for start in apostrophes where String(decoding: folded[start..<end], as: UTF8.self).unicodeScalars.count >= 2 {
            folded.append(UInt8(ascii: " "))
            folded.append(contentsOf: folded[start..<end])
        }
    }

    /// The folded form of one word with characters outside ASCII, from the cache or made and
    /// kept there.
    private mutating func fold(_ word: Span<UInt8>) -> [UInt8] {
        let word = String(decodingUTF8: word)
        if let known = cache[word] { return known }
        let folded = Self.fold(word)
        cache[word] = folded
        return folded
    }

    /// The folded form of the one character outside ASCII at `offset` (a lead byte), alone;
    /// `nil` when it is no part of a word.
    mutating func foldedCharacter(in bytes: Span<UInt8>, at offset: Int) -> [UInt8]? {
        let length = Self.scalarLength(bytes[offset])
        guard Self.isWordScalar(Self.scalar(in: bytes, at: offset, length: length)) else { return nil }
        return fold(bytes.extracting(offset..<min(offset + length, bytes.count)))
    }

    /// Whether an ASCII byte is part of a word: a letter, a digit or an apostrophe.
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        asciiFolding[Int(byte)] != separator
    }

    /// Whether an ASCII byte is an apostrophe (`'`, `` ` ``), which words drop.
    static func isApostrophe(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`")
    }

    /// An ASCII letter or digit as a folded word has it.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    /// What `append` writes for each ASCII byte: a lowercase letter or digit, `apostrophe`
    /// (left out, inside a word), or `separator` (between words).
    private static let asciiFolding: [UInt8] = (0..<128).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte + 0x20
        case UInt8(ascii: "'"), UInt8(ascii: "`"): return apostrophe
        default: return separator
        }
    }
    private static let separator: UInt8 = 0
    private static let apostrophe: UInt8 = 0xFF

    /// The end of the word that starts at `start` and whether it is all ASCII; `nil` when the
    /// character there is not part of a word. `table` is `asciiFolding`.
    @inline(__always)
    private static func word(in bytes: Span<UInt8>, at start: Int, table: Span<UInt8>) -> (end: Int, isASCII: Bool)? {
        var end = start
        var isASCII = true
        var hasLetter = false
        while end < bytes.count {
            let byte = bytes[end]
            if byte < 0x80 {
                let plain = table[Int(byte)]
                guard plain != separator || joinsWord(bytes, at: end, after: start, table: table) else { break }
                hasLetter = hasLetter || plain != apostrophe
                end += 1
            } else {
                let length = scalarLength(byte)
                let scalar = scalar(in: bytes, at: end, length: length)
                guard isWordScalar(scalar) else { break }
                hasLetter = hasLetter || !NameKey.apostrophes.contains(scalar)
                isASCII = false
                end += length
            }
        }
        guard end > start else { return nil }
        return (hasLetter ? suffixEnd(bytes, at: end, table: table) ?? end : end, isASCII)
    }

    /// Whether the byte at `offset` is an `&` that joins a word's parts (`AT&T`, `R&D`): after
    /// a part of the word (which starts at `start`) and before another, so that `AT&T` is not
    /// the words `at` and `t`, found in "met at the fair".
    @inline(__always)
    private static func joinsWord(_ bytes: Span<UInt8>, at offset: Int, after start: Int, table: Span<UInt8>) -> Bool {
        guard bytes[offset] == UInt8(ascii: "&"), offset > start, offset + 1 < bytes.count else { return false }
        let next = bytes[offset + 1]
        if next < 0x80 { return table[Int(next)] != separator }
        return isWordScalar(scalar(in: bytes, at: offset + 1, length: scalarLength(next)))
    }

    /// Where a word's suffix of `+` or `#` that starts at `offset` ends (`C++`, `C#`, `F#`,
    /// `A+`), when one is there and nothing that is part of a word follows it (`C#1` is two
    /// words, `a+b` too): without it, `c++` would be the word `c` and find every word that
    /// starts with c.
    @inline(__always)
    private static func suffixEnd(_ bytes: Span<UInt8>, at offset: Int, table: Span<UInt8>) -> Int? {
        var end = offset
        while end < bytes.count, bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "#") { end += 1 }
        guard end > offset else { return nil }
        guard end < bytes.count else { return end }
        let byte = bytes[end]
        if byte < 0x80 { return table[Int(byte)] == separator ? end : nil }
        return isWordScalar(scalar(in: bytes, at: end, length: scalarLength(byte))) ? nil : end
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
        var apostrophes: [Int] = []
        for scalar in String(plain).precomposedStringWithCanonicalMapping.unicodeScalars {
            if NameKey.apostrophes.contains(scalar) {
                if !folded.isEmpty, !pendingSpace { apostrophes.append(folded.count) }
                continue
            }
            if scalar == "+" || scalar == "#" || scalar == "&", !pendingSpace, !folded.isEmpty {
                // A word's suffix or its `&` (`word(in:at:table:)`), as ASCII words keep them.
                folded += String(scalar).utf8
            } else if isLetterMarkOrNumber(scalar) {
                let isCharacterWord = isCharacterWord(scalar)
                if pendingSpace || isCharacterWord, !folded.isEmpty { folded.append(UInt8(ascii: " ")) }
                pendingSpace = isCharacterWord
                folded += String(scalar).utf8
            } else {
                pendingSpace = true
            }
        }
        // The rests after apostrophes, as for an ASCII word, when folding kept the word whole.
        if !apostrophes.isEmpty, !folded.contains(UInt8(ascii: " ")) { appendRests(after: apostrophes, to: &folded) }
        return folded
    }

    /// Whether `scalar` is a word on its own: a Chinese character (Han, as Japanese and Korean
    /// write them too), hiragana or katakana. These scripts put no space between words, so a
    /// run of them (`他在腾讯工作`) is a clause, and only its start would be found; each
    /// character a word, `腾讯` is found as the phrase `腾 讯` (`SearchQuery` makes a phrase of
    /// a word written without spaces that folds to several).
    static func isCharacterWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3005...0x3007, 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
            0x20000...0x3134F:
            true
        default: false
        }
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
