/// Turns the bytes of one file into a `Note` and the problems found in it.
///
/// A broken file still yields a note (named after its file, with whatever could be read),
/// so one bad file never hides the others or breaks references to it.
struct NoteReader {
    let path: String
    let parser: MarkdownParser
    /// Whether the warnings that suggest are made (an unknown key's closest known key, the
    /// kind a plain note reads like): false for readers that look only at errors (a note
    /// checked before it is written), where the spelling comparisons were a tenth of an
    /// import's time and the kind's a fifth of the rest.
    var makesSuggestions = true

    /// The keys every kind of note may have.
    static let commonKeys: WordSet = ["type", "name", "title", "tags", "aliases", "remind", "private"]

    /// The keys each kind of note knows.
    static let keys: [NoteKind: WordSet] = [
        .contact: commonKeys.union(ContactReader.keys), .interview: commonKeys.union(InterviewReader.keys),
        .organization: commonKeys.union(OrganizationReader.keys),
    ]

    /// Whether `bytes` are UTF-16 with a byte order mark (Notepad's "Unicode"), which notes are
    /// read in and never written in.
    static func isUTF16(_ bytes: Span<UInt8>) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// Why a command that writes leaves a UTF-16 note alone, and what to do.
    static let utf16Refusal =
        "the note is saved as UTF-16, which Grapevine reads but does not write; save it with UTF-8 encoding first"

    /// A file's text as a note is read from it (`Note.text`): UTF-16 with its byte order mark
    /// converted, a UTF-8 byte order mark left out, bytes that are not UTF-8 replaced; and where
    /// the first such byte is.
    static func text(of bytes: Span<UInt8>) -> (text: String, utf8Problem: SourcePosition?) {
        // UTF-16 with its byte order mark (Notepad's "Unicode") is read as the import reads it.
        isUTF16(bytes) ? (String(decoding: ImportText.utf8(Array(bytes)).bytes, as: UTF8.self), nil) : decode(bytes)
    }

    func read(_ bytes: Span<UInt8>) -> (Note, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let isUTF16 = Self.isUTF16(bytes)
        var (text, utf8Problem) = Self.text(of: bytes)
        // UTF-16 without a byte order mark is valid UTF-8, a NUL byte between characters.
        if utf8Problem == nil, !isUTF16, Self.looksLikeUTF16(bytes) { utf8Problem = .start }
        if let utf8Problem {
            diagnostics.append(
                Diagnostic(
                    .error, .notUTF8, "the file is not valid UTF-8", file: path, at: utf8Problem,
                    hint: "save the file with UTF-8 encoding"))
        } else if isUTF16 {
            diagnostics.append(
                Diagnostic(
                    .warning, .notUTF8,
                    "the file is UTF-16: it is read, but the commands that write (log, done, merge) cannot change it",
                    file: path, at: .start, hint: "save the file with UTF-8 encoding"))
        }
        let utf8 = text.utf8.span
        if let line = MergeConflict.line(in: utf8) {
            diagnostics.append(
                Diagnostic(
                    .error, .mergeConflict,
                    "an unresolved merge conflict starts here: both sides are in the file, and both are read",
                    file: path, at: SourcePosition(line: line, column: 1),
                    hint: "keep the side you want and delete the other with the lines '<<<<<<<', '=======' and "
                        + "'>>>>>>>' (your editor or 'git mergetool' can help)"))
        }
        let split = FrontMatterSplit(utf8)
        var frontMatter = FrontMatter()
        var frontMatterWasRead = true
        switch split.fence {
        case .none:
            break
        case .carriageReturns:
            diagnostics.append(
                Diagnostic(
                    .error, .malformedFrontMatter,
                    "the file ends its lines with a carriage return alone (classic Mac OS), so its front "
                        + "matter cannot be read",
                    file: path, at: SourcePosition(line: 1, column: 4),
                    hint: "save the file with LF (Unix) or CRLF (Windows) line endings"))
            frontMatterWasRead = false
        case .unterminated:
            frontMatterWasRead = false
            diagnostics.append(
                Diagnostic(
                    .error, .unterminatedFrontMatter, "the front matter opened on line 1 is never closed",
                    file: path, at: .start, hint: Self.closingHint(text)))
        case .misplaced(let line):
            frontMatterWasRead = false
            diagnostics.append(
                Diagnostic(
                    .error, .malformedFrontMatter,
                    "front matter must begin on the file's first line with exactly '---', so this one is not read",
                    file: path, at: SourcePosition(line: line, column: 1),
                    hint: Self.misplacedFenceHint(text, line: line)))
        case .toml(let range), .json(let range), .logseq(let range):
            frontMatterWasRead = false
            diagnostics.append(
                Self.foreignFrontMatter(String(decodingUTF8: utf8.extracting(range)), split.fence, file: path))
        case .closed(let yaml):
            let count = diagnostics.count
            frontMatter = readFrontMatter(utf8.extracting(yaml), into: &diagnostics)
            frontMatterWasRead = diagnostics.count == count
        }
        let bodyBytes = utf8.extracting(split.bodyStart...)
        let body = parser.parse(bodyBytes, lineOffset: split.bodyLineOffset)
        for problem in body.problems { diagnostics.append(problem.diagnostic(file: path)) }
        let isEmpty =
            frontMatterWasRead && utf8Problem == nil && frontMatter.entries.isEmpty
            && bodyBytes.allSatisfy(UInt8.isASCIISpace)
        var note = makeNote(
            frontMatter: frontMatter, body: body, source: text, bodyLineOffset: split.bodyLineOffset,
            // Found by the parser, in the body's bytes.
            unshownRanges: body.unshown.map { $0.lowerBound + split.bodyStart..<$0.upperBound + split.bodyStart },
            isEmpty: isEmpty, into: &diagnostics)
        let frontMatterIsUnread = diagnostics.contains { Self.unreadableFrontMatter.contains($0.code) }
        if frontMatterIsUnread {
            // The fields are written, just not read: the one error on the front matter says
            // so, not also "an interview needs a 'contact'" at line 1 for each.
            diagnostics.removeAll { $0.code == .missingKey }
        }
        if isEmpty {
            // An empty file is one slip, not also an interview without `contact` and `date`.
            diagnostics.removeAll { $0.code == .missingKey }
            diagnostics.append(
                Diagnostic(
                    .warning, .emptyNote, "the note is empty", file: path, at: .start,
                    hint: "write something in it, or delete the file"))
        } else if note.kind == .pitch, let problem = Pitch.placeholderDiagnostic(note) {
            diagnostics.append(problem)
        } else if let problem = ContactPlaceholder.marking(&note) {
            diagnostics.append(problem)
        }
        let headings = paragraphHeadings(in: note) + itemHeadings(in: note) + calloutHeadings(in: note)
        // `Log` written as a line of text over the list, or in a list item: that warning says it better.
        if !headings.isEmpty { diagnostics.removeAll { $0.code == .logUnderAnotherHeading } }
        diagnostics += headings
        diagnostics += duplicateSections(in: note)
        diagnostics += quotedTasks(in: note)
        if makesSuggestions {
            // `## Questionss` is also `Questions` in other words: that warning already names the heading.
            let named = Set(diagnostics.filter { $0.code == .sectionUnderAnotherHeading }.map(\.line))
            diagnostics += MisspelledHeading.warnings(in: note, file: path).filter { !named.contains($0.line) }
        }
        diagnostics += dueDateProblems(in: note)
        let inlineFields = inlineFieldProblems(in: note, bodyStart: split.bodyStart)
        if !inlineFields.isEmpty {
            // `- status:: replied` in the Log: the field's warning says what to write there.
            let lines = Set(inlineFields.map(\.line))
            diagnostics.removeAll { $0.code == .undatedLogEntry && lines.contains($0.line) }
            diagnostics += inlineFields
        }
        if utf8Problem != nil || frontMatterIsUnread {
            note.privacy = .unknown
        }
        return (note, diagnostics)
    }

