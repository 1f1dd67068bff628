import CCmarkGFM

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Makes the links of a parsed cmark document safe before it is rendered to HTML.
///
/// A link or image keeps its destination when it is an absolute `http`, `https` or `mailto`
/// URL; otherwise the resolver is asked, and when it answers `nil` (or with an unsafe `href`)
/// the link is replaced by its text. `[[wikilinks]]` in text become links the same way, or
/// their label (the target when there is none) as plain text. Text inside links, code and raw
/// HTML is left alone.
struct LinkRewriter {
    var resolve: MarkdownHTML.Resolver
    /// The allocator of the tree: cmark-gfm links a node only under a parent from the same one.
    var memory: UnsafeMutablePointer<cmark_mem>
    /// Whether text is searched for `[[wikilinks]]`; a caller that knows the source has no `[[`
    /// saves reading every text node.
    var splitsWikilinks = true

    /// Rewrites the tree under `root` in place.
    func rewrite(_ root: OpaquePointer) {
        let (links, texts) = collect(root)
        for text in texts { splitWikilinks(text) }
        for link in links { check(link) }
    }

    /// The links and images, and the text nodes outside them, in document order.
    private func collect(_ root: OpaquePointer) -> (links: [OpaquePointer], texts: [OpaquePointer]) {
        var links: [OpaquePointer] = []
        var texts: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return ([], []) }
        defer { cmark_iter_free(iterator) }
        var linkDepth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if event == CMARK_EVENT_ENTER {
                    links.append(node)
                    linkDepth += 1
                } else {
                    linkDepth -= 1
                }
            case CMARK_NODE_TEXT where linkDepth == 0 && splitsWikilinks:
                texts.append(node)
            default: break
            }
        }
        return (links, texts)
    }

    /// Keeps a safe destination, or replaces the link (or image) by its contents.
    ///
    /// An image on another site becomes a link to it: a page opened from disk should not fetch
    /// anything from the network (a remote image can track who reads it). Images the resolver
    /// maps to the site's own files stay images.
    private func check(_ link: OpaquePointer) {
        let url = cmark_node_get_url(link).map { String(cString: $0) } ?? ""
        let isImage = cmark_node_get_type(link) == CMARK_NODE_IMAGE
        if let absolute = HTML.safeURL(url) {
            guard isImage else {
                cmark_node_set_url(link, absolute)
                return
            }
            guard let replacement = cmark_node_new_with_mem(CMARK_NODE_LINK, memory) else {
                unwrap(link)
                return
            }
            cmark_node_set_url(replacement, absolute)
            if let title = cmark_node_get_title(link) { cmark_node_set_title(replacement, title) }
            cmark_node_insert_before(link, replacement)
            moveChildren(of: link, into: replacement)
        } else if let href = resolve(.url(url)).flatMap(HTML.safeHref) {
            cmark_node_set_url(link, href)
            return
        } else {
            unwrap(link)
            return
        }
        cmark_node_free(link)
    }

    /// Replaces a link (or image) by its contents.
    private func unwrap(_ link: OpaquePointer) {
        while let child = cmark_node_first_child(link) {
            cmark_node_insert_before(link, child)
        }
        cmark_node_free(link)
    }

    private func moveChildren(of node: OpaquePointer, into parent: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_append_child(parent, child)
        }
    }

    /// Turns each `[[wikilink]]` in a text node into a link or into its label as text.
    private func splitWikilinks(_ text: OpaquePointer) {
        // Most text has no `[[`: it is looked for in cmark's own copy before anything is copied.
        guard let literal = cmark_node_get_literal(text), strstr(literal, "[[") != nil else { return }
        let bytes = Array(
            UnsafeBufferPointer(
                start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)))
        let matches = Wikilink.matches(in: bytes)
        guard !matches.isEmpty else { return }
        var cursor = 0
        for match in matches {
            // `![[cv.png]]`, an embed (Obsidian): the `!` is syntax, not text.
            let isEmbed = match.offset > cursor && bytes[match.offset - 1] == UInt8(ascii: "!")
            insert(textNode(bytes[cursor..<match.offset - (isEmbed ? 1 : 0)]), before: text)
            let label = match.label ?? match.target
            if let href = resolve(.wiki(match.target)).flatMap(HTML.safeHref),
                let link = cmark_node_new_with_mem(CMARK_NODE_LINK, memory)
            {
                cmark_node_set_url(link, href)
                cmark_node_append_child(link, textNode(ArraySlice(label.utf8)))
                insert(link, before: text)
            } else {
                insert(textNode(ArraySlice(label.utf8)), before: text)
            }
            cursor = match.end
        }
        cmark_node_set_literal(text, String(decoding: bytes[cursor...], as: UTF8.self))
    }

    private func textNode(_ bytes: ArraySlice<UInt8>) -> OpaquePointer? {
        guard !bytes.isEmpty, let node = cmark_node_new_with_mem(CMARK_NODE_TEXT, memory) else { return nil }
        cmark_node_set_literal(node, String(decoding: bytes, as: UTF8.self))
        return node
    }

    private func insert(_ node: OpaquePointer?, before sibling: OpaquePointer) {
        if let node { cmark_node_insert_before(sibling, node) }
    }
}
