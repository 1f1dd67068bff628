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
/// `autolink`, and footnotes. Before rendering, every link and image is checked: an absolute `http`, `https`
/// or `mailto` URL is kept, anything else is handed to the caller's resolver (which turns a
/// relative `.md` path or a `[[wikilink]]` into a page of the site), and what it does not
/// resolve is rendered as plain text.
///
/// The inline extensions flip characters in a process-global table while a document's inlines
/// are parsed (SPEC §8), in `cmark_parser_finish`, which therefore holds one process-wide
/// lock. Feeding the text in parses only blocks; it, the rewriting of links and the rendering
/// touch no global state, so they run outside the lock, in parallel, and the resolver may
/// itself render Markdown. An inline extension is attached only to Markdown that has what it
/// looks for (`~` for strikethrough; `@`, `://` or `www.` for autolinks): without them it
/// changes nothing, and Markdown that needs neither is parsed without the lock. (Autolink also
/// stops the inline parser at every `w` and `:` of the text.)
/// Parses elsewhere (`MarkdownParser`) attach no inline extension and take no lock.
public enum MarkdownHTML {
    /// Maps a link's destination to the `href` to render, or `nil` to render the link as text.
    public typealias Resolver = (Link.Target) -> String?

    /// The HTML of `markdown`; `resolve` is asked about every destination that is not an absolute
    /// `http`, `https` or `mailto` URL and about every `[[wikilink]]`.
    public static func render(_ markdown: String, resolve: Resolver = { _ in nil }) -> String {
        render(parts: [markdown[...]], resolve: resolve, footnotePrefix: "")
    }

    /// The HTML of `parts` (pieces of a note), read one after the other with a blank line
    /// between them; its footnotes' ids start with `footnotePrefix` (`fn-1` → `research-fn-1`),
    /// so that two renders on one page have ids of their own.
    static func render(parts: [Substring], resolve: Resolver, footnotePrefix: String = "") -> String {
        let html = render(parts: parts, resolve: resolve)
        // Ids and links to them are written by cmark-gfm alone: note text has its quotes escaped.
        guard !footnotePrefix.isEmpty, html.containsBytes("\"fn") || html.containsBytes("\"#fn") else { return html }
        return html.replacingOccurrences(of: "id=\"fn", with: "id=\"\(footnotePrefix)fn")
            .replacingOccurrences(of: "href=\"#fn", with: "href=\"#\(footnotePrefix)fn")
    }

    private static func render(parts: [Substring], resolve: Resolver) -> String {
        let extensions = Extensions.shared
        let hasStrikethrough = parts.contains { part in withUTF8(of: part, Self.mayStrike) }
        let hasAutolink =
            parts.contains { part in withUTF8(of: part, Self.mayAutolink) }
            && parts.reduce(0) { $0 + withUTF8(of: $1, Self.autolinkWork) } <= Self.autolinkBudget
        var tableWork = TableWork()
        for part in parts { withUTF8(of: part) { tableWork.add($0) } }
        let attached =
            (tableWork.isOverBudget ? extensions.blockWithoutTable : extensions.block)
            + (hasStrikethrough ? [extensions.strikethrough] : []) + (hasAutolink ? [extensions.autolink] : [])
        return CmarkParser.with(attaching: attached, options: renderOptions) { parser in
            guard let parser else { return "" }
            for (index, part) in parts.enumerated() {
                // Feeding parses blocks only: the inlines, and the global table, wait for `finish`.
                if index > 0 { cmark_parser_feed(parser, "\n\n", 2) }
                withUTF8(of: part) { bytes in
                    let feed = { (bytes: UnsafeBufferPointer<UInt8>) in
                        bytes.withMemoryRebound(to: CChar.self) { chars in
                            if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
                        }
                    }
                    let feedOpeners = { (bytes: UnsafeBufferPointer<UInt8>) in
                        if let escaped = UnclosedOpeners.escaped(bytes) {
                            escaped.withUnsafeBufferPointer(feed)
                        } else {
                            feed(bytes)
                        }
                    }
                    if let nested = BlockNesting.escaped(bytes) {
                        nested.text.withUnsafeBufferPointer(feedOpeners)
                    } else {
                        feedOpeners(bytes)
                    }
                }
            }
            var finished: OpaquePointer?
            if hasStrikethrough || hasAutolink {
                cmarkLock.withLock { _ in finished = cmark_parser_finish(parser) }
            } else {
                finished = cmark_parser_finish(parser)
            }
            guard let root = finished else { return "" }
            defer { cmark_node_free(root) }
            // Most parts have no `[[`, many no link at all: the tree is walked only for what it may hold.
            let hasWikilinks = parts.contains { part in withUTF8(of: part, Self.mayHoldWikilink) }
            if hasWikilinks {
                // A `[[` can be split over text nodes.
                cmark_consolidate_text_nodes(root)
            }
            if hasWikilinks || hasAutolink || parts.contains(where: { part in withUTF8(of: part, Self.mayLink) }) {
                withoutActuallyEscaping(resolve) {
                    LinkRewriter(resolve: $0, memory: CmarkParser.memory, splitsWikilinks: hasWikilinks).rewrite(root)
                }
            }
            guard
                let html = cmark_render_html_with_mem(
                    root, renderOptions, cmark_parser_get_syntax_extensions(parser), CmarkParser.memory)
            else { return "" }
            defer { CmarkParser.memory.pointee.free(html) }
            let count = strlen(html)
            return html.withMemoryRebound(to: UInt8.self, capacity: count) {
                String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
            }
        }
    }
}

