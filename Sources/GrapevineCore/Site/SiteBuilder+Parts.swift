/// The repeated parts of pages (links, steps, Log entries, details, …), each rendered from its
/// template (`SiteTemplates.parts`) with every value escaped by the template. Only text from
/// notes (a Log entry's text with its links) and cmark-gfm's HTML come ready-made.
extension SiteBuilder {
    /// The part template `name` once per item, one after the other; `values` puts an item's values.
    func parts<Items: Sequence>(
        _ name: String, _ items: Items, _ values: (inout PageValues, Items.Element) -> Void
    ) -> HTMLWriter {
        var memo: TemplateShapes.Memo?
        return parts(name, items, memo: &memo, values)
    }

    /// The same; `memo` is kept by the caller from one list of the part to the next (the
    /// details of each step, a chain's two ends): a list's first part then finds its shape
    /// without a lookup in the shared table.
    func parts<Items: Sequence>(
        _ name: String, _ items: Items, memo: inout TemplateShapes.Memo?,
        _ values: (inout PageValues, Items.Element) -> Void
    ) -> HTMLWriter {
        // Room for a few hundred bytes a part at once: a list grown part by part was copied at
        // every doubling.
        var html = HTMLWriter(capacity: 256 * max(1, items.underestimatedCount))
        // Many lists are empty (a contact's tasks, reminders, the people they led to): no room is made for them.
        var context = PageValues(capacity: items.underestimatedCount > 0 ? 12 : 0)
        for item in items {
            context.removeAll()
            values(&context, item)
            templates.render(name, context, into: &html, memo: &memo)
        }
        return html
    }

    /// A node as named on the page at `path`: its name, and the link to its page if it has one.
    func link(_ node: Graph.NodeID, from path: String) -> PageLink {
        PageLink(name: linkNames[node], href: href(node, from: path), node: node)
    }

    /// A link as HTML (`link.html`): the node's own (`linkHTML`), shared rather than copied,
    /// when there is one.
    func html(_ link: PageLink) -> HTMLWriter {
        if let made = madeHTML(of: link) { return HTMLWriter(html: made) }
        var html = HTMLWriter()
        templates.writeLink(name: link.name, href: link.href, into: &html)
        return html
    }

    /// Links as HTML joined by commas: "A, B, C".
    func html(_ links: [PageLink]) -> HTMLWriter {
        var html = HTMLWriter()
        for (position, link) in links.enumerated() {
            if position > 0 { html.append(", ") }
            write(link, into: &html)
        }
        return html
    }

    /// Adds `link` as HTML (`link.html`).
    private func write(_ link: PageLink, into html: inout HTMLWriter) {
        if let made = madeHTML(of: link) {
            html.append(made, in: made.indices)
        } else {
            templates.writeLink(name: link.name, href: link.href, into: &html)
        }
    }

    /// The HTML of `link` as `linkHTML` has it for its node, when it names the node and links
    /// to its page as a page of the site does (from the root or a folder).
    private func madeHTML(of link: PageLink) -> [UInt8]? {
        guard let node = link.node, linkHTML.indices.contains(node), link.name == linkNames[node] else { return nil }
        return linkHTML[node].links.first(where: { $0.href == link.href })?.html
    }

    /// A node's link (`link.html`) as HTML from each place a page of the site can be: the root,
    /// the node's page's folder and another folder (`SitePaths.links(to:)`), or its name alone
    /// when it has no page. A node is linked from every page that names it, from one of those
    /// places: its link was filled in and escaped again for every mention, a tenth of a page.
    struct LinkHTML: Sendable {
        let links: [(href: String?, html: [UInt8])]
    }

    /// The link HTML of every node (`LinkHTML`), named as `linkNames` names them.
    static func linkHTML(paths: SitePaths, linkNames: [String], templates: SiteTemplates) -> [LinkHTML] {
        parallelMap(count: linkNames.count, batch: 256, makeState: {}) { _, node in
            let hrefs: [String?] = paths.page(of: node) == nil ? [nil] : paths.links(to: node)
            return LinkHTML(
                links: hrefs.map { href in
                    var html = HTMLWriter(capacity: 64)
                    templates.writeLink(name: linkNames[node], href: href, into: &html)
                    return (href, html.bytes)
                })
        }
    }

    /// The link to a node's page from the page at `path`, if it has one.
    func href(_ node: Graph.NodeID, from path: String) -> String? {
        paths.link(to: node, from: path)
    }

