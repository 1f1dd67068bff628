/// Missing front matter fields inserted as one line each before the closing `---` (SPEC §2):
/// `thank_you: 2026-11-18` in an interview whose person has no note to log it in, `added:
/// 2026-11-18` in a contact you put on your list. A note without front matter gets one at its
/// start, holding only those lines. A field written with no value on a line of its own
/// (`email:`, as templates leave fields to fill in) is missing too: its value goes on that
/// line. A field with a value is never touched.
public struct FrontMatterInsertion: Sendable, Equatable {
    /// One field: its key, which the front matter must not have yet, and its value as YAML.
    public struct Field: Sendable, Equatable {
        /// The key, as written.
        public var key: String
        /// The value, as written after `key: `.
        public var value: String

        /// A field.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }

        /// `key: value`.
        public var line: String { "\(key): \(value)" }
    }

    /// The note, vault-relative.
    public var path: String
    /// The fields, in the order they are written.
    public var fields: [Field]

    /// One field.
    public init(path: String, key: String, value: String) {
        self.init(path: path, fields: [Field(key: key, value: value)])
    }

    /// Several fields, written in one replacement of the file.
    public init(path: String, fields: [Field]) {
        self.path = path
        self.fields = fields
    }

    /// What was written: the line number of the first line written, and the fields.
    public struct Inserted: Sendable, Equatable {
        /// The line number in the file of the first line written (a blank field filled in may
        /// come before the new lines).
        public var line: Int
        /// The fields written, in the order given.
        public var fields: [Field]

        /// The lines written, without line endings.
        public var lines: [String] { fields.map(\.line) }
    }

    /// Why the fields were not inserted.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noFrontMatter(path: String)
        /// The key is written on `line`, from `column`.
        case alreadySet(path: String, key: String, line: Int, column: Int)
        case brokenFrontMatter(path: String)
        case unreadable(path: String)
        case write(FileWriter.WriteError)

        /// `path:line:column: error: message` (`path: error: message` when no line is
        /// concerned), as diagnostics are printed.
        public var description: String {
            switch self {
            case .noFrontMatter(let path), .brokenFrontMatter(let path), .unreadable(let path):
                return "\(path.escapingControlCharacters): error: \(message)"
            case .alreadySet(let path, _, let line, let column):
                return "\(path.escapingControlCharacters):\(line):\(column): error: \(message)"
            case .write(let error):
                return "\(error.location): error: \(message)"
            }
        }

