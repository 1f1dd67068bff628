/// A one-line edit of a task or lead item (SPEC §2 "insert single lines"): its box ticked, or
/// its due date written or replaced. Refused when the line no longer holds the item that was read.
public struct ItemEdit: Sendable, Equatable {
    /// What happens to the item.
    public enum Change: Sendable, Equatable {
        /// `- [ ]` becomes `- [x]` (an item without a box gets `[x] `), with ` (note)` appended
        /// when `note` is not empty.
        case tick(note: String)
        /// The item's due date becomes this day: the date after `due` or `📅` replaced, else
        /// ` due DAY` appended (beside a deadline in prose, `closes 2026-11-30`, which stays).
        case due(LocalDate)
    }

    /// The note, vault-relative.
    public var path: String
    /// The item's line in the file.
    public var line: Int
    /// The item's text as read, without its due date.
    public var text: String
    /// Whether the item is a lead, whose text is read without the words about applying that
    /// announce its date (`ListItem.leadDueDateAndText`).
    public var isLead = false
    /// What happens to it.
    public var change: Change

    /// Why an item was not edited.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notUTF8(path: String)
        case utf16(path: String)
        case itemChanged(path: String, line: Int)

        /// `path: error: message`, as diagnostics are printed.
        public var description: String {
            switch self {
            case .notUTF8(let path):
                return "\(path.escapingControlCharacters): error: the note is not valid UTF-8; save it as UTF-8 first"
            case .utf16(let path):
                return "\(path.escapingControlCharacters): error: " + NoteReader.utf16Refusal
            case .itemChanged(let path, let line):
                return
                    "\(path.escapingControlCharacters):\(line):1: error: this line no longer holds the item; "
                    + "nothing was written. "
                    + "Run grapevine next again."
            }
        }
    }

    init(path: String, line: Int, text: String, isLead: Bool = false, change: Change) {
        self.path = path
        self.line = line
        self.text = text
        self.isLead = isLead
        self.change = change
    }

    /// The edit that closes a task or lead step.
    init(closing step: NextStep, _ action: ClosingRecord.Action) {
        path = step.file
        line = step.line
        text = step.kind == .apply ? ApplyRule.text(ofTitle: step) : String(step.titleWithoutNotReadMark)
        isLead = step.kind == .apply
        switch action {
        case .done: change = .tick(note: "")
        case .skip(_, let reason):
            let reason = reason.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter {
                !$0.isEmpty
            }
            change = .tick(note: "skipped" + (reason.isEmpty ? "" : ": " + reason.joined(separator: " ")))
        case .snooze(_, let until, _): change = .due(until)
        }
    }

    /// The text of an item `skip` ticked without the note it added (`Call back (skipped: no
    /// need)` is `Call back`), or `nil` when the text does not end with one.
    static func textBeforeSkipNote(_ text: String) -> Substring? {
        guard text.hasSuffix(")"), let start = text.ranges(of: " (skipped").last?.lowerBound else { return nil }
        return text[..<start]
    }

    /// The file's bytes with the line edited, and the new line.
    func edited(_ original: [UInt8]) throws(Failure) -> (contents: [UInt8], result: String) {
        guard !NoteReader.isUTF16(original.span) else { throw .utf16(path: path) }
        guard String(validating: original, as: UTF8.self) != nil else { throw .notUTF8(path: path) }
        guard let (item, isInterview) = readItem(in: original), item.checked != true,
            (isLead ? (isInterview ? item.interviewLeadText : item.leadText) : item.dueDateAndText.text) == text,
            let range = Self.range(ofLine: line, in: original)
        else { throw .itemChanged(path: path, line: line) }
        var start = range.lowerBound
        if start == 0, original.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let old = String(decoding: original[start..<range.upperBound], as: UTF8.self)
        guard let new = changed(old) else { throw .itemChanged(path: path, line: line) }
        let contents = Array(original[..<start]) + Array(new.utf8) + Array(original[range.upperBound...])
        guard let (after, _) = readItem(in: contents), isDone(after) else { throw .itemChanged(path: path, line: line) }
        return (contents, new.trimmingWhitespace())
    }

    /// The item on `line`, and whether its note is an interview's (whose lead's title is
    /// `ListItem.interviewLeadText`).
    private func readItem(in bytes: [UInt8]) -> (ListItem, isInterview: Bool)? {
        let (note, _) = NoteReader(path: path, parser: MarkdownParser()).read(bytes.span)
        return note.body.items.first { $0.position.line == line }.map { ($0, note.kind == .interview) }
    }

    private func isDone(_ item: ListItem) -> Bool {
        switch change {
        case .tick: return item.checked == true
        case .due(let day): return item.checked != true && item.dueDate == day
        }
    }

    /// The line with the change made, or `nil` when it does not start with a list marker.
    private func changed(_ line: String) -> String? {
        switch change {
        case .tick(let note):
            guard let marker = Self.markerEnd(line) else { return nil }
            let rest = line[marker...]
            let ticked = rest.hasPrefix("[ ]") ? "[x]" + rest.dropFirst(3) : "[x] " + rest
            return String(line[..<marker]) + ticked + (note.isEmpty ? "" : " (\(note))")
        case .due(let day):
            return Self.replacingDue(in: line, with: day)
        }
    }

    /// Where the text after a list marker (`- `, `* `, `+ `, `1. `, `1) `) and its spaces starts.
    private static func markerEnd(_ line: String) -> String.Index? {
        var index = line.firstIndex { $0 != " " } ?? line.endIndex
        guard index < line.endIndex else { return nil }
        if "-*+".contains(line[index]) {
            index = line.index(after: index)
        } else {
            let digits = line[index...].prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.endIndex < line.endIndex, ".)".contains(line[digits.endIndex]) else {
                return nil
            }
            index = line.index(after: digits.endIndex)
        }
        let spaces = line[index...].prefix { $0 == " " || $0 == "\t" }
        return spaces.isEmpty ? nil : spaces.endIndex
    }

    /// The line with its due date replaced when a marker of the syntax announces it (`due`,
    /// `📅`, `@due(`: `DueMarker`), else with ` due DAY` appended: before the spaces at its end,
    /// and before a `\` that ends it (a hard line break, the item going on on the next line).
    /// A date in prose (`closes 2026-11-30`, `apply by …`) is the posting's deadline or the
    /// user's record: it stays as written, and the syntax added wins over it when read.
    private static func replacingDue(in line: String, with day: LocalDate) -> String {
        let bytes = Array(line.utf8)
        if let marker = DueMarker.due(in: bytes, code: CodeSpans.ranges(in: bytes)), marker.isSyntax {
            let date = marker.range.upperBound - 10
            return String(
                decoding: bytes[..<date] + Array(day.description.utf8) + bytes[marker.range.upperBound...],
                as: UTF8.self)
        }
        var trimmed = line
        while trimmed.last == " " { trimmed.removeLast() }
        if trimmed.hasSuffix("\\") {
            var text = trimmed.dropLast()
            while text.last == " " { text.removeLast() }
            return text + " due \(day) " + String(line.dropFirst(text.count).drop { $0 == " " })
        }
        // An Obsidian block id (`^blk1`) must end its line for `[[note#^blk1]]` to find it.
        if let id = blockID(endingLine: trimmed) {
            var text = line[..<id]
            while text.last == " " { text.removeLast() }
            return text + " due \(day)" + line[text.endIndex...]
        }
        return trimmed + " due \(day)" + String(line.dropFirst(trimmed.count))
    }

    /// Where the Obsidian block id that ends `line` (` ^blk1`: a caret after a space, then
    /// letters, digits and dashes) starts; `nil` when it has none.
    private static func blockID(endingLine line: String) -> String.Index? {
        guard let caret = line.lastIndex(of: "^"), caret > line.startIndex,
            line[line.index(before: caret)] == " ", line.index(after: caret) < line.endIndex,
            line[line.index(after: caret)...].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return nil }
        return caret
    }

    /// The deadline an item's line gives in prose (`closes 2026-11-30`), which `snooze` keeps:
    /// for the warning when the step is put off past it.
    public static func deadlineInProse(ofLine line: String) -> LocalDate? {
        let bytes = Array(line.utf8)
        return DueMarker.deadlineInProse(in: bytes, code: CodeSpans.ranges(in: bytes))
    }

    /// The byte range of a 1-based line, without its line ending.
    private static func range(ofLine line: Int, in bytes: [UInt8]) -> Range<Int>? {
        var start = 0
        for _ in 1..<max(line, 1) {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = newline + 1
        }
        guard line >= 1, start <= bytes.count else { return nil }
        var end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }
}
