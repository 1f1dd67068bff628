/// Dates written the way people write them, at the start of a Log item, that are not ISO dates:
/// `12/01/2026`, `2026-12-2`, `2026/12/02`, `Dec 3`, `3 December 2026`, `December 3, 2026`.
///
/// The Log reads only `YYYY-MM-DD`; a line that starts with one of these forms is an error
/// whose hint is the ISO form to write, never an entry silently dropped (SPEC §2.1). A front
/// matter date written so gets the same hint (`FieldReader`).
enum LogDateForms {
    /// What was found: the text as written, and the ISO forms it may mean (two when day and
    /// month could be either way round with slashes or dashes: the month-first reading first,
    /// unless `dayFirstLeads`; with dots, `06.11.2026`, only the day-first one when it is a day).
    struct Match: Equatable {
        var written: String
        var meanings: [String]
        /// Whether the day-first reading of two comes first (`notBefore(_:)` put it there).
        var dayFirstLeads = false
        /// Whether the date is written without its year (`Dec 11`, `11/30`): its meanings have
        /// the year a `Year` filled in, or `YYYY`.
        var isWithoutYear = false

        /// The day a date written without its year means, when it means one (`Dec 11` in the
        /// year filled in; not `12/11`, which may be either way round, nor `YYYY-12-11`).
        var dayWithoutYear: LocalDate? {
            isWithoutYear && meanings.count == 1 ? LocalDate(meanings[0]) : nil
        }

        /// What to write instead: the ISO form (both when day and month could be either way
        /// round), after `prefix` (`until `); else a real date.
        func hint(prefix: String = "") -> String {
            guard let first = meanings.first else { return "write the date as YYYY-MM-DD, with a real month and day" }
            return "write the date as YYYY-MM-DD: '\(prefix)\(first)'" + otherReading { prefix + $0 }
        }

        /// " (or '2026-01-12' if the day comes first)", the second reading as `written` writes
        /// it, when there are two; else nothing.
        func otherReading(_ written: (String) -> String = { $0 }) -> String {
            guard meanings.count > 1 else { return "" }
            return " (or '\(written(meanings[1]))' if the \(dayFirstLeads ? "month" : "day") comes first)"
        }

        /// Whether the reading at `index` of `meanings` is the day-first one of two.
        func isDayFirst(_ index: Int) -> Bool {
            meanings.count > 1 && (index == 1) != dayFirstLeads
        }

        /// The readings with one before `earliest` put last: a thank-you sent before its
        /// interview, a Log entry before the one above it, is not what `2/12/2026` most likely
        /// meant. One rule for every date that has such a bound; a reading is never dropped.
        func notBefore(_ earliest: LocalDate?) -> Match {
            guard let earliest, meanings.count == 2, let first = LocalDate(meanings[0]), first < earliest,
                let second = LocalDate(meanings[1]), second >= earliest
            else { return self }
            return Match(
                written: written, meanings: meanings.reversed(), dayFirstLeads: !dayFirstLeads,
                isWithoutYear: isWithoutYear)
        }
    }

    /// What fills in the year of a day written without one (`Dec 15`, `11/30`) where the
    /// context makes it clear; without it, `YYYY` stands in. One rule for every such date.
    enum Year {
        /// The year of this date: a Log line's is the entry's before it.
        case of(LocalDate)
        /// The year that puts the day on this date or after it, never before: a deadline in an
        /// interview's Leads is on or after the interview, a task in a daily note after its day.
        case onOrAfter(LocalDate)
        /// The year that puts the day nearest this date, before or after it: a contact's first
        /// Log entry near the day they were `added`.
        case near(LocalDate)
        /// The year that puts the day on this date or before it, never after: a Log entry,
        /// written after it happened, as of today when the note gives no year.
        case onOrBefore(LocalDate)

        /// The day `month`/`day` in the year this says; `nil` when it is no day then (the 29th
        /// of February of a year that has none).
        func date(month: Int, day: Int) -> LocalDate? {
            switch self {
            case .of(let date):
                return LocalDate(year: date.components.year, month: month, day: day)
            case .onOrAfter(let date):
                // The next leap year is at most eight years on (2096, then 2104).
                let first = date.components.year
                return (first...first + 8).lazy.compactMap { LocalDate(year: $0, month: month, day: day) }
                    .first { $0 >= date }
            case .onOrBefore(let date):
                let last = date.components.year
                return (last - 8...last).reversed().lazy.compactMap { LocalDate(year: $0, month: month, day: day) }
                    .first { $0 <= date }
            case .near(let date):
                let year = date.components.year
                return (year - 1...year + 1).compactMap { LocalDate(year: $0, month: month, day: day) }
                    .min { abs(date.days(until: $0)) < abs(date.days(until: $1)) }
            }
        }
    }

