/// Small pieces of English for steps, drafts and prep sheets: lists, first names, dates in words.
public enum Prose {
    /// "Sam", "Sam and Ana", "Sam, Ana and Leo": the one way lists of names (and of anything
    /// else) are said.
    public static func list(_ items: [String], separator: String = ", ") -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        if separator != ", " { return items.joined(separator: separator) }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// "A, B or C": items one of which is meant.
    static func alternatives(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }

    /// People with their organizations, each said once: "Kai Lee, Tom Baker and Bea Noor
    /// (Impossible Foods)" when all of them work there, else each organization after its
    /// person's name: "Kai Lee (Impossible Foods), Tom Baker (Impossible Foods) and Bea Noor".
    static func people(_ people: [(name: String, organization: String?)]) -> String {
        guard let first = people.first else { return "" }
        if let organization = first.organization, people.allSatisfy({ $0.organization == organization }) {
            return "\(list(people.map(\.name))) (\(organization))"
        }
        return list(people.map { person in person.name + (person.organization.map { " (\($0))" } ?? "") })
    }

    /// An item's text as a reader sees it: `[[Grace Liu]]` becomes "Grace Liu",
    /// `[[José Núñez|José]]` becomes "José".
    static func plain(_ text: String) -> String {
        Wikilink.shown(text).trimmingWhitespace()
    }

    /// A line of Markdown as it goes into a message: `plain`, and without emphasis, code or
    /// strikethrough marks or a link's target (`**UX research**`, `[portfolio](https://…)`).
    static func inMessage(_ line: String) -> String {
        ShownText.of(Wikilink.shown(line))
    }

    /// What an item names, without the comment after a dash: "Associate Food Scientist,
    /// req 4471" for "Associate Food Scientist, req 4471 — Nadia will forward my resume".
    static func headline(_ text: String) -> String {
        let plain = inMessage(text)
        var end = plain.endIndex
        for separator in [" — ", " – ", " - "] {
            if let range = plain.range(of: separator), range.lowerBound < end { end = range.lowerBound }
        }
        // `Junior analyst posting (applied 2026-11-15)`, `Research Associate, posted 2026-11-30`:
        // a dated remark is the user's record, not part of the name a message gives the opening
        // (`Data Analyst (remote)`, `Analyst, Payments` are).
        let headline = plain[..<end].trimmingWhitespace()
        if headline.hasSuffix(")"), let open = headline.range(of: " (", options: .backwards),
            holdsDate(headline[open.upperBound...])
        {
            return String(headline[..<open.lowerBound]).trimmingWhitespace()
        }
        if let comma = headline.range(of: ", ", options: .backwards), holdsDate(headline[comma.upperBound...]) {
            return String(headline[..<comma.lowerBound]).trimmingWhitespace()
        }
        return String(headline)
    }

    /// Whether `text` holds an ISO date (`2026-11-30`).
    private static func holdsDate(_ text: Substring) -> Bool {
        text.utf8.count >= 10
            && text.split(whereSeparator: { !$0.isNumber && $0 != "-" }).contains {
                $0.count == 10 && LocalDate(String($0)) != nil
            }
    }

    /// An opening as a sentence names it: the headline without an "Apply to" or "Apply for"
    /// before it ("the QA Chemist opening" for "Apply to the QA Chemist opening").
    static func opening(_ text: String) -> String {
        ApplyRule.opening(headline(text))
    }

    /// What an item says after the dash: "regulatory at Greenway" for "[[Grace Liu]] — regulatory at Greenway".
    static func comment(_ text: String) -> String? {
        let plain = plain(text)
        for separator in [" — ", " – ", " - "] {
            if let offset = plain.byteOffset(of: separator) {
                let rest = String(decoding: plain.utf8.dropFirst(offset + separator.utf8.count), as: UTF8.self)
                    .trimmingWhitespace()
                return rest.isEmpty ? nil : rest
            }
        }
        return nil
    }

    /// `text` without the quotation marks around all of it (`"Hiring managers want…"`), which
    /// a message quoting it puts back.
    static func unquoted(_ text: String) -> String {
        without([("\"", "\""), ("“", "”"), ("„", "“"), ("«", "»")], around: text)
    }

    /// `text` without the brackets around all of it (`[waiting on her reply]`, `(in HR)`): a
    /// remark of the user's, shown after a label or in a column of its own, where brackets read
    /// as a placeholder to fill in. A link (`[[Jo]]`) or brackets inside (`(a) and (b)`) stay.
    public static func unbracketed(_ text: String) -> String {
        without([("(", ")"), ("[", "]")], around: text)
    }

