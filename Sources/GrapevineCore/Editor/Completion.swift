/// Something an editor may offer to write at the cursor: a name, an event word, a key, a date.
public struct Completion: Sendable, Equatable {
    /// What is offered.
    public enum Kind: String, Sendable, Equatable {
        case person, organization, note, eventWord, key, date
    }

    /// What the list shows.
    public var label: String
    public var kind: Kind
    /// A short line beside it: a person's title, "alias of Maria Lopez", "no note yet".
    public var detail: String?
    /// The text written in place of `replacing`.
    public var insertText: String
    /// The bytes of the note's text the insert replaces: what was typed of it so far.
    public var replacing: Range<Int>
    /// The order to show items in, before the editor's own filtering.
    public var sortText: String
}

/// The completions at a place, and whether there were more than those given.
public struct Completions: Sendable, Equatable {
    public var items: [Completion]
    /// Whether more matched than were given: typing more asks again.
    public var isIncomplete: Bool

    public static let none = Completions(items: [], isIncomplete: false)
}

extension LiveVault {
    /// How many names one completion gives at most.
    static let completionLimit = 100

    /// What may be written at byte `offset` of the note at `path`: after `[[` and in
    /// `contact:`, `referred_by:` and `organization:`, names (people for the first two,
    /// organizations for the last); after a Log item's date, the event words; before it,
    /// today's date, as in date fields; at the start of a front matter line, the keys the
    /// note's kind reads.
    public func completions(inNote path: String, at offset: Int, today: LocalDate) -> Completions {
        guard let note = note(atPath: path) else { return .none }
        let place = NotePlace(note.text, offset: offset)
        let before = place.beforeCursor
        if let typed = Self.openWikilink(before) {
            let kinds = wantedKinds(forKey: place.frontMatterKey) ?? [.person, .organization, .otherNote]
            // The rest of the target is replaced too; its `|label`, `#heading` and `]]` stay.
            let rest = Self.restOfTarget(place.afterCursor)
            return names(typed, kinds: kinds, at: place, closing: rest == nil ? "]]" : "", rest: rest ?? 0)
        }
        if place.isInFrontMatter {
            return frontMatterCompletions(at: place, kind: note.kind, today: today)
        }
        if place.sectionTitle.map({ Section.normalizedTitle($0) == "log" }) == true {
            return logCompletions(at: place, today: today)
        }
        return .none
    }

    /// How many bytes of `after` (what follows the place) are still the link's target: up to
    /// its `|`, `#` or `]]`; `nil` when none comes on the line before another `[[` (the link is
    /// not closed yet).
    private static func restOfTarget(_ after: String) -> Int? {
        let bytes = Array(after.utf8.prefix { $0 != UInt8(ascii: "\n") })
        for index in bytes.indices {
            let pair = index + 1 < bytes.count && bytes[index + 1] == bytes[index]
            switch bytes[index] {
            case UInt8(ascii: "|"), UInt8(ascii: "#"): return index
            case UInt8(ascii: "]") where pair: return index
            case UInt8(ascii: "[") where pair: return nil
            default: continue
            }
        }
        return nil
    }

