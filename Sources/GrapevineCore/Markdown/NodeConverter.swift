import CCmarkGFM

/// Walks a cmark-gfm tree once and collects blocks, list items and links.
///
/// The walk is a loop over the tree's own parent and sibling pointers, with the nodes whose
/// end needs work on an explicit stack: a note of 200,000 nested quotes cannot overflow the
/// thread's stack. Nothing nested more than `maximumNesting` levels deep is read (and the note
/// is warned about), which bounds the stack and the work per node.
///
/// Inline text is gathered in reused buffers: wikilinks are searched in runs of consecutive
/// text, and code spans, raw HTML, links and line breaks end a run, so `[[...]]` inside code
/// is never a link.
struct NodeConverter {
    /// How many quotes, list items, emphases and links may hold one another.
    static let maximumNesting = 100
    /// How many links or images may hold one another (an image in a link is two): each one's
    /// label is a copy of the text inside it.
    static let maximumLinkNesting = 4

    let source: SourceText
    let tasklist: OpaquePointer
    let table: OpaquePointer
    var document = MarkdownDocument()
    var blockIndex = 0
    private var listDepth = -1
    var capturing = 0
    var scratch: Scratch
    /// cmark-gfm does not count a backslash hard break as a new line for the inlines after
    /// it; this is how many such breaks the current leaf block has had so far.
    var lineShift = 0
    /// The body line cmark-gfm reported for the last inline node that had one.
    var lastInlineLine = 0
    /// What to add to cmark-gfm's positions of the inlines being read (see `TableLayout`),
    /// and the block whose inlines they are.
    var inlineShift = (lines: 0, columns: 0)
    private var inlineShiftOwner: OpaquePointer?
    /// The last column found, from which the next one on its line is counted.
    var columnMark = SourceText.ColumnMark()
    /// The quotes, list items, emphases and links around the node being read.
    private var nesting = 0
    /// The links and images around the node being read.
    var linkNesting = 0

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
        /// The nodes being read whose end needs work, innermost last.
        var open: [Open] = []
        /// Where the words of each link read in captured text start in `text`, until the
        /// item's text they are in is taken.
        var labelStarts: [(link: Int, offset: Int)] = []
        /// Where the words of each code span read in captured text are in `text`, until the
        /// item's text they are in is taken.
        var codeSpans: [Range<Int>] = []
        /// Where the first line break read in captured text is in `text`, until the item's
        /// text it is in is taken.
        var lineBreak: Int?
    }

    /// A node being read whose end needs work.
    struct Open {
        enum Work {
            /// A list: one level of items less.
            case list
            /// A list item, its index in `document.items`, and whether its text has been read.
            case item(index: Int, hasText: Bool)
            /// A top-level heading whose title is captured from `start` in `scratch.text`.
            case title(start: Int)
            /// A heading first in a list item (`- ## Log`, as Logseq writes every heading),
            /// its title captured from `start`.
            case itemHeading(start: Int, level: Int, position: SourcePosition)
            /// The first paragraph of the item at `item`, captured from `start`.
            case itemText(item: Int, start: Int, firstLink: Int)
            /// A link at `index` in `document.links`, its label captured from `labelStart`.
            case link(index: Int, labelStart: Int, lineShift: Int)
            /// A quote or an emphasis: one level of nesting.
            case nested
        }

        let node: OpaquePointer
        var work: Work
    }

    init(source: SourceText, tasklist: OpaquePointer, table: OpaquePointer, scratch: Scratch) {
        self.source = source
        self.tasklist = tasklist
        self.table = table
        self.scratch = scratch
        self.scratch.usedOffsets.removeAll(keepingCapacity: true)
        self.scratch.open.removeAll(keepingCapacity: true)
        self.scratch.labelStarts.removeAll(keepingCapacity: true)
    }

    /// Hands the buffers back for the next document.
    mutating func finish() -> Scratch {
        var buffers = Scratch()
        swap(&buffers, &scratch)
        return buffers
    }

    /// Reads every node under `root`, in document order.
    mutating func convertDocument(_ root: OpaquePointer) {
        var next = cmark_node_first_child(root)
        var depth = 1
        while let node = next {
            if enter(node, depth: depth), let child = cmark_node_first_child(node) {
                next = child
                depth += 1
                continue
            }
            // Leave the node, and each parent whose last child it was.
            var done = node
            while true {
                leave(done)
                if let sibling = cmark_node_next(done) {
                    next = sibling
                    break
                }
                guard depth > 1, let parent = cmark_node_parent(done) else {
                    next = nil
                    break
                }
                done = parent
                depth -= 1
            }
        }
        document.sections = Section.sections(of: document.blocks)
    }

    // MARK: Entering and leaving

    /// Reads a node on the way down; returns whether to read its children.
    private mutating func enter(_ node: OpaquePointer, depth: Int) -> Bool {
        let type = cmark_node_get_type(node)
        if depth == 1 {
            blockIndex = document.blocks.count
            document.blocks.append(block(for: node, type: type))
        }
        if Self.isNesting(type) {
            guard nesting < Self.maximumNesting else {
                skip(node, as: .deepNesting(limit: Self.maximumNesting))
                return false
            }
        }
        if Self.isInline(type) { return enterInline(node, type: type) }
        lineShift = 0
        // A hard break first in a block is on the block's first line.
        lastInlineLine = Int(cmark_node_get_start_line(node))
        switch type {
        case CMARK_NODE_HEADING where depth == 1:
            push(node, .title(start: scratch.text.count))
            capturing += 1
        case CMARK_NODE_HEADING:
            enterItemHeading(node)
        case CMARK_NODE_PARAGRAPH:
            enterParagraph(node)
        case CMARK_NODE_LIST:
            listDepth += 1
            push(node, .list)
        case CMARK_NODE_ITEM:
            enterItem(node)
        case CMARK_NODE_BLOCK_QUOTE:
            push(node, .nested)
        case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
            return false
        default:
            if let shift = TableLayout.headerShift(ofRow: node, table: table, source: source) {
                shiftInlines(of: node, by: shift)
            }
        }
        return true
    }

    /// Finishes a node on the way up, after its children.
    private mutating func leave(_ node: OpaquePointer) {
        if let last = scratch.open.last, last.node == node {
            scratch.open.removeLast()
            finish(last.work)
        }
        if !Self.isInline(cmark_node_get_type(node)) {
            endRun()
            lineShift = 0
        }
        if node == inlineShiftOwner {
            inlineShift = (0, 0)
            inlineShiftOwner = nil
        }
    }

    private mutating func shiftInlines(of node: OpaquePointer, by shift: (lines: Int, columns: Int)) {
        inlineShift = shift
        inlineShiftOwner = node
    }

    private mutating func finish(_ work: Open.Work) {
        switch work {
        case .list:
            listDepth -= 1
        case .item:
            nesting -= 1
        case .title(let start):
            endRun()
            capturing -= 1
            if case .heading(let level, _) = document.blocks[blockIndex].kind {
                document.blocks[blockIndex].kind = .heading(level: level, title: takeText(from: start))
            }
            scratch.labelStarts.removeAll(keepingCapacity: true)
            scratch.codeSpans.removeAll(keepingCapacity: true)
        case .itemHeading(let start, let level, let position):
            endRun()
            capturing -= 1
            document.itemHeadings.append(ItemHeading(title: takeText(from: start), level: level, position: position))
            scratch.labelStarts.removeAll(keepingCapacity: true)
            scratch.codeSpans.removeAll(keepingCapacity: true)
        case .itemText(let item, let start, let firstLink):
            endRun()
            capturing -= 1
            // The text is trimmed: its links' words move back by what is cut at its start.
            let textStart = start + Self.leadingSpaces(scratch.text[start...])
            for (link, offset) in scratch.labelStarts where link >= firstLink {
                document.links[link].textOffset = offset - textStart
            }
            scratch.labelStarts.removeAll(keepingCapacity: true)
            if !scratch.codeSpans.isEmpty {
                document.items[item].codeSpans = scratch.codeSpans.compactMap { code in
                    code.lowerBound >= textStart ? code.lowerBound - textStart..<code.upperBound - textStart : nil
                }
                scratch.codeSpans.removeAll(keepingCapacity: true)
            }
            document.items[item].text = Self.withoutBlockID(
                takeText(from: start), codeSpans: document.items[item].codeSpans)
            document.items[item].links = firstLink..<document.links.count
            if let lineBreak = scratch.lineBreak, lineBreak > textStart,
                lineBreak - textStart < document.items[item].text.utf8.count
            {
                document.items[item].firstLineEnd = lineBreak - textStart
            }
            scratch.lineBreak = nil
        case .link(let index, let labelStart, let outerShift):
            nesting -= 1
            finishLink(index: index, labelStart: labelStart, outerShift: outerShift)
        case .nested:
            nesting -= 1
        }
    }

    mutating func push(_ node: OpaquePointer, _ work: Open.Work) {
        scratch.open.append(Open(node: node, work: work))
        switch work {
        case .item, .nested, .link: nesting += 1
        case .list, .title, .itemHeading, .itemText: break
        }
    }

    /// Leaves out a node and everything in it, and says so.
    private mutating func skip(_ node: OpaquePointer, as kind: MarkdownProblem.Kind) {
        endRun()
        report(kind, at: node)
    }

    /// Adds a problem found at `node`, once per kind of problem.
    mutating func report(_ kind: MarkdownProblem.Kind, at node: OpaquePointer) {
        guard !document.problems.contains(where: { $0.kind == kind }) else { return }
        let line = Int(cmark_node_get_start_line(node))
        let position =
            line > 0
            ? source.position(line: line, byteColumn: Int(cmark_node_get_start_column(node)))
            : document.blocks.last?.start ?? source.position(line: 1, byteColumn: 1)
        document.problems.append(MarkdownProblem(kind, at: position))
    }

    /// The captured text from `start` on, trimmed, taken out of the buffer.
    mutating func takeText(from start: Int) -> String {
        let text = Self.trimmedString(scratch.text[start...])
        scratch.text.removeSubrange(start...)
        return text
    }

    // MARK: Blocks

    private func block(for node: OpaquePointer, type: cmark_node_type) -> Block {
        let (start, endLine) = span(of: node)
        let kind: Block.Kind
        switch type {
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)), title: "")
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

    /// Where a top-level block starts, and its last line that is not blank.
    private func span(of node: OpaquePointer) -> (start: SourcePosition, endLine: Int) {
        let layout = TableLayout(around: node, table: table, source: source)
        let start = layout?.start(of: node, source: source) ?? start(of: node)
        // cmark-gfm counts blank lines after some blocks (lists, indented code) as theirs.
        let end = layout?.endLine(of: node) ?? Int(cmark_node_get_end_line(node))
        let endLine = source.lastNonBlankLine(end, notBefore: start.line)
        return (
            source.position(line: start.line, byteColumn: start.column),
            source.position(line: endLine, byteColumn: 1).line
        )
    }

    /// Where cmark-gfm says a block starts; a block it gave no position (line 0) starts where
    /// the block after it, or the one around it, does.
    private func start(of node: OpaquePointer) -> (line: Int, column: Int) {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return (line, Int(cmark_node_get_start_column(candidate))) }
            current = cmark_node_next(candidate) ?? cmark_node_parent(candidate)
        }
        return (1, 1)
    }

    /// A heading first in a list item is recorded with its title (`MarkdownDocument.itemHeadings`).
    private mutating func enterItemHeading(_ node: OpaquePointer) {
        guard case .item? = scratch.open.last?.work, let parent = cmark_node_parent(node),
            scratch.open.last?.node == parent, cmark_node_first_child(parent) == node
        else { return }
        let start = start(of: node)
        let position = source.position(line: start.line, byteColumn: start.column)
        push(
            node,
            .itemHeading(start: scratch.text.count, level: Int(cmark_node_get_heading_level(node)), position: position))
        capturing += 1
    }

    private mutating func enterParagraph(_ node: OpaquePointer) {
        let layout = TableLayout(around: node, table: table, source: source)
        if let layout {
            shiftInlines(of: node, by: layout.paragraphShift)
            lastInlineLine = layout.start.line
        }
        guard case .item(let index, hasText: false)? = scratch.open.last?.work,
            let parent = cmark_node_parent(node), scratch.open.last?.node == parent
        else { return }
        scratch.open[scratch.open.count - 1].work = .item(index: index, hasText: true)
        let start = layout?.start(of: node, source: source) ?? start(of: node)
        document.items[index].textPosition = source.position(line: start.line, byteColumn: start.column)
        scratch.lineBreak = nil
        push(node, .itemText(item: index, start: scratch.text.count, firstLink: document.links.count))
        capturing += 1
    }

    private mutating func enterItem(_ node: OpaquePointer) {
        let checked: Bool? =
            cmark_node_get_syntax_extension(node) == tasklist
            ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil
        let start = start(of: node)
        let position = source.position(line: start.line, byteColumn: start.column)
        push(node, .item(index: document.items.count, hasText: false))
        document.items.append(
            ListItem(text: "", checked: checked, position: position, depth: listDepth, blockIndex: blockIndex))
    }

    // MARK: Node kinds

    static func isInline(_ type: cmark_node_type) -> Bool {
        type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_INLINE)
    }

    /// Whether a node is a level of nesting: a quote, a list item, or an inline that holds
    /// others (emphasis, a link).
    private static func isNesting(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_ITEM, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK,
            CMARK_NODE_IMAGE:
            return true
        default:
            return isInline(type) && !isLeafInline(type)
        }
    }

    static func isLeafInline(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE,
            CMARK_NODE_FOOTNOTE_REFERENCE:
            return true
        default:
            return false
        }
    }
}
