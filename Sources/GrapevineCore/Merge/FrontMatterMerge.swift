/// What B's front matter adds to A's when B is folded into A (`grapevine merge`): every field A
/// lacks, copied as B wrote it; the items of B's lists (`tags`, `referred_by`, an interview's
/// `contact`, `remind`) that A's lists lack, added to them; and B's names as aliases of A. A
/// value A has is never changed. B's fields whose values differ from A's are kept, as written:
/// those a public site shows, for the heading that takes B's body; the others (an `email`, a
/// `phone`, a `remind`), which a body would publish, in A's front matter under a key of their
/// own (`merged_from_m_lopez:`), where a public site leaves them out and hides their values.
struct FrontMatterMerge {
    /// The keys whose items are joined rather than kept apart.
    static let joinedKeys: Set<String> = ["tags", "referred_by", "contact", "remind"]
    /// B's keys that are not copied: its name and aliases become A's aliases, its kind is A's.
    static let ownKeys: Set<String> = ["name", "type", "aliases"]

    /// A's file, and the edits made to it.
    let a: (note: Note, lines: FileLines)
    let b: (note: Note, lines: FileLines)
    /// What the edits should leave in A's front matter, for the check after.
    private(set) var copied: [String: FrontMatter.Value] = [:]
    private(set) var joined: [String: [String]] = [:]
    /// One line per change: `+ email: maria@acme.com`.
    private(set) var changes: [String] = []
    /// B's front matter lines kept for the heading: fields whose values differ from A's, and
    /// which a public site shows.
    private(set) var kept: [[UInt8]] = []
    /// B's front matter lines kept in A's front matter: fields whose values differ from A's,
    /// and which a public site leaves out.
    private var keptOutOfSite: [[UInt8]] = []
    /// Whether a key of A's kind is shown on a public site.
    private let isPublic: (String) -> Bool
    /// Lines inserted before A's closing `---`.
    private var newLines: [[UInt8]] = []

    /// The merge of B's front matter into A's, with B's names (`aliases`) to add to A's, and
    /// `items` telling list items apart.
    init(
        a: (note: Note, lines: FileLines), b: (note: Note, lines: FileLines), aliases: [String],
        edits: inout ByteEdits, items comparison: ItemComparison, publicFields: PublicFields
    ) {
        self.a = a
        self.b = b
        isPublic = { [kind = a.note.kind] in publicFields.isPublic($0, in: kind) }
        let newline = a.lines.newline
        let entries = Self.entries(of: b.note, in: b.lines)
        // The entries whose lines go into A as written, comments and all.
        var written: Set<Int> = []
        for (index, (entry, raw)) in entries.enumerated() {
            let key = entry.key
            guard !Self.ownKeys.contains(key), !entry.value.isNull else { continue }
            let theirs = Self.items(entry.value)
            let fresh = theirs.filter { !comparison.namesMergedNote(key, $0) }
            if Self.joinedKeys.contains(key), fresh.count < theirs.count {
                // B's list names A or B: only the rest is A's to gain, on a line of its own.
                if let mine = a.note.frontMatter.entry(key), !mine.value.isNull {
                    let new = fresh.filter { item in !Self.items(mine.value).contains { comparison.same(key, $0, item) }
                    }
                    if !new.isEmpty, !join(key, mine, new.map(FlowYAML.text), edits: &edits) {
                        keep(key, raw)
                        written.insert(index)
                    }
                } else if !fresh.isEmpty {
                    let line = "\(key): [" + fresh.map(FlowYAML.text).joined(separator: ", ") + "]"
                    if let mine = a.note.frontMatter.entry(key) {
                        guard let empty = emptyLine(of: mine) else {
                            keep(key, raw)
                            written.insert(index)
                            continue
                        }
                        edits.replace(empty, with: Array(line.utf8) + newline)
                    } else {
                        newLines.append(Array(line.utf8) + newline)
                    }
                    copied[key] = FrontMatter.Value(content: .list(fresh), position: .start)
                    changes.append("+ " + line)
                }
                continue
            }
            guard let mine = a.note.frontMatter.entry(key) else {
                copied[key] = entry.value
                written.insert(index)
                newLines.append(Self.withNewline(raw, newline))
                changes.append("+ " + Self.summary(raw))
                continue
            }
            if mine.value.isNull, let line = emptyLine(of: mine) {
                // `email:` with nothing after it: B's value fills it.
                copied[key] = entry.value
                written.insert(index)
                edits.replace(line, with: Self.withNewline(raw, newline))
                changes.append("+ " + Self.summary(raw))
                continue
            }
            if comparison.same(key, mine.value, entry.value) { continue }
            if Self.joinedKeys.contains(key) {
                let fresh = theirs.filter { item in
                    !Self.items(mine.value).contains { comparison.same(key, $0, item) }
                }
                if fresh.isEmpty { continue }
                if join(key, mine, fresh.map(FlowYAML.text), edits: &edits) { continue }
            }
            keep(key, raw)
            written.insert(index)
            changes.append(
                "≠ \(key): kept as this note has it; \(b.note.path.escapingControlCharacters)'s value goes under "
                    + (isPublic(key) ? "the new heading" : "'\(keptKey)' in the front matter, out of a public site")
            )
        }
        // An entry A did not take as written (B's name, a value A has) that holds a comment
        // goes under the new heading too, as written: nothing B held is lost.
        let commented = entries.indices.filter { !written.contains($0) && entries[$0].1.contains(UInt8(ascii: "#")) }
        kept.insert(contentsOf: commented.filter { isPublic(entries[$0].0.key) }.map { entries[$0].1 }, at: 0)
        keptOutOfSite.insert(contentsOf: commented.filter { !isPublic(entries[$0].0.key) }.map { entries[$0].1 }, at: 0)
        addAliases(aliases, edits: &edits)
        if !keptOutOfSite.isEmpty { newLines.append(keptOutOfSiteLines) }
        if !newLines.isEmpty { insertNewLines(edits: &edits) }
    }

