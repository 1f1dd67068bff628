/// A few lowercase ASCII words (keys, section names), looked up without hashing: by length,
/// then compared with the two or three words of that length. Every note looks its keys and its
/// sections up in such sets, and hashing a string cost five times as much as these comparisons.
///
/// Only words of lowercase ASCII without `;` and `` ` ``: no other text is canonically equal to
/// such a word (a string is equal to another of other bytes only through a scalar such as the
/// Kelvin sign, `K`), so the words of one length are all the words a string can be equal to.
struct WordSet: Sendable, Sequence {
    /// The words, by their length in bytes.
    private var byLength: [[String]] = []

    init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    /// Adds `word` (lowercase ASCII, as the type says) unless it is there already.
    mutating func insert(_ word: String) {
        precondition(
            word.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) && $0 != 0x3B && $0 != 0x60 },
            "a WordSet holds lowercase ASCII words only")
        let length = word.utf8.count
        if byLength.count <= length { byLength += Array(repeating: [], count: length + 1 - byLength.count) }
        if !byLength[length].contains(word) { byLength[length].append(word) }
    }

    func contains(_ word: String) -> Bool {
        let length = word.utf8.count
        return length < byLength.count && byLength[length].contains(word)
    }

    /// The words, shortest first.
    func makeIterator() -> FlattenSequence<[[String]]>.Iterator {
        byLength.joined().makeIterator()
    }

    /// These words and those of `other`.
    func union(_ other: some Sequence<String>) -> WordSet {
        var union = self
        for word in other { union.insert(word) }
        return union
    }
}

extension WordSet: ExpressibleByArrayLiteral {
    init(arrayLiteral words: String...) {
        self.init(words)
    }
}
