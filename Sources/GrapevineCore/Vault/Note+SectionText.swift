extension Note {
    /// The Markdown source of a section's content, without its heading, trimmed.
    func markdown(of section: Section) -> String {
        markdown(ofBlocks: section.content)
    }

    /// The Markdown source of several sections (an organization's Research sections), one after
    /// another with a blank line between; empty ones left out.
    func markdown(of sections: [Section]) -> String {
        sections.map(markdown(of:)).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The Markdown source of the body before its first sub-heading (level 2 or deeper), without
    /// a level-1 title that says the note's name (a sheet shows the name already; `# Background`
    /// is the note's own text): the note's opening text.
    var openingMarkdown: String {
        markdown(ofBlocks: openingBlocks)
    }

    /// The indices of the blocks `openingMarkdown` is the source of.
    var openingBlocks: Range<Int> {
        let end = body.sections.first { $0.level >= 2 }?.headingIndex ?? body.blocks.count
        return nameTitleEnd..<max(nameTitleEnd, end)
    }

    /// The Markdown source of the whole body without a level-1 title on its first block.
    var bodyMarkdownWithoutTitle: String {
        markdown(ofBlocks: titleEnd..<body.blocks.count)
    }

    /// The Markdown source of the body without the sections named by any of `names` (headings
    /// included), and without a level-1 title that says the note's name (the page shows the
    /// name as its title; a title that says something else is the note's own text, SPEC §2.1
    /// naming the note after its file all the same): the rest of a note once those are shown apart,
    /// as the parts between those sections, each trimmed and none empty. Read in place: the
    /// parts are to be read one after the other with a blank line between them.
    ///
    /// With `listsOnly`, a named section loses only its lists (what a page shows apart: a
    /// Log, an agenda, referrals): its other blocks (a table, a paragraph) stay, under its
    /// heading, so that nothing written there is left off the page.
    func bodyMarkdownParts(without names: [String], listsOnly: Bool = false) -> [Substring] {
        guard let last = body.blocks.last else { return [] }
        let keys = names.map(Section.normalizedTitle)
        // The file's lines are found once for all the parts. Sections are in document order.
        let lines = text.lineBounds(upTo: last.endLine)
        var parts: [Substring] = []
        var start = nameTitleEnd
        for section in body.sections where section.headingIndex >= start && keys.contains(section.key) {
            parts.append(source(ofBlocks: start..<section.headingIndex, lines: lines))
            if listsOnly { parts += partsBesidesLists(of: section, lines: lines) }
            start = section.content.upperBound
        }
        parts.append(source(ofBlocks: start..<max(start, body.blocks.count), lines: lines))
        return parts.filter { !$0.isEmpty }
    }

    /// A section's heading and its blocks between its lists, each run of them a part; nothing
    /// when it holds nothing but lists and headings. Footnotes written at the end of a note
    /// (`[^1]: …`) are often under its last section's lists: they are kept, since the text
    /// that refers to them needs them, but they alone do not bring the heading back, as the
    /// page shows them at its end.
    private func partsBesidesLists(of section: Section, lines: [Range<Int>]) -> [Substring] {
        let content = section.content.clamped(to: body.blocks.indices)
        let isKept = { (index: Int) in self.body.blocks[index].kind != .list }
        let isHeading = { (index: Int) in
            if case .heading = self.body.blocks[index].kind { true } else { false }
        }
        let shown = content.filter { isKept($0) && !isHeading($0) }
        guard !shown.isEmpty else { return [] }
        guard shown.contains(where: { !isFootnote($0, lines: lines) }) else {
            return shown.map { source(ofBlocks: $0..<$0 + 1, lines: lines) }
        }
        var parts = [source(ofBlocks: section.headingIndex..<section.headingIndex + 1, lines: lines)]
        var runStart: Int?
        for index in content {
            if isKept(index) {
                if runStart == nil { runStart = index }
            } else if let first = runStart {
                parts.append(source(ofBlocks: first..<index, lines: lines))
                runStart = nil
            }
        }
        if let first = runStart { parts.append(source(ofBlocks: first..<content.upperBound, lines: lines)) }
        return parts
    }

    /// Whether the block at `index` is a paragraph that starts as a footnote does (`[^1]: …`).
    private func isFootnote(_ index: Int, lines: [Range<Int>]) -> Bool {
        let block = body.blocks[index]
        guard block.kind == .paragraph else { return false }
        let line = firstBodyLine(of: block)
        let start = text.text(ofLines: line...line, bounds: lines).drop { $0 == " " }
        guard start.hasPrefix("[^"), let close = start.firstIndex(of: "]") else { return false }
        return start[close...].hasPrefix("]:")
    }

    /// The line a block starts on, and never a line of the front matter: whatever position
    /// a block was given, the front matter does not reach a page or a printout through it.
    private func firstBodyLine(of block: Block) -> Int {
        max(block.start.line, bodyLineOffset + 1, 1)
    }

    /// `titleEnd` when the title says the note's name, compared as names are (folded).
    private var nameTitleEnd: Int {
        // Nearly always the title is the name as written: folding both is then not needed.
        guard case .heading(level: 1, let title)? = body.blocks.first?.kind,
            title == name || NameKey.fold(title) == NameKey.fold(name)
        else { return 0 }
        return 1
    }

    private var titleEnd: Int {
        if case .heading(level: 1, _)? = body.blocks.first?.kind { return 1 }
        return 0
    }

    /// The source of the blocks in `range`, trimmed; `bounds` are the file's `lineBounds` up to
    /// the last block's line at least, when they are known.
    func markdown(ofBlocks range: Range<Int>, lines bounds: [Range<Int>]? = nil) -> String {
        String(source(ofBlocks: range, lines: bounds))
    }

    /// `markdown(ofBlocks:lines:)` in place in the note's text, when it has no `\r`.
    private func source(ofBlocks range: Range<Int>, lines bounds: [Range<Int>]? = nil) -> Substring {
        let blocks = body.blocks[range.clamped(to: body.blocks.indices)]
        guard let first = blocks.first, let last = blocks.last else { return "" }
        let start = firstBodyLine(of: first)
        let lines = start...max(start, last.endLine)
        let source = RawHTML.removing(unshownRanges, from: text.text(ofLines: lines, bounds: bounds), of: text)
        // Lines end with `\r\n` only in some files; those are joined again with `\n`.
        guard source.utf8.span.contains(UInt8(ascii: "\r")) else { return source.trimmingWhitespace() }
        return Substring(source.replacing("\r\n", with: "\n").trimmingWhitespace())
    }
}
