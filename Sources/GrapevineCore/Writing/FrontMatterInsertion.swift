/// Missing front matter fields inserted as one line each before the closing `---` (SPEC §2):
/// `thank_you: 2026-11-18` in an interview whose person has no note to log it in, `added:
/// 2026-11-18` in a contact you put on your list. A note without front matter gets one at its
/// start, holding only those lines.
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

    /// What was written: the line number of the first new line, and the new lines.
    public struct Inserted: Sendable, Equatable {
        /// The line number of the first new line in the file.
        public var line: Int
        /// The new lines, without line endings.
        public var lines: [String]
    }

    /// Why the fields were not inserted.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case noFrontMatter(path: String)
        case alreadySet(path: String, key: String)
        case brokenFrontMatter(path: String)
        case unreadable(path: String)
        case write(FileWriter.WriteError)

        /// `path: error: message`, as diagnostics are printed.
        public var description: String {
            switch self {
            case .noFrontMatter(let path):
                return
                    "\(path): error: cannot find the end of the note's front matter (a second '---' line); nothing was written"
            case .alreadySet(let path, let key):
                return
                    "\(path): error: '\(key)' is already in the front matter; change it by hand. Nothing was written."
            case .brokenFrontMatter(let path):
                return "\(path): error: the front matter has errors; fix them first (grapevine check shows them). "
                    + "Nothing was written."
            case .unreadable(let path):
                return "\(path): error: the new front matter would not read back as written; nothing was written. "
                    + "Run grapevine check on the note."
            case .write(let error):
                return "\(error.path): error: " + NewLogEntry.Failure.write(error).message
            }
        }
    }

    /// Inserts the lines in the note in the vault at `root`.
    public func write(inVault root: String) throws(Failure) -> Inserted {
        do {
            return try FileWriter.update(root + "/" + path) {
                (original) throws(Failure) -> (contents: [UInt8], result: Inserted) in
                try inserted(into: original)
            }
        } catch {
            switch error {
            case .refused(let failure): throw failure
            case .write(let failure): throw .write(failure.relative(to: root))
            }
        }
    }

    /// The bytes with the fields inserted as the front matter's last lines, or as a new front
    /// matter at the start of a note that has none; read back to make sure every field reads
    /// as written and nothing else in the front matter changed.
    func inserted(into original: [UInt8]) throws(Failure) -> (contents: [UInt8], result: Inserted) {
        let lines = FileLines(original)
        let before = read(original)
        if before.1.contains(where: { Self.frontMatterProblems.contains($0.code) }) {
            throw .brokenFrontMatter(path: path)
        }
        for field in fields where before.0.frontMatter.entry(field.key) != nil {
            throw .alreadySet(path: path, key: field.key)
        }
        let newline = lines.newline
        let text = fields.flatMap { Array($0.line.utf8) + newline }
        let contents: [UInt8]
        let first: Int
        switch lines.frontMatter.fence {
        case .closed:
            let close = lines.frontMatter.bodyLineOffset
            let offset = lines.start(ofLine: close)
            contents = Array(original[..<offset]) + text + Array(original[offset...])
            first = close
        case .none:
            let offset = lines.bomLength
            let fence = Array("---".utf8) + newline
            contents = Array(original[..<offset]) + fence + text + fence + Array(original[offset...])
            first = 2
        case .unterminated, .carriageReturns:
            throw .noFrontMatter(path: path)
        }
        let after = read(contents)
        let errors = { (diagnostics: [Diagnostic]) in diagnostics.filter { $0.severity == .error }.count }
        guard errors(after.1) <= errors(before.1),
            before.0.frontMatter.entries.allSatisfy({ after.0.frontMatter.entry($0.key) == $0 }),
            fields.allSatisfy({ after.0.frontMatter.entry($0.key) != nil })
        else { throw .unreadable(path: path) }
        return (contents, Inserted(line: first, lines: fields.map(\.line)))
    }

    private func read(_ bytes: [UInt8]) -> (Note, [Diagnostic]) {
        NoteReader(path: path, parser: MarkdownParser()).read(bytes.span)
    }

    /// The problems that leave a front matter unread, in which no field can be placed safely.
    private static let frontMatterProblems: Set<DiagnosticCode> = [
        .notUTF8, .unterminatedFrontMatter, .malformedFrontMatter, .frontMatterNotMapping, .frontMatterTooLarge,
    ]
}