    /// The problems that leave a note's front matter unread: whatever it says, `private: true`
    /// among it, is not known.
    static let unreadableFrontMatter: Set<DiagnosticCode> = [
        .unterminatedFrontMatter, .malformedFrontMatter, .frontMatterNotMapping, .frontMatterTooLarge,
    ]

    /// Front matter in TOML between `+++` lines, a JSON object between lines `{` and `}`
    /// (Hugo's other forms), or Logseq's page properties (`type:: contact` lines at the top):
    /// none of it is read, so the note is taken as one whose front matter could not be read
    /// (`site --public` leaves it out: a `private = true` in it is not seen). The hint writes
    /// its first `key = value` (`"key": value`, `key:: value`) line as YAML.
    static func foreignFrontMatter(_ text: String, _ fence: FrontMatterSplit.Fence, file path: String) -> Diagnostic {
        let isJSON = if case .json = fence { true } else { false }
        let isLogseq = if case .logseq = fence { true } else { false }
        let lines = text.split(whereSeparator: \.isNewline)
        let example = lines.lazy.compactMap { line -> String? in
            guard let equals = line.firstIndex(of: isJSON || isLogseq ? ":" : "=") else { return nil }
            var key = line[..<equals].trimmingWhitespace()
            var value = line[line.index(after: equals)...].drop { $0 == ":" }.trimmingWhitespace()
            if isJSON {
                guard key.count >= 2, key.first == "\"", key.last == "\"" else { return nil }
                key = key.dropFirst().dropLast()
                if value.last == "," { value = value.dropLast() }
            }
            guard !key.isEmpty, !value.isEmpty, !key.hasPrefix("#"), !key.hasPrefix("[") else { return nil }
            // `[[Beta Corp]]` alone is a list in YAML: quoted, it is the link.
            if isLogseq, value.hasPrefix("[") { return "\(key): \"\(value)\"" }
            return "\(key): \(value)"
        }.first
        let form =
            isLogseq
            ? "Logseq page properties (lines 'key:: value')"
            : isJSON ? "JSON (between lines '{' and '}')" : "TOML (between '+++' lines)"
        return Diagnostic(
            .error, .malformedFrontMatter,
            "the front matter is \(form), which Grapevine does not read; none of its fields is used",
            file: path, at: .start,
            hint: "write it as YAML between lines '---'" + (example.map { ", such as '\($0)'" } ?? ""))
    }

