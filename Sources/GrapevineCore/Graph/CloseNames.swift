/// The notes whose names come close to a name no note has: the same name written another way
/// (equal `NameKey.lookAlike` keys), or a few letters off. Never by comparing every pair: a
/// name is compared only with the names whose first and last words start with the same
/// letters and whose length differs by no more than the edits allowed, each comparison given
/// up as soon as it is further than that. A slip in the first letter of either word is not
/// suggested: that is the price of looking at a few dozen names out of 10,000.
struct CloseNames: Sendable {
    /// A note whose name is close, and how close.
    struct Match: Equatable, Sendable {
        /// The note's index in the vault's notes.
        var note: Int
        /// Edits between the look-alike keys; 0: the same name written another way.
        var distance: Int
    }

    private struct Bucket: Hashable {
        var first: Character
        var lastWordFirst: Character
        var length: Int

        init?(key: String, length: Int) {
            guard let first = key.first else { return nil }
            self.first = first
            // Found from the end, by byte: splitting the key into characters was most of the
            // time an index of 10,000 names took.
            let lastSpace = key.utf8.lastIndex(of: UInt8(ascii: " "))
            lastWordFirst = lastSpace.flatMap { key[key.utf8.index(after: $0)...].first } ?? first
            self.length = length
        }
    }

    /// The most notes a hint suggests.
    static let suggestionLimit = 3

    private let names: [String]
    private let kinds: [NoteKind]
    /// The notes by look-alike key.
    private var notesByKey: [String: [Int]] = [:]
    /// The distinct keys by first letter and length: a name shared by thousands of notes is
    /// compared once.
    private var buckets: [Bucket: [String]] = [:]

    /// Indexes the notes by their look-alike keys (`ReferenceIndex.lookAlikeKeys`; an empty
    /// key leaves a note out).
    init(notes: [Note], lookAlikeKeys: [String]) {
        names = notes.map(\.name)
        kinds = notes.map(\.kind)
        notesByKey.reserveCapacity(lookAlikeKeys.count)
        for (index, key) in lookAlikeKeys.enumerated() where !key.isEmpty {
            notesByKey[key, default: []].append(index)
        }
        for key in notesByKey.keys {
            guard let bucket = Bucket(key: key, length: key.count) else { continue }
            buckets[bucket, default: []].append(key)
        }
    }

    /// The notes whose name has the look-alike key `key`, in note order.
    func notes(withKey key: String) -> [Int] {
        notesByKey[key] ?? []
    }

    /// How many edits from a name of `length` characters another may be and still be close:
    /// one in up to 9 characters, two up to 14, three from 15.
    static func edits(forLength length: Int) -> Int {
        min(3, max(1, length / 5))
    }

    /// The notes of `kinds` whose names are closest to `name`, at most `suggestionLimit`,
    /// closest first, then by name.
    func matches(for name: String, kinds allowed: Set<NoteKind>) -> [Match] {
        let key = NameKey.lookAlike(name)
        let length = key.count
        guard let bucket = Bucket(key: key, length: length) else { return [] }
        let edits = Self.edits(forLength: length)
        var found: [Match] = []
        for candidateLength in max(1, length - edits)...(length + edits) {
            var lengthBucket = bucket
            lengthBucket.length = candidateLength
            for candidate in buckets[lengthBucket] ?? [] {
                guard let distance = Spelling.distance(key, candidate, limit: edits) else { continue }
                // A few notes per key: the hint names no more, however many share the name.
                let notes = (notesByKey[candidate] ?? []).lazy.filter { allowed.contains(kinds[$0]) }
                found += notes.prefix(Self.suggestionLimit).map { Match(note: $0, distance: distance) }
            }
        }
        for candidate in abbreviated(key, in: bucket) {
            let notes = (notesByKey[candidate] ?? []).lazy.filter { allowed.contains(kinds[$0]) }
            found += notes.prefix(Self.suggestionLimit).map { Match(note: $0, distance: 1) }
        }
        found.sort { ($0.distance, names[$0.note], $0.note) < ($1.distance, names[$1.note], $1.note) }
        var suggested: [Match] = []
        for match in found
        where suggested.count < Self.suggestionLimit && !suggested.contains(where: { $0.note == match.note }) {
            suggested.append(match)
        }
        return suggested
    }

    /// The keys that `key` may stand for when some of its words are cut to their first letter
    /// (`maria l` for `maria lopez`, `j obi` for `jane obi`): as many words, the letters
    /// first letters of the key's words, the other words equal. At least one word must be
    /// whole, so `m l` suggests nothing. The same bucket, only longer.
    private func abbreviated(_ key: String, in bucket: Bucket) -> [String] {
        let words = key.split(separator: " ")
        let isLetter = words.map { $0.count == 1 }
        guard words.count > 1, isLetter.contains(true), isLetter.contains(false) else { return [] }
        var found: [String] = []
        var longer = bucket
        // Each letter may stand for a word of any length; names are rarely longer than this.
        for length in (bucket.length + 1)...(bucket.length + 40) {
            longer.length = length
            for candidate in buckets[longer] ?? [] {
                let candidateWords = candidate.split(separator: " ")
                guard candidateWords.count == words.count,
                    zip(words, candidateWords).allSatisfy({ $0 == $1 || ($0.count == 1 && $1.first == $0.first) })
                else { continue }
                found.append(candidate)
            }
        }
        return found
    }
}
