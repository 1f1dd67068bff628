/// A quick look at a note's bytes, as written, that rules out most notes that cannot hold a
/// folded word, so that only the others are folded (`WordFolder`) and searched.
///
/// It may let through a note that turns out not to hold the word, never the other way round:
/// where a word holds a character outside ASCII, what it folds to is not worked out here, and
/// the note is let through. It looks for the word's first letter in either case; at each,
/// when a word may start there, it compares the rest letter by letter, skipping apostrophes, as
/// far as the word goes or until a character outside ASCII. At a character outside ASCII that
/// can start a word, it folds that character alone and lets the note through when that is
/// anything but the start of a different word in ASCII (`é` → `e` is ruled out for `manufacturing`).
/// Escapes in quoted YAML (`"Jos\u00e9"`) write a value with other letters than the file's:
/// `SearchResults` does not screen a note whose front matter holds a backslash.
struct WordScreen: Sendable {
    /// The folded word.
    let word: [UInt8]
    private let lower: UInt8
    private let upper: UInt8
    /// Whether the word starts with an ASCII letter or digit, the only words screened.
    private let isScreened: Bool

    /// The screen for `word`, folded.
    init(word: String) {
        self.word = Array(word.utf8)
        lower = self.word.first ?? 0
        upper = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) ? lower - 0x20 : lower
        isScreened = lower < 0x80 && WordFolder.isASCIIWordByte(lower) && !WordFolder.isApostrophe(lower)
    }

    /// Whether `bytes` (valid UTF-8) may hold a word whose folded form starts with `word`.
    func mayOccur(in bytes: Span<UInt8>, folder: inout WordFolder) -> Bool {
        guard isScreened else { return true }
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == lower || byte == upper {
                if mayStartWord(bytes, at: offset), mayMatch(bytes, from: offset) { return true }
            } else if byte >= 0xC0, mayFold(bytes, at: offset, folder: &folder) {
                return true
            }
            offset += 1
        }
        return false
    }

    /// Whether a word may start at `offset`: what comes before it is an ASCII apostrophe (after
    /// one inside a word, `d'Alembert`, a word starts too), the start, an ASCII byte that is no
    /// part of a word, or a character outside ASCII (which may or may not be part of a word;
    /// the screen lets it through).
    private func mayStartWord(_ bytes: Span<UInt8>, at offset: Int) -> Bool {
        let before = offset - 1
        guard before >= 0, !WordFolder.isApostrophe(bytes[before]) else { return true }
        let byte = bytes[before]
        return byte >= 0x80 || !WordFolder.isASCIIWordByte(byte)
    }

    /// Whether the letters from `offset` on may fold to `word` or a longer word: equal, ASCII
    /// apostrophes skipped, until the word ends or a byte outside ASCII is met.
    private func mayMatch(_ bytes: Span<UInt8>, from offset: Int) -> Bool {
        var index = offset
        var matched = 0
        while matched < word.count {
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            index += 1
            if byte >= 0x80 { return true }
            if WordFolder.isApostrophe(byte) { continue }
            // A `+` or `#` is only in a word as its suffix (`c++`), and only there compared.
            guard
                byte == word[matched]
                    || WordFolder.isASCIIWordByte(byte) && WordFolder.lowercased(byte) == word[matched]
            else { return false }
            matched += 1
        }
        return true
    }

    /// Whether the character outside ASCII at `offset` may start a word that folds to `word`:
    /// unless it is no part of a word, or folds alone to one word in ASCII that differs from
    /// the word's start. (A character that folds to several, `½` → `1 2`, starts a word inside.)
    private func mayFold(_ bytes: Span<UInt8>, at offset: Int, folder: inout WordFolder) -> Bool {
        guard let folded = folder.foldedCharacter(in: bytes, at: offset) else { return false }
        guard !folded.isEmpty, folded.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: " ") }) else { return true }
        return folded.starts(with: word.prefix(folded.count))
    }
}