    /// The sections Grapevine reads in a note of each kind (SPEC §2).
    static let sectionNames: [NoteKind: [String]] = [
        .contact: ["Log"], .interview: ["Agenda", "Questions", "Referrals", "Resources", "Leads", "Next steps"],
        .organization: ["Research"] + OrganizationReader.openingsNames,
    ]

    /// `sectionNames` as a section's `key` has them.
    static let sectionKeys = sectionNames.mapValues { WordSet($0.map(Section.normalizedTitle)) }

    /// A one-line paragraph right above a list that says the name of a section the note's
    /// kind has (`**Referrals:**`, `Log:`) and that the note has no heading for: the list
    /// under it would be read as no section at all, silently.
    private func paragraphHeadings(in note: Note) -> [Diagnostic] {
        guard Self.sectionNames[note.kind] != nil else { return [] }
        let blocks = note.body.blocks
        let candidates = blocks.indices.dropLast().filter { index in
            blocks[index].kind == .paragraph && blocks[index].endLine == blocks[index].start.line
                && blocks[index + 1].kind == .list
        }
        guard !candidates.isEmpty else { return [] }
        let lines = Self.lines(candidates.map { blocks[$0].start.line }, of: note.text.utf8.span)
        return candidates.compactMap { index in
            let position = blocks[index].start
            guard let written = lines[position.line] else { return nil }
            guard let name = Self.sectionName(writtenAs: written, in: note.kind), note.body.section(named: name) == nil
            else { return nil }
            return Diagnostic(
                .warning, .paragraphHeading,
                "'\(written)' looks like the heading of the \(name) section, but it is a line of text, so "
                    + "the list under it is not read as \(name)",
                file: path, at: position, hint: "make it a heading: '## \(name)'")
        }
    }

    /// A heading in a list item (`- ## Referrals` with the people nested under it, as Logseq
    /// writes every heading) that names a section the note's kind reads, and that the note has
    /// no heading for: it opens no section, so nothing under it is read, silently.
    private func itemHeadings(in note: Note) -> [Diagnostic] {
        guard !note.body.itemHeadings.isEmpty, let keys = Self.sectionKeys[note.kind] else { return [] }
        var named: Set<String> = []
        return note.body.itemHeadings.compactMap { heading in
            let key = Section.normalizedTitle(heading.title)
            guard keys.contains(key), note.body.section(named: heading.title) == nil, named.insert(key).inserted,
                let name = Self.sectionNames[note.kind]?.first(where: { Section.normalizedTitle($0) == key })
            else { return nil }
            let marks = String(repeating: "#", count: heading.level)
            return Diagnostic(
                .warning, .headingInListItem,
                "the heading '\(heading.title)' is inside a list item, so it opens no section and the list under it "
                    + "is not read as \(name)",
                file: path, at: heading.position,
                hint: "write '\(marks) \(heading.title)' at the start of its line, without the list marker before it, "
                    + "and the items under it without their extra indentation")
        }
    }

    /// A section the note's kind reads, written a second time (a `## Log` added at the end of
    /// a note that has one): both are read, but Grapevine writes under the first.
    private func duplicateSections(in note: Note) -> [Diagnostic] {
        guard note.body.sections.count > 1, let keys = Self.sectionKeys[note.kind] else { return [] }
        var read: [Section] = []
        var diagnostics: [Diagnostic] = []
        for section in note.body.sections where keys.contains(section.key) {
            guard let earlier = read.first(where: { $0.key == section.key }) else {
                read.append(section)
                continue
            }
            diagnostics.append(
                Diagnostic(
                    .warning, .duplicateSection,
                    "the note has a second '\(section.title)' section (the first is on line \(earlier.position.line)); "
                        + "both are read, but grapevine adds to the first",
                    file: path, at: section.position,
                    hint: "move what is under this heading into the first '\(earlier.title)' section"))
        }
        return diagnostics
    }

    /// The lines numbered `numbers` (1-based, ascending) of `text`, without their line
    /// ending; a line too long to name a section is left out.
    static func lines(_ numbers: [Int], of text: Span<UInt8>) -> [Int: String] {
        var found: [Int: String] = [:]
        var (line, start) = (1, 0)
        for number in numbers {
            while line < number, let newline = text.firstIndex(of: UInt8(ascii: "\n"), from: start) {
                (line, start) = (line + 1, newline + 1)
            }
            guard line == number else { break }
            let end = text.firstIndex(of: UInt8(ascii: "\n"), from: start) ?? text.count
            guard end - start <= 64 else { continue }
            found[number] = String(decodingUTF8: text.extracting(start..<end)).trimmingWhitespace()
        }
        return found
    }

    /// The section of a note of `kind` that a line of text names (`**Referrals:**`, `Log:`):
    /// its words without emphasis marks or a colon, compared case-insensitively.
    static func sectionName(writtenAs line: String, in kind: NoteKind) -> String? {
        var words = Substring(line.trimmingWhitespace())
        while let first = words.first, "*_".contains(first) { words = words.dropFirst() }
        while let last = words.last, "*_:".contains(last) || last.isWhitespace { words = words.dropLast() }
        return sectionNames[kind]?.first { $0.lowercased() == words.lowercased() }
    }

    // MARK: Decoding

