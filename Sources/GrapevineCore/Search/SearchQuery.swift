/// What to search for: words and phrases, folded as the notes are (`WordFolder`). A note
/// matches when it holds every term.
public struct SearchQuery: Sendable, Equatable {
    /// One thing a note must hold: a word, or a phrase of words that follow one another on
    /// one line.
    public struct Term: Sendable, Equatable {
        /// The folded words.
        public var words: [String]
        /// The folded words joined by single spaces, as they are looked for in folded text:
        /// each word but the last whole, the last the start of a word (`interview` finds
        /// `interviews`).
        var folded: [UInt8] { Array(words.joined(separator: " ").utf8) }
    }

    /// The terms, in the order written, without repeats.
    public var terms: [Term]

    /// A query that has nothing to search for: empty, or only punctuation and spaces.
    public struct Empty: Error, Sendable {}

    /// The query `text` says: words, and phrases in double quotes (`"thank you"`, or curly
    /// quotes); a quote left open runs to the end.
    public init(_ text: String) throws(Empty) {
        try self.init(arguments: [text], argumentsArePhrases: false)
    }

    /// The query of command-line arguments: each is read like `init(_:)`, and an argument with
    /// spaces but no quotes (quoted in the shell, `grapevine search "food safety"`) is a phrase.
    public init(arguments: [String]) throws(Empty) {
        try self.init(arguments: arguments, argumentsArePhrases: true)
    }

    private init(arguments: [String], argumentsArePhrases: Bool) throws(Empty) {
        var terms: [Term] = []
        for argument in arguments {
            let isPhrase = argumentsArePhrases && !argument.contains(where: Self.isQuote)
            for (text, quoted) in Self.parts(of: argument) {
                // Outside quotes, each word is a term; one that folds to several words (`腾讯`,
                // written without spaces) is the phrase of them.
                let groups = WordFolder.wordGroups(of: text)
                let found: [Term] =
                    quoted || isPhrase
                    ? [Term(words: Self.withoutLastRests(groups).flatMap(\.self))]
                    : groups.map { Term(words: Self.withoutLastRests([$0]).flatMap(\.self)) }
                for term in found where !term.words.isEmpty && !terms.contains(term) { terms.append(term) }
            }
        }
        guard !terms.isEmpty else { throw Empty() }
        self.terms = terms
    }

    /// The words of `groups` (`WordFolder.wordGroups`), but for the rests after the
    /// apostrophes of the last written word: its joined form already finds them as the last
    /// word of a term (`o'brien` finds `O'Brien` and `obrien@…`), and the rests are needed only
    /// where a word follows (`"d'Alembert said"`, as the text folds it).
    private static func withoutLastRests(_ groups: [(words: [String], hasRests: Bool)]) -> [[String]] {
        var words = groups.map(\.words)
        if let last = groups.last, last.hasRests { words[words.count - 1] = [last.words[0]] }
        return words
    }

    /// The text outside and inside double quotes, in order, each with whether it was quoted.
    private static func parts(of text: String) -> [(text: String, quoted: Bool)] {
        var parts: [(text: String, quoted: Bool)] = []
        var current = ""
        var quoted = false
        for character in text {
            if isQuote(character) {
                parts.append((current, quoted))
                current = ""
                quoted.toggle()
            } else {
                current.append(character)
            }
        }
        parts.append((current, quoted))
        return parts
    }

    private static func isQuote(_ character: Character) -> Bool {
        character == "\"" || character == "\u{201C}" || character == "\u{201D}"
    }
}
