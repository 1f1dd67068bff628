#if os(macOS)
    private let clearImmutable = "chflags nouchg"
#else
    private let clearImmutable = "chattr -i"
#endif

extension NewLogEntry {
    /// Why an entry was not added.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notUTF8(path: String)
        case utf16(path: String)
        case unterminatedFrontMatter(path: String)
        /// Lines ended by a carriage return alone (classic Mac OS): an entry would mix line endings.
        case carriageReturns(path: String)
        case notAContact(path: String, kind: NoteKind)
        case noSafePlace(path: String, line: String)
        /// Log entries the note holds are not read (a Log as a table, items under no Log
        /// heading): an entry added would read, and the warning go, while they stay uncounted.
        case unreadLog(path: String, line: Int, column: Int, problem: String, fix: String)
        case write(FileWriter.WriteError)

        /// The note, vault-relative.
        public var path: String {
            switch self {
            case .notUTF8(let path), .utf16(let path), .unterminatedFrontMatter(let path), .carriageReturns(let path),
                .notAContact(let path, _), .noSafePlace(let path, _), .unreadLog(let path, _, _, _, _):
                return path
            case .write(let error):
                return error.path
            }
        }

        /// `path:line:column: error: message` (`path: error: message` when no line is
        /// concerned), as diagnostics are printed.
        public var description: String { "\(location): error: \(message)" }

        /// The note, and the line and column the refusal is about when there is one.
        public var location: String {
            switch self {
            case .unreadLog(let path, let line, let column, _, _): "\(path.escapingControlCharacters):\(line):\(column)"
            case .write(let error): error.location
            default: path
            }
        }

        /// What went wrong and what to do, without the path.
        public var message: String {
            switch self {
            case .notUTF8:
                return "the note is not valid UTF-8; save it as UTF-8 first (grapevine check shows where)"
            case .utf16:
                return NoteReader.utf16Refusal
            case .unterminatedFrontMatter:
                return "the front matter is never closed; add the line '---' after it first"
            case .carriageReturns:
                return "the note ends its lines with a carriage return alone (classic Mac OS), which Grapevine "
                    + "cannot read; save it with LF (Unix) or CRLF (Windows) line endings first"
            case .notAContact(_, let kind):
                return "this is \(kind.withArticle), not a contact; a Log belongs in a contact's note"
            case .noSafePlace(_, let line):
                return "cannot find where the Log ends; nothing was written. Add the entry by hand:\n  - \(line)"
            case .unreadLog(_, _, _, let problem, let fix):
                return "\(problem); an entry added now would be read while they are not, so nothing was "
                    + "written. Fix that first (\(fix)), then log again"
            case .write(let error):
                return Self.message(for: error)
            }
        }

        private static func message(for error: FileWriter.WriteError) -> String {
            let path = error.path
            switch error.kind {
            case .readOnly:
                return
                    "the note is read-only; make it writable (chmod u+w \(Shell.quoted(path))) first. "
                    + "Nothing was written."
            case .immutable:
                return
                    "the note is marked immutable; clear that flag (\(clearImmutable) \(Shell.quoted(path))) "
                    + "first. Nothing was written."
            case .folderNotWritable:
                let folder = VaultPath.directory(of: path)
                return "the folder \(folder.isEmpty ? "./" : folder) cannot be written to, and the note's new text "
                    + "is written there first; make the folder writable. Nothing was written."
            default:
                return error.reason
            }
        }
    }

    /// What was added, and where.
    public struct Appended: Sendable {
        /// The line number of the new entry in the file.
        public var line: Int
        /// The new entry, as `grapevine` now reads it.
        public var entry: LogEntry
    }

    /// Adds the entry to the Log of the contact note at `path` (vault-relative) in the vault at
    /// `root`. Every other byte of the file is kept; the file is replaced atomically, and not at
    /// all if it changed on disk meanwhile (`FileWriter.update`).
    public func append(toNoteAt path: String, inVault root: String) throws(Failure) -> Appended {
        do {
            let entry = try FileWriter.update(root + "/" + path, inVault: root) {
                (original) throws(Failure) -> (contents: [UInt8], result: LogEntry) in
                let (bytes, entry) = try inserted(into: original, path: path)
                return (bytes, entry)
            }
            return Appended(line: entry.position.line, entry: entry)
        } catch {
            switch error {
            case .refused(let failure): throw failure
            case .write(let failure): throw .write(failure.relative(to: root))
            }
        }
    }

    /// The file's bytes with the entry added, and the entry as read back from them.
    ///
    /// The entry goes after the last item of the Log section's list, with that list's marker
    /// and line endings; without a list, at the end of the Log section; without a Log
    /// section, in a new `## Log` at the end of the file. A Log kept in date order gets the
    /// entry where its date puts it: above the first entry dated on or before it in one kept
    /// newest first (at the top for the newest), above the first later entry of one kept oldest
    /// first (`log --date` of a day already passed). The result is read back to make sure
    /// the Log gained exactly this entry.
    func inserted(into original: [UInt8], path: String) throws(Failure) -> (bytes: [UInt8], entry: LogEntry) {
        guard !NoteReader.isUTF16(original.span) else { throw .utf16(path: path) }
        guard String(validating: original, as: UTF8.self) != nil else { throw .notUTF8(path: path) }
        let loneReturn = original.indices.contains { original[$0] == 13 && original.dropFirst($0 + 1).first != 10 }
        if loneReturn { throw .carriageReturns(path: path) }
        let (note, diagnostics) = Self.contact(in: original, path: path)
        if diagnostics.contains(where: { $0.code == .unterminatedFrontMatter }) {
            throw .unterminatedFrontMatter(path: path)
        }
        guard let contact = note.contact else { throw .notAContact(path: path, kind: note.kind) }
        if let unread = Self.unreadLog(in: note, diagnostics) {
            throw .unreadLog(
                path: path, line: unread.line, column: unread.column, problem: unread.message, fix: unread.hint ?? "")
        }
        let lines = FileLines(original)
        let place =
            LogPlace(inDateOrder: contact.log, date: date.date, lines: lines, entry: Array(line.utf8))
            ?? LogPlace(note.body, lines: lines, entry: Array(line.utf8))
        let bytes = Array(original[..<place.offset]) + place.insertion + Array(original[place.offset...])
        let line = FileLines.number(ofOffset: place.offset + place.entryStart, in: bytes)
        let log = Self.contact(in: bytes, path: path).note.contact?.log ?? []
        guard log.count == contact.log.count + 1,
            let entry = log.first(where: { $0.position.line == line && $0.date == date.date })
        else { throw .noSafePlace(path: path, line: self.line) }
        return (bytes, entry)
    }

    /// The warning about Log entries the note holds that are not read as events: list items
    /// under no Log heading (`##Log`, a Log in a block quote), or a Log written as a table. A
    /// Log of text alone ("Nothing yet.") holds no entries, and takes the first one.
    private static func unreadLog(in note: Note, _ diagnostics: [Diagnostic]) -> Diagnostic? {
        let blocks = note.body.blocks
        let hasTable = note.body.sections(named: ["Log"]).contains { section in
            section.content.contains { blocks.indices.contains($0) && blocks[$0].kind == .table }
        }
        return diagnostics.first { $0.code == .logUnderAnotherHeading || ($0.code == .logWithoutItems && hasTable) }
    }

    private static func contact(in bytes: [UInt8], path: String) -> (note: Note, diagnostics: [Diagnostic]) {
        NoteReader(path: path, parser: MarkdownParser()).read(bytes.span)
    }
}

