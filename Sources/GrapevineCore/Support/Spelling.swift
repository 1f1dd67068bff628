/// Suggestions for misspelled words, by edit distance.
public enum Spelling {
    /// The candidate within two edits of `word` (one for short words), if exactly one is closest.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let length = word.count
        let limit = length <= 4 ? 1 : 2
        let lowered = word.lowercased()
        // A difference in length is a lower bound of the distance: most candidates (and every
        // one, for the long keys of a hostile note) are ruled out without a table.
        let scored = candidates.lazy.filter { abs($0.count - length) <= limit }.map { ($0, distance(lowered, $0)) }
            .filter { $0.1 <= limit }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        return best.0
    }

    /// The candidate (of one word or several) closest to the start of `words`, each compared
    /// with as many of the words as it has, within two edits (one for short words): `folowed up`
    /// finds `followed up`, `thnaked` finds `thanked`.
    static func closest(toStartOf words: [String], in candidates: some Sequence<String>) -> String? {
        let lowered = words.map { $0.lowercased() }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let count = candidate.split(separator: " ").count
            guard count <= lowered.count else { continue }
            let typed = lowered.prefix(count).joined(separator: " ")
            let limit = typed.count <= 4 ? 1 : 2
            guard abs(typed.count - candidate.count) <= limit else { continue }
            let distance = distance(typed, candidate)
            guard distance <= limit else { continue }
            if best.map({ (distance, candidate) < ($0.distance, $0.candidate) }) ?? true {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Whether two names, already folded (`NameKey.plain`), are one mistyped as the other: equal,
    /// or within one edit for every six characters (so none under six: `Sam` is not `Pam`),
    /// and never more than three, as for look-alike names (`CloseNames.edits(forLength:)`).
    static func isCloseName(_ a: String, _ b: String) -> Bool {
        let limit = min(3, min(a.count, b.count) / 6)
        guard abs(a.count - b.count) <= limit else { return false }
        return a == b || distance(a, b, limit: limit) != nil
    }

    /// Whether `typed` is `word` with one slip of the fingers, both lowercase: the same first
    /// letter, and one letter wrong, left out or added, two neighbours swapped, or the wrong
    /// letter doubled (`referals`, `agneda`, `nextstep`, `refferal`). For a word under five
    /// letters only a swap or a doubled letter (`lgo`, `logg`): one letter changed in a short
    /// word makes another word (`lean`, `lot`).
    static func isSlip(_ typed: String, of word: String) -> Bool {
        // Most words are told apart by their first letter before any array is made: two ASCII
        // first bytes that differ start different characters. In ASCII a byte is a character,
        // so lengths that differ by more than one tell them apart too.
        let (first, other) = (typed.utf8.first ?? 0, word.utf8.first ?? 0)
        if first < 0x80, other < 0x80, first != other { return false }
        if abs(typed.utf8.count - word.utf8.count) > 1, typed.utf8.allSatisfy({ $0 < 0x80 }),
            word.utf8.allSatisfy({ $0 < 0x80 })
        {
            return false
        }
        let (a, b) = (Array(typed), Array(word))
        guard a != b, a.first == b.first else { return false }
        let isShort = b.count < 5
        if a.count == b.count {
            let differing = a.indices.filter { a[$0] != b[$0] }
            if differing.count == 1 { return !isShort }
            let isSwap =
                differing.count == 2 && differing[1] == differing[0] + 1
                && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
            return isSwap || !Set(undoubled(a)).isDisjoint(with: undoubled(b))
        }
        guard abs(a.count - b.count) == 1 else { return false }
        let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
        let index = shorter.indices.first { longer[$0] != shorter[$0] } ?? shorter.count
        guard Array(longer[..<index] + longer[(index + 1)...]) == shorter else { return false }
        let isDoubled = [index - 1, index + 1].contains { longer.indices.contains($0) && longer[$0] == longer[index] }
        return !isShort || (a.count > b.count && isDoubled)
    }

    /// `letters` with one letter of a doubled pair left out, for each pair: `refferal` →
    /// `referal`.
    private static func undoubled(_ letters: [Character]) -> [[Character]] {
        letters.indices.dropLast().filter { letters[$0] == letters[$0 + 1] }.map { index in
            var shorter = letters
            shorter.remove(at: index)
            return shorter
        }
    }

    /// Levenshtein distance, in characters.
    static func distance(_ a: String, _ b: String) -> Int {
        // In ASCII a byte is a character: no grapheme breaking (the most of the time it took).
        if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) {
            return distance(Array(a.utf8), Array(b.utf8))
        }
        return distance(Array(a), Array(b))
    }

    /// Levenshtein distance, in characters, when it is at most `limit`; else `nil`, found
    /// as soon as a row of the table has nothing within `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) {
            return distance(Array(a.utf8), Array(b.utf8), limit: limit)
        }
        return distance(Array(a), Array(b), limit: limit)
    }

    /// Only the cells within `limit` of the diagonal can hold `limit` or less, so only they are
    /// worked out (the others count as `limit + 1`): time in the length times `limit`, not in the
    /// square of the length, which two names of a hundred thousand characters made hours.
    private static func distance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        let outside = limit + 1
        var previous = (0...b.count).map { min($0, outside) }
        var current = Array(repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[0] = min(i, outside)
            current[low - 1] = low == 1 ? current[0] : outside
            var best = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                best = min(best, current[j])
            }
            // The next row reads one cell further right, which this one did not work out.
            if high < b.count { current[high + 1] = outside }
            if best > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    private static func distance<Element: Equatable>(_ a: [Element], _ b: [Element]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
