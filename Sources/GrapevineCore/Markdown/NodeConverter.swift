import CCmarkGFM

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Walks a cmark-gfm tree once and collects blocks, list items and links.
///
/// Inline text is gathered in reused buffers: wikilinks are searched in runs of consecutive
/// text, and code spans, raw HTML, links and line breaks end a run, so `[[...]]` inside code
/// is never a link.
struct NodeConverter {
    let source: SourceText
    let tasklist: OpaquePointer
    let table: OpaquePointer
    private(set) var document = MarkdownDocument()
    private var blockIndex = 0
    private var listDepth = -1
    private var capturing = 0
    private var scratch: Scratch
    /// cmark-gfm does not count a backslash hard break as a new line for the inlines after
    /// it; this is how many such breaks the current leaf block has had so far.
    private var lineShift = 0
    /// The body line cmark-gfm reported for the last inline node that had one.
    private var lastInlineLine = 0

    /// Buffers that keep their storage from one document to the next.
    struct Scratch {
        /// Plain text being captured for an item, a heading or a link label.
        var text: [UInt8] = []
        /// The current run of consecutive text, and where each of its text nodes starts.
        var run: [UInt8] = []
        var runStarts: [(offset: Int, line: Int, byteColumn: Int)] = []
        /// Body byte offsets already given to a link, so two links never share one.
        var usedOffsets: Set<Int> = []
        /// Where each body line starts.
        var lineStarts: [Int] = []
    }

    init(source: SourceText, tasklist: OpaquePointer, table: OpaquePointer, scratch: Scratch) {
        self.source = source
        self.tasklist = tasklist
        self.table = table
        self.scratch = scratch
        self.scratch.usedOffsets.removeAll(keepingCapacity: true)
    }

    /// Hands the buffers back for the next document.
    mutating func finish() -> Scratch {
        var buffers = Scratch()
        swap(&buffers, &scratch)
        return buffers
    }

    mutating func convertDocument(_ root: OpaquePointer) {
        var child = cmark_node_first_child(root)
        while let node = child {
            blockIndex = document.blocks.count
            document.blocks.append(block(for: node))
            visitBlock(node)
            child = cmark_node_next(node)
        }
        document.sections = Section.sections(of: document.blocks)
    }

    // MARK: Blocks

