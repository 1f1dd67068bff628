import CCmarkGFM

/// Parses Markdown bodies with cmark-gfm into `MarkdownDocument` values.
///
/// Only the block extensions `table` and `tasklist` are attached: cmark-gfm's inline
/// extensions (`strikethrough`, `autolink`) flip characters in a process-global table while
/// they parse, so parses that use them cannot run in parallel (SPEC §8). The block extensions
/// keep no global state, so one `MarkdownParser` per thread parses correctly on every core.
/// Each document is parsed by a cmark-gfm parser of its own. A `MarkdownParser` is not
/// `Sendable` (it reuses buffers): make one per thread and reuse it for many documents.
public final class MarkdownParser {
    /// Buffers reused from one document to the next.
    private var scratch = NodeConverter.Scratch()

    /// Creates a parser; each document is parsed with the `table` and `tasklist` extensions.
    public init() {}

    /// Parses a body whose first line is line `lineOffset + 1` of its file.
    public func parse(_ body: String, lineOffset: Int = 0) -> MarkdownDocument {
        var body = body
        return body.withUTF8 { parse($0, lineOffset: lineOffset) }
    }

    /// Parses UTF-8 bytes whose first line is line `lineOffset + 1` of their file.
    public func parse(_ body: Span<UInt8>, lineOffset: Int = 0) -> MarkdownDocument {
        body.withUnsafeBufferPointer { parse($0, lineOffset: lineOffset) }
    }

    /// Parses UTF-8 bytes whose first line is line `lineOffset + 1` of their file.
    public func parse(_ body: UnsafeBufferPointer<UInt8>, lineOffset: Int = 0) -> MarkdownDocument {
        // Obsidian comments (`%% … %%`) are read as blank: no section, item or link holds them.
        let comments = UnshownText.ranges(in: body.span)
        if !comments.isEmpty {
            var document = UnshownText.blanked(body, comments).withUnsafeBufferPointer {
                parseUncommented($0, lineOffset: lineOffset)
            }
            document.unshown = comments
            return document
        }
        return parseUncommented(body, lineOffset: lineOffset)
    }

    private func parseUncommented(_ body: UnsafeBufferPointer<UInt8>, lineOffset: Int) -> MarkdownDocument {
        guard let nested = BlockNesting.escaped(body) else { return parseOpeners(body, lineOffset: lineOffset) }
        var document = nested.text.withUnsafeBufferPointer { parseOpeners($0, lineOffset: lineOffset) }
        let position = SourcePosition(line: lineOffset + nested.firstLine, column: 1)
        document.problems.insert(MarkdownProblem(.deepBlocks(limit: BlockNesting.limit), at: position), at: 0)
        return document
    }

    private func parseOpeners(_ body: UnsafeBufferPointer<UInt8>, lineOffset: Int) -> MarkdownDocument {
        if let escaped = UnclosedOpeners.escaped(body) {
            return escaped.withUnsafeBufferPointer { parseAsIs($0, lineOffset: lineOffset) }
        }
        return parseAsIs(body, lineOffset: lineOffset)
    }

    private func parseAsIs(_ body: UnsafeBufferPointer<UInt8>, lineOffset: Int) -> MarkdownDocument {
        let extensions = BlockExtensions.shared
        var tableWork = TableWork()
        tableWork.add(body)
        let attached = tableWork.isOverBudget ? [extensions.tasklist] : [extensions.table, extensions.tasklist]
        var document = CmarkParser.with(attaching: attached) { parser in
            guard let parser else { return MarkdownDocument() }
            return parse(body, lineOffset: lineOffset, with: parser, extensions)
        }
        if let overrun = tableWork.overrun {
            let position = SourcePosition(line: lineOffset + overrun.line, column: 1)
            document.problems.insert(MarkdownProblem(.largeTable(cells: overrun.cells), at: position), at: 0)
        }
        return document
    }

    private func parse(
        _ body: UnsafeBufferPointer<UInt8>, lineOffset: Int, with parser: OpaquePointer, _ extensions: BlockExtensions
    ) -> MarkdownDocument {
        if let base = body.baseAddress, !body.isEmpty {
            base.withMemoryRebound(to: CChar.self, capacity: body.count) {
                cmark_parser_feed(parser, $0, body.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return MarkdownDocument() }
        defer { cmark_node_free(root) }
        scratch.lineStarts = SourceText.lineStarts(of: body, reusing: scratch.lineStarts)
        var converter = NodeConverter(
            source: SourceText(bytes: body, lineOffset: lineOffset, lineStarts: scratch.lineStarts),
            tasklist: extensions.tasklist, table: extensions.table,
            scratch: scratch)
        scratch = NodeConverter.Scratch()  // the converter holds the buffers now
        converter.convertDocument(root)
        scratch = converter.finish()
        return converter.document
    }
}

/// The block extensions, looked up once: cmark-gfm's registration is not thread-safe.
private struct BlockExtensions: @unchecked Sendable {
    let table: OpaquePointer
    let tasklist: OpaquePointer

    static let shared: BlockExtensions = {
        cmark_gfm_core_extensions_ensure_registered()
        guard let table = cmark_find_syntax_extension("table"),
            let tasklist = cmark_find_syntax_extension("tasklist")
        else { fatalError("cmark-gfm was built without its core extensions") }
        return BlockExtensions(table: table, tasklist: tasklist)
    }()
}

/// cmark-gfm parsers, made and freed around each use, allocating with cmark-gfm's default
/// allocator (`malloc`).
enum CmarkParser {
    /// Calls `body` with a new cmark-gfm parser (`nil` if none could be made) with
    /// `extensions` attached and `options` set. The parser must not outlive `body`; its tree is
    /// the caller's to free.
    static func with<Result>(
        attaching extensions: [OpaquePointer], options: Int32 = CMARK_OPT_DEFAULT, _ body: (OpaquePointer?) -> Result
    ) -> Result {
        guard let parser = cmark_parser_new(options) else { return body(nil) }
        defer { cmark_parser_free(parser) }
        for syntax in extensions { cmark_parser_attach_syntax_extension(parser, syntax) }
        return body(parser)
    }

    /// The allocator of the parsers' trees: nodes added to a tree must come from it too.
    static var memory: UnsafeMutablePointer<cmark_mem> { cmark_get_default_mem_allocator() }
}