    /// Link texts are cut to this many characters: a name is written wherever its node is
    /// linked, and a name of a megabyte (an interview named after thousands of people) linked
    /// from thousands of pages would make the site grow with their product.
    static let linkTextLimit = 100
    /// A step's title and each of its details are cut to this many characters on a page.
    static let stepTextLimit = 1_000

    /// `text` cut to `limit` characters, with an ellipsis when it was longer.
    static func shortened(_ text: String, to limit: Int = linkTextLimit) -> String {
        // Bytes first: a text of at most `limit` bytes has at most `limit` characters.
        guard text.utf8.count > limit, text.count > limit else { return text }
        return text.prefix(limit) + "…"
    }

    /// The steps at `indices`, as listed on the page at `path`.
    func stepItems(_ indices: some Sequence<Int>, from path: String) -> [StepItem] {
        indices.map { index in
            // The step's fields one by one: `let step = steps[index]` copies a dozen strings.
            // On the page the step is about, its title needs no link back to that page.
            let target = stepTargets[index].flatMap { paths.page(of: $0) != path ? $0 : nil }
            return StepItem(
                kind: steps[index].kind.rawValue, label: Self.label(of: steps[index].kind),
                isOverdue: steps[index].isOverdue(asOf: today), due: steps[index].due,
                title: Self.shortened(steps[index].shownTitle, to: Self.stepTextLimit),
                href: target.flatMap { href($0, from: path) },
                details: steps[index].details.map { Self.shortened(Wikilink.shown($0), to: Self.stepTextLimit) },
                file: paths.shownFile(steps[index].file), line: steps[index].line)
        }
    }

    /// Steps as HTML (`step.html` each).
    func html(_ steps: [StepItem]) -> HTMLWriter {
        var detailMemo: TemplateShapes.Memo?
        return parts("step", steps) { context, step in
            context["kind"] = step.kind
            context["overdue"] = step.isOverdue
            context["due"] = step.due?.description
            context["label"] = step.label
            context["title"] = step.title
            context["href"] = step.href
            context.put("details", parts("step-detail", step.details, memo: &detailMemo) { $0["text"] = $1 })
            context["file"] = step.file
            context["line"] = step.line
        }
    }

    /// The short name of a kind of step, for its list item.
    static func label(of kind: NextStep.Kind) -> String {
        switch kind {
        case .thankYou: "thank"
        case .sendResume: "resume"
        case .apply: "apply"
        case .update: "update"
        case .thankReferrer: "thank referrer"
        case .contactReferral: "referral"
        case .reachOut: "reach out"
        case .tryAnother: "try another"
        case .followUp: "follow up"
        case .moveOn: "move on"
        case .schedule: "schedule"
        case .interview: "interview"
        case .prepare: "prepare"
        case .stayInTouch: "stay in touch"
        case .findContacts: "find contacts"
        case .task: "task"
        case .reminder: "reminder"
        }
    }

    /// The notes linking to `node`, one item per note and line, by name.
    func backlinks(to node: Graph.NodeID, from path: String) -> [NotePage.Backlink] {
        // Edges and names are read in place: copies would retain their strings and arrays.
        let graph = vault.graph
        var links: [(from: Graph.NodeID, line: Int)] = []
        for entry in graph.incomingEdges(of: node) where entry.kind == .linksTo {
            links.append((entry.other, graph.edges[entry.edge].source.line))
            for source in graph.edges[entry.edge].moreSources { links.append((entry.other, source.line)) }
        }
        links.sort { first, second in
            graph.nodes[first.from].name == graph.nodes[second.from].name
                ? first.line < second.line : graph.nodes[first.from].name < graph.nodes[second.from].name
        }
        // A line with two links to the node is one place to look (as in `show`).
        return links.indices.filter { $0 == 0 || links[$0 - 1] != links[$0] }.map {
            NotePage.Backlink(from: link(links[$0].from, from: path), line: links[$0].line)
        }
    }

    /// The note's tags that have pages, with the links to them.
    func tags(_ tags: [String], from path: String) -> [NotePage.Tag] {
        tags.compactMap { tag in
            paths.page(ofTag: tag).map { NotePage.Tag(name: tag, href: SitePaths.relative(from: path, to: $0)) }
        }
    }

    // MARK: Front matter

    /// Keys shown by the page's structure (the name, the tags, the links) or not at all
    /// (`type`, `private`, reminders) rather than as details.
    static let structuralKeys: Set<String> = [
        "name", "type", "tags", "private", "remind", "organization", "referred_by", "contact", "contacts", "aliases",
    ]