    private mutating func block(for node: OpaquePointer) -> Block {
        let start = position(of: node)
        // cmark-gfm counts blank lines after some blocks (lists, indented code) as theirs.
        let endLine =
            source.lineOffset
            + source.lastNonBlankLine(
                Int(cmark_node_get_end_line(node)), notBefore: Int(cmark_node_get_start_line(node)))
        let kind: Block.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            kind = .heading(level: Int(cmark_node_get_heading_level(node)), title: captureText(of: node))
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_LIST: kind = .list
        case CMARK_NODE_CODE_BLOCK: kind = .codeBlock
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_HTML_BLOCK: kind = .html
        default: kind = cmark_node_get_syntax_extension(node) == table ? .table : .other
        }
        return Block(kind: kind, start: start, endLine: endLine)
    }

    private mutating func visitBlock(_ node: OpaquePointer) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING where cmark_node_parent(node).map(isDocument) == true:
            return  // collected with the block itself
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
            collectInlines(of: node)
        case CMARK_NODE_LIST:
            listDepth += 1
            var item = cmark_node_first_child(node)
            while let current = item {
                visitItem(current)
                item = cmark_node_next(current)
            }
            listDepth -= 1
        case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
            return
        default:
            visitContainer(node)
        }
    }

    /// Block quotes, tables, rows, cells, footnotes: blocks that hold blocks or inlines.
    private mutating func visitContainer(_ node: OpaquePointer) {
        guard let first = cmark_node_first_child(node) else { return }
        if isInline(first) {
            collectInlines(of: node)
            return
        }
        var child: OpaquePointer? = first
        while let current = child {
            visitBlock(current)
            child = cmark_node_next(current)
        }
    }

    private mutating func visitItem(_ node: OpaquePointer) {
        let index = document.items.count
        let checked: Bool? =
            cmark_node_get_syntax_extension(node) == tasklist
            ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil
        document.items.append(
            ListItem(text: "", checked: checked, position: position(of: node), depth: listDepth, blockIndex: blockIndex)
        )
        var child = cmark_node_first_child(node)
        var sawParagraph = false
        while let current = child {
            if !sawParagraph, cmark_node_get_type(current) == CMARK_NODE_PARAGRAPH {
                sawParagraph = true
                let firstLink = document.links.count
                document.items[index].textPosition = position(of: current)
                document.items[index].text = captureText(of: current)
                document.items[index].links = firstLink..<document.links.count
            } else {
                visitBlock(current)
            }
            child = cmark_node_next(current)
        }
    }

    private func isInline(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type(node).rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_INLINE)
    }

    private func isDocument(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type(node) == CMARK_NODE_DOCUMENT
    }

    private func position(of node: OpaquePointer) -> SourcePosition {
        source.position(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
    }

    // MARK: Inlines

    /// Collects the links of a leaf block and returns its plain text.
    private mutating func captureText(of node: OpaquePointer) -> String {
        let start = scratch.text.count
        capturing += 1
        collectInlines(of: node)
        capturing -= 1
        defer { scratch.text.removeSubrange(start...) }
        return Self.trimmedString(scratch.text[start...])
    }

    private mutating func collectInlines(of node: OpaquePointer) {
        let outerShift = lineShift
        visitInlineChildren(node)
        endRun()
        lineShift = outerShift
    }

    private mutating func visitInlineChildren(_ node: OpaquePointer) {
        var child = cmark_node_first_child(node)
        while let current = child {
            visitInline(current)
            child = cmark_node_next(current)
        }
    }

    private mutating func visitInline(_ node: OpaquePointer) {
        let reportedLine = Int(cmark_node_get_start_line(node))
        if reportedLine > 0 { lastInlineLine = reportedLine }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            let literal = Self.literal(node)
            scratch.runStarts.append(
                (
                    scratch.run.count, Int(cmark_node_get_start_line(node)) + lineShift,
                    Int(cmark_node_get_start_column(node))
                ))
            scratch.run.append(contentsOf: literal)
            if capturing > 0 { scratch.text.append(contentsOf: literal) }
        case CMARK_NODE_SOFTBREAK:
            endRun()
            if capturing > 0 { scratch.text.append(UInt8(ascii: " ")) }
        case CMARK_NODE_LINEBREAK:
            endRun()
            if source.endsWithBackslash(line: lastInlineLine + lineShift) { lineShift += 1 }
            if capturing > 0 { scratch.text.append(UInt8(ascii: " ")) }
        case CMARK_NODE_CODE:
            endRun()
            if capturing > 0 { scratch.text.append(contentsOf: Self.literal(node)) }
        case CMARK_NODE_HTML_INLINE, CMARK_NODE_FOOTNOTE_REFERENCE:
            endRun()
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            endRun()
            visitLink(node)
        default:
            visitInlineChildren(node)
        }
    }

    private mutating func visitLink(_ node: OpaquePointer) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let index = document.links.count
        let opener: [UInt8] =
            cmark_node_get_type(node) == CMARK_NODE_IMAGE
            ? Array("![".utf8)
            : isAutolink(node, url: url) ? Array("<".utf8) : Array("[".utf8)
        let position = locate(
            opener, line: Int(cmark_node_get_start_line(node)) + lineShift,
            byteColumn: Int(cmark_node_get_start_column(node)))
        document.links.append(Link(target: .url(url), position: position, blockIndex: blockIndex))
        let labelStart = scratch.text.count
        capturing += 1
        collectInlines(of: node)
        capturing -= 1
        let label = Self.trimmedString(scratch.text[labelStart...])
        document.links[index].label = label.isEmpty ? nil : label
        if capturing == 0 { scratch.text.removeSubrange(labelStart...) }
    }

    /// Ends the current run of text, turning every `[[...]]` in it into a link.
    private mutating func endRun() {
        guard !scratch.runStarts.isEmpty else { return }  // no text since the last run ended
        defer {
            scratch.run.removeAll(keepingCapacity: true)
            scratch.runStarts.removeAll(keepingCapacity: true)
        }
        guard scratch.run.count >= 5, Self.containsBracket(scratch.run) else { return }
        for match in Wikilink.matches(in: scratch.run) {
            let start = scratch.runStarts.last { $0.offset <= match.offset } ?? scratch.runStarts[0]
            let guess = start.byteColumn + (match.offset - start.offset)
            document.links.append(
                Link(
                    target: .wiki(match.target), label: match.label,
                    position: locate(Wikilink.opener, line: start.line, byteColumn: guess), blockIndex: blockIndex))
        }
    }

    /// The file position of `opener` on a body line, nearest cmark-gfm's column and not
    /// already taken by another link.
    private mutating func locate(_ opener: [UInt8], line: Int, byteColumn: Int) -> SourcePosition {
        guard let offset = source.offset(of: opener, onBodyLine: line, near: byteColumn, excluding: scratch.usedOffsets)
        else { return source.position(line: line, byteColumn: byteColumn) }
        scratch.usedOffsets.insert(offset)
        return source.position(line: line, offset: offset)
    }

    /// `<https://example.com>`: a link whose text is its own destination.
    private func isAutolink(_ node: OpaquePointer, url: String) -> Bool {
        guard let child = cmark_node_first_child(node), cmark_node_get_type(child) == CMARK_NODE_TEXT,
            cmark_node_next(child) == nil, let literal = cmark_node_get_literal(child)
        else { return false }
        let text = String(cString: literal)
        return text == url || "mailto:" + text == url
    }

    private static func literal(_ node: OpaquePointer) -> UnsafeBufferPointer<UInt8> {
        guard let pointer = cmark_node_get_literal(node) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(
            start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
    }

    /// Whether the text has a `[`: `memchr` reads a paragraph many times faster than a loop.
    private static func containsBracket(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { bytes in
            bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "[")), bytes.count) != nil } ?? false
        }
    }

    /// The bytes as a string, without leading and trailing ASCII white space.
    private static func trimmedString(_ bytes: ArraySlice<UInt8>) -> String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var slice = bytes
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}
