import CCmarkGFM
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renders a note body's Markdown to HTML that is safe to put in a page.
///
/// cmark-gfm renders with its safe default (raw HTML is replaced by a comment; `CMARK_OPT_UNSAFE`
/// is never set) and the `tagfilter` extension, plus `table`, `tasklist`, `strikethrough` and
/// `autolink`. Before rendering, every link and image is checked: an absolute `http`, `https`
/// or `mailto` URL is kept, anything else is handed to the caller's resolver (which turns a
/// relative `.md` path or a `[[wikilink]]` into a page of the site), and what it does not
/// resolve is rendered as plain text.
///
/// The inline extensions flip characters in a process-global table while a document's inlines
/// are parsed (SPEC §8), in `cmark_parser_finish`, which therefore holds one process-wide
/// lock. Feeding the text in parses only blocks; it, the rewriting of links and the rendering
/// touch no global state, so they run outside the lock, in parallel, and the resolver may
/// itself render Markdown.
/// Parses elsewhere (`MarkdownParser`) attach no inline extension and take no lock.
public enum MarkdownHTML {
    /// Maps a link's destination to the `href` to render, or `nil` to render the link as text.
    public typealias Resolver = (Link.Target) -> String?

    /// The HTML of `markdown`; `resolve` is asked about every destination that is not an absolute
    /// `http`, `https` or `mailto` URL and about every `[[wikilink]]`.
    public static func render(_ markdown: String, resolve: Resolver = { _ in nil }) -> String {
        render(markdown, resolve: resolve) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 of the HTML of `markdown`, as cmark-gfm wrote it: for callers
    /// that copy the bytes on, rather than make a `String` of them.
    static func render<Result>(
        _ markdown: String, resolve: Resolver, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return body(empty) }
        defer { cmark_parser_free(parser) }
        for syntax in Extensions.shared.all { cmark_parser_attach_syntax_extension(parser, syntax) }
        var text = markdown
        var finished: OpaquePointer?
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                // Feeding parses blocks only: the inlines, and the global table, wait for `finish`.
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        cmarkLock.withLock { _ in finished = cmark_parser_finish(parser) }
        guard let root = finished else { return body(empty) }
        defer { cmark_node_free(root) }
        cmark_consolidate_text_nodes(root)
        withoutActuallyEscaping(resolve) { LinkRewriter(resolve: $0).rewrite(root) }
        guard let html = cmark_render_html(root, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else {
            return body(empty)
        }
        defer { free(html) }
        let count = strlen(html)
        return html.withMemoryRebound(to: UInt8.self, capacity: count) {
            body(UnsafeBufferPointer(start: $0, count: count))
        }
    }
}

/// The one documented piece of global mutable state (STYLE): it serialises every parse that
/// attaches cmark-gfm's inline extensions.
private let cmarkLock = Mutex(())

/// The extensions an HTML render attaches, looked up once: registration is not thread-safe.
private struct Extensions: @unchecked Sendable {
    let all: [OpaquePointer]

    static let shared: Extensions = {
        cmark_gfm_core_extensions_ensure_registered()
        let names = ["table", "tasklist", "strikethrough", "autolink", "tagfilter"]
        let found = names.compactMap { cmark_find_syntax_extension($0) }
        guard found.count == names.count else { fatalError("cmark-gfm was built without its core extensions") }
        return Extensions(all: found)
    }()
}
