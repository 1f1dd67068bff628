extension ListItem {
    /// Whether the item starts crossed out, `~~Ann Bell~~` or `~Ann Bell~` (GFM's
    /// strikethrough, which the item's text has as written): struck off, not to do.
    public var startsCrossedOut: Bool {
        let tildes = text.prefix { $0 == "~" }
        guard tildes.count == 1 || tildes.count == 2 else { return false }
        return text.dropFirst(tildes.count).contains(tildes)
    }

    /// The date after `due`, `by`, `deadline` or `📅` in the item's text, if any (`DueMarker`).
    public var dueDate: LocalDate? {
        dueMarker?.date
    }

    /// The item's text without its due date, for lists that show the date in a column of its own.
    public var textWithoutDue: String {
        dueDateAndText.text
    }

    /// The text without its due date, wikilinks as their words (`Wikilink.shown`): an item
    /// named in a step's details.
    public var shownText: String {
        Wikilink.shown(textWithoutDue)
    }

    /// The due date and the text without it, found in one pass.
    public var dueDateAndText: (date: LocalDate?, text: String) {
        guard let marker = dueMarker else { return (nil, text) }
        // The marker and its date are ASCII or whole characters (`📅`): their ends are where
        // characters start.
        let utf8 = text.utf8
        var before = text[..<utf8.index(utf8.startIndex, offsetBy: marker.range.lowerBound)].trimmingWhitespace()
        var after = text[utf8.index(utf8.startIndex, offsetBy: marker.range.upperBound)...].trimmingWhitespace()
        // `Senior Analyst (due 2026-11-20)`, `[due:: 2026-11-20]` (Dataview), `@due(2026-11-20)`
        // (TaskPaper): the brackets go with the date.
        for (open, close) in Self.dateBrackets where before.last == open && after.first == close {
            before = before.dropLast().trimmingWhitespace()
            after = after.dropFirst().trimmingWhitespace()
        }
        // `Analyst posting, closes 📅 2026-11-20`: a word that only led up to the date goes with it.
        before = Self.withoutDateWord(before)
        // `Senior Analyst posting, due 2026-11-20`: so does what led up to a date at the end.
        if after.trimmingWhitespace().isEmpty {
            before = before.trimmingWhitespace()
            while let last = before.last, ",;:–—-".contains(last) { before = before.dropLast().trimmingWhitespace() }
        }
        // `Renew passport, due 2026-12-10, then book`: one comma where the date was.
        if let mark = after.first, ",;".contains(mark) {
            while let last = before.last, ",;".contains(last) { before = before.dropLast() }
        }
        // `Write to Sam due 2026-11-20, before the holidays`: no space before the comma.
        let joint = after.first.map { ",;.)".contains($0) } == true ? "" : " "
        return (marker.date, (String(before) + joint + String(after)).trimmingWhitespace())
    }

    /// The text before a due date without the words at its end that announced the date
    /// (`closes`, `closing on`, `deadline:`) and the comma or dash before them: `Analyst
    /// posting, closes` is `Analyst posting`. A text that is nothing but such words keeps them.
    private static func withoutDateWord(_ text: Substring) -> Substring {
        var text = text
        while true {
            let words = text.trimmingWhitespace()
            let end = words.last == ":" ? words.dropLast() : words
            guard let space = end.lastIndex(where: \.isWhitespace),
                dateWords.contains(end[end.index(after: space)...].lowercased())
            else { return text }
            var rest = end[..<space].trimmingWhitespace()
            while let last = rest.last, ",;:–—-".contains(last) { rest = rest.dropLast().trimmingWhitespace() }
            guard !rest.isEmpty else { return text }
            text = rest
        }
    }

    /// Words that say a date follows: `closes 📅 2026-11-20`, `apply until due 2026-11-20`.
    private static let dateWords: Set<String> = [
        "closes", "closing", "close", "deadline", "due", "by", "until", "till", "before", "on", "ends", "expires",
    ]

    /// The brackets around a date that go with it: `(due …)`, `[due:: …]`, `@due(…)`.
    private static let dateBrackets: [(Character, Character)] = [("(", ")"), ("[", "]"), ("@", ")")]

    /// The due date and the UTF-8 offsets of `due 2026-11-25` (or `by …`, `📅 …`) in the text.
    private var dueMarker: (date: LocalDate, range: Range<Int>)? {
        text.utf8.withContiguousStorageIfAvailable { DueMarker.first(in: $0, code: codeSpans) }
            ?? DueMarker.first(in: Array(text.utf8), code: codeSpans)
    }

    /// Where the text after each `due` (a word of its own, any case) or `📅` starts, past the
    /// spaces and `:` that follow it, as UTF-8 offsets: where a due date would be. `overdue`
    /// has no `due` here.
    var dueMarkerEnds: [Int] {
        text.utf8.withContiguousStorageIfAvailable { DueMarker.dueWordEnds(in: $0, code: codeSpans) }
            ?? DueMarker.dueWordEnds(in: Array(text.utf8), code: codeSpans)
    }
}