/// Where a new Log entry goes in a file, and the bytes to insert there.
private struct LogPlace {
    /// The byte offset in the original file where `insertion` goes.
    var offset: Int
    /// The bytes to insert: the entry line, with any line break or heading it needs.
    var insertion: [UInt8]
    /// Where the entry's list marker starts within `insertion`.
    var entryStart: Int

    init(_ body: MarkdownDocument, lines: FileLines, entry: [UInt8]) {
        let newline = lines.newline
        guard let section = body.section(named: "Log") else {
            // A new section at the end of the file, after a blank line.
            offset = lines.byteCount
            var prefix = lines.endsWithNewline || lines.byteCount == 0 ? [] : newline
            if lines.byteCount > 0, !lines.endsWithBlankLine { prefix += newline }
            prefix += Array("## Log".utf8) + newline
            insertion = prefix + Array("- ".utf8) + entry + newline
            entryStart = prefix.count
            return
        }
        let blocks = body.blocks
        var marker = Array("- ".utf8)
        var blankBefore = false
        let afterLine: Int
        if let list = section.content.last(where: { blocks[$0].kind == .list }) {
            afterLine = blocks[list].endLine
            let items = body.items.filter { $0.blockIndex == list }
            let depth = items.map(\.depth).min() ?? 0
            let top = items.filter { $0.depth == depth }
            if let last = top.last {
                marker = lines.nextMarker(after: last.position.line) ?? marker
                // A list with blank lines between its items gets one before the new item too.
                blankBefore = top.count > 1 && lines.isBlank(last.position.line - 1)
            }
        } else if let lastBlock = section.content.last {
            afterLine = blocks[lastBlock].endLine
            blankBefore = true
        } else {
            afterLine = blocks[section.headingIndex].endLine
        }
        offset = lines.offset(afterLine: afterLine)
        var prefix = lines.endsWithNewline || offset < lines.byteCount ? [] : newline
        if blankBefore { prefix += newline }
        insertion = prefix + marker + entry + newline
        entryStart = prefix.count
        // A paragraph right after would become part of the new item.
        if let next = lines.text(ofLine: afterLine + 1), !lines.isBlank(afterLine + 1), !Self.isHeading(next) {
            insertion += newline
        }
    }

    /// Before the entry the new one belongs above, in a Log kept in date order either way: in
    /// one kept newest first (two or more entries, their dates never rising and not all one
    /// day), its first entry dated on or before `date` (the top one for the newest, one further
    /// down for `log --date` of a day already passed, as `merge` places B's entries); in one
    /// kept oldest first (dates never falling), its first entry dated after `date`. `nil`
    /// otherwise (the newest entry of a Log oldest first, the oldest of a Log newest first, a
    /// Log in no order, or that entry not in a bulleted list): the entry is then added at the
    /// end.
    init?(inDateOrder log: [LogEntry], date: LocalDate, lines: FileLines, entry: [UInt8]) {
        let entries = log.sorted { $0.position.line < $1.position.line }
        let dates = entries.map(\.date)
        let above: LogEntry?
        if LogEntry.isNewestFirst(dates) {
            above = entries.first { $0.date <= date }
        } else if zip(dates, dates.dropFirst()).allSatisfy({ $0 <= $1 }) {
            above = entries.first { $0.date > date }
        } else {
            above = nil
        }
        guard let above, let marker = lines.nextMarker(after: above.position.line),
            let bullet = marker.first(where: { $0 != UInt8(ascii: " ") }),
            [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bullet)
        else { return nil }
        offset = lines.start(ofLine: above.position.line)
        insertion = marker + entry + lines.newline
        entryStart = 0
    }

    private static func isHeading(_ line: ArraySlice<UInt8>) -> Bool {
        let text = line.drop { $0 == UInt8(ascii: " ") }
        return line.count - text.count <= 3 && text.first == UInt8(ascii: "#")
    }
}