    /// The note's front matter as a definition list, every value escaped, its wikilinks as their
    /// words; values that are `http`, `https` or `mailto` URLs (or an email address) become links. Leaves out
    /// the keys in `leftOut` (lowercase: `structuralKeys` and those the page shows elsewhere),
    /// one set so that each key is looked up once. (On a public site, the note's front matter
    /// holds only its public fields.)
    func details(ofNote index: Int, leavingOut leftOut: Set<String>) -> [NotePage.Detail] {
        var details: [NotePage.Detail] = []
        for entry in vault.notes[index].frontMatter.entries {
            let key = entry.key.lowercased()
            guard !leftOut.contains(key), !entry.value.isNull else {
                continue
            }
            // A `[[wikilink]]` in a value Grapevine does not read (`referrals: "[[Sophie Turner]]"`)
            // is its words, as in a step's text: brackets are for the editor, not the reader.
            let value = Wikilink.shown(paths.hidingLinksToLeftOutNodes(in: Self.text(of: entry.value), fromNote: index))
            guard !value.isEmpty else { continue }
            let address = key.containsBytes("email") && !value.containsBytes(":") ? "mailto:" + value : value
            details.append(NotePage.Detail(label: Self.label(of: entry.key), value: value, url: HTML.safeURL(address)))
        }
        return details
    }

    /// A front matter value as one line of text.
    static func text(of value: FrontMatter.Value) -> String {
        switch value.content {
        case .scalar(let text, _):
            if value.isNull { return "" }
            switch text.trimmingWhitespace() {
            case "true": return "yes"
            case "false": return "no"
            case let text: return text
            }
        case .list(let values): return values.map(text(of:)).filter { !$0.isEmpty }.joined(separator: ", ")
        case .mapping(let entries):
            return entries.map { "\($0.key): \(text(of: $0.value))" }.joined(separator: "; ")
        }
    }

