/// The words at the end of an item's text, before its due date, that only announced the date:
/// they go with it when the date is taken out (`ListItem.dueDateAndText`), so that a step's
/// title and a draft's words never end in `, closes` or `, apply`.
///
/// Three rules, in this order, on the text before the date (`Data role — apply` of `Data role
/// — apply before 2026-12-09`, whose `before` is the date's marker):
///
/// 1. Words of a deadline (`closes`, `closing on`, `deadline:`, `due`, `until`, …) go, with
///    the comma or dash before them: `Analyst posting, closes 📅 2026-11-20` → `Analyst posting`.
/// 2. A clause after a comma, dash, colon or bracket made only of words about applications
///    (`applications`, `registration`, `the posting is open`, …) goes, with its comma or dash:
///    `Design role, applications close` → `Design role`. In a lead, whose step says "Apply:"
///    already, so do the verbs (`apply`, `submit`, `register`): `Junior UX Researcher, apply`
///    → `Junior UX Researcher`; in a task they are what to do (`Call Sam, apply`). `Data role,
///    then apply` keeps its words: `then` is not one of them.
/// 3. In a lead, a last `apply`, `submit` or `register` goes when the word before it does not
///    make it part of a sentence: `Lumen Health apply` → `Lumen Health`, but `Ask how to
///    apply` and `Finish the letter and apply` stay.
///
/// A text that is nothing but such words keeps them (`Apply by 2026-12-08` is `Apply`), and so
/// does text that is not about the deadline: `Write to Sam by 2026-12-02` is `Write to Sam`.
enum DeadlinePhrase {
    /// `text` without the words at its end that announced a date; `isLead` for a lead's.
    static func removed(from text: Substring, ofLead isLead: Bool) -> Substring {
        let text = text.trimmingWhitespace()
        // Every rule takes words away only when the last one is among a lead's words: most
        // texts end otherwise, and their characters are not walked.
        return endsWithOtherWord(text) ? text : byTheRules(text, ofLead: isLead)
    }

    /// `text` (trimmed) after the three rules.
    static func byTheRules(_ text: Substring, ofLead isLead: Bool) -> Substring {
        let text = withoutDeadlineWords(text)
        return withoutLastClause(text, words: isLead ? leadWords : applicationWords)
            ?? (isLead ? withoutLastVerb(text) : nil) ?? text
    }

    /// Whether `text` (trimmed) ends in an ASCII word none of the rules takes away (`leadWords`
    /// holds all of theirs): its last word, after a space or a separator of rule 2, and
    /// before a `:` at the end. A word with other bytes, or a space other than ASCII's
    /// before it, is left to the rules.
    private static func endsWithOtherWord(_ text: Substring) -> Bool {
        var utf8 = text.utf8[...]
        if utf8.last == UInt8(ascii: ":") { utf8 = utf8.dropLast() }
        // Where the last word starts, walked back to; then the word, lowercased, in one piece.
        var start = utf8.endIndex
        while start > utf8.startIndex {
            let before = utf8.index(before: start)
            let byte = utf8[before]
            guard byte < 0x80 else {
                // `—` and `–` (E2 80 94, E2 80 93) end the word as the ASCII separators do.
                let dash = (byte == 0x94 || byte == 0x93) && utf8[..<before].suffix(2).elementsEqual([0xE2, 0x80])
                if dash { break }
                return false
            }
            if byte == UInt8(ascii: " ") || (9...13).contains(byte) || ",;:(".utf8.contains(byte) { break }
            start = before
        }
        var word = Array(utf8[start...])
        for index in word.indices where word[index] >= UInt8(ascii: "A") && word[index] <= UInt8(ascii: "Z") {
            word[index] += 32
        }
        return !leadWords.contains(String(decoding: word, as: UTF8.self))
    }

    /// Rule 1: `Analyst posting, closes` → `Analyst posting`.
    private static func withoutDeadlineWords(_ text: Substring) -> Substring {
        var text = text
        while true {
            let words = text.trimmingWhitespace()
            let end = words.last == ":" ? words.dropLast() : words
            guard let space = end.lastIndex(where: \.isWhitespace),
                deadlineWords.contains(end[end.index(after: space)...].lowercased())
            else { return text }
            let rest = withoutSeparators(end[..<space])
            guard hasContent(rest) else { return text }
            text = rest
        }
    }

