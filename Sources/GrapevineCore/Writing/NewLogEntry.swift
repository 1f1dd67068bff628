/// A Log entry that `grapevine log` adds to a contact's note: `- 2026-11-21 emailed: intro`.
public struct NewLogEntry: Sendable, Equatable {
    /// The day (and optional time) of the event.
    public var date: LocalDateTime
    /// The event word as written: a known word in its usual spelling (`followed up`), or the
    /// user's own word for a plain dated note.
    public var word: String
    /// The text after the event word; one line.
    public var text: String
    /// The event the word names, or `nil` for a plain dated note.
    public var event: LogEvent?
    /// Why the words typed are not an event Grapevine reads back, or `nil` when they are: a
    /// known event word, or a well-formed `skipped KIND` or `snoozed KIND until DATE`.
    public var problem: WordProblem?

    /// Reads what was typed after the contact's name: an event word, possibly two words
    /// (`followed up`, or `followed` and `up`), then the text. Line breaks become spaces, so the
    /// entry stays one list item. `nil` when there is no event word.
    public init?(date: LocalDateTime, event: String, text: [String]) {
        var eventWord = Self.oneLine(event)
        while eventWord.hasSuffix(":") { eventWord = String(eventWord.dropLast()).trimmingWhitespace() }
        let rest = Self.oneLine(text.joined(separator: " "))
        guard !eventWord.isEmpty else { return nil }
        self.date = date
        let typed = Array((eventWord + (rest.isEmpty ? "" : " " + rest)).utf8)
        switch TypedClosing.read(String(decoding: typed, as: UTF8.self)) {
        case .closing(let word, let text):
            self.word = word
            self.event = word.hasPrefix("skipped") ? .skipped : .snoozed
            self.text = Self.withoutLeadingColons(Array(text.utf8)[...])
            return
        case .malformed(let problem):
            self.event = nil
            self.problem = problem
        case nil:
            if let known = LogEntryParser.words.first(where: { Self.starts(typed, with: $0.bytes) }) {
                word = known.word
                self.event = known.event
                self.text = Self.withoutLeadingColons(typed.dropFirst(known.bytes.count))
                return
            }
            self.event = nil
            // A slip (`emaild`, `follow-up`) or the event in other words (`texted`: `messaged`),
            // as `check` reads the words in a note.
            let suggestion = LogEntryParser.meantEvent(in: typed.span, from: 0)?.event
            self.problem = .unknownWord(eventWord, suggestion: suggestion)
        }
        word = eventWord
        self.text = Self.withoutLeadingColons(Array(rest.utf8)[...])
    }

    /// `2026-11-21 emailed: intro`: the entry as written in the Log, without its list marker.
    public var line: String {
        "\(date) \(word)" + (text.isEmpty ? "" : ": " + text)
    }

    /// The event words of SPEC §2.1, for messages: `skipped KIND` and `snoozed KIND until
    /// DATE` among them.
    public static var eventWords: [String] {
        LogEvent.patterns
    }

    /// The text with every line break (and the white space around it) made one space.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Whether `text` starts with `word` (ASCII, any case) followed by its end, a space or `:`.
    private static func starts(_ text: [UInt8], with word: [UInt8]) -> Bool {
        guard text.count >= word.count else { return false }
        for (byte, expected) in zip(text, word) where ((0x41...0x5A).contains(byte) ? byte + 0x20 : byte) != expected {
            return false
        }
        return text.count == word.count || text[word.count] == UInt8(ascii: ":") || UInt8.isASCIISpace(text[word.count])
    }

    private static func withoutLeadingColons(_ bytes: ArraySlice<UInt8>) -> String {
        let rest = bytes.drop { UInt8.isASCIISpace($0) || $0 == UInt8(ascii: ":") }
        return String(decoding: rest, as: UTF8.self).trimmingWhitespace()
    }
}
