/// What Obsidian's Tasks plugin writes on a task besides its words: the day it was done (`✅
/// 2026-11-12`), made (`➕ …`) or cancelled (`❌ …`), its priority (`🔺 ⏫ 🔼 🔽 ⏬`) and its
/// ids (`🆔 abc123`, `⛔ abc123,def456`). The plugin shows them as marks beside the task, not as
/// its words; a step's title, a dossier's task or a draft naming a resource (`join the dbt
/// Slack`) leaves them out. The signs the user reads as part of the task stay: the due date
/// (`📅`, read by `DueMarker`), the scheduled and start days (`⏳`, `🛫`) and the recurrence (`🔁
/// every week`). An item with a code span keeps them all: its text holds the span's words without
/// their backticks, so what is code cannot be told there (a rare item; the marks stay readable).
enum TaskBookkeeping {
    /// `text` without the signs, their values, and the spaces they leave; `text` itself when it
    /// holds none, or nothing else.
    static func removed(from text: String) -> String {
        // Most items hold no sign (a dash, `—`, is outside ASCII too): they are read with no split.
        guard text.utf8.contains(where: { $0 >= 0xE2 }), text.unicodeScalars.contains(where: isSign) else {
            return text
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        var index = 0
        var removedAny = false
        while index < words.count {
            let word = words[index]
            defer { index += 1 }
            if let sign = sign(word) {
                switch sign {
                case .alone:
                    removedAny = true
                    continue
                case .withValue(let value):
                    if let value, isValue(value, ofDate: isDateSign(word)) {
                        removedAny = true
                        continue
                    }
                    // `✅ 2026-11-12`: the value is the next word.
                    if index + 1 < words.count, isValue(words[index + 1], ofDate: isDateSign(word)) {
                        index += 1
                        removedAny = true
                        continue
                    }
                }
            }
            kept.append(word)
        }
        // `- [ ] ⏫ ✅ 2026-11-12`: an item of nothing but marks keeps them, never an empty title.
        guard removedAny, kept.contains(where: { !$0.isEmpty }) else { return text }
        return kept.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// How a word that is a sign stands: alone (a priority), or with a value, joined to it
    /// (`✅2026-11-12`, the value given) or in the next word (`nil`).
    private enum Sign {
        case alone
        case withValue(Substring?)
    }

    /// The sign `word` is or starts with, if any; the variation selector some keyboards add
    /// (`⏫️`) is part of the sign.
    private static func sign(_ word: Substring) -> Sign? {
        let scalars = word.unicodeScalars.filter { $0 != "\u{FE0F}" }
        guard let first = scalars.first else { return nil }
        if priorities.contains(first) { return scalars.count == 1 ? .alone : nil }
        guard signsWithValue.contains(first) else { return nil }
        guard scalars.count > 1 else { return .withValue(nil) }
        let rest = word.unicodeScalars.drop { $0 == first || $0 == "\u{FE0F}" }
        return .withValue(Substring(rest))
    }

    private static func isDateSign(_ word: Substring) -> Bool {
        word.unicodeScalars.first.map(dateSigns.contains) ?? false
    }

    /// Whether `value` is what the sign holds: an ISO date for a date's sign, else an id list.
    private static func isValue(_ value: Substring, ofDate: Bool) -> Bool {
        if ofDate { return value.utf8.count == 10 && LocalDate(String(value)) != nil }
        return !value.isEmpty
            && value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || idMarks.contains($0) }
    }

    /// The characters of an id besides letters: digits, `-`, `_`, and `,` between ids.
    private static let idMarks = Set("0123456789-_,".unicodeScalars)
    private static let priorities: Set<Unicode.Scalar> = ["🔺", "⏫", "🔼", "🔽", "⏬"]
    private static let dateSigns: Set<Unicode.Scalar> = ["✅", "➕", "❌"]
    private static let signsWithValue: Set<Unicode.Scalar> = dateSigns.union(["🆔", "⛔"])

    private static func isSign(_ scalar: Unicode.Scalar) -> Bool {
        priorities.contains(scalar) || signsWithValue.contains(scalar)
    }
}