        /// What went wrong, without the note's path.
        public var message: String {
            switch self {
            case .noFrontMatter:
                return "cannot find the end of the note's front matter (a second '---' line); nothing was written"
            case .alreadySet(_, let key, _, _):
                return "'\(key)' is already in the front matter; change it by hand. Nothing was written."
            case .brokenFrontMatter:
                return "the front matter has errors; fix them first (grapevine check shows them). Nothing was written."
            case .unreadable:
                return "the new front matter would not read back as written; nothing was written. "
                    + "Run grapevine check on the note."
            case .write(let error):
                return NewLogEntry.Failure.write(error).message
            }
        }
    }

    /// Inserts the lines in the note in the vault at `root`. A field the note has a value for
    /// is refused, or, with `leavingOutWritten`, left out (`Inserted.fields` says which were
    /// written).
    public func write(inVault root: String, leavingOutWritten: Bool = false) throws(Failure) -> Inserted {
        do {
            return try FileWriter.update(root + "/" + path, inVault: root) {
                (original) throws(Failure) -> (contents: [UInt8], result: Inserted) in
                try inserted(into: original, leavingOutWritten: leavingOutWritten)
            }
        } catch {
            switch error {
            case .refused(let failure): throw failure
            case .write(let failure): throw .write(failure.relative(to: root))
            }
        }
    }

    /// The bytes with the fields inserted as the front matter's last lines (or on the lines of
    /// their keys written blank), or as a new front matter at the start of a note that has
    /// none; read back to make sure every field reads as written and nothing else in the front
    /// matter changed. A field the note has a value for is refused, or, with `leavingOutWritten`,
    /// left out; then `Inserted.fields` may be empty.
    func inserted(into original: [UInt8], leavingOutWritten: Bool = false) throws(Failure) -> (
        contents: [UInt8], result: Inserted
    ) {
        let (contents, result, expectation) = try unverified(into: original, leavingOutWritten: leavingOutWritten)
        guard result.fields.isEmpty || expectation.isMet(by: read(contents, lines: FileLines(contents))) else {
            throw .unreadable(path: path)
        }
        return (contents, result)
    }

    /// What reading the bytes of an insertion must show: the entries it kept read as they did
    /// (at the same places), every field is there, and no more errors than before.
    struct Expectation: Sendable {
        fileprivate let kept: [FrontMatter.Entry]
        fileprivate let keys: [String]
        fileprivate let errors: Int

        /// Whether the note read from the bytes, with its diagnostics, shows it.
        func isMet(by read: (note: Note, diagnostics: [Diagnostic])) -> Bool {
            FrontMatterInsertion.errors(in: read.diagnostics) <= errors
                && kept.allSatisfy { read.note.frontMatter.entry($0.key) == $0 }
                && keys.allSatisfy { read.note.frontMatter.entry($0) != nil }
        }
    }

    /// `inserted`, without reading the bytes back: what the reading must show, for a caller
    /// that reads them anyway (a new note, read whole before it is written).
    func unverified(into original: [UInt8], leavingOutWritten: Bool = false) throws(Failure) -> (
        contents: [UInt8], result: Inserted, expectation: Expectation
    ) {
        let lines = FileLines(original)
        let before = read(original, lines: lines)
        if before.1.contains(where: { Self.frontMatterProblems.contains($0.code) }) {
            throw .brokenFrontMatter(path: path)
        }
        var blanks: [(field: Field, line: Int)] = []
        var new: [Field] = []
        // A contact's title may be read from `role`: a `title` is not written beside it.
        let readKeys = fields.map {
            $0.key == "title" ? Note.titleKey(in: before.0.frontMatter, kind: before.0.kind) : $0.key
        }
        for (field, key) in zip(fields, readKeys) {
            guard let entry = before.0.frontMatter.entry(key) else {
                new.append(field)
                continue
            }
            if let line = Self.blankLine(of: entry, in: lines) {
                blanks.append((field, line))
            } else if !leavingOutWritten {
                throw .alreadySet(
                    path: path, key: key, line: entry.keyPosition.line, column: entry.keyPosition.column)
            }
        }
        let filled = Set(blanks.map(\.field.key))
        let expectation = Expectation(
            kept: before.0.frontMatter.entries.filter { !filled.contains($0.key) }, keys: readKeys,
            errors: Self.errors(in: before.1))
        guard !new.isEmpty || !blanks.isEmpty else { return (original, Inserted(line: 0, fields: []), expectation) }
        var (contents, first) = try inserting(new, into: original, lines: lines)
        // From the last line up, so the offsets of the lines above stay as they are.
        for (field, line) in blanks.sorted(by: { $0.line > $1.line }) {
            let range = lines.start(ofLine: line)..<lines.end(ofLine: line)
            contents.replaceSubrange(range, with: Array(field.line.utf8))
            first = min(first ?? line, line)
        }
        let written = fields.filter { field in new.contains(field) || blanks.contains { $0.field == field } }
        return (contents, Inserted(line: first ?? 0, fields: written), expectation)
    }

    private static func errors(in diagnostics: [Diagnostic]) -> Int {
        diagnostics.count { $0.severity == .error }
    }

    /// `original` with `fields` as new lines before the closing fence, or in a new front
    /// matter; the line of the first, `nil` without fields.
    private func inserting(_ fields: [Field], into original: [UInt8], lines: FileLines) throws(Failure) -> (
        [UInt8], Int?
    ) {
        guard !fields.isEmpty else { return (original, nil) }
        let newline = lines.newline
        let text = fields.flatMap { Array($0.line.utf8) + newline }
        switch lines.frontMatter.fence {
        case .closed:
            let close = lines.frontMatter.bodyLineOffset
            let offset = lines.start(ofLine: close)
            return (Array(original[..<offset]) + text + Array(original[offset...]), close)
        case .none:
            let offset = lines.bomLength
            let fence = Array("---".utf8) + newline
            return (Array(original[..<offset]) + fence + text + fence + Array(original[offset...]), 2)
        case .unterminated, .carriageReturns, .toml, .json, .logseq, .misplaced:
            throw .noFrontMatter(path: path)
        }
    }

    /// The line of `entry` when it is a top-level key written with no value on a line of its
    /// own, nothing after it but a blank value (`~`, `null`, `""`, `''`, `[]`) and nothing
    /// under it that would be its value: a field a template left to fill in. A comment after
    /// it counts as written (filling the line would drop it).
    static func blankLine(of entry: FrontMatter.Entry, in lines: FileLines) -> Int? {
        switch entry.value.content {
        case .scalar(let text, false) where text.isEmpty: break
        case .list(let items) where items.isEmpty: break
        case .scalar where entry.value.isNull: break
        default: return nil
        }
        let line = entry.keyPosition.line
        guard entry.keyPosition.column == 1, let text = lines.text(ofLine: line) else { return nil }
        let key = Array((entry.key + ":").utf8)
        guard text.starts(with: key) else { return nil }
        let value = String(decoding: text.dropFirst(key.count), as: UTF8.self).trimmingWhitespace()
        return blankValues.contains(value) ? line : nil
    }

    private static let blankValues: Set<String> = ["", "~", "null", "Null", "NULL", "\"\"", "''", "[]"]

    /// The note as its front matter alone reads it, through the closing fence: an insertion
    /// changes only the front matter, and the body (cmark-gfm's part, most of a read) reads the
    /// same before and after. A note without a closed front matter is read whole. Only errors
    /// count here, so unknown keys are not compared with the known ones.
    private func read(_ bytes: [UInt8], lines: FileLines) -> (Note, [Diagnostic]) {
        let end = lines.closingFenceLine.map(lines.offset(afterLine:)) ?? bytes.count
        let reader = NoteReader(path: path, parser: MarkdownParser(), makesSuggestions: false)
        return reader.read(bytes.span.extracting(..<end))
    }

    /// The problems that leave a front matter unread, in which no field can be placed safely.
    private static let frontMatterProblems = NoteReader.unreadableFrontMatter.union([.notUTF8])
}
