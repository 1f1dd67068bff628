/// The repeated parts of pages (links, steps, Log entries, details, …), each rendered from its
/// template (`SiteTemplates.parts`) with every value escaped by the template. Only text from
/// notes (a Log entry's text with its links) and cmark-gfm's HTML come ready-made.
extension SiteBuilder {
    /// The part template `name` once per item, one after the other; `values` puts an item's values.
    func parts<Items: Sequence>(
        _ name: String, _ items: Items, _ values: (inout PageValues, Items.Element) -> Void
    ) -> HTMLWriter {
        var html = HTMLWriter(capacity: 0)
        var context = PageValues(capacity: 12)
        var memo: TemplateShapes.Memo?
        for item in items {
            context.removeAll()
            values(&context, item)
            templates.render(name, context, into: &html, memo: &memo)
        }
        return html
    }

    /// A node as a link from the page at `path`, or its name when it has no page (`link.html`).
    func link(_ node: Graph.NodeID, from path: String) -> HTMLWriter {
        var html = HTMLWriter(capacity: 0)
        writeAnchor(node, from: path, into: &html)
        return html
    }

    /// Writes a node as a link from the page at `path`, or its name when it has no page.
    func writeAnchor(_ node: Graph.NodeID, from path: String, into html: inout HTMLWriter) {
        templates.writeLink(name: linkNames[node], href: href(node, from: path), into: &html)
    }

    /// The link to a node's page from the page at `path`, if it has one.
    func href(_ node: Graph.NodeID, from path: String) -> String? {
        paths.page(of: node).map { SitePaths.relative(from: path, to: $0) }
    }

