/// A's new text when B is folded into it: A's bytes with B's front matter fields, B's Log
/// entries and references rewritten, then B's other body text under `## From <B's file>`.
struct MergedNote {
    let a: (note: Note, lines: FileLines)
    /// B, its links already pointing where they should from A.
    let b: (note: Note, lines: FileLines)
    /// The edits to A's bytes so far: its own references to B.
    var edits: ByteEdits
    /// What the new text must hold, for the check after.
    private(set) var expectations = Expectations()

    /// What the check after looks for in A's new text.
    struct Expectations {
        /// Front matter values copied from B, by key.
        var copied: [String: FrontMatter.Value] = [:]
        /// Items added to A's lists, as YAML flow text, by key.
        var joined: [String: [String]] = [:]
        /// B's Log entries now in A's Log.
        var moved: [LogEntry] = []
    }

    /// A's new bytes, and what changed in words.
    mutating func compose(aliases: [String], items: ItemComparison, publicFields: PublicFields)
        throws(Merge.Refusal) -> (bytes: [UInt8], lines: [String])
    {
        let frontMatter = FrontMatterMerge(
            a: a, b: b, aliases: aliases, edits: &edits, items: items, publicFields: publicFields)
        var lines = frontMatter.changes
        var movedLines: Set<Int> = []
        var newSection: [UInt8] = []
        if a.note.kind == .contact {
            let log = LogMerge(into: a, from: b, edits: &edits)
            movedLines = log.movedLines
            newSection = log.newSection
            expectations.moved = log.moved
            if !log.moved.isEmpty {
                let dates = log.moved.prefix(3).map { "\($0.date) \($0.word)" }.joined(separator: ", ")
                let more = log.moved.count > 3 ? ", …" : ""
                let count = log.moved.count == 1 ? "1 Log entry" : "\(log.moved.count) Log entries"
                lines.append("+ \(count), in date order: \(dates)\(more)")
            }
            if !log.alreadyInA.isEmpty {
                let count = log.alreadyInA.count == 1 ? "1 Log entry" : "\(log.alreadyInA.count) Log entries"
                let dates = log.alreadyInA.map { "\($0.date) \($0.word)" }.joined(separator: ", ")
                lines.append("= \(count) already in this note, not copied: \(dates)")
            }
        }
        expectations.copied = frontMatter.copied
        expectations.joined = frontMatter.joined
        guard var bytes = edits.applied(to: a.lines.bytes) else {
            throw Merge.Refusal(
                message:
                    "\(a.note.path.escapingControlCharacters): the changes to it overlap; nothing was written. "
                    + "Merge by hand."
            )
        }
        if !newSection.isEmpty {
            Self.endWithBlankLine(&bytes, a.lines.newline)
            bytes += newSection
        }
        let body = leftover(without: movedLines)
        if !body.isEmpty || !frontMatter.kept.isEmpty {
            Self.endWithBlankLine(&bytes, a.lines.newline)
            bytes += fromSection(body, kept: frontMatter.kept)
            let count = body.isEmpty ? 0 : body.count
            lines.append(
                "+ ## From \(b.note.path.escapingControlCharacters)"
                    + (count > 0 ? ": \(count) line\(count == 1 ? "" : "s") of its body" : "")
                    + (frontMatter.kept.isEmpty
                        ? "" : count > 0 ? ", and its fields that differ" : ": its fields that differ"))
        }
        return (bytes, lines)
    }

    /// B's body lines that did not move to A's Log: without a Log heading when nothing is
    /// left under it, nor the template's placeholder line untouched (`ContactPlaceholder`: A
    /// has its own, or its words), blank lines at both ends left out.
    private func leftover(without moved: Set<Int>) -> [[UInt8]] {
        var skipped = moved
        if b.note.kind == .contact, let placeholder = ContactPlaceholder.line(in: b.note) {
            skipped.insert(placeholder)
        }
        for section in b.note.body.sections(named: ["Log"]) where !moved.isEmpty {
            let blocks = b.note.body.blocks
            let heading = blocks[section.headingIndex].start.line
            let end =
                section.content.upperBound < blocks.count
                ? blocks[section.content.upperBound].start.line - 1 : b.lines.count
            if (heading + 1...max(heading + 1, end)).allSatisfy({
                moved.contains($0) || b.lines.isBlank($0) || $0 > b.lines.count
            }) {
                skipped.insert(heading)
            }
        }
        let first = b.note.bodyLineOffset + 1
        guard first <= b.lines.count else { return [] }
        var lines = (first...b.lines.count).filter { !skipped.contains($0) }.map {
            Array(b.lines.text(ofLine: $0) ?? [])
        }
        while lines.first?.allSatisfy(UInt8.isASCIISpace) == true { lines.removeFirst() }
        while lines.last?.allSatisfy(UInt8.isASCIISpace) == true { lines.removeLast() }
        // Two blank lines where a moved item was between blank ones are one.
        var result: [[UInt8]] = []
        for line in lines {
            let blank = line.allSatisfy(UInt8.isASCIISpace)
            if blank, result.last?.allSatisfy(UInt8.isASCIISpace) == true { continue }
            result.append(line)
        }
        return result
    }

    /// `## From contacts/m-lopez.md`, B's fields whose values differ from A's in a fenced block,
    /// as written, then B's body. The fields come first so that they stay under this heading:
    /// after B's body they would be read as part of B's last section (a second Research of an
    /// organization's, shown on its prep sheet).
    private func fromSection(_ body: [[UInt8]], kept: [[UInt8]]) -> [UInt8] {
        let newline = a.lines.newline
        // A file name with a line break would end the heading: escaped, as every command prints it.
        var text = Array("## From \(b.note.path.escapingControlCharacters)".utf8) + newline + newline
        if !kept.isEmpty { text += fieldsBlock(kept) + (body.isEmpty ? [] : newline) }
        for line in body { text += line + newline }
        return text
    }

    /// B's fields `kept` in a fenced `yaml` block after a sentence saying what they are.
    private func fieldsBlock(_ kept: [[UInt8]]) -> [UInt8] {
        let newline = a.lines.newline
        let fields = kept.flatMap { raw in
            raw.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast(
                raw.last == UInt8(ascii: "\n") ? 1 : 0
            )
            .map { $0.last == UInt8(ascii: "\r") ? Array($0.dropLast()) : Array($0) }
        }
        let fence = Array(String(repeating: "`", count: max(3, Self.longestBacktickRun(in: fields) + 1)).utf8)
        var text =
            Array(
                "The front matter of \(b.note.path.escapingControlCharacters) where it differed from this note's:".utf8)
            + newline
        text += newline + fence + Array("yaml".utf8) + newline
        for line in fields { text += line + newline }
        return text + fence + newline
    }

    private static func longestBacktickRun(in lines: [[UInt8]]) -> Int {
        var longest = 0
        for line in lines {
            var run = 0
            for byte in line {
                run = byte == UInt8(ascii: "`") ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        return longest
    }

    /// Ends `bytes` with a line break and a blank line, unless it is empty.
    private static func endWithBlankLine(_ bytes: inout [UInt8], _ newline: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if bytes.last != UInt8(ascii: "\n") { bytes += newline }
        let lastLine = bytes.dropLast().reversed().prefix { $0 != UInt8(ascii: "\n") }
        if !lastLine.allSatisfy(UInt8.isASCIISpace) { bytes += newline }
    }
}