    /// `text` without the first and last characters when they are one of `pairs` and neither
    /// is found between them.
    private static func without(_ pairs: [(Character, Character)], around text: String) -> String {
        guard text.count > 2, let first = text.first, let last = text.last,
            pairs.contains(where: { $0 == (first, last) })
        else { return text }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains(first), !inner.contains(last) else { return text }
        return String(inner).trimmingWhitespace()
    }

    /// A count as a sentence writes it: "one" to "ten" in words, larger ones in digits.
    static func number(_ count: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return words.indices.contains(count) ? words[count] : String(count)
    }

    /// A `source` as the end of "I found you through …": words that describe a person or a
    /// thing (`former colleague`, `bootcamp`) take an article; a site written in lower case
    /// (`twitter`) is spelled as its name; a name (`Acme Slack`), what has an article
    /// (`my sister`), a plural (`friends`) and a URL are left as written.
    static func withArticle(_ source: String) -> String {
        guard let first = source.first, first.isLowercase else { return source }
        let word = source.prefix { !$0.isWhitespace }.lowercased()
        let determiners: Set<String> = ["a", "an", "the", "my", "our", "your", "his", "her", "their", "some"]
        guard !determiners.contains(word) else { return source }
        if !source.contains(" ") {
            if let site = sites[word] { return site }
            guard source.allSatisfy({ $0.isLetter || $0 == "-" }), !source.hasSuffix("s") else { return source }
        }
        return ("aeiou".contains(first) ? "an " : "a ") + source
    }

    /// Whether a `source` is a remark rather than where you found someone: it holds a clause
    /// break (`never met, found on LinkedIn`, `Ann's friend; ask about the pilot`, `forum (the
    /// triage thread)`, `Slack — #design`), so "I found you through …" would not read.
    static func isRemark(_ source: String) -> Bool {
        source.contains { ",;()—".contains($0) } || source.contains(": ") || source.contains(" - ")
    }

    /// Sites a `source` may name in lower case, as their names are spelled.
    private static let sites: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            "Bluesky", "Discord", "Facebook", "GitHub", "Instagram", "Mastodon", "Medium", "Reddit", "Slack",
            "Substack", "TikTok", "Twitter", "X", "YouTube",
        ].map { ($0.lowercased(), $0) })

    /// The first sentence of a text: up to the first `.`, `!` or `?` followed by a space or the end.
    static func firstSentence(_ text: String) -> String {
        sentences(text).first ?? text
    }

    /// The sentences of a text, each up to a `.`, `!` or `?` followed by a space or the end, the
    /// last up to the end. The dot of a title or an initial before a name (`St. Brigid's`,
    /// `Dr. Obi`, `J. Smith`) or of `e.g.` ends none.
    static func sentences(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        for index in characters.indices where ".!?".contains(characters[index]) {
            if index + 1 == characters.count
                || characters[index + 1] == " " && !abbreviationEnds(characters[start..<index])
            {
                sentences.append(String(characters[start...index]).trimmingWhitespace())
                start = index + 1
            }
        }
        if start < characters.count { sentences.append(String(characters[start...]).trimmingWhitespace()) }
        return sentences.filter { !$0.isEmpty }
    }

    /// Whether the word that ends `text` is one a dot follows inside a sentence: a title before
    /// a name (`Dr`, `St`, `Mt`), an initial (`J`), `e.g`, `i.e`, `vs` or `cf`.
    private static func abbreviationEnds(_ text: ArraySlice<Character>) -> Bool {
        let word = String(text[((text.lastIndex { $0 == " " || $0 == "(" }).map { $0 + 1 } ?? text.startIndex)...])
        if word.count == 1, let letter = word.first { return letter.isUppercase }
        return abbreviations.contains(word.lowercased())
    }

    /// Words written with a dot that rarely end a sentence (`Jr.`, `etc.` and `Inc.` often do).
    private static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "fr", "st", "mt", "ft", "sgt", "capt", "lt", "e.g", "i.e",
        "vs", "cf",
    ]

    /// The number of words in a text, as a word processor counts them.
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
    }

    /// "Tuesday, 1 December" in `today`'s year, "Sunday, 30 November 2025" in another.
    static func date(_ date: LocalDate, today: LocalDate) -> String {
        let (year, month, day) = date.components
        let words = "\(weekday(date)), \(day) \(LocalDate.monthNames[month - 1])"
        return year == today.components.year ? words : "\(words) \(year)"
    }

    /// "Friday".
    static func weekday(_ date: LocalDate) -> String {
        weekdays[date.weekday - 1]
    }

    /// When something happened, seen from `today`: "today", "yesterday", else "on Wednesday,
    /// 14 October" (a weekday alone would be wrong by the time a draft sent later is read).
    static func when(_ date: LocalDate, today: LocalDate) -> String {
        switch date.days(until: today) {
        case 0: return "today"
        case 1: return "yesterday"
        default: return "on " + Self.date(date, today: today)
        }
    }

    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
