/// Reads typed values out of front matter, recording a diagnostic for every value of the
/// wrong type or form instead of guessing.
struct FieldReader {
    let frontMatter: FrontMatter
    let file: String
    /// The note's text, where a string of several references finds the column of each; empty
    /// when the front matter is not a note's (each is then at the string's start).
    var source = ""
    private(set) var diagnostics: [Diagnostic] = []

    init(frontMatter: FrontMatter, file: String) {
        self.frontMatter = frontMatter
        self.file = file
    }

    /// The value of `key`, treating YAML null as absent.
    func value(_ key: String) -> FrontMatter.Value? {
        guard let value = frontMatter[key], !value.isNull else { return nil }
        return value
    }

    mutating func string(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalar else {
            wrongType(key, value, expected: "text")
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        if let inner = curlyQuoted(trimmed), case .scalar(_, isPlain: true) = value.content {
            report(
                .warning, .curlyQuotes,
                "'\(key)' is in curly quotes, '\(trimmed)', which YAML does not read as quotes; it is read as '\(inner)'",
                at: value.position,
                hint: "write straight quotes, \"\(inner)\", or none: Smart Punctuation (on a Mac, iPhone or iPad) "
                    + "curls them as you type")
            return inner
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// What is inside curly quotes (or guillemets) around all of a plain YAML value (`“Grace
    /// Kim”`, as Smart Punctuation types `"Grace Kim"`), which references already read
    /// without them (`Reference.unquoted`); `nil` for any other value.
    private func curlyQuoted(_ text: String) -> String? {
        // Most values start with an ASCII byte: nothing to look at.
        guard let first = text.utf8.first, first >= 0x80 else { return nil }
        let inner = Reference.unquoted(text)
        return inner == text || inner.isEmpty ? nil : inner
    }

    /// A list of strings; a single string is a one-item list.
    mutating func strings(_ key: String) -> [String] {
        scalars(key).map { $0.text }
    }

    /// `aliases`: a list of names; one written as a wikilink (`"[[Kimmy]]"`, as Obsidian links
    /// a name) is the name inside it. One text with commas (`aliases: Mari, Mary L`, as
    /// Obsidian reads it) is the names between them, with a warning that shows the list (an
    /// alias with a comma in it, `Lopez, Maria`, is written in a list).
    mutating func aliases(_ key: String) -> [String] {
        var names = strings(key)
        if case .scalar? = value(key)?.content, let text = names.first, text.utf8.contains(UInt8(ascii: ",")),
            let position = value(key)?.position
        {
            names = text.split(separator: ",").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
            let list = "[" + names.joined(separator: ", ") + "]"
            report(
                .warning, .listAsText,
                "'\(text)' in '\(key)' is one text with commas in it; it is read as the list \(list)",
                at: position, hint: "write '\(key): \(list)', or, for one alias with a comma, '\(key): [\"\(text)\"]'")
        }
        return names.map { alias in
            guard alias.hasPrefix("[["), alias.hasSuffix("]]"), alias.utf8.count > 4 else { return alias }
            let inner = alias.dropFirst(2).dropLast(2)
            return String(inner.prefix { $0 != "|" }).trimmingWhitespace()
        }.filter { !$0.isEmpty }
    }

    /// `tags`: a list of text; a tag with a comma in it (`tags: mentor, health`, one string
    /// in YAML) is a warning that says how to write several.
    mutating func tags(_ key: String) -> [String] {
        let tags = scalars(key)
        for tag in tags where tag.text.utf8.contains(UInt8(ascii: ",")) {
            let items = tag.text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            report(
                .warning, .invalidValue, "'\(tag.text)' is one tag with a comma in it", at: tag.position,
                hint: "for several tags, write a list: '\(key): [\(items.joined(separator: ", "))]'")
        }
        // `"#job/search"`, as Obsidian's tag properties may be written: the `#` says it is a tag,
        // the same as `job/search` beside it.
        var seen: Set<String> = []
        return tags.compactMap { tag in
            let text = tag.text.hasPrefix("#") ? String(tag.text.dropFirst()) : tag.text
            return text.isEmpty || !seen.insert(text).inserted ? nil : text
        }
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalar, let flag = Self.bool(text) else {
            wrongType(key, value, expected: "true or false")
            return nil
        }
        return flag
    }

    mutating func integer(_ key: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalar, let number = Int(text.trimmingWhitespace()) else {
            // `45 min`: the number alone is what to write. (Not `2` for `2.5`: a fraction cut off
            // is another value.)
            let text = value.scalar?.trimmingWhitespace() ?? ""
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            let isFraction = [".", ","].contains(text.dropFirst(digits.count).first)
            report(
                .error, .wrongType, "'\(key)' should be a whole number, not \(value.description)", at: value.position,
                hint: digits.isEmpty
                    ? nil : isFraction ? "write a whole number" : "write the number alone: '\(key): \(digits)'")
            return nil
        }
        return number
    }

    /// A date; a date-time's date (`added: 2026-11-01 10:00`, or `3pm`, says the day as plainly).
    mutating func date(_ key: String) -> LocalDate? {
        parsed(key, as: "a date (YYYY-MM-DD)", format: "YYYY-MM-DD") {
            LocalDate($0) ?? (LocalDateTime($0) ?? Self.dateWithSpokenTime($0))?.date
        }
    }

    /// A list of dates (a single date is a one-item list); an item that is not a date is an
    /// error at its place and left out.
    mutating func dates(_ key: String) -> [LocalDate] {
        scalars(key).compactMap { item in
            guard let date = LocalDate(Self.dayOfLink(item.text)) else {
                invalidDate(item.text, key: key, at: item.position, expected: "YYYY-MM-DD")
                return nil
            }
            return date
        }
    }

    mutating func dateTime(_ key: String) -> LocalDateTime? {
        parsed(
            key, as: "a date (YYYY-MM-DD) or date-time (YYYY-MM-DD HH:MM)", format: "YYYY-MM-DD or YYYY-MM-DD HH:MM"
        ) { LocalDateTime($0) ?? Self.dateWithSpokenTime($0) }
    }

    /// An ISO date and a time as people write it (`2026-11-10 3pm`, `2026-11-10 9:00`,
    /// `2026-11-10 at 3:30 PM`): that date and time, which say the moment as plainly as
    /// `15:00` does. A bare hour (`2026-11-10 3`) is not read: three what?
    static func dateWithSpokenTime(_ text: String) -> LocalDateTime? {
        let utf8 = text.utf8
        guard utf8.count > 11, let date = LocalDate(String(decoding: utf8.prefix(10), as: UTF8.self)),
            [UInt8(ascii: " "), UInt8(ascii: ",")].contains(utf8[utf8.index(utf8.startIndex, offsetBy: 10)]),
            let time = spokenTime(in: utf8.dropFirst(10)), time.isExplicit
        else { return nil }
        return LocalDateTime(date: date, minutes: time.minutes)
    }

    /// A date-like scalar, reported as a wrong type when it is not text and as an invalid
    /// date when `parse` rejects it.
    private mutating func parsed<Value>(
        _ key: String, as description: String, format: String, _ parse: (String) -> Value?
    ) -> Value? {
        guard let value = value(key) else { return nil }
        guard let text = Self.dateText(value) else {
            wrongType(key, value, expected: description)
            return nil
        }
        guard let parsed = parse(Self.dayOfLink(text.trimmingWhitespace())) else {
            invalidDate(text, key: key, at: value.position, expected: format, withTime: format.contains("HH:MM"))
            return nil
        }
        return parsed
    }

    /// `true`, `false` or a date: when something was sent, which is not before `notBefore`
    /// (the interview): the hint of a date written another way does not propose such a reading first.
    mutating func sent(_ key: String, notBefore: LocalDate? = nil) -> Interview.Sent? {
        guard let value = value(key) else { return nil }
        guard let text = Self.dateText(value)?.trimmingWhitespace() else {
            wrongType(key, value, expected: "a date (YYYY-MM-DD) or true")
            return nil
        }
        if let flag = Self.bool(text) { return flag ? .undated : nil }
        guard let date = LocalDate(Self.dayOfLink(text)) else {
            invalidDate(
                text, key: key, at: value.position, expected: "YYYY-MM-DD, or true when the date is unknown",
                notBefore: notBefore)
            return nil
        }
        return .on(date)
    }

    /// One reference or a list of them. An unquoted `[[Name]]` (which YAML reads as a list
    /// inside a list) is taken as the wikilink it was meant to be, and a string of several
    /// wikilinks (`"[[Nora Field]], [[Omar Haddad]]"`) as each of them.
    mutating func references(_ key: String) -> [Reference] {
        scalars(key).flatMap { item -> [Reference] in
            guard let several = SeveralWikilinks(item.text) else {
                return Reference(frontMatter: item.text, at: item.position, in: file).map { [$0] } ?? []
            }
            if !several.otherText.isEmpty {
                // `"[[Nora Field]] (host), [[Omar Haddad]]"`: the people are read, the remark is not.
                let links = several.links.map { "\"[[\($0.target)]]\"" }.joined(separator: ", ")
                let words = several.otherText.map { "'\($0)'" }.joined(separator: ", ")
                report(
                    .warning, .invalidValue,
                    "'\(item.text)' in '\(key)' is read as its \(several.links.count) links; "
                        + "\(words) in it is not read",
                    at: item.position, hint: "write a list of the links, '\(key): [\(links)]', and the rest in the body"
                )
            }
            return several.references(from: item.position, in: source)
        }
    }

    mutating func reminders(_ key: String) -> [Reminder] {
        guard let value = value(key) else { return [] }
        if case .list(let entries) = value.content {
            return entries.compactMap { reminder(from: $0, key: key) }
        }
        return reminder(from: value, key: key).map { [$0] } ?? []
    }

    /// Reports a key whose value is of an unexpected kind.
    mutating func wrongType(_ key: String, _ value: FrontMatter.Value, expected: String) {
        report(.error, .wrongType, "'\(key)' should be \(expected), not \(value.description)", at: value.position)
    }

    mutating func report(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, at position: SourcePosition,
        hint: String? = nil
    ) {
        diagnostics.append(Diagnostic(severity, code, message, file: file, at: position, hint: hint))
    }

    // MARK: Private

    mutating func scalars(_ key: String) -> [(text: String, position: SourcePosition)] {
        guard let value = value(key) else { return [] }
        switch value.content {
        case .scalar(let text, _):
            let trimmed = text.trimmingWhitespace()
            return trimmed.isEmpty ? [] : [(trimmed, value.position)]
        case .list(let items):
            if let wikilink = Self.unquotedWikilink(value) { return [wikilink] }
            var result: [(String, SourcePosition)] = []
            for item in items {
                if let wikilink = Self.unquotedWikilink(item) {
                    result.append(wikilink)
                } else if let text = item.scalar?.trimmingWhitespace() {
                    if !text.isEmpty { result.append((text, item.position)) }
                } else if !item.isNull {
                    wrongType(key, item, expected: "text or a list of text")
                }
            }
            return result
        case .mapping:
            wrongType(key, value, expected: "text or a list of text")
            return []
        }
    }

    /// The text of a value where a date is expected: a scalar's, or an unquoted link's
    /// (`date: [[2026-12-02]]`, which YAML reads as a list inside a list).
    private static func dateText(_ value: FrontMatter.Value) -> String? {
        value.scalar ?? unquotedWikilink(value)?.text
    }

    /// The date a link to a day's note stands for (`[[2026-12-02]]`, `[[2026-12-02|Dec 2]]`,
    /// as Obsidian users link a date in a property, and as the Log already reads them); any
    /// other text as it is, so that an error quotes what was written.
    static func dayOfLink(_ text: String) -> String {
        guard text.hasPrefix("[["), text.hasSuffix("]]"), text.utf8.count > 4 else { return text }
        let inside = text.dropFirst(2).dropLast(2)
        let target = String(inside.prefix { $0 != "|" }).trimmingWhitespace()
        guard !inside.contains("["), LocalDate(target) != nil || LocalDateTime(target) != nil else { return text }
        return target
    }

    /// `[[Name]]` written without quotes parses as a list holding a list holding "Name".
    private static func unquotedWikilink(_ value: FrontMatter.Value) -> (text: String, position: SourcePosition)? {
        guard case .list(let outer) = value.content, outer.count == 1,
            case .list(let inner) = outer[0].content, inner.count == 1, let name = inner[0].scalar
        else { return nil }
        return ("[[\(name)]]", value.position)
    }

    private mutating func reminder(from value: FrontMatter.Value, key: String) -> Reminder? {
        switch value.content {
        case .scalar(let text, _):
            let trimmed = text.trimmingWhitespace()
            // `2026-12-20 text`, or as a Log entry is written, `2026-12-20: text`.
            let dateText = trimmed.prefix { !$0.isWhitespace && $0 != ":" }
            guard let date = LocalDate(dateText) else {
                // `remind: Dec 1 ask about Q1`: the date as written, and the line to write.
                if let form = LogDateForms.match(trimmed, year: nil), let first = form.meanings.first {
                    let rest = trimmed.dropFirst(form.written.count).trimmingWhitespace()
                    report(
                        .error, .invalidDate, "invalid date '\(form.written)' for '\(key)'", at: value.position,
                        hint: "write '\(key): \(first)\(rest.isEmpty ? "" : " " + rest)'" + form.otherReading())
                    return nil
                }
                invalidDate(String(dateText), key: key, at: value.position, expected: "\"YYYY-MM-DD what to do\"")
                return nil
            }
            var rest = trimmed.dropFirst(dateText.count).trimmingWhitespace()[...]
            if rest.hasPrefix(":") { rest = rest.dropFirst() }
            return Reminder(date: date, text: String(rest.trimmingWhitespace()), position: value.position)
        case .mapping(let entries):
            let fields = FieldReader(frontMatter: FrontMatter(entries: entries), file: file)
            var nested = fields
            defer { diagnostics += nested.diagnostics }
            guard entries.contains(where: { $0.key == "date" }) else {
                // `- 2026-12-05: ping` reads as a mapping of the date to the text.
                let hint =
                    entries.count == 1 && LocalDate(entries[0].key) != nil
                    ? "write it without the colon after the date: '\(entries[0].key) \(entries[0].value.scalar ?? "")'"
                    : nil
                nested.report(.error, .missingKey, "a reminder needs a 'date'", at: value.position, hint: hint)
                return nil
            }
            guard let date = nested.date("date") else { return nil }
            return Reminder(date: date, text: nested.string("text") ?? "", position: value.position)
        case .list:
            wrongType(key, value, expected: "\"YYYY-MM-DD text\", {date, text}, or a list of those")
            return nil
        }
    }

    /// An error at a value that is no date; when it is a date written another way (`Nov 2,
    /// 2026`, `11/02/2026`, `2026-11-12 3pm`), the hint is the ISO form to write, a reading
    /// before `notBefore` not first.
    private mutating func invalidDate(
        _ text: String, key: String, at position: SourcePosition, expected: String, withTime: Bool = false,
        notBefore: LocalDate? = nil
    ) {
        var hint = "write the date as \(expected), with a real month and day"
        // `thank_you: 10/23` of an interview on 2026-10-22: the next such day on or after it.
        let year = notBefore.map { LogDateForms.Year.onOrAfter($0) }
        if let form = LogDateForms.match(text, year: year)?.notBefore(notBefore), let first = form.meanings.first {
            let rest = text.utf8.dropFirst(form.written.utf8.count)
            hint = withTime ? Self.dateTimeHint(form, rest) : "write it as '\(first)'" + form.otherReading()
        }
        // `<% tp.date.now("YYYY-MM-DD") %>` (Templater), `{{date}}` (Obsidian's templates): a
        // template's placeholder, filled in only in the notes made from it.
        if TemplatePlaceholder.appears(in: text) { hint = TemplatePlaceholder.hint(file: file) }
        report(.error, .invalidDate, "invalid date '\(text)' for '\(key)'", at: position, hint: hint)
    }

    /// What to write for a date-time whose date is `form` (with a reading) and whose time is
    /// `rest`: the time as `HH:MM` when it says one (`3pm EST`: to be made local); the start and
    /// the length of a span (`3pm-4pm`); both readings of a bare hour (`3`); else `HH:MM` to fill
    /// in, or the date alone — never the date alone as if the time were not written.
    static func dateTimeHint(_ form: LogDateForms.Match, _ rest: Substring.UTF8View) -> String {
        let date = form.meanings.first ?? "YYYY-MM-DD"
        let words = String(decoding: rest, as: UTF8.self).trimmingWhitespace()
        guard !words.isEmpty else { return "write it as '\(date)'" + form.otherReading() }
        if let spoken = spokenTime(in: rest, allowingZone: true) {
            guard spoken.isExplicit else { return bareHourHint(date, hour: spoken.minutes / 60) }
            let time = " " + LocalDateTime.clock(spoken.minutes)
            // `2026-11-12T15:00:00-05:00`, `3pm EST`: times are the time where you are.
            return "write it as '\(date)\(time)'" + form.otherReading { $0 + time }
                + (spoken.hadZone ? ", changed to your own time zone if it is another" : "")
        }
        if let (start, minutes) = span(words) {
            let time = " " + LocalDateTime.clock(start)
            return "write the start as '\(date)\(time)'" + form.otherReading { $0 + time }
                + " and the length as 'duration: \(minutes)'"
        }
        return "write it as '\(date) HH:MM' (a 24-hour time)" + form.otherReading { $0 + " HH:MM" }
            + ", or '\(date)' alone"
    }

    /// `2026-11-12 3`: a bare hour is no time (three what?), but both its readings are offered.
    private static func bareHourHint(_ date: String, hour: Int) -> String {
        guard (1...11).contains(hour) else {
            return "write the time as HH:MM: '\(date) \(LocalDateTime.clock(hour * 60))'"
        }
        return "write the time as HH:MM: '\(date) \(LocalDateTime.clock(hour * 60))' or "
            + "'\(date) \(LocalDateTime.clock((hour + 12) * 60))'"
    }

    /// The start (minutes after midnight) and the length in minutes of a span of time as people
    /// write it after a date: `3pm-4pm`, `3-3:30pm`, `15:00 – 15:45`, `9am to 10am`.
    private static func span(_ words: String) -> (start: Int, minutes: Int)? {
        for separator in [" to ", "–", "—", "-"] {
            guard let range = words.range(of: separator) else { continue }
            let first = words[..<range.lowerBound].trimmingWhitespace()
            let second = words[range.upperBound...].trimmingWhitespace()
            guard let end = spokenTime(in: second.utf8), end.isExplicit else { return nil }
            // `3-4pm`: the first takes the second's half of the day when it has none.
            let half = ["am", "pm", "a.m.", "p.m."].first { second.lowercased().hasSuffix($0) } ?? ""
            let start =
                spokenTime(in: first.utf8).flatMap { $0.isExplicit ? $0 : nil }
                ?? spokenTime(in: Substring(first + half).utf8).flatMap { $0.isExplicit ? $0 : nil }
            guard let start, end.minutes > start.minutes else { return nil }
            return (start.minutes, end.minutes - start.minutes)
        }
        return nil
    }

    /// The minutes after midnight of the time that follows a date: `3pm`, `3:30 PM`,
    /// `at 15:00`, `15h00`, `15h`, `9.30`, `3`; whether it said more than a bare hour; `nil` for
    /// anything else. `allowingZone` (for a hint only: a time in another zone is not read as
    /// local) also reads ISO's `T15:00:00-05:00` and a zone after the time (`3pm EST`, `Z`),
    /// and says whether there was one.
    private static func spokenTime(
        in rest: Substring.UTF8View, allowingZone: Bool = false
    ) -> (minutes: Int, isExplicit: Bool, hadZone: Bool)? {
        var words = String(decoding: rest, as: UTF8.self).lowercased().trimmingWhitespace()
        for prefix in [",", "at ", "@"] + (allowingZone ? ["t"] : []) where words.hasPrefix(prefix) {
            words = String(words.dropFirst(prefix.count)).trimmingWhitespace()
        }
        var hadZone = false
        if allowingZone, let zoneless = withoutZone(words) { (words, hadZone) = (zoneless, true) }
        guard !words.isEmpty else { return nil }
        var hour = 0
        var minute = 0
        var isExplicit = false
        var digits = words.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let h = Int(digits) else { return nil }
        hour = h
        var rest = words.dropFirst(digits.count)
        // `15h`, the French and German way to write 15:00: as `15h00` is read.
        if rest == "h" { rest = "h00" }
        if let separator = rest.first, separator == ":" || separator == "h" || separator == "." {
            digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard digits.count == 2, let m = Int(digits) else { return nil }
            minute = m
            rest = rest.dropFirst(1 + digits.count)
            isExplicit = true
            // Seconds, as ISO and calendars write them (`15:00:00`), when they are nought.
            if allowingZone, rest.hasPrefix(":00") { rest = rest.dropFirst(3) }
        }
        switch rest.trimmingWhitespace().replacingOccurrences(of: ".", with: "") {
        case "": break
        case "am":
            guard hour <= 12 else { return nil }
            hour = hour == 12 ? 0 : hour
            isExplicit = true
        case "pm":
            guard hour <= 12 else { return nil }
            hour = hour == 12 ? 12 : hour + 12
            isExplicit = true
        default: return nil
        }
        guard hour < 24, minute < 60 else { return nil }
        return (hour * 60 + minute, isExplicit, hadZone)
    }

    /// Time zones by the names people write after a time.
    private static let zoneNames: Set<Substring> = [
        "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "mt", "pt",
        "cet", "cest", "bst", "ist", "jst", "aest", "eet", "eest", "wet", "west",
    ]

    /// `words` without the time zone at their end (`z`, `-05:00`, `+0100`, `est`, `utc`), or
    /// `nil` when they end with none.
    private static func withoutZone(_ words: String) -> String? {
        if words.hasSuffix("z"), words.dropLast().last?.isNumber == true { return String(words.dropLast()) }
        if let sign = words.lastIndex(where: { $0 == "+" || $0 == "-" }),
            words[words.index(after: sign)...].allSatisfy({ $0.isNumber || $0 == ":" }),
            (4...5).contains(words.distance(from: sign, to: words.endIndex) - 1)
        {
            return String(words[..<sign]).trimmingWhitespace()
        }
        let parts = words.split(separator: " ")
        guard parts.count > 1, let last = parts.last, zoneNames.contains(last) else { return nil }
        return parts.dropLast().joined(separator: " ")
    }

    static func bool(_ text: String) -> Bool? {
        switch text.trimmingWhitespace().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}
