extension ListItem {
    /// Whether the item starts crossed out, `~~Ann Bell~~` or `~Ann Bell~` (GFM's
    /// strikethrough, which the item's text has as written): struck off, not to do.
    public var startsCrossedOut: Bool {
        // Most items start otherwise: no Characters walked for them.
        guard text.utf8.first == UInt8(ascii: "~") else { return false }
        let tildes = text.prefix { $0 == "~" }
        guard tildes.count == 1 || tildes.count == 2 else { return false }
        return text.dropFirst(tildes.count).contains(tildes)
    }

    /// Whether the item says nothing: `- [ ] ` or `- ` with no text (a template's empty line),
    /// or only a box with no space after it (`- [ ]`, which GFM reads as text, not a task).
    var isBlank: Bool {
        let words = text.trimmingWhitespace()
        return words.utf8.count <= 3 && (words.isEmpty || ["[ ]", "[x]", "[X]"].contains(words))
    }

    /// The item's due date (`DueMarker`: `due 2026-11-30`, `📅 2026-11-30`, `apply by
    /// 2026-11-30`, `closes 2026-11-30`), if any.
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

    /// The due date and the text without it, and without the words that announced it
    /// (`DeadlinePhrase`), found in one pass: a task's.
    public var dueDateAndText: (date: LocalDate?, text: String) {
        dueDateAndText(ofLead: false)
    }

    /// A lead's due date and its text without it: as a task's, and without the words about
    /// applying that announced the date (`Junior UX Researcher, apply by 2026-12-08` is
    /// `Junior UX Researcher`): the opening, which a step's title and a draft name.
    public var leadDueDateAndText: (date: LocalDate?, text: String) {
        dueDateAndText(ofLead: true)
    }

    /// A lead's text without its due date (`leadDueDateAndText`).
    public var leadText: String {
        leadDueDateAndText.text
    }

    /// An interview's lead's text without its deadline: as `leadText`, and without a deadline
    /// written without its year (`posting closes Dec 11`), which such a lead is due on
    /// (`leadDeadline(meeting:)`), as an ISO one goes. An organization's opening keeps such a
    /// date in its words: it is not read there.
    var interviewLeadText: String {
        dueDateAndText(ofLead: true, withoutYearless: true).text
    }

    /// An interview's lead's text without its deadline (`interviewLeadText`), wikilinks as
    /// their words: the opening a step or a draft names.
    public var shownLeadText: String {
        Wikilink.shown(interviewLeadText)
    }

    /// The due date and the text without it, nor the Tasks plugin's marks (`TaskBookkeeping`:
    /// `✅ 2026-11-12`, `⏫`), nor the tags that end it (`InlineTags.removedFromEnd`); for a
    /// lead, also without the words about applying.
    private func dueDateAndText(ofLead isLead: Bool, withoutYearless: Bool = false) -> (date: LocalDate?, text: String)
    {
        let (date, text) = dueDateAndWords(ofLead: isLead, withoutYearless: withoutYearless)
        return (date, codeSpans.isEmpty ? InlineTags.removedFromEnd(of: TaskBookkeeping.removed(from: text)) : text)
    }

    /// The due date and the text without it; for a lead, also without the words about applying;
    /// `withoutYearless`, also without a deadline written without its year.
    private func dueDateAndWords(ofLead isLead: Bool, withoutYearless: Bool) -> (date: LocalDate?, text: String) {
        if let marker = dueMarker {
            return (marker.date, words(without: marker.range, dateStart: marker.range.upperBound - 10, ofLead: isLead))
        }
        guard withoutYearless, let deadline = deadlineWithoutYearRange else { return (nil, text) }
        return (nil, words(without: deadline.range, dateStart: deadline.dateStart, ofLead: true))
    }