    /// Nodes as links (or names) joined by commas: "A, B, C".
    func writeAnchors(_ nodes: some Sequence<Graph.NodeID>, from path: String, into html: inout HTMLWriter) {
        for (position, node) in nodes.enumerated() {
            if position > 0 { html.append(", ") }
            writeAnchor(node, from: path, into: &html)
        }
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

    /// The steps at `indices`, for the page at `path` (`step.html` each).
    func stepsHTML(_ indices: some Sequence<Int>, from path: String) -> HTMLWriter {
        parts("step", indices) { context, index in
            // The step's fields one by one: `let step = steps[index]` copies a dozen strings.
            context["kind"] = steps[index].kind.rawValue
            context["overdue"] = steps[index].isOverdue(asOf: today)
            context["due"] = steps[index].due?.description
            context["label"] = Self.label(of: steps[index].kind)
            context["title"] = Self.shortened(steps[index].title, to: Self.stepTextLimit)
            // On the page the step is about, its title needs no link back to that page.
            if let target = stepTargets[index], paths.page(of: target) != path {
                context["href"] = href(target, from: path)
            }
            context.put(
                "details",
                parts("step-detail", steps[index].details) { $0["text"] = Self.shortened($1, to: Self.stepTextLimit) })
            context["file"] = steps[index].file
            context["line"] = steps[index].line
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

    /// The notes linking to `node`, one item per note and line (`backlink.html` each).
    func backlinksHTML(to node: Graph.NodeID, from path: String) -> HTMLWriter {
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
        return parts("backlink", links) { context, link in
            context.put("from", self.link(link.from, from: path))
            context["line"] = link.line
        }
    }

    /// The note's tags as links to their pages (`tag-link.html` each, a space between).
    func tagsHTML(_ tags: [String], from path: String) -> HTMLWriter {
        var html = HTMLWriter(capacity: 0)
        for tag in tags {
            guard let page = paths.page(ofTag: tag) else { continue }
            if !html.isEmpty { html.append(" ") }
            var context = PageValues(capacity: 2)
            context["href"] = SitePaths.relative(from: path, to: page)
            context["name"] = tag
            templates.render("tag-link", context, into: &html)
        }
        return html
    }

    // MARK: Front matter

    /// Keys shown by the page's structure (the name, the links) rather than as details: those
    /// search leaves out, and the aliases (which search keeps, to find people by them).
    static let structuralKeys = SearchIndex.structuralKeys.union(["aliases"])

    /// The note's front matter as a definition list, every value escaped; values that are
    /// `http`, `https` or `mailto` URLs (or an email address) become links. Leaves out
    /// structural keys and `shownElsewhere`. (On a public site, the note's front matter holds
    /// only its public fields.)
    func detailsHTML(ofNote index: Int, shownElsewhere: Set<String>) -> HTMLWriter {
        // The entries alone: a copy of the note would retain dozens of references.
        var entries: [(label: String, value: String, url: String?)] = []
        for entry in vault.notes[index].frontMatter.entries {
            let key = entry.key.lowercased()
            guard !Self.structuralKeys.contains(key), !shownElsewhere.contains(key), !entry.value.isNull else {
                continue
            }
            let value = paths.hidingLinksToLeftOutNodes(in: Self.text(of: entry.value), fromNote: index)
            guard !value.isEmpty else { continue }
            let address = key.containsBytes("email") && !value.containsBytes(":") ? "mailto:" + value : value
            entries.append((Self.label(of: entry.key), value, HTML.safeURL(address)))
        }
        return parts("detail", entries) { context, entry in
            context["label"] = entry.label
            context["value"] = entry.value
            context["url"] = entry.url
        }
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
        if key.lowercased() == "linkedin" { return "LinkedIn" }
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

    /// Plain text from a note (a Log entry, an agenda item) as HTML, as `writeInline` writes it.
    func inlineHTML(_ text: String, note index: Int, on path: String) -> HTMLWriter {
        var html = HTMLWriter(capacity: text.utf8.count + 16)
        writeInline(text, note: index, on: path, into: &html)
        return html
    }

    /// Writes plain text from a note (a Log entry, an agenda item) as HTML: escaped, with
    /// `[[wikilinks]]` linked as in the note's body and bare `http(s)` URLs made links.
    func writeInline(_ text: String, note index: Int, on path: String, into html: inout HTMLWriter) {
        guard text.containsBytes("[[") else { return Self.writeLinkingURLs(text, into: &html) }
        let text = paths.hidingLinksToLeftOutNodes(in: text, fromNote: index)
        let bytes = Array(text.utf8)
        let resolve = paths.resolver(forNote: index, on: path)
        var start = 0
        for match in Wikilink.matches(in: bytes) {
            Self.writeLinkingURLs(String(decoding: bytes[start..<match.offset], as: UTF8.self), into: &html)
            if let href = resolve(.wiki(match.target)).flatMap(HTML.safeHref) {
                html.append("<a href=\"")
                html.appendEscaped(href)
                html.append("\">")
                html.appendEscaped(match.label ?? match.target)
                html.append("</a>")
            } else {
                html.appendEscaped(match.label ?? match.target)
            }
            start = match.end
        }
        Self.writeLinkingURLs(String(decoding: bytes[start...], as: UTF8.self), into: &html)
    }

    /// `text` escaped, with each bare `http://` or `https://` URL made a link: a word (between
    /// spaces) that starts with one, without the punctuation that ends a sentence around it.
    static func writeLinkingURLs(_ text: String, into html: inout HTMLWriter) {
        guard text.containsBytes("http") else { return html.appendEscaped(text) }
        var text = text
        text.withUTF8 { bytes in
            // Everything before `written` is in `html`; words are read on bytes, in place.
            var written = 0
            var wordStart = 0
            while wordStart < bytes.count {
                let wordEnd = bytes[wordStart...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
                var urlEnd = wordEnd
                while urlEnd > wordStart, isClosingPunctuation(bytes[urlEnd - 1]) { urlEnd -= 1 }
                let url = UnsafeBufferPointer(rebasing: bytes[wordStart..<urlEnd])
                if url.starts(with: "http://".utf8) || url.starts(with: "https://".utf8),
                    let safe = HTML.safeURL(String(decoding: url, as: UTF8.self))
                {
                    html.appendEscaped(bytes: UnsafeBufferPointer(rebasing: bytes[written..<wordStart]))
                    html.append("<a href=\"")
                    html.appendEscaped(safe)
                    html.append("\" rel=\"noopener noreferrer\">")
                    html.appendEscaped(bytes: url)
                    html.append("</a>")
                    written = urlEnd
                }
                wordStart = wordEnd + 1
            }
            html.appendEscaped(bytes: UnsafeBufferPointer(rebasing: bytes[written...]))
        }
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
