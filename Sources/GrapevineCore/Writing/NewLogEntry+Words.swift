extension NewLogEntry {
    /// Why the words typed after a contact's name are not an event Grapevine reads back.
    public enum WordProblem: Sendable, Equatable {
        /// Not an event word; the word it is probably a typo of, if any.
        case unknownWord(String, suggestion: String?)
        /// `skipped` or `snoozed` (the head) with no kind of step after it.
        case missingStepKind(head: String)
        /// `skipped` or `snoozed` with a word that is not a kind of next step.
        case unknownStepKind(head: String, kind: String, suggestion: String?)
        /// `snoozed KIND` without `until` and a date, or with something that is not a date.
        case missingUntil(kind: String, found: String?)
        /// `snoozed KIND until DATE` with a day that does not exist (`2026-02-30`), and why not.
        case noSuchDay(kind: String, date: String, why: String)

        /// What is wrong, in one sentence without `error:`.
        public var message: String {
            switch self {
            case .unknownWord(let word, let suggestion):
                return "'\(word)' is not a Log event word" + (suggestion.map { "; did you mean '\($0)'?" } ?? ".")
            case .missingStepKind(let head):
                return "'\(head)' needs the kind of step it is about, e.g. '\(head) follow-up'."
            case .unknownStepKind(let head, let kind, let suggestion):
                return "'\(head) \(kind)': '\(kind)' is not a kind of next step"
                    + (suggestion.map { "; did you mean '\(head) \($0)'?" } ?? ".")
            case .missingUntil(let kind, let found):
                let what = found.map { "'\($0)' is not 'until' and a date" } ?? "the date is missing"
                return
                    "'snoozed \(kind)' needs the day it waits for: \(what); write 'snoozed \(kind) until YYYY-MM-DD'."
            case .noSuchDay(let kind, let date, let why):
                return "'snoozed \(kind) until \(date)': there is no day \(date) (\(why)); write a day that exists."
            }
        }

        /// The words that would have been right.
        public var hint: String {
            switch self {
            case .unknownWord, .missingUntil:
                return "Event words: " + NewLogEntry.eventWords.joined(separator: ", ") + "."
            case .missingStepKind, .unknownStepKind:
                return "Kinds of step: " + TypedClosing.kinds.joined(separator: ", ") + "."
            case .noSuchDay:
                return "Write the day as YYYY-MM-DD, with a real month and day."
            }
        }
    }
}

/// `skipped KIND` and `snoozed KIND until DATE` (SPEC §2.1) as typed on the command line, with
/// suggestions for typos; the Log reads them back with `StepClosing`.
enum TypedClosing {
    /// What the typed words turned out to be.
    enum Reading {
        /// A well-formed closing: the word to write (`snoozed follow-up until 2026-12-10`) and the text after it.
        case closing(word: String, text: Substring)
        /// It starts with `skipped` or `snoozed` but is not well formed.
        case malformed(NewLogEntry.WordProblem)
    }

    /// The first words of the two closings.
    static let heads = ["skipped", "snoozed"]

    /// The kinds of next step, as written after `skipped` and `snoozed`.
    static var kinds: [String] { NextStep.Kind.allCases.map(\.rawValue) }

    /// `nil` when `typed` does not start with `skipped` or `snoozed`.
    static func read(_ typed: String) -> Reading? {
        var rest = typed[...]
        guard let head = token(&rest)?.lowercased(), heads.contains(head) else { return nil }
        guard let typedKind = token(&rest) else { return .malformed(.missingStepKind(head: head)) }
        let kind = typedKind.lowercased()
        guard kinds.contains(kind) else {
            let suggestion = Spelling.closest(to: kind, in: kinds)
            return .malformed(.unknownStepKind(head: head, kind: typedKind, suggestion: suggestion))
        }
        guard head == "snoozed" else { return .closing(word: "skipped \(kind)", text: rest) }
        let (until, typedDate) = (token(&rest), token(&rest))
        if until?.lowercased() == "until", let typedDate, let why = LocalDate.whyNoSuchDay(typedDate) {
            return .malformed(.noSuchDay(kind: kind, date: typedDate, why: why))
        }
        guard until?.lowercased() == "until", let date = typedDate.flatMap(LocalDate.init) else {
            let found = until.map { [$0, typedDate].compactMap { $0 }.joined(separator: " ") }
            return .malformed(.missingUntil(kind: kind, found: found))
        }
        return .closing(word: "snoozed \(kind) until \(date)", text: rest)
    }

    /// Takes the next word off `text`, without the `:` that may end it; `nil` at the end.
    private static func token(_ text: inout Substring) -> String? {
        text = text.drop(while: \.isWhitespace)
        guard !text.isEmpty else { return nil }
        let word = text.prefix { !$0.isWhitespace }
        text = text.dropFirst(word.count)
        let bare = word.reversed().drop { $0 == ":" }.reversed()
        return bare.isEmpty ? nil : String(bare)
    }
}
