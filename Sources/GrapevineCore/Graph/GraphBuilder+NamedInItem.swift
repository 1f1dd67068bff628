/// Who of the people of a group meeting a Referrals item's words name (`- Farah Haddad —
/// Claire's friend`): the one who gave the name, not everyone there.
extension GraphBuilder {
    /// The words of a name or a remark, split at anything not a letter or a digit (`Claire's`
    /// is `claire`, `s`; `Marie-Claude` is `marie`, `claude`), without case or accents, each
    /// with whether it was written with a capital.
    static func words(_ text: String) -> [(key: String, isCapitalized: Bool)] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { word in
            (NameKey.slug(String(word)), word.first?.isUppercase == true)
        }
    }

    /// The words of a person's name, as `words(_:)` keys them.
    static func nameWords(_ name: String) -> [String] {
        words(name).map(\.key).filter { !$0.isEmpty }
    }

    /// The indexes of `names` (each a full name and a first name, as `nameWords` keys them)
    /// that `remark` names: by the full name, or by the first name when it is no one else's of
    /// them; the name's first word written with a capital (`will intro` is not Will).
    static func people(namedIn remark: String, names: [(full: [String], first: [String])]) -> [Int] {
        let written = words(remark)
        func occurs(_ name: [String]) -> Bool {
            guard !name.isEmpty, written.count >= name.count else { return false }
            return (0...(written.count - name.count)).contains { start in
                written[start].isCapitalized && zip(written[start...], name).allSatisfy { $0.key == $1 }
            }
        }
        return names.indices.filter { index in
            let (full, first) = names[index]
            if occurs(full) { return true }
            let shared = names.indices.contains { $0 != index && names[$0].first == first }
            return !shared && occurs(first)
        }
    }
}