    /// The text without the bytes `range` (a marker and its date, the date from `dateStart`),
    /// nor the words and brackets that only announced it; for a lead, nor those about applying.
    private func words(without range: Range<Int>, dateStart: Int, ofLead isLead: Bool) -> String {
        // The marker and its date are ASCII or whole characters (`📅`, a month's name): their
        // ends are where characters start.
        let utf8 = text.utf8
        var before = text[..<utf8.index(utf8.startIndex, offsetBy: range.lowerBound)].trimmingWhitespace()
        var after = text[utf8.index(utf8.startIndex, offsetBy: range.upperBound)...].trimmingWhitespace()
        // `Content role, closes 📅 2026-12-11`, `Data role — apply before 2026-12-09`: the words
        // that only led up to the date go with it.
        before = DeadlinePhrase.removed(from: before, ofLead: isLead)
        // `Senior Analyst (due 2026-11-20)`, `[due:: 2026-11-20]` (Dataview), `@due(2026-11-20)`
        // (TaskPaper), `(apply by 2026-12-09)`: the brackets go with the date.
        for (open, close) in Self.dateBrackets where before.last == open && after.first == close {
            before = DeadlinePhrase.removed(from: before.dropLast(), ofLead: isLead)
            after = after.dropFirst().trimmingWhitespace()
        }
        // `Data role (apply by 2026-12-09, remote)`: no comma after the bracket.
        if let open = before.last, Self.dateBrackets.contains(where: { $0.0 == open }), let mark = after.first,
            ",;".contains(mark)
        {
            after = after.dropFirst().trimmingWhitespace()
        }
        // `Senior Analyst posting, due 2026-11-20`: so does what led up to a date at the end.
        if after.trimmingWhitespace().isEmpty {
            before = before.trimmingWhitespace()
            while let last = before.last, ",;:–—-".contains(last) { before = before.dropLast().trimmingWhitespace() }
        }
        // `Renew passport, due 2026-12-10, then book`: one comma where the date was.
        if let mark = after.first, ",;".contains(mark) {
            while let last = before.last, ",;".contains(last) { before = before.dropLast() }
        }
        // `Write to Sam due 2026-11-20, before the holidays`: no space before the comma, nor
        // after a bracket.
        let joint =
            after.first.map { ",;.)".contains($0) } == true || before.last.map({ "([".contains($0) }) == true
            ? "" : " "
        let rest = (String(before) + joint + String(after)).trimmingWhitespace()
        // `- [ ] Closes 2026-12-03`: an item that is nothing but its date keeps the words that
        // announced it, never an empty title.
        guard rest.isEmpty else { return rest }
        var said = text[..<utf8.index(utf8.startIndex, offsetBy: dateStart)].trimmingWhitespace()
        while let last = said.last, ":([".contains(last) { said = said.dropLast().trimmingWhitespace() }
        if said.first == "@" { said = said.dropFirst() }
        return said.contains(where: \.isLetter) ? String(said) : text
    }

    /// The brackets around a date that go with it: `(due …)`, `[due:: …]`, `@due(…)`.
    private static let dateBrackets: [(Character, Character)] = [("(", ")"), ("[", "]"), ("@", ")")]

    /// The date a word of a deadline announces (`closes 2026-11-30`), even where a due date of
    /// the syntax wins over it (`… closes 2026-11-30 due 2026-12-05`, as `snooze` writes).
    var deadlineInProse: LocalDate? {
        text.utf8.withContiguousStorageIfAvailable { DueMarker.deadlineInProse(in: $0, code: codeSpans) }
            ?? DueMarker.deadlineInProse(in: Array(text.utf8), code: codeSpans)
    }

    /// The due date and the UTF-8 offsets of `due 2026-11-25` (or `by …`, `📅 …`) in the text.
    private var dueMarker: (date: LocalDate, range: Range<Int>)? {
        let marker =
            text.utf8.withContiguousStorageIfAvailable { DueMarker.due(in: $0, code: codeSpans) }
            ?? DueMarker.due(in: Array(text.utf8), code: codeSpans)
        return marker.map { ($0.date, $0.range) }
    }

    /// The item's due markers (`DueMarker.all`), each with where its date would be, read or not.
    var dueMarkers: [DueMarker.Found] {
        text.utf8.withContiguousStorageIfAvailable { DueMarker.all(in: $0, code: codeSpans) }
            ?? DueMarker.all(in: Array(text.utf8), code: codeSpans)
    }

    /// The first date in the item's text (its UTF-8 range and ISO form) that none of its
    /// `markers` (`dueMarkers`) announces and that says nothing else of itself
    /// (`UnmarkedDates`), if any.
    func firstUnmarkedDate(markers: [DueMarker.Found]) -> UnmarkedDates.Found? {
        text.utf8.withContiguousStorageIfAvailable { UnmarkedDates.first(in: $0, code: codeSpans, markers: markers) }
            ?? UnmarkedDates.first(in: Array(text.utf8), code: codeSpans, markers: markers)
    }
}
