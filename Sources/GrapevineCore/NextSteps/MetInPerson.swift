/// How you met someone nobody referred before you first wrote to them, when you met them in
/// person: a `source` that says so (`met at the HealthTech Nights meetup`, `met her at ACHE`,
/// `in person at the career fair`), or a `met` entry in their Log before any message of yours
/// (`- 2026-11-12 met: at the meetup`). A message to them recalls the meeting; it does not say
/// you "heard about their work" (trial finding).
struct MetInPerson: Sendable, Equatable {
    /// Where, with its preposition, as the `source` says it after "met": "at the HealthTech
    /// Nights meetup"; for a `source` that names only a kind of event (`meetup`), "at the
    /// meetup"; `nil` when nothing says where.
    var place: String?
    /// The day of the `met` entry, when the Log says so.
    var date: LocalDate?

    /// How you met them, from their `source` and their Log; `nil` when nothing says you met in person.
    init?(source: String?, log: [LogEntry]) {
        let source = source?.trimmingWhitespace() ?? ""
        let words = source.lowercased().split { !$0.isLetter }
        let met = log.first { $0.event == .met }.flatMap { meeting in
            log.contains { $0.event.map(\.isOutreach) == true && $0.date < meeting.date } ? nil : meeting.date
        }
        let sourceSaysMet = Self.says(words, ["met"]) || Self.says(words, ["in", "person"])
        guard sourceSaysMet || met != nil else { return nil }
        date = met
        if sourceSaysMet {
            place = Self.place(afterMetIn: source)
        } else if Self.events.contains(source.lowercased()) {
            place = "at the " + source.lowercased()
        }
    }

    /// The kinds of event a `source` may name alone.
    static let events: Set<String> = ["meetup", "event", "conference", "talk", "panel", "career fair", "job fair"]

    /// What follows "met" and a pronoun in `source`, from its preposition: "met her at the
    /// fair" → "at the fair"; `nil` when the source does not start so.
    private static func place(afterMetIn source: String) -> String? {
        var words = source.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first, first.lowercased() == "met" else { return nil }
        words.removeFirst()
        if let pronoun = words.first, ["her", "him", "them", "you"].contains(pronoun.lowercased()) {
            words.removeFirst()
        }
        if words.count >= 2, words[0].lowercased() == "in", words[1].lowercased() == "person" { words.removeFirst(2) }
        guard let preposition = words.first,
            ["at", "during", "through", "via", "in", "on"].contains(preposition.lowercased()),
            words.count > 1
        else { return nil }
        return words.joined(separator: " ")
    }

    /// Whether `words` hold `phrase` with no negation just before it: `never met, found on
    /// LinkedIn` and `haven't met yet` do not say you met (hostile session 29: a draft to a
    /// stranger began "It was good to meet you").
    private static func says(_ words: [Substring], _ phrase: [Substring]) -> Bool {
        words.indices.contains { start in
            start + phrase.count <= words.count && Array(words[start..<start + phrase.count]) == phrase
                && !words[max(0, start - 2)..<start].contains { negations.contains($0) }
        }
    }

    /// Words that say the opposite of what follows (`t` is what is left of `haven't`).
    private static let negations: Set<Substring> = ["never", "not", "no", "t", "nt"]

    /// The outreach draft's first sentence: "It was good to meet you at the HealthTech Nights
    /// meetup on Thursday, 12 November."
    func sentence(today: LocalDate) -> String {
        "It was good to meet you" + (place.map { " " + $0 } ?? "")
            + (date.map { " " + Prose.when($0, today: today) } ?? "")
            + "."
    }

    /// The `reach-out` step's detail: "You met them at the HealthTech Nights meetup — say so."
    var detail: String {
        "You met them " + (place ?? "in person") + (date.map { " on \($0)" } ?? "")
            + " — say so, and what you talked about."
    }
}
