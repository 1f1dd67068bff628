/// B's Log entries put in A's Log in date order, as B wrote them (`grapevine merge`): each
/// goes before A's first entry dated after it, else after A's last (in a Log kept newest
/// first, before A's first entry dated before it); A without a Log gets a `## Log` section at
/// its end. Items of B's Log that are not dated entries stay with the rest
/// of B's body.
struct LogMerge {
    /// The lines of B's file that moved to A's Log.
    private(set) var movedLines: Set<Int> = []
    /// The entries moved, as read from B.
    private(set) var moved: [LogEntry] = []
    /// B's entries that A has already, written the same: not copied, as a second copy would
    /// read as a second message (a follow-up).
    private(set) var alreadyInA: [LogEntry] = []
    /// A new `## Log` section for a note that has none, to go at its end; empty otherwise.
    private(set) var newSection: [UInt8] = []

    init(into a: (note: Note, lines: FileLines), from b: (note: Note, lines: FileLines), edits: inout ByteEdits) {
        guard let log = b.note.contact?.log, !log.isEmpty else { return }
        let entries = Dictionary(log.map { ($0.position.line, $0) }) { first, _ in first }
        var pieces: [(entry: LogEntry, lines: ClosedRange<Int>)] = []
        // Every Log section of B: a second one further down is read as Log too.
        let items = Self.topItems(in: b.note.body.sections(named: ["Log"]), of: b.note)
        for (index, item) in items.enumerated() {
            guard let entry = entries[item.position.line] else { continue }
            let lines = item.position.line...Self.lastLine(of: index, in: items, note: b.note, lines: b.lines)
            pieces.append((entry, lines))
            movedLines.formUnion(lines)
        }
        pieces.sort { $0.entry.date < $1.entry.date }  // stable: entries of one day keep B's order
        let inA = Self.itemTexts(of: a)
        var texts: [(date: LocalDate, bytes: [UInt8])] = []
        for piece in pieces {
            let text = Self.text(of: piece.lines, in: b.lines, for: a)
            if inA.contains(text) {
                alreadyInA.append(piece.entry)
            } else {
                moved.append(piece.entry)
                texts.append((piece.entry.date, text))
            }
        }
        place(texts, into: a, edits: &edits)
    }

    /// The text of each item of A's Log, as `text(of:in:for:)` gives B's.
    private static func itemTexts(of a: (note: Note, lines: FileLines)) -> Set<[UInt8]> {
        let items = topItems(in: a.note.body.sections(named: ["Log"]), of: a.note)
        return Set(
            items.indices.map { index in
                text(
                    of: items[index].position.line...lastLine(of: index, in: items, note: a.note, lines: a.lines),
                    in: a.lines, for: a)
            })
    }

    /// Puts each item before A's first dated entry after it, else after A's last item.
    private mutating func place(
        _ texts: [(date: LocalDate, bytes: [UInt8])], into a: (note: Note, lines: FileLines), edits: inout ByteEdits
    ) {
        guard !texts.isEmpty else { return }
        let newline = a.lines.newline
        guard let section = a.note.body.section(named: "Log") else {
            newSection = Array("## Log".utf8) + newline + texts.flatMap(\.bytes)
            return
        }
        let items = Self.topItems(in: section, of: a.note)
        let dates = Dictionary((a.note.contact?.log ?? []).map { ($0.position.line, $0.date) }) { first, _ in first }
        guard let last = items.indices.last else {
            // A Log with no list: after its last block, a blank line between; right under its
            // heading when it is empty, as `log` writes the first entry.
            let blocks = a.note.body.blocks
            let line = section.content.last.map { blocks[$0].endLine } ?? blocks[section.headingIndex].endLine
            let offset = a.lines.offset(afterLine: line)
            let unended = offset == a.lines.byteCount && !a.lines.endsWithNewline
            let lead = section.content.isEmpty ? (unended ? newline : []) : (unended ? newline + newline : newline)
            edits.insert(lead + texts.flatMap(\.bytes), at: offset)
            return
        }
        let lastLine = Self.lastLine(of: last, in: items, note: a.note, lines: a.lines)
        let newestFirst = LogEntry.isNewestFirst(items.compactMap { dates[$0.position.line] })
        var after: [UInt8] = []
        // Newest first, the newest of B's entries goes in first: those at one place keep that order.
        for text in newestFirst ? Array(texts.reversed()) : texts {
            let goesBefore = { (date: LocalDate) in newestFirst ? date < text.date : date > text.date }
            if let next = items.first(where: { dates[$0.position.line].map(goesBefore) ?? false }) {
                edits.insert(text.bytes, at: a.lines.start(ofLine: next.position.line))
            } else {
                after += text.bytes
            }
        }
        guard !after.isEmpty else { return }
        let offset = a.lines.offset(afterLine: lastLine)
        let lead = offset == a.lines.byteCount && !a.lines.endsWithNewline ? newline : []
        // A paragraph right after the list would become part of the last new item.
        let next = a.lines.text(ofLine: lastLine + 1)
        let trail =
            next.map { !$0.allSatisfy(UInt8.isASCIISpace) && $0.first != UInt8(ascii: "#") } == true ? newline : []
        edits.insert(lead + after + trail, at: offset)
    }

    /// The items of a section's outermost lists.
    static func topItems(in section: Section, of note: Note) -> [ListItem] {
        topItems(in: [section], of: note)
    }

    /// The items of `sections` at their least depth: the entries, not what is nested under them.
    static func topItems(in sections: [Section], of note: Note) -> [ListItem] {
        let items = note.body.items(in: sections)
        let depth = items.map(\.depth).min() ?? 0
        return items.filter { $0.depth == depth }
    }

    /// The last line of item `index`: the line before the next item of its list, else its
    /// list's last line, blank lines left out.
    static func lastLine(of index: Int, in items: [ListItem], note: Note, lines: FileLines) -> Int {
        let item = items[index]
        var last =
            index + 1 < items.count && items[index + 1].blockIndex == item.blockIndex
            ? items[index + 1].position.line - 1 : note.body.blocks[item.blockIndex].endLine
        while last > item.position.line, lines.isBlank(last) { last -= 1 }
        return last
    }

    /// The lines of one of B's items as they go into A: A's line endings, A's bullet when both
    /// are bullets.
    private static func text(of range: ClosedRange<Int>, in lines: FileLines, for a: (note: Note, lines: FileLines))
        -> [UInt8]
    {
        let newline = a.lines.newline
        var result: [UInt8] = []
        for line in range {
            var text = Array(lines.text(ofLine: line) ?? [])
            if line == range.lowerBound, let bullet = bullet(of: a),
                let first = text.firstIndex(where: { $0 != UInt8(ascii: " ") }),
                [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(text[first])
            {
                text[first] = bullet
            }
            result += text + newline
        }
        return result
    }

    /// The bullet of A's Log list (`-`, `*` or `+`), if it has one.
    private static func bullet(of a: (note: Note, lines: FileLines)) -> UInt8? {
        guard let section = a.note.body.section(named: "Log"), let item = topItems(in: section, of: a.note).first,
            let text = a.lines.text(ofLine: item.position.line),
            let first = text.first(where: { $0 != UInt8(ascii: " ") }),
            [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(first)
        else { return nil }
        return first
    }
}
