extension NameKey {
    /// Words that go before a name and do not tell people apart.
    static let honorifics: Set<String> = ["dr", "prof", "mr", "ms", "mrs", "mx"]

    /// The key under which two ways of writing one person's name are equal: the slug's words
    /// (case, accents, apostrophes and punctuation folded) without leading honorifics
    /// (`Dr.`, `Prof.`, `Mr.`, `Ms.`, `Mrs.`, `Mx.`) and without middle initials, joined by
    /// spaces. `Dr. Nkechi A. Obi` and `nkechi obi` → `nkechi obi`; `Ana Li` and `Ann Lee`
    /// stay apart, and so do `J. Obi` and `Nkechi Obi` (a first initial is not dropped).
    /// Different middle initials are told apart by `initialsAgree`.
    static func lookAlike(_ name: String) -> String {
        let key = lookAlikeWords(name).key.joined(separator: " ")
        return key.isASCII ? key : foldLetters(key)
    }

    /// The middle initials `lookAlike` leaves out, in order: `Nkechi A. B. Obi` → `ab`. Two
    /// names with one key whose initials differ (`Abena C. Cruz`, `Abena K. Cruz`) are two
    /// people; a name without initials may be either.
    static func middleInitials(_ name: String) -> String {
        lookAlikeWords(name).initials.joined()
    }

    /// Whether two names with one `lookAlike` key may be one person: their middle initials
    /// are the same, or one has none.
    static func initialsAgree(_ a: String, _ b: String) -> Bool {
        let (first, second) = (middleInitials(a), middleInitials(b))
        return first.isEmpty || second.isEmpty || first == second
    }

    private static func lookAlikeWords(_ name: String) -> (key: [Substring], initials: [Substring]) {
        var words = slug(name).split(separator: "-")
        while words.count > 1, honorifics.contains(String(words[0])) { words.removeFirst() }
        guard words.count > 2 else { return (words, []) }
        let middle = words[1..<(words.count - 1)]
        return (
            [words[0]] + middle.filter { $0.count > 1 } + [words[words.count - 1]],
            middle.filter { $0.count == 1 }
        )
    }

    /// Letters that have no decomposition into a base letter and an accent, written as the
    /// base letters people type for them.
    private static func foldLetters(_ key: String) -> String {
        var result = ""
        for character in key {
            switch character {
            case "ł": result += "l"
            case "ø": result += "o"
            case "đ", "ð": result += "d"
            case "ß": result += "ss"
            case "æ": result += "ae"
            case "œ": result += "oe"
            case "ı": result += "i"
            case "þ": result += "th"
            default: result.append(character)
            }
        }
        return result
    }
}