    /// Keeps B's entry `raw` under `key`, whose value A's differs from: for the new heading
    /// when a public site shows the key, else for A's front matter.
    private mutating func keep(_ key: String, _ raw: [UInt8]) {
        if isPublic(key) { kept.append(raw) } else { keptOutOfSite.append(raw) }
    }

    // MARK: Fields a public site leaves out

    /// The key A's front matter keeps B's differing fields under that a public site leaves
    /// out: `merged_from_` and B's file name, with a number when A has that key already.
    var keptKey: String {
        let stem = VaultPath.stem(of: b.note.path)
        let base = "merged_from_" + NameKey.slug(stem).replacingOccurrences(of: "-", with: "_")
        var key = base
        var number = 2
        while a.note.frontMatter.entry(key) != nil {
            key = base + "_\(number)"
            number += 1
        }
        return key
    }

    /// `keptKey:` and B's entries as written, each line indented two spaces (a valid entry
    /// stays valid one level down, block scalars and comments included).
    private var keptOutOfSiteLines: [UInt8] {
        let newline = a.lines.newline
        var text = Array("\(keptKey):".utf8) + newline
        for raw in keptOutOfSite {
            var lines = raw.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            if raw.last == UInt8(ascii: "\n") { lines.removeLast() }
            for line in lines {
                let line = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
                text += Array("  ".utf8) + line + newline
            }
        }
        return text
    }

    // MARK: Lists

