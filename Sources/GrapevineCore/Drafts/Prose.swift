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
        // `Junior analyst posting (applied 2026-11-15)`: a dated remark is the user's record,
        // not part of the name a message gives the opening (`Data Analyst (remote)` is).
        let headline = plain[..<end].trimmingWhitespace()
        if headline.hasSuffix(")"), let open = headline.range(of: " (", options: .backwards),
            headline[open.upperBound...].utf8.count >= 10,
            headline[open.upperBound...].split(whereSeparator: { !$0.isNumber && $0 != "-" }).contains(where: {
                $0.count == 10 && LocalDate(String($0)) != nil
            })
        {
            return String(headline[..<open.lowerBound]).trimmingWhitespace()
        }
        return String(headline)
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

    /// A `source` as the end of "I found you through …": words that describe a person
    /// (`former colleague`) take an article; a name (`Acme Slack`), what has one (`my sister`),
    /// one word (`twitter`, `friends`: a site or a plural as often as a person) and a URL do not.
    static func withArticle(_ source: String) -> String {
        guard let first = source.first, first.isLowercase else { return source }
        let word = source.prefix { !$0.isWhitespace }.lowercased()
        let determiners: Set<String> = ["a", "an", "the", "my", "our", "your", "his", "her", "their", "some"]
        guard !determiners.contains(word), source.contains(" ") else { return source }
        return ("aeiou".contains(first) ? "an " : "a ") + source
    }

    /// The first sentence of a text: up to the first `.`, `!` or `?` followed by a space or the end.
    static func firstSentence(_ text: String) -> String {
        sentences(text).first ?? text
    }

    /// The sentences of a text, each up to a `.`, `!` or `?` followed by a space or the end, the
    /// last up to the end.
    static func sentences(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        for index in characters.indices where ".!?".contains(characters[index]) {
            if index + 1 == characters.count || characters[index + 1] == " " {
                sentences.append(String(characters[start...index]).trimmingWhitespace())
                start = index + 1
            }
        }
        if start < characters.count { sentences.append(String(characters[start...]).trimmingWhitespace()) }
        return sentences.filter { !$0.isEmpty }
    }

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