    /// The file as a string; with invalid UTF-8, a repaired string and where the first bad byte is.
    /// Whether a quarter or more of the first 256 bytes are NUL: text saved as UTF-16 (or
    /// UTF-32) without a byte order mark, which reads as UTF-8 with a NUL after each letter.
    static func looksLikeUTF16(_ bytes: Span<UInt8>) -> Bool {
        let count = min(bytes.count, 256)
        // Most notes have no NUL at all, which one search finds.
        guard count >= 8, bytes.extracting(0..<count).contains(0) else { return false }
        var zeros = 0
        for offset in 0..<count where bytes[offset] == 0 { zeros += 1 }
        return zeros * 4 >= count
    }

    static func decode(_ bytes: Span<UInt8>) -> (String, SourcePosition?) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let text = String(validUTF8: bytes.extracting(start...)) { return (text, nil) }
        // Not UTF-8, which is rare: the bytes are copied to be read one scalar at a time.
        let body = [UInt8](bytes.extracting(start...))
        var line = 1, column = 1
        var iterator = body.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                break loop
            }
        }
        let text = hasMultibyteUTF8(body) ? String(decoding: body, as: UTF8.self) : windows1252(body)
        return (text, SourcePosition(line: line, column: column))
    }

    /// Whether `bytes` hold one character of several bytes in valid UTF-8. A file that is not
    /// UTF-8 and holds none was saved in the Windows code page of Western Europe (what
    /// Notepad called "ANSI" until 2019): read as that, its `é` is é, where replacing bad
    /// bytes made `José Núñez` a second person, `Jos� N��ez`. A file of UTF-8 with a few
    /// bad bytes keeps its good characters.
    private static func hasMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            offset += 1
            let length =
                lead >= 0xC2 && lead <= 0xDF
                ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 1
            guard length > 1, offset + length - 1 <= bytes.count else { continue }
            if bytes[offset..<offset + length - 1].allSatisfy({ $0 & 0xC0 == 0x80 }) { return true }
        }
        return false
    }

    /// `bytes` read as Windows-1252: Latin-1, with typographic quotes, dashes, `€` and a few
    /// letters at 0x80–0x9F (the five codes it leaves unused are U+FFFD).
    private static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = byte >= 0x80 && byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    // MARK: Front matter

    private func readFrontMatter(_ yaml: Span<UInt8>, into diagnostics: inout [Diagnostic])
        -> FrontMatter
    {
        let root: FrontMatter.Value?
        do {
            root = try YAMLReader.read(yaml, firstLine: 2)
        } catch {
            // A list never closed because a `#` in it started a comment: said where the `#` is.
            if error.limit == nil, error.message.contains("flow"),
                let comment = FrontMatterComment.find(in: yaml, firstLine: 2).first(where: {
                    !$0.startsValue && $0.position.line <= error.position.line
                })
            {
                diagnostics.append(
                    Diagnostic(
                        .error, .malformedFrontMatter,
                        "malformed front matter: YAML reads '\(comment.text)' as a comment, so the list it is in "
                            + "is never closed",
                        file: path, at: comment.position, hint: comment.hint))
            } else {
                var problem = Self.diagnostic(error, file: path)
                // `date: {{date:YYYY-MM-DD}}` is a YAML mapping: the file is a template, not a slip.
                if error.limit == nil, TemplatePlaceholder.appears(in: yaml) {
                    problem.hint = TemplatePlaceholder.hint(file: path)
                }
                diagnostics.append(problem)
            }
            return FrontMatter()
        }
        guard let root else { return FrontMatter() }
        guard case .mapping(let entries) = root.content else {
            diagnostics.append(
                Diagnostic(
                    .error, .frontMatterNotMapping, "the front matter must be a mapping of 'key: value' lines",
                    file: path, at: root.position, hint: "write one 'key: value' per line, e.g. 'name: Maria Lopez'"))
            return FrontMatter()
        }
        let frontMatter = FrontMatter(entries: entries)
        for comment in FrontMatterComment.find(in: yaml, firstLine: 2) {
            // `key: #…` is a comment only where it left the value empty.
            if comment.startsValue, let key = comment.key,
                case .scalar(let text, isPlain: true)? = frontMatter[key]?.content, !text.isEmpty
            {
                continue
            }
            diagnostics.append(
                Diagnostic(
                    .warning, .invalidValue,
                    "YAML reads '\(comment.text)' as a comment, so "
                        + (comment.startsValue ? "'\(comment.key ?? "")' is empty" : "this item is empty"),
                    file: path, at: comment.position, hint: comment.hint))
        }
        return frontMatter
    }

    /// The diagnostic of front matter that could not be read: a syntax error, or a document
    /// over one of `YAMLReader`'s limits (the note is then read without its front matter).
    static func diagnostic(_ problem: YAMLReader.Problem, file: String, subject: String = "front matter")
        -> Diagnostic
    {
        guard let limit = problem.limit else {
            return Diagnostic(
                .error, .malformedFrontMatter, "malformed \(subject): \(problem.message)", file: file,
                at: problem.position, hint: hint(forYAMLProblem: problem.message))
        }
        let hint =
            switch limit {
            case .size: "keep the \(subject) to a few lines; long text belongs in the body"
            case .depth: "nest lists and mappings a few levels at most"
            case .aliases: "write the values out instead of repeating aliases of aliases"
            }
        return Diagnostic(
            .error, .frontMatterTooLarge, "the \(subject) \(problem.message), and was not read", file: file,
            at: problem.position, hint: hint)
    }

    /// A hint for the usual causes of a YAML syntax error.
    static func hint(forYAMLProblem message: String) -> String {
        if message.contains("quoted scalar") { return "close the quotes around the value" }
        if message.contains("flow sequence") || message.contains("flow mapping") {
            return "close the bracket, or quote a value that starts with '[' or '{' (such as \"[[Name]]\")"
        }
        if message.contains("tab") { return "indent with spaces instead: YAML does not allow tabs for indentation" }
        if message.hasPrefix("the key '"), message.hasSuffix("' appears twice") {
            let key = message.dropFirst("the key '".count).dropLast("' appears twice".count)
            return "write '\(key)' once: delete one of the two lines, keeping the value that holds (for a meeting "
                + "moved, the new one)"
        }
        if message.contains("mapping values") || message.contains("simple key") {
            return "quote values that contain ': ', and indent nested keys the same way"
        }
        return "quote values that contain ': ' or start with '[', '{', '*', '&' or '@'"
    }

    // MARK: Typed note

    /// What `private` says. A value that is neither true nor false, or the key written with
    /// capitals (`Private: true`, not read: keys are case-sensitive), does not say the note is
    /// public, and `--public` must not guess that it is. Without a `private` of its own, a note
    /// takes one from a YAML merge key (`<<: {private: true}`, `<<: *defaults`), as Obsidian's
    /// js-yaml reads it. An empty value (`private:`, `private: ""`) is most likely one meant to
    /// be filled in: it cannot be told either, with a warning, rather than published.
    private static func privacy(_ fields: inout FieldReader) -> Note.Privacy {
        if let entry = fields.frontMatter.entry("private"),
            entry.value.isNull || entry.value.scalar?.trimmingWhitespace().isEmpty == true
        {
            fields.report(
                .warning, .invalidValue,
                "'private' has no value, so the note is kept private: site --public and export vcard --public "
                    + "leave it out",
                at: entry.keyPosition, hint: "write 'private: true', or 'private: false' to publish it")
            return .unknown
        }
        guard fields.value("private") != nil else {
            if let merge = fields.frontMatter.entries.first(where: { $0.key == "<<" }) {
                let privacy = mergedPrivacy(merge.value)
                if privacy == .unknown {
                    fields.report(
                        .warning, .unknownKey,
                        "this YAML merge key ('<<') is not a mapping, or its 'private' is neither true nor false, "
                            + "so whether the note is private cannot be told; site --public leaves it out",
                        at: merge.keyPosition, hint: "write 'private: true' or 'private: false' in the note itself")
                }
                if let privacy { return privacy }
            }
            let capitalized = fields.frontMatter.entries.contains {
                $0.key.utf8.count == 7 && $0.key != "private" && $0.key.lowercased() == "private"
            }
            return capitalized ? .unknown : .published
        }
        switch fields.bool("private") {
        case true?: return .marked
        case false?: return .published
        case nil: return .unknown
        }
    }

    /// What the value of a merge key says of `private`: the first mapping merged that has the
    /// key decides (its own merge keys after its own keys), as YAML merges; `nil` when none has
    /// it, `.unknown` when a value merged is not a mapping or its `private` is not a boolean.
    private static func mergedPrivacy(_ value: FrontMatter.Value) -> Note.Privacy? {
        let mappings: [FrontMatter.Value]
        switch value.content {
        case .mapping: mappings = [value]
        case .list(let items): mappings = items
        case .scalar: return .unknown
        }
        for mapping in mappings {
            guard case .mapping(let entries) = mapping.content else { return .unknown }
            if let own = entries.first(where: { $0.key == "private" }) {
                guard let text = own.value.scalar, let flag = FieldReader.bool(text) else { return .unknown }
                return flag ? .marked : .published
            }
            if let inner = entries.first(where: { $0.key == "<<" }), let privacy = mergedPrivacy(inner.value) {
                return privacy
            }
        }
        return nil
    }

    /// The note of the file whose text is `source`, made once with all its fields: each field
    /// set afterwards would copy the others into a new box (`Note`).
    private func makeNote(
        frontMatter: FrontMatter, body: MarkdownDocument, source: String, bodyLineOffset: Int,
        unshownRanges: [Range<Int>], isEmpty: Bool, into diagnostics: inout [Diagnostic]
    ) -> Note {
        var fields = FieldReader(frontMatter: frontMatter, file: path)
        fields.source = source
        let kind = noteKind(&fields)
        let explicitName = fields.string("name")
        let title = fields.string(Note.titleKey(in: frontMatter, kind: kind))
        let fallbackName = kind == .note || kind == .pitch ? title : nil
        var name = explicitName ?? fallbackName ?? Self.deslugged(VaultPath.stem(of: path))
        reportNameProblems(&fields)
        let aliases = fields.aliases("aliases")
        let tags = Self.tags(fields.tags("tags"), inText: body.tags)
        let privacy = Self.privacy(&fields)
        let reminders = fields.reminders("remind")
        let details: Note.Details
        switch kind {
        case .contact:
            details = .contact(ContactReader(path: path, name: name, body: body).read(&fields))
        case .interview:
            let interview = InterviewReader(path: path, body: body).read(&fields)
            if makesSuggestions { reportReferralsInFrontMatter(frontMatter, of: interview, fields: &fields) }
            details = .interview(interview)
            if explicitName == nil { name = Self.interviewName(interview) ?? name }
        case .organization:
            details = .organization(OrganizationReader(body: body).read(&fields))
        case .pitch, .note:
            details = .other
        }
        if makesSuggestions {
            if kind != .contact { reportLogOutsideContact(in: body, kind: kind, &fields) }
            reportMisspelledKeys(frontMatter, kind: kind, fields: &fields)
            if explicitName == nil, kind == .contact || kind == .organization {
                reportTitleHeading(of: body, name: name, &fields)
            }
        }
        diagnostics += fields.diagnostics
        return Note(
            path: path, kind: kind, name: name, hasExplicitName: explicitName != nil, aliases: aliases, title: title,
            tags: tags, privacy: privacy, reminders: reminders, frontMatter: frontMatter, body: body, text: source,
            bodyLineOffset: bodyLineOffset, details: details, isEmpty: isEmpty, unshownRanges: unshownRanges)
    }

    /// A Log of dated events (`- 2026-11-03 emailed [[Ana Silva]]: intro`) in a journal, an
    /// organization's or an interview's note: only a contact's Log is read, so `next` would
    /// still say "reach out" to everyone in it.
    private func reportLogOutsideContact(in body: MarkdownDocument, kind: NoteKind, _ fields: inout FieldReader) {
        let sections = body.sections(named: ["Log"])
        let items = body.items(in: sections)
        guard let section = sections.first, let first = items.first(where: LogEntryParser.readsAsEvent),
            // Most of them events: `- 2026-11-04 wrote the tests` in a project's Log is not one.
            items.filter(LogEntryParser.readsAsEvent).count * 2 > items.count
        else { return }
        // The person the first entry links to, for the command that writes it in their Log.
        let person = first.links.lazy.compactMap { index -> String? in
            guard body.links.indices.contains(index), case .wiki(let target) = body.links[index].target else {
                return nil
            }
            return target
        }.first
        let elsewhere =
            "write each entry in the Log of the person it is about: 'grapevine log "
            + "\(person.map(Shell.argument) ?? "NAME") EVENT' does"
        // `People/Ana Silva.md`, an Obsidian note about one person with no `type:`.
        let hint =
            kind == .note && person == nil
            ? "if this note is about one person, make it theirs: 'type: contact' in its front matter (between "
                + "'---' lines at the top); if not, \(elsewhere)" : elsewhere
        fields.report(
            .warning, .logOutsideContact,
            "a Log is read only in a contact's note, and this is \(kind.withArticle)'s: none of its entries counts",
            at: section.position, hint: hint)
    }

    /// The `tags` of the front matter, then those written in the text (`#mentor`, as Obsidian
    /// users tag notes) that it does not have, compared as tag pages compare them (in any case).
    static func tags(_ written: [String], inText: [String]) -> [String] {
        guard !inText.isEmpty else { return written }
        var seen = Set(written.map(NameKey.fold))
        return written + inText.filter { seen.insert(NameKey.fold($0)).inserted }
    }

    /// A note without `name:` is named after its file (SPEC §2.1); when its title heading
    /// (`# Dana Lee`, the first thing in it and its only heading of level 1) says another
    /// name, every list and step would call them by the file's.
    private func reportTitleHeading(of body: MarkdownDocument, name: String, _ fields: inout FieldReader) {
        guard let title = body.sections.first, title.level == 1, title.headingIndex == 0,
            !body.sections.dropFirst().contains(where: { $0.level == 1 }),
            !Self.sectionHeadings.contains(title.key), !title.title.isEmpty,
            NameKey.fold(title.title) != NameKey.fold(name)
        else { return }
        fields.report(
            .warning, .nameFromFile, "this note is named '\(name)' after its file, but its title says '\(title.title)'",
            at: title.position, hint: "write 'name: \(title.title)' in its front matter, between '---' lines at the top"
        )
    }

    /// Headings that open a section (as a section's `key` has them), not a title.
    private static let sectionHeadings = WordSet(sectionKeys.values.joined()).union(
        ["Notes", "Tasks"].map(Section.normalizedTitle))

    private func noteKind(_ fields: inout FieldReader) -> NoteKind {
        // Looking for a byte is much faster than for a character, and the same in ASCII.
        let slash = path.isASCII ? path.utf8.firstIndex(of: UInt8(ascii: "/")) : path.firstIndex(of: "/")
        let folderKind = slash.flatMap { NoteKind.forFolder(path[..<$0]) }
        guard let typeName = fields.string("type") else {
            if folderKind == nil, let slash, let kind = NoteKind.forFolder(Substring(path[..<slash].lowercased())) {
                reportFolderCase(path[..<slash], of: kind, &fields)
            } else if folderKind == nil, makesSuggestions {
                reportLikelyKind(&fields)
            }
            return folderKind ?? .note
        }
        guard let kind = NoteKind(typeName: typeName) else {
            fields.report(
                .warning, .unknownNoteType, "unknown note type '\(typeName)'; it is read as a plain note",
                at: fields.value("type")?.position ?? .start,
                hint: "use one of: contact, interview, organization, pitch, note")
            return folderKind ?? .note
        }
        return kind
    }

    /// A note in `Contacts/` (as Obsidian users name folders) is a plain note: the folders of
    /// SPEC §2 are lower case, and on a file system that tells cases apart `Contacts/` is
    /// another folder. An error, since none of its steps are found, and `next` then says it
    /// read only some notes rather than "Well done".
    private func reportFolderCase(_ folder: Substring, of kind: NoteKind, _ fields: inout FieldReader) {
        let expected = kind.folder ?? ""
        fields.report(
            .error, .untypedNote,
            "this note is in \(folder)/, not \(expected)/, so it is read as a plain note, not as \(kind.withArticle)",
            at: .start,
            hint: "rename the folder \(folder)/ to \(expected)/ (folder names are lower case), or add 'type: "
                + "\(kind.rawValue)' to each note's front matter")
    }

    /// Warns about a plain note, by neither `type:` nor folder, whose front matter reads like
    /// a contact's, an interview's or an organization's (`likelyKind`): a vault with its
    /// people in `People/` would otherwise get no next step, silently.
    private func reportLikelyKind(_ fields: inout FieldReader) {
        guard let likely = Self.likelyKind(of: fields.frontMatter) else { return }
        fields.report(
            .warning, .untypedNote,
            "this note reads like \(likely.kind.withArticle) (it has "
                + Prose.list(likely.keys.map { "'\($0.key)'" }) + ") but is read as a plain note: a note's kind "
                + "comes from 'type:' or its top-level folder", at: likely.keys[0].keyPosition,
            hint:
                "add 'type: \(likely.kind.rawValue)' to its front matter, or move it into \(likely.kind.folder ?? "")/")
    }

    /// The kind whose own keys (`kindKeys`) the front matter has most of, when it has two or
    /// more, and those entries.
    static func likelyKind(of frontMatter: FrontMatter) -> (kind: NoteKind, keys: [FrontMatter.Entry])? {
        let likely = kindKeys.map { kind, keys in
            (kind: kind, keys: frontMatter.entries.filter { keys.contains($0.key) })
        }.max { $0.keys.count < $1.keys.count }
        guard let likely, likely.keys.count >= 2 else { return nil }
        return likely
    }

    /// The front matter keys only one kind of note knows (`location` is a contact's and an
    /// organization's).
    private static let kindKeys: [(NoteKind, Set<String>)] = [
        (.contact, ContactReader.keys.subtracting(OrganizationReader.keys)),
        (.interview, InterviewReader.keys),
        (.organization, OrganizationReader.keys.subtracting(ContactReader.keys)),
    ]

    /// "Interview with Maria Lopez, 2026-10-14", from the references as written: the name until
    /// the vault's graph names it by the people they resolve to (`GraphBuilder`).
    static func interviewName(_ interview: Interview) -> String? {
        interviewName(people: interview.contacts.map(personName), date: interview.date)
    }

    /// A person of an interview as its reference names them: the label, else the target.
    static func personName(_ reference: Reference) -> String {
        reference.label ?? GraphBuilder.displayName(of: reference)
    }

    /// "Interview with Maria Lopez and Sam Reyes, 2026-10-14".
    static func interviewName(people: [String], date: LocalDateTime?) -> String? {
        guard !people.isEmpty else { return nil }
        return "Interview with \(Prose.list(people))" + (date.map { ", \($0.date)" } ?? "")
    }

    /// The name of a note without `name:` made from its file stem (SPEC §2.1: "the file stem,
    /// de-slugged"): `maria-lopez` → `Maria Lopez`. A stem written as a title, with a space or a
    /// capital (`Jean-Luc Martin`, `Jean le Rond d'Alembert`, as Obsidian names files), is the
    /// name as written: its hyphens and the case of each word are kept (`le`, `van der` are not
    /// capitalised), only runs of spaces and `_` are one space. A Dendron or Foam hierarchy
    /// (`people.maria-lopez`) is named by its last part (`hierarchyLeaf`). The page id a Notion
    /// export puts after a page's title (`Bruno Costa 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d`, a space
    /// and 32 hex digits) is no part of the name: `[[Bruno Costa]]` finds the page, as its title
    /// says.
    static func deslugged(_ stem: String) -> String {
        let stem = withoutExportID(hierarchyLeaf(stem).map(String.init) ?? stem)
        let isTitle =
            stem.utf8.contains { $0 == UInt8(ascii: " ") || (0x41...0x5A).contains($0) }
            || (!stem.isASCII && stem.contains { $0.isUppercase })
        if isTitle { return asWritten(stem) }
        if stem.isASCII { return desluggedASCII(stem) }
        let characters = Array(stem)
        var words: [String] = [""]
        for (offset, character) in characters.enumerated() {
            let (previous, next) = (characters[..<offset].last, characters.dropFirst(offset + 1).first)
            let splits =
                character == "_" || (character == "-" && !isBetweenDigits(previous?.asciiValue, next?.asciiValue))
            if splits {
                if !words[words.count - 1].isEmpty { words.append("") }
            } else {
                words[words.count - 1].append(character)
            }
        }
        return words.filter { !$0.isEmpty }.map { word in word.prefix(1).uppercased() + word.dropFirst() }
            .joined(separator: " ")
    }

    /// A title's words as written, split at runs of spaces and `_` and joined by one space.
    private static func asWritten(_ stem: String) -> String {
        stem.split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: " ")
    }

    /// Whether a hyphen between `previous` and `next` joins two digits, as in a date
    /// (`2026-11-24`, a daily note) or `covid-19`: it is part of the name, not a space.
    private static func isBetweenDigits(_ previous: UInt8?, _ next: UInt8?) -> Bool {
        guard let previous, let next else { return false }
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        return digits.contains(previous) && digits.contains(next)
    }

    /// The last part of a Dendron or Foam hierarchy's file stem (`people.maria-lopez` →
    /// `maria-lopez`, `meet.2026.11.20.maria-lopez` → `maria-lopez`): parts of lowercase
    /// letters, digits, `-` and `_` joined by dots, no space, the last one with a letter; `nil`
    /// for any other stem (`v1.2`, `Dr. Lee`, `St.John`). References by name are read the same
    /// way: `[[people.priya-shah]]` is Priya Shah.
    static func hierarchyLeaf(_ stem: String) -> Substring? {
        // Most stems and names have no dot: found so by the byte scanner, not from the end
        // through the string's view (every note's stem and every reference are asked).
        guard stem.utf8.span.contains(UInt8(ascii: ".")),
            let dot = stem.utf8.lastIndex(of: UInt8(ascii: ".")), dot != stem.utf8.startIndex
        else { return nil }
        let leaf = stem[stem.index(after: dot)...]
        let isPart = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
        guard stem[..<dot].utf8.allSatisfy(isPart), leaf.contains(where: \.isLetter),
            !leaf.contains(where: { $0 == " " || $0.isUppercase })
        else { return nil }
        return leaf
    }

    /// `stem` without a space and 32 lowercase hex digits at its end, when it has more before them.
    static func withoutExportID(_ stem: String) -> String {
        let bytes = stem.utf8.span
        let idStart = bytes.count - 32
        guard idStart > 1, bytes[idStart - 1] == UInt8(ascii: " ") else { return stem }
        for offset in idStart..<bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"): continue
            default: return stem
            }
        }
        return String(decodingUTF8: bytes.extracting(0..<idStart - 1))
    }

    /// The ASCII case, a byte at a time: words start after `_` and `-`.
    private static func desluggedASCII(_ stem: String) -> String {
        let stem = stem.utf8.span
        var name: [UInt8] = []
        name.reserveCapacity(stem.count)
        var atWordStart = true
        for offset in stem.indices {
            let byte = stem[offset]
            let previous = offset > 0 ? stem[offset - 1] : nil
            let next = offset + 1 < stem.count ? stem[offset + 1] : nil
            let splitsHyphen = byte == UInt8(ascii: "-") && !isBetweenDigits(previous, next)
            if splitsHyphen || byte == UInt8(ascii: "_") {
                atWordStart = true
                continue
            }
            if atWordStart, !name.isEmpty { name.append(UInt8(ascii: " ")) }
            name.append(atWordStart && (0x61...0x7A).contains(byte) ? byte - 0x20 : byte)
            atWordStart = false
        }
        return String(decoding: name, as: UTF8.self)
    }
}