    /// Adds `items` (YAML flow text) to A's list under `key`: before the `]` of a flow list,
    /// after the last item of a block list; a single value becomes a flow list of it and them.
    /// `false` when A's value is written in a way this does not know how to extend.
    private mutating func join(_ key: String, _ mine: FrontMatter.Entry, _ items: [String], edits: inout ByteEdits)
        -> Bool
    {
        let bytes = a.lines.bytes
        guard let start = a.lines.offset(of: mine.value.position), start < bytes.count else { return false }
        let unquotedWikilink = Self.items(mine.value).count == 1 && bytes[start...].starts(with: Wikilink.opener)
        switch mine.value.content {
        case .list where unquotedWikilink:
            guard let range = YAMLScalarText.range(in: bytes, at: start, inFlow: false) else { return false }
            let first = YAMLText.quoted(String(decoding: bytes[range], as: UTF8.self))
            edits.replace(range, with: Array(("[" + ([first] + items).joined(separator: ", ") + "]").utf8))
        case .list(let existing) where bytes[start] == UInt8(ascii: "["):
            guard let close = Self.closingBracket(in: bytes, from: start) else { return false }
            let text = (existing.isEmpty ? "" : ", ") + items.joined(separator: ", ")
            edits.insert(Array(text.utf8), at: close)
        case .list(let existing):
            guard let first = existing.first, let itemStart = a.lines.offset(of: first.position) else { return false }
            let lineStart = a.lines.start(ofLine: first.position.line)
            let indent = Array(bytes[lineStart..<itemStart])
            guard indent.contains(UInt8(ascii: "-")) else { return false }
            let end = Self.lastLine(of: mine, in: a.note, lines: a.lines)
            let newline = a.lines.newline
            var text = a.lines.end(ofLine: end) == bytes.count && !a.lines.endsWithNewline ? newline : []
            for item in items { text += indent + Array(item.utf8) + newline }
            edits.insert(text, at: a.lines.offset(afterLine: end))
        case .scalar(let text, _):
            guard let range = YAMLScalarText.range(in: bytes, at: start, inFlow: false) else { return false }
            let raw = bytes[range]
            let first =
                raw.first == UInt8(ascii: "\"") || raw.first == UInt8(ascii: "'")
                ? String(decoding: raw, as: UTF8.self) : FlowYAML.scalar(text, plain: true)
            edits.replace(range, with: Array(("[" + ([first] + items).joined(separator: ", ") + "]").utf8))
        case .mapping:
            return false
        }
        joined[key] = items
        changes.append("+ \(key): \(items.joined(separator: ", ")) (added to the list)")
        return true
    }

    /// B's name and aliases (and the other names B was found by) become aliases of A.
    private mutating func addAliases(_ aliases: [String], edits: inout ByteEdits) {
        var known = Set(([a.note.name] + a.note.aliases).map(NameKey.fold))
        let fresh = aliases.filter { known.insert(NameKey.fold($0)).inserted }
        guard !fresh.isEmpty else { return }
        let items = fresh.map { FlowYAML.scalar($0, plain: true) }
        if let mine = a.note.frontMatter.entry("aliases"), !mine.value.isNull,
            join("aliases", mine, items, edits: &edits)
        {
            return
        }
        if let mine = a.note.frontMatter.entry("aliases"), mine.value.isNull, let line = emptyLine(of: mine) {
            joined["aliases"] = items
            edits.replace(
                line, with: Array(("aliases: [" + items.joined(separator: ", ") + "]").utf8) + a.lines.newline)
            changes.append(
                "+ aliases: \(fresh.joined(separator: ", ")) (names that found "
                    + "\(b.note.path.escapingControlCharacters))"
            )
            return
        }
        if a.note.frontMatter.entry("aliases") != nil {
            // A's `aliases` is written in a form that cannot be extended: the check after says so.
            joined["aliases"] = items
            return
        }
        joined["aliases"] = items
        newLines.append(Array(("aliases: [" + items.joined(separator: ", ") + "]").utf8) + a.lines.newline)
        changes.append(
            "+ aliases: \(fresh.joined(separator: ", ")) (names that found \(b.note.path.escapingControlCharacters))")
    }

    /// The bytes of an entry of A written as its key alone (`email:`), with its line ending.
    private func emptyLine(of entry: FrontMatter.Entry) -> Range<Int>? {
        let line = entry.keyPosition.line
        guard let text = a.lines.text(ofLine: line), Self.lastLine(of: entry, in: a.note, lines: a.lines) == line,
            String(decoding: text, as: UTF8.self).trimmingWhitespace() == entry.key + ":"
        else { return nil }
        return a.lines.start(ofLine: line)..<a.lines.offset(afterLine: line)
    }