    /// The date-like text at the start of `text`, if any. `year` fills in a date written
    /// without one, else `YYYY` stands in.
    static func match(_ text: String, year: Year?) -> Match? {
        let tokens = Self.tokens(text)
        if let found = numeric(tokens) ?? named(tokens, year: year) ?? monthAndDay(tokens, year: year) { return found }
        // `Friday, Nov 6`, `Mon 2026-11-02`: the day's name before the date is written too.
        guard let day = tokens.first, case .word = day.kind,
            LogEntryParser.weekdays.contains(day.text.lowercased().filter { $0 != "." })
        else { return nil }
        let rest = text.dropFirst(day.text.count).drop { $0 == "," || $0 == " " }
        let after = Self.tokens(String(rest))
        guard var found = numeric(after) ?? named(after, year: year) ?? monthAndDay(after, year: year) else {
            return nil
        }
        found.written = text.prefix(text.count - rest.count) + found.written
        return found
    }

    // MARK: Numbers only

    /// `2026-12-2`, `2026/12/02`, `12/01/2026`, `1.12.26` (the 1st of December).
    private static func numeric(_ tokens: [Token]) -> Match? {
        guard tokens.count >= 5, case .number(let a, let aDigits) = tokens[0].kind,
            case .separator(let first) = tokens[1].kind, case .number(let b, _) = tokens[2].kind,
            case .separator(let second) = tokens[3].kind, first == second,
            case .number(let c, let cDigits) = tokens[4].kind
        else { return nil }
        let written = tokens[0...4].map(\.text).joined()
        if aDigits == 4 {
            return Match(written: written, meanings: iso(year: a, month: b, day: c).map { [$0] } ?? [])
        }
        guard cDigits == 4 || cDigits == 2 else { return nil }
        let year = cDigits == 2 ? 2000 + c : c
        let dayFirst = iso(year: year, month: b, day: a)
        // `06.11.2026`: dots are the day-first way (German, French, Nordic, Russian…), so the
        // day-first reading is the only one offered when it is a real day.
        if first == ".", let dayFirst { return Match(written: written, meanings: [dayFirst]) }
        let meanings = [iso(year: year, month: a, day: b), dayFirst].compactMap { $0 }
        return Match(written: written, meanings: a == b ? Array(meanings.prefix(1)) : meanings)
    }

    /// `11/30`, `30/11`: a month and a day with a slash and no year, when one reading is a
    /// real day, or has a month 1–12 and a day 1–31 (`11/31`, `2/29` of a year without one:
    /// a day mistyped, no meaning to offer); `50/50` is no date. `year` fills the year in, else
    /// `YYYY` stands in.
    private static func monthAndDay(_ tokens: [Token], year: Year?) -> Match? {
        guard tokens.count >= 3, case .number(let a, let aDigits) = tokens[0].kind, aDigits <= 2,
            case .separator("/") = tokens[1].kind, case .number(let b, let bDigits) = tokens[2].kind, bDigits <= 2,
            tokens.count == 3 || tokens[3].text != "/"
        else { return nil }
        let readings = [(a, b), (b, a)].compactMap { month, day in yearless(month: month, day: day, year: year) }
        let meanings = a == b ? Array(readings.prefix(1)) : readings
        let calendarShaped = [(a, b), (b, a)].contains { month, day in
            (1...12).contains(month) && (1...31).contains(day)
        }
        guard !meanings.isEmpty || calendarShaped else { return nil }
        return Match(written: tokens[0...2].map(\.text).joined(), meanings: meanings, isWithoutYear: true)
    }

    // MARK: Month names

    /// `Dec 3`, `December 3, 2026`, `3 Dec`, `3rd December 2026`.
    private static func named(_ tokens: [Token], year: Year?) -> Match? {
        let words = tokens.filter {
            if case .separator = $0.kind { return $0.text != " " && $0.text != "," } else { return true }
        }
        guard words.count >= 2 else { return nil }
        var month: Int?, day: Int?, used = 0
        if let m = monthNumber(words[0]), case .number(let d, let digits) = words[1].kind, digits <= 2 {
            (month, day, used) = (m, d, 2)
        } else if case .number(let d, let digits) = words[0].kind, digits <= 2, let m = monthNumber(words[1]) {
            (month, day, used) = (m, d, 2)
        }
        guard let month, let day else { return nil }
        var givenYear: Int?
        if words.count > used, case .number(let y, 4) = words[used].kind {
            givenYear = y
            used += 1
        }
        let last = words[used - 1]
        let endOffset = last.offset + last.text.count
        let written = String(tokens.map(\.text).joined().prefix(endOffset))
        let date =
            givenYear.flatMap { iso(year: $0, month: month, day: day) }
            ?? (givenYear == nil ? yearless(month: month, day: day, year: year) : nil)
        return Match(written: written, meanings: date.map { [$0] } ?? [], isWithoutYear: givenYear == nil)
    }