    /// What was typed after the last `[[` before the place, while that link is still open
    /// (no `]]` yet, and not in its label after `|`).
    private static func openWikilink(_ before: String) -> String? {
        let bytes = Array(before.utf8)
        var index = bytes.count - 2
        while index >= 0 {
            if bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "[") {
                let typed = bytes[(index + 2)...]
                let closed = zip(typed, typed.dropFirst()).contains {
                    $0 == UInt8(ascii: "]") && $1 == UInt8(ascii: "]")
                }
                guard !closed, !typed.contains(UInt8(ascii: "|")) else { return nil }
                return String(decoding: typed, as: UTF8.self)
            }
            index -= 1
        }
        return nil
    }

    // MARK: Front matter

    private func frontMatterCompletions(at place: NotePlace, kind: NoteKind, today: LocalDate) -> Completions {
        let before = place.beforeCursor
        guard let key = place.frontMatterKey else {
            // A key being written at the start of a line.
            guard before.allSatisfy({ $0.isLetter || $0 == "_" }) else { return .none }
            let present = Set(place.lines.frontMatterKeys)
            // `role` is read, but `title` is the key to write.
            let keys = Set(NoteReader.keys[kind] ?? NoteReader.commonKeys).subtracting(present).subtracting([Note.roleKey])
                .sorted()
            let start = place.offset - before.utf8.count
            let items = keys.filter { $0.hasPrefix(before.lowercased()) }.map { key in
                Completion(
                    label: key, kind: .key, detail: "\(kind.rawValue) field", insertText: key + ": ",
                    replacing: start..<place.offset, sortText: key)
            }
            return Completions(items: items, isIncomplete: false)
        }
        let typed = Self.valueTyped(before)
        if let kinds = wantedKinds(forKey: key) {
            return names(typed, kinds: kinds, at: place, closing: "")
        }
        if Self.dateKeys.contains(key), typed.allSatisfy({ $0.isNumber || $0 == "-" }) {
            return Completions(items: [Self.date(today, at: place, typed: typed)], isIncomplete: false)
        }
        return .none
    }

    /// The keys whose values are dates.
    static let dateKeys: Set<String> = ["added", "connected", "date", "thank_you", "update", "resume_sent"]

    /// The kinds of names a front matter key takes; `nil` for a key that takes no name.
    private func wantedKinds(forKey key: String?) -> Set<KnownName.Kind>? {
        switch key {
        case "contact", "referred_by": [.person]
        case "organization": [.organization]
        default: nil
        }
    }

    /// What was typed of a value: after the key's `:`, a list's `-`, `[` or `,`, and a quote.
    private static func valueTyped(_ before: String) -> String {
        var start = before.startIndex
        if let separator = before.lastIndex(where: { $0 == ":" || $0 == "[" || $0 == "," }) {
            start = before.index(after: separator)
        } else if let dash = before.firstIndex(of: "-"), before[..<dash].allSatisfy(\.isWhitespace) {
            start = before.index(after: dash)
        }
        return String(before[start...].drop { $0 == " " || $0 == "\"" || $0 == "'" })
    }

    // MARK: The Log

    private func logCompletions(at place: NotePlace, today: LocalDate) -> Completions {
        let before = place.beforeCursor
        let marker = before.prefix { $0 == " " }.count
        let item = before.dropFirst(marker)
        guard let bullet = item.first, "-*+".contains(bullet), item.dropFirst().first == " " else { return .none }
        let rest = String(item.dropFirst(2))
        if rest.allSatisfy({ $0.isNumber || $0 == "-" }) {
            return Completions(items: [Self.date(today, at: place, typed: rest)], isIncomplete: false)
        }
        let words = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard words.count == 2, LocalDate(String(words[0])) != nil else { return .none }
        var typed = String(words[1])
        if let time = typed.split(separator: " ", maxSplits: 1).first, time.count == 5, time.dropFirst(2).first == ":" {
            typed = String(typed.dropFirst(5)).trimmingWhitespace()
        }
        guard typed.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { return .none }
        let start = place.offset - typed.utf8.count
        let items = Self.eventWords.filter { $0.word.hasPrefix(typed.lowercased()) }.enumerated().map { index, word in
            Completion(
                label: word.word, kind: .eventWord, detail: word.detail, insertText: word.word,
                replacing: start..<place.offset, sortText: String(1000 + index))
        }
        return Completions(items: items, isIncomplete: false)
    }

    /// The Log's event words (SPEC §2.1), with what each records, and the `skipped` and
    /// `snoozed` records for each kind of step.
    static let eventWords: [(word: String, detail: String)] = {
        var words: [(String, String)] = [
            ("emailed", "outreach"), ("called", "outreach"), ("messaged", "outreach"), ("wrote", "outreach"),
            ("reached out", "outreach"), ("followed up", "follow-up"), ("replied", "reply"), ("answered", "reply"),
            ("declined", "declined"), ("met", "met"), ("thanked", "thank-you sent"), ("updated", "update sent"),
            ("sent resume", "resume sent"), ("applied", "applied"),
        ]
        for kind in NextStep.Kind.allCases {
            words.append(("skipped \(kind.rawValue)", "a \(kind.rawValue) step not needed"))
        }
        for kind in NextStep.Kind.allCases {
            words.append(("snoozed \(kind.rawValue) until ", "a \(kind.rawValue) step put off to a date"))
        }
        return words
    }()

    private static func date(_ today: LocalDate, at place: NotePlace, typed: String) -> Completion {
        Completion(
            label: "\(today)", kind: .date, detail: "today", insertText: "\(today)",
            replacing: place.offset - typed.utf8.count..<place.offset, sortText: "0")
    }

    // MARK: Names

    /// The names of `kinds` that match what was typed (by word starts, case and accents
    /// folded), at most `completionLimit`: people first, then organizations, then the rest.
    private func names(
        _ typed: String, kinds: Set<KnownName.Kind>, at place: NotePlace, closing: String, rest: Int = 0
    ) -> Completions {
        let key = NameKey.slug(typed)
        let start = place.offset - typed.utf8.count
        var matches: [Completion] = []
        for name in knownNames() where kinds.contains(name.kind) {
            let slug = NameKey.slug(name.text)
            guard key.isEmpty || slug.hasPrefix(key) || slug.contains("-" + key) else { continue }
            // What is being typed names someone new until it is finished: not a name to offer.
            if name.path == nil, slug == key { continue }
            let rank =
                switch name.kind {
                case .person: "0"
                case .organization: "1"
                case .otherNote: "2"
                }
            let detail = name.aliasOf.map { "alias of \($0)" } ?? name.detail
            matches.append(
                Completion(
                    label: name.text, kind: Self.kind(of: name.kind), detail: detail, insertText: name.text + closing,
                    replacing: start..<(place.offset + rest), sortText: rank + NameKey.fold(name.text)))
        }
        matches.sort { $0.sortText < $1.sortText }
        return Completions(
            items: Array(matches.prefix(Self.completionLimit)), isIncomplete: matches.count > Self.completionLimit)
    }

    private static func kind(of kind: KnownName.Kind) -> Completion.Kind {
        switch kind {
        case .person: .person
        case .organization: .organization
        case .otherNote: .note
        }
    }
}

extension FileLines {
    /// The keys of the front matter's top-level lines, as written.
    var frontMatterKeys: [String] {
        guard case .closed = frontMatter.fence else { return [] }
        return (2..<max(2, frontMatter.bodyLineOffset)).compactMap { line in
            guard let text = text(ofLine: line), let first = text.first, first != UInt8(ascii: " "),
                first != UInt8(ascii: "-"), let colon = text.firstIndex(of: UInt8(ascii: ":"))
            else { return nil }
            return String(decoding: text[..<colon], as: UTF8.self)
        }
    }
}