extension NoteReader {
    /// The hint for front matter that is never closed: where the closing `---` most likely
    /// goes, before the first line that cannot be part of it: a blank line, a heading, or a
    /// line that is no field, list item, comment or indented continuation.
    /// How to fix front matter that is not at the top (`FrontMatterSplit.Fence.misplaced`) whose
    /// opening fence is on `line`: a fence of long dashes is Smart Punctuation's doing.
    static func misplacedFenceHint(_ text: String, line: Int) -> String {
        let fence = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false).dropFirst(line - 1)
            .first
        guard let fence, fence.contains(where: { $0 == "\u{2014}" || $0 == "\u{2013}" }) else {
            return "delete what comes before it (blank lines, spaces, invisible characters) and write its fences as "
                + "three dashes"
        }
        return "write each fence as three hyphens, '---': Smart Punctuation (on an iPhone, iPad or Mac) turned "
            + "them into a long dash, '\(fence.trimmingWhitespace())'"
    }

    static func closingHint(_ text: String) -> String {
        // `\r\n` is one character.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.dropFirst()
        if lines.last?.isEmpty == true { lines = lines.dropLast() }  // the end of the last line
        for (offset, line) in lines.prefix(10_000).enumerated() {
            let number = offset + 2
            if line.trimmingWhitespace().isEmpty {
                return "end the front matter with a line '---' before line \(number), the first blank line"
            }
            if line.hasPrefix("##") || !looksLikeFrontMatter(line) {
                return "end the front matter with a line '---' before line \(number) ('\(line.prefix(40))'), the "
                    + "first line that is not a field"
            }
        }
        return "end the front matter with a line '---'"
    }

    /// Whether `line` can be part of YAML front matter as people write it: `key: value`, a
    /// list item, a comment, or an indented continuation.
    private static func looksLikeFrontMatter(_ line: Substring) -> Bool {
        guard let first = line.first else { return true }
        if first == " " || first == "\t" || first == "#" || line.hasPrefix("- ") || line == "-" { return true }
        guard let colon = line.firstIndex(of: ":") else { return false }
        let after = line[line.index(after: colon)...]
        return colon > line.startIndex && (after.isEmpty || after.first == " " || after.first == "\t")
    }
}