/// Footnotes (`[^1]` and `[^1]: …`, as Obsidian and GitHub write them) are rendered: a
/// numbered reference, and the notes at the end of the text with a link back.
private let renderOptions = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES

/// The one documented piece of global mutable state (STYLE): it serialises every parse that
/// attaches cmark-gfm's inline extensions.
private let cmarkLock = Mutex(())

extension MarkdownHTML {
    /// Calls `body` with the UTF-8 of `text`, read in place (a substring of a native string).
    private static func withUTF8<Result>(of text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
        -> Result
    {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(text)
        return copy.withUTF8(body)
    }

    /// Whether strikethrough could find anything in `markdown`: it needs a `~`.
    static func mayStrike(_ markdown: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(markdown, "~")
    }

    /// Whether `markdown` could hold a link or an image without the autolink extension:
    /// inline and reference ones need a `[`, autolinks in angle brackets a `<`.
    static func mayLink(_ markdown: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(markdown, "[") || contains(markdown, "<")
    }

    /// Whether the text of `markdown` could hold a `[[wikilink]]`: cmark-gfm's text nodes hold
    /// `[[` where the source does, or has an escaped bracket (`\[`) or an entity (`&#91;`).
    static func mayHoldWikilink(_ markdown: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(markdown, "[[") || contains(markdown, "\\[") || contains(markdown, "&")
    }

    /// Whether autolink could find anything in `markdown`: a `www.` or `scheme://` link, or an
    /// e-mail address (`mailto:` and `xmpp:` ones included), needs `www.`, `://` or `@`.
    static func mayAutolink(_ markdown: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(markdown, "@") || contains(markdown, "://") || contains(markdown, "www.")
    }

    /// The most `autolinkWork` a render may take with the autolink extension attached: about a
    /// tenth of a second. Past it, URLs in the text stay text.
    static let autolinkBudget = 50_000_000

    /// What cmark-gfm 0.29's autolink extension reads of `markdown`: from every `://` it reads
    /// on to the next white space, so a line of 80,000 `<https://a` (no space, no link) took
    /// over 30 s. Each `:` found with `memchr`; the white space after a `://` is looked for
    /// once for all the `://` before it, so the bytes are read once however many there are.
    static func autolinkWork(_ markdown: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = markdown.baseAddress else { return 0 }
        var work = 0
        var nextSpace = -1
        var start = 0
        while start < markdown.count,
            let found = memchr(base + start, Int32(UInt8(ascii: ":")), markdown.count - start)
        {
            let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            start = index + 1
            guard index + 2 < markdown.count, markdown[index + 1] == UInt8(ascii: "/"),
                markdown[index + 2] == UInt8(ascii: "/")
            else { continue }
            if nextSpace < index {
                nextSpace = index
                while nextSpace < markdown.count, markdown[nextSpace] != UInt8(ascii: " "),
                    markdown[nextSpace] != UInt8(ascii: "\n"), markdown[nextSpace] != UInt8(ascii: "\t")
                {
                    nextSpace += 1
                }
            }
            work += nextSpace - index
        }
        return work
    }

    /// Whether `needle` is among `bytes` (`memchr` to each candidate first byte).
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let base = bytes.baseAddress, let needleBase = needle.baseAddress, let first = needle.first else {
            return false
        }
        var start = 0
        // `memchr` finds each candidate first byte many bytes at a time.
        while bytes.count - start >= needle.count,
            let found = memchr(base + start, Int32(first), bytes.count - start - needle.count + 1)
        {
            let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if memcmp(base + offset, needleBase, needle.count) == 0 { return true }
            start = offset + 1
        }
        return false
    }
}

/// The extensions an HTML render attaches, looked up once: registration is not thread-safe.
/// The block ones and `tagfilter` (applied while rendering) keep no global state.
private struct Extensions: @unchecked Sendable {
    let block: [OpaquePointer]
    /// The block extensions for Markdown whose tables would take too long (`TableWork`).
    let blockWithoutTable: [OpaquePointer]
    let strikethrough: OpaquePointer
    let autolink: OpaquePointer

    static let shared: Extensions = {
        cmark_gfm_core_extensions_ensure_registered()
        let names = ["table", "tasklist", "tagfilter", "strikethrough", "autolink"]
        let found = names.compactMap { cmark_find_syntax_extension($0) }
        guard found.count == names.count else { fatalError("cmark-gfm was built without its core extensions") }
        return Extensions(
            block: Array(found.prefix(3)), blockWithoutTable: Array(found[1..<3]), strikethrough: found[3],
            autolink: found[4])
    }()
}