    /// The ISO form of a day written without its year, the year filled in by `year`; with
    /// none, `YYYY-MM-DD` with `YYYY` standing in (2000, a leap year, only checks the day).
    private static func yearless(month: Int, day: Int, year: Year?) -> String? {
        guard let year else { return iso(year: 2000, month: month, day: day).map { "YYYY" + $0.dropFirst(4) } }
        return year.date(month: month, day: day)?.description
    }

    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// 1–12 for a month's name or its abbreviation (`Dec`, `Dec.`, `Sept`, `december`).
    private static func monthNumber(_ token: Token) -> Int? {
        guard case .word = token.kind else { return nil }
        let word = token.text.lowercased().filter { $0 != "." }
        guard word.count >= 3, let index = months.firstIndex(of: String(word.prefix(3))) else { return nil }
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ][index]
        return full.hasPrefix(word) || word == "sept" ? index + 1 : nil
    }

    private static func iso(year: Int, month: Int, day: Int) -> String? {
        LocalDate(year: year, month: month, day: day)?.description
    }

    // MARK: Tokens

    struct Token: Equatable {
        enum Kind: Equatable {
            case number(Int, digits: Int), word, separator(Character)
        }
        var kind: Kind
        var text: String
        /// Characters from the start of the text.
        var offset: Int
    }

    /// The first few tokens of `text`: numbers (ordinal suffixes dropped), letters, and single
    /// separator characters.
    private static func tokens(_ text: String) -> [Token] {
        asciiTokens(text) ?? characterTokens(text)
    }

    /// How many characters of a text are read for its tokens.
    private static let window = 40

    /// `characterTokens(text)` read from the bytes, for a text whose first `window` characters
    /// and the one after them are ASCII (a byte each, and no combining mark can join one): every
    /// digit after a day in the Log and in tasks comes here, and reading it by characters cost
    /// thirty times as much. `nil` for any other text.
    static func asciiTokens(_ text: String) -> [Token]? {
        let bytes = text.utf8.span
        let end = min(bytes.count, window)
        for offset in 0..<min(bytes.count, window + 1) where bytes[offset] >= 0x80 { return nil }
        let isDigit = { (byte: UInt8) in byte &- UInt8(ascii: "0") < 10 }
        let isLetter = { (byte: UInt8) in (byte | 0x20) &- UInt8(ascii: "a") < 26 }
        var tokens: [Token] = []
        var start = 0
        while start < end, tokens.count < 8 {
            let first = bytes[start]
            var length = 1
            let kind: Token.Kind
            if isDigit(first) {
                while start + length < end, isDigit(bytes[start + length]) { length += 1 }
                // No part of a date has more than four digits (and a long run would overflow Int).
                guard length <= 4 else { break }
                var value = 0
                for offset in start..<start + length { value = value * 10 + Int(bytes[offset] - UInt8(ascii: "0")) }
                kind = .number(value, digits: length)
                // An ordinal suffix, in any case: `3rd`, `21ST`.
                if length <= 2, start + length + 2 <= end {
                    let suffix = (bytes[start + length] | 0x20, bytes[start + length + 1] | 0x20)
                    if Self.ordinalSuffixes.contains(where: { $0 == suffix }) { length += 2 }
                }
            } else if isLetter(first) {
                while start + length < end,
                    isLetter(bytes[start + length]) || bytes[start + length] == UInt8(ascii: ".")
                {
                    length += 1
                }
                kind = .word
            } else if "-/. ,".utf8.contains(first) {
                kind = .separator(Character(Unicode.Scalar(first)))
            } else {
                break
            }
            let text = String(
                copying: UTF8Span(unchecked: bytes.extracting(start..<start + length), isKnownASCII: true))
            tokens.append(Token(kind: kind, text: text, offset: start))
            start += length
        }
        return tokens
    }

    /// `st`, `nd`, `rd`, `th` as bytes.
    private static let ordinalSuffixes: [(UInt8, UInt8)] = ["st", "nd", "rd", "th"].map {
        let bytes = Array($0.utf8)
        return (bytes[0], bytes[1])
    }

    /// The tokens of any text, read by characters.
    static func characterTokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var rest = Substring(text.prefix(window))
        var offset = 0
        while let first = rest.first, tokens.count < 8 {
            let token: Substring
            if first.isASCII, first.isNumber {
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                // No part of a date has more than four digits (and a long run would overflow Int).
                guard digits.count <= 4, let value = Int(digits) else { break }
                let suffix = rest.dropFirst(digits.count).prefix(2).lowercased()
                let ordinal = ["st", "nd", "rd", "th"].contains(suffix) && digits.count <= 2
                token = rest.prefix(digits.count + (ordinal ? 2 : 0))
                tokens.append(Token(kind: .number(value, digits: digits.count), text: String(token), offset: offset))
            } else if first.isLetter {
                token = rest.prefix { $0.isLetter || $0 == "." }
                tokens.append(Token(kind: .word, text: String(token), offset: offset))
            } else if "-/. ,".contains(first) {
                token = rest.prefix(1)
                tokens.append(Token(kind: .separator(first), text: String(first), offset: offset))
            } else {
                break
            }
            offset += token.count
            rest = rest.dropFirst(token.count)
        }
        return tokens
    }
}