    /// The new lines go before A's closing `---`; a note without front matter gets one.
    private func insertNewLines(edits: inout ByteEdits) {
        let newline = a.lines.newline
        let text = newLines.flatMap { $0 }
        if let close = a.lines.closingFenceLine {
            edits.insert(text, at: a.lines.start(ofLine: close))
        } else {
            let fence = Array("---".utf8) + newline
            edits.insert(fence + text + fence, at: a.lines.bomLength)
        }
    }

    // MARK: Reading entries

    /// Each top-level entry of a note's front matter with its lines as written: from its key
    /// to the line before the next key (comments after it included, blank lines at its end
    /// left out); the first entry also takes the comments above it.
    static func entries(of note: Note, in lines: FileLines) -> [(FrontMatter.Entry, [UInt8])] {
        let entries = note.frontMatter.entries
        guard let close = lines.closingFenceLine else { return [] }
        return entries.indices.map { index in
            let first = index == 0 ? 2 : entries[index].keyPosition.line
            var last = index + 1 < entries.count ? entries[index + 1].keyPosition.line - 1 : close - 1
            while last > first, lines.isBlank(last) { last -= 1 }
            let range = lines.start(ofLine: first)..<lines.offset(afterLine: last)
            return (entries[index], Array(lines.bytes[range]))
        }
    }

    /// The last line of an entry's value in a note: the line before the next key (or the
    /// closing fence), blank and comment lines at its end left out.
    static func lastLine(of entry: FrontMatter.Entry, in note: Note, lines: FileLines) -> Int {
        let entries = note.frontMatter.entries
        let next = entries.first { $0.keyPosition.line > entry.keyPosition.line }?.keyPosition.line
        var last = (next ?? lines.closingFenceLine ?? entry.keyPosition.line + 1) - 1
        while last > entry.keyPosition.line, let text = lines.text(ofLine: last),
            text.allSatisfy(UInt8.isASCIISpace)
                || text.drop(while: { $0 == UInt8(ascii: " ") }).first == UInt8(ascii: "#")
        {
            last -= 1
        }
        return last
    }

    /// The items of a value: a list's, or the value alone; `[[Name]]` written without quotes
    /// is one item.
    static func items(_ value: FrontMatter.Value) -> [FrontMatter.Value] {
        guard case .list(let items) = value.content else { return [value] }
        if items.count == 1, case .list(let inner) = items[0].content, inner.count == 1, let name = inner[0].scalar {
            return [FrontMatter.Value(content: .scalar("[[\(name)]]", isPlain: false), position: value.position)]
        }
        return items
    }

    /// The lines with their line endings made `newline`, ending with one.
    private static func withNewline(_ raw: [UInt8], _ newline: [UInt8]) -> [UInt8] {
        var lines = raw.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : Array(line)
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.flatMap { $0 + newline }
    }

    /// The first line of an entry, for the plan: `email: maria@acme.com`, or `tags: (3 lines)`.
    private static func summary(_ raw: [UInt8]) -> String {
        let lines = raw.split(separator: UInt8(ascii: "\n")).filter { !$0.allSatisfy(UInt8.isASCIISpace) }
        let first = String(decoding: lines.first { $0.first != UInt8(ascii: "#") } ?? [], as: UTF8.self)
            .trimmingWhitespace()
        return lines.count > 1 ? first + " (\(lines.count) lines)" : first
    }

    /// The `]` closing the flow list opened at `open`, on its line, past quoted strings.
    private static func closingBracket(in bytes: [UInt8], from open: Int) -> Int? {
        var depth = 0
        var index = open
        var quote: UInt8?
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            let byte = bytes[index]
            if let open = quote {
                if byte == UInt8(ascii: "\\"), open == UInt8(ascii: "\"") {
                    index += 1
                } else if byte == open {
                    quote = nil
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return byte == UInt8(ascii: "]") ? index : nil }
            }
            index += 1
        }
        return nil
    }
}
