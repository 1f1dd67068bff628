import CCmarkGFM

/// The positions cmark-gfm's table extension gets wrong, put right.
///
/// A table typed right under a line of text (`Some text` then `| a | b |` then `|---|---|`) is
/// found when its delimiter row arrives, in a paragraph that began with `Some text`. cmark-gfm
/// turns that paragraph into the table and inserts a new paragraph before it for the lines
/// above the header row, with no position at all: line 0, and its inlines counted from line 0
/// and column 0. The table keeps the old paragraph's start, and its header row and cells are
/// placed on that first line, at columns counted on through the lines above.
struct TableLayout {
    /// The paragraph cmark-gfm gave no position.
    let paragraph: OpaquePointer
    /// Where that paragraph starts: where cmark-gfm says the table does.
    let start: (line: Int, column: Int)
    /// The line of the table's header row.
    let headerLine: Int

    /// The layout of a table and the paragraph before it, when `node` is either of them and
    /// the paragraph has no position.
    init?(around node: OpaquePointer, table: OpaquePointer, source: SourceText) {
        let type = cmark_node_get_type(node)
        let paragraph: OpaquePointer
        let tableNode: OpaquePointer
        if type == CMARK_NODE_PARAGRAPH {
            guard cmark_node_get_start_line(node) == 0, let next = cmark_node_next(node) else { return nil }
            (paragraph, tableNode) = (node, next)
        } else {
            guard cmark_node_get_syntax_extension(node) == table, let previous = cmark_node_previous(node) else {
                return nil
            }
            (paragraph, tableNode) = (previous, node)
        }
        guard cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH, cmark_node_get_start_line(paragraph) == 0,
            cmark_node_get_syntax_extension(tableNode) == table, cmark_node_parent(tableNode) != nil
        else { return nil }
        let line = Int(cmark_node_get_start_line(tableNode))
        guard line > 0 else { return nil }
        self.paragraph = paragraph
        start = (line, Int(cmark_node_get_start_column(tableNode)))
        // The header row is the line before the delimiter row, which is the line before the
        // first body row, or the table's last line.
        let header = cmark_node_first_child(tableNode)
        let headerLine =
            header.flatMap(cmark_node_next).map { Int(cmark_node_get_start_line($0)) - 2 }
            ?? Int(cmark_node_get_end_line(tableNode)) - 1
        // The paragraph has at least one line.
        self.headerLine = min(max(headerLine, line + 1), source.lineCount)
    }

    /// Where the paragraph or the table starts.
    func start(of node: OpaquePointer, source: SourceText) -> (line: Int, column: Int) {
        node == paragraph ? start : (headerLine, source.firstNonSpaceColumn(line: headerLine))
    }

    /// The last line of the paragraph or the table.
    func endLine(of node: OpaquePointer) -> Int {
        node == paragraph ? headerLine - 1 : Int(cmark_node_get_end_line(node))
    }

    /// What to add to the positions cmark-gfm gives the paragraph's inlines.
    var paragraphShift: (lines: Int, columns: Int) { (start.line, start.column) }

    /// What to add to the positions cmark-gfm gives the inlines of `row`, when it is the
    /// header row of a table put under a paragraph: they are on the header line, and their
    /// columns are counted from the start of the paragraph. The header row's last column, as
    /// cmark-gfm counts it, is as far past the header line's last byte as its cells are.
    static func headerShift(ofRow row: OpaquePointer, table: OpaquePointer, source: SourceText)
        -> (lines: Int, columns: Int)?
    {
        guard cmark_node_get_syntax_extension(row) == table, cmark_node_previous(row) == nil,
            let tableNode = cmark_node_parent(row),
            let layout = TableLayout(around: tableNode, table: table, source: source)
        else { return nil }
        let lines = layout.headerLine - Int(cmark_node_get_start_line(row))
        let columns = source.lastColumn(line: layout.headerLine) - Int(cmark_node_get_end_column(row))
        return (lines, columns)
    }
}