    /// `thank_you` → "Thank you", `linkedin` → "LinkedIn".
    static func label(of key: String) -> String {
        // Only an ASCII key of eight bytes, or one not ASCII (a Kelvin sign lowercases to `k`),
        // can be "linkedin" lowercased: the others are not lowercased to see.
        if key.utf8.count == 8 || !key.isASCII, key.lowercased() == "linkedin" { return "LinkedIn" }
        // Keys are nearly always ASCII: their bytes are the characters.
        guard key.isASCII else {
            let words = String(key.map { $0 == "_" || $0 == "-" ? " " : $0 })
            return words.prefix(1).uppercased() + words.dropFirst()
        }
        var bytes = Array(key.utf8)
        for index in bytes.indices where bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: "-") {
            bytes[index] = UInt8(ascii: " ")
        }
        if case UInt8(ascii: "a")...UInt8(ascii: "z") = bytes.first ?? 0 { bytes[0] -= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Text

    /// Plain text from a note (a Log entry, an agenda item) placed on the page at `path`, with
    /// its `[[wikilinks]]` linked as in the note's body, each of `links` (the item's Markdown
    /// links, in order) made a link where its words are, and bare `http(s)` URLs made links; on
    /// a site that leaves nodes out, with them hidden (`SitePaths.hidingLeftOutNodes`).
    func inlineText(
        _ text: String, links: [InlineText.WrittenLink] = [], note index: Int, on path: String
    ) -> InlineText {
        var pieces: [InlineText.Piece] = []
        let shown = paths.hidingLeftOutNodes(in: text, fromNote: index)
        let hasWikilinks = shown.containsBytes("[[")
        guard hasWikilinks || !links.isEmpty else {
            Self.addLinkingURLs(shown, to: &pieces)
            return InlineText(pieces: pieces)
        }
        let bytes = Array(shown.utf8)
        var spans: [(bytes: Range<Int>, piece: InlineText.Piece)] = []
        if hasWikilinks {
            let resolve = paths.resolver(forNote: index, on: path)
            for match in Wikilink.matches(in: bytes) {
                let href = resolve(.wiki(match.target)).flatMap(HTML.safeHref)
                let label = match.label ?? match.target
                // `![[Dan Moore]]`, an embed: shown as the link, as the note's body shows it.
                let start =
                    match.offset > 0 && bytes[match.offset - 1] == UInt8(ascii: "!") ? match.offset - 1 : match.offset
                spans.append((start..<match.end, href.map { .link(label, href: $0) } ?? .text(label)))
            }
        }
        spans += Self.spans(of: links, in: bytes, outside: spans.map(\.bytes))
        var start = 0
        for span in spans.sorted(by: { $0.bytes.lowerBound < $1.bytes.lowerBound }) {
            Self.addLinkingURLs(String(decoding: bytes[start..<span.bytes.lowerBound], as: UTF8.self), to: &pieces)
            pieces.append(span.piece)
            start = span.bytes.upperBound
        }
        Self.addLinkingURLs(String(decoding: bytes[start...], as: UTF8.self), to: &pieces)
        return InlineText(pieces: pieces)
    }

    /// Where the words of each of `links` are in `text`, never inside a wikilink (`taken`): where
    /// the item's text has them, when `text` is that text, its start or its end (a Log entry's
    /// text after its event word); else the first place after the link before. A link whose
    /// words are not there (a private name hidden) is left out.
    private static func spans(
        of links: [InlineText.WrittenLink], in text: [UInt8], outside taken: [Range<Int>]
    ) -> [(bytes: Range<Int>, piece: InlineText.Piece)] {
        var spans: [(bytes: Range<Int>, piece: InlineText.Piece)] = []
        var from = 0
        for link in links {
            let words = Array(link.text.utf8)
            let isFree = { (range: Range<Int>) in !taken.contains { $0.overlaps(range) } }
            let placed = link.offset.flatMap { offset in
                [offset, offset - (link.itemLength - text.count)].lazy.map { $0..<$0 + words.count }.first {
                    $0.lowerBound >= from && $0.upperBound <= text.count && text[$0].elementsEqual(words) && isFree($0)
                }
            }
            var found = placed ?? text[from...].firstRange(of: words)
            while let range = found, !isFree(range) {
                found = text[range.lowerBound + 1..<text.count].firstRange(of: words)
            }
            guard let range = found else { continue }
            spans.append((range, .url(link.text, href: link.href)))
            from = range.upperBound
        }
        return spans
    }

    /// The `http`, `https` and `mailto` links written in Markdown (`[text](url)`, `<url>`,
    /// `<name@example.com>`) in the first paragraph of `item` of the note at `index`: its
    /// plain text keeps only their words. Links of other schemes stay text (SPEC §7). A site
    /// that hides text hides it in their addresses as in the words (`?who=Jane%20Secret`).
    func writtenLinks(of item: ListItem, note index: Int) -> [InlineText.WrittenLink] {
        guard !item.links.isEmpty else { return [] }
        let links = vault.notes[index].body.links
        return item.links.compactMap { position in
            guard case .url(let url) = links[position].target, let text = links[position].label,
                let href = HTML.safeURL(paths.hidingLeftOutNodes(in: url, fromNote: index))
            else { return nil }
            return InlineText.WrittenLink(
                text: text, href: href, offset: links[position].textOffset, itemLength: item.text.utf8.count)
        }
    }

    /// `writtenLinks(of:note:)` of the list item of the note at `index` that `position` is in:
    /// the last item starting at or before it.
    func writtenLinks(ofItemAt position: SourcePosition, note index: Int) -> [InlineText.WrittenLink] {
        let items = vault.notes[index].body.items
        let after = items.partitioningIndex { $0.position > position }
        return after > 0 ? writtenLinks(of: items[after - 1], note: index) : []
    }

    /// Adds `text`, with each bare `http://` or `https://` URL a link: a word (between spaces)
    /// that starts with one, without the punctuation that ends a sentence around it.
    static func addLinkingURLs(_ text: String, to pieces: inout [InlineText.Piece]) {
        guard text.containsBytes("http") else {
            if !text.isEmpty { pieces.append(.text(text)) }
            return
        }
        let bytes = Array(text.utf8)
        var written = 0
        var wordStart = 0
        func addText(upTo end: Int) {
            if end > written { pieces.append(.text(String(decoding: bytes[written..<end], as: UTF8.self))) }
        }
        while wordStart < bytes.count {
            let wordEnd = bytes[wordStart...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
            var urlEnd = wordEnd
            while urlEnd > wordStart, isClosingPunctuation(bytes[urlEnd - 1]) { urlEnd -= 1 }
            let url = bytes[wordStart..<urlEnd]
            if url.starts(with: "http://".utf8) || url.starts(with: "https://".utf8),
                let safe = HTML.safeURL(String(decoding: url, as: UTF8.self))
            {
                addText(upTo: wordStart)
                pieces.append(.url(String(decoding: url, as: UTF8.self), href: safe))
                written = urlEnd
            }
            wordStart = wordEnd + 1
        }
        addText(upTo: bytes.count)
    }

    /// Punctuation that may follow a URL in a sentence: `.,;:!?)"'`.
    private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            true
        default: false
        }
    }
}