    /// Rule 2: the text before its last clause, when that clause is made only of `allowed`
    /// words and something comes before it; else `nil`. An opening bracket stays, for the
    /// closing one after the date (`Data role (apply by 2026-12-09)`).
    private static func withoutLastClause(_ text: Substring, words allowed: Set<String>) -> Substring? {
        guard let separator = lastSeparator(in: text) else { return nil }
        let clause = text[separator.upperBound...]
        let words = clause.words()
        guard !words.isEmpty, words.allSatisfy({ allowed.contains($0.lowercased()) }) else { return nil }
        let rest =
            text[separator].hasPrefix("(")
            ? text[..<separator.upperBound] : withoutSeparators(text[..<separator.lowerBound])
        return hasContent(rest) ? rest : nil
    }

    /// Rule 3 (a lead's): the text without its last word when that is `apply`, `submit` or `register` and
    /// the word before it does not make it part of a sentence; else `nil`.
    private static func withoutLastVerb(_ text: Substring) -> Substring? {
        guard let space = text.lastIndex(where: \.isWhitespace), verbs.contains(text[space...].dropFirst().lowercased())
        else { return nil }
        let rest = text[..<space].trimmingWhitespace()
        let previous = rest.words().last.map { $0.lowercased() } ?? ""
        guard hasContent(rest), !sentenceWords.contains(previous) else { return nil }
        return rest
    }

    /// The range of the last `,`, `;`, `:`, `(`, `—`, `–`, ` - ` or `. ` in `text`.
    private static func lastSeparator(in text: Substring) -> Range<Substring.Index>? {
        var index = text.endIndex
        while index > text.startIndex {
            let previous = text.index(before: index)
            let character = text[previous]
            if ",;:(—–".contains(character) { return previous..<index }
            // A hyphen or a full stop with a space after it (and a hyphen with one before):
            // `Data role - apply`, `Data role. Apply`, not `full-time` or `St. Louis`.
            if character == "-" || character == ".", index < text.endIndex, text[index] == " ",
                character == "." || (previous > text.startIndex && text[text.index(before: previous)] == " ")
            {
                return previous..<index
            }
            index = previous
        }
        return nil
    }

    /// `text` without the spaces, commas and dashes at its end.
    private static func withoutSeparators(_ text: Substring) -> Substring {
        var text = text.trimmingWhitespace()
        while let last = text.last, ",;:–—-".contains(last) { text = text.dropLast().trimmingWhitespace() }
        return text
    }

    /// Whether `text` says anything: a letter or a digit, not only brackets and dashes.
    private static func hasContent(_ text: Substring) -> Bool {
        text.contains { $0.isLetter || $0.isNumber }
    }

    /// The words that lead up to a date: `closes`, `closing on`, `deadline:`, `apply until` (the
    /// words that mark a due date, and `on`). The phrases of several words never end a text
    /// alone: their last word is what is looked at.
    private static let deadlineWords = Set(DueMarker.proseWords + ["due", "on"])

    /// The words of a clause about applications (`applications close`, `the posting is open
    /// until`), with those of rule 1.
    private static let applicationWords: Set<String> = deadlineWords.union([
        "application", "applications", "apps", "submission", "submissions", "registration", "enrollment", "online",
        "the", "it", "is", "are", "posting", "position", "role", "job", "opening", "listing", "offer", "open",
        "accepting", "entries",
    ])

    /// The verbs of rule 3.
    private static let verbs: Set<String> = ["apply", "submit", "register"]

    /// The words of a clause about applying in a lead (`apply`, `submit it online by`).
    private static let leadWords: Set<String> = applicationWords.union(verbs).union([
        "applying", "enroll", "enrol", "directly", "now", "here", "to", "for",
    ])

    /// Words after which `apply` is part of a sentence: `Remember to apply`, `then apply`.
    private static let sentenceWords: Set<String> = [
        "to", "and", "or", "then", "also", "should", "must", "will", "can", "could", "would", "please", "pls",
        "need", "needs", "i", "we", "you", "not", "never", "just", "still", "&", "+",
    ]
}
