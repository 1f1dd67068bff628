/// The steps `grapevine next` showed last for a vault, by the numbers it printed: what the
/// numbers `done`, `skip` and `snooze` take mean, so that `done 2` closes the step 2 you saw
/// even after the list changed (docs/decisions.md, "Closing the step you saw").
///
/// Kept outside the vault, in the user's cache folder (`ShownSteps+Cache.swift`), and only for
/// the day it was shown: the numbers of another `--today`, or of another day, mean nothing now.
public struct ShownSteps: Sendable, Equatable {
    /// One step as shown.
    public struct Entry: Sendable, Equatable {
        /// The number `next` printed.
        public var number: Int
        /// The step's id (`NextStep.id`), which closing other steps does not change.
        public var id: String
        /// The step's title as written (`NextStep.title`), to say which step a number was once
        /// it is gone.
        public var title: String

        /// The title as people read it (`NextStep.shownTitle`).
        public var shownTitle: String { Wikilink.shown(title) }
    }

    /// The vault's folder, absolute, with symlinks resolved.
    public var vault: String
    /// The day the steps were worked out for (`--today`, else the system's date).
    public var today: LocalDate
    /// The system's date when they were shown.
    public var shownOn: LocalDate
    /// The steps, in the order shown.
    public var entries: [Entry]

    /// The steps `next` showed for the vault at `root`, numbered and with their ids.
    public init(vault root: String, today: LocalDate, shownOn: LocalDate, steps: [NextStep]) {
        self.init(
            vault: Self.canonical(root), today: today, shownOn: shownOn,
            entries: steps.map { Entry(number: $0.number, id: $0.id, title: Self.oneLine($0.title)) })
    }

    init(vault: String, today: LocalDate, shownOn: LocalDate, entries: [Entry]) {
        self.vault = vault
        self.today = today
        self.shownOn = shownOn
        self.entries = entries
    }

    /// Whether these are the numbers a command on the vault at `root` for `today` means: shown
    /// for that vault, for that `--today`, on the system's date `now`.
    public func hold(forVault root: String, today: LocalDate, now: LocalDate) -> Bool {
        self.today == today && shownOn == now && vault == Self.canonical(root)
    }

    /// The step shown as `number`.
    public func entry(numbered number: Int) -> Entry? {
        entries.first { $0.number == number }
    }

    /// The number each step's id was shown with.
    public var numbers: [String: Int] {
        Dictionary(entries.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
    }

    /// The numbers shown, in words: "steps 1–8", "step 4", "steps 3, 7 and 9–12".
    public var numbersInWords: String {
        let sorted = entries.map(\.number).sorted()
        var runs: [String] = []
        var index = sorted.startIndex
        while index < sorted.endIndex {
            var end = index
            while end + 1 < sorted.endIndex, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            runs.append(end == index ? "\(sorted[index])" : "\(sorted[index])–\(sorted[end])")
            index = end + 1
        }
        return (sorted.count == 1 ? "step " : "steps ") + Prose.list(runs)
    }

    /// The vault's folder as the list names it: absolute, with symlinks resolved, so that
    /// `--vault .` and its full path are one vault.
    static func canonical(_ root: String) -> String {
        FileSystem.realPath(root) ?? root
    }

    /// The text with its line breaks and tabs made spaces, for a line of the list's file.
    private static func oneLine(_ text: String) -> String {
        let bytes = text.utf8.span
        var index = 0
        // A control character is rare in a title: looked for in one pass over the bytes.
        while index < bytes.count, bytes[index] >= 0x20 { index += 1 }
        guard index < bytes.count else { return text }
        return String(decoding: text.utf8.map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
    }
}
