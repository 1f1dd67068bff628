/// The repeated parts of pages (links, lists of steps, timelines, tables), written straight
/// to HTML: every piece of text goes through `HTML.escape`, every href through `HTML.safeURL`
/// or is a relative path the site built. Templates place these parts with `{{{name}}}` and
/// decide the page around them; rendering thousands of list items through Mustache lookups
/// was ten times slower than the rest of the build.
extension SiteBuilder {
    /// Writes a node as a link from the page at `path`, or its name when it has no page.
    func writeAnchor(_ node: Graph.NodeID, from path: String, into html: inout HTMLWriter) {
        links.write(node, from: path, into: &html)
    }

    /// The link to a node's page from the page at `path`, if it has one.
    func href(_ node: Graph.NodeID, from path: String) -> String? {
        links.href(node, from: path)
    }

    /// `<tag class="…">` around `items`, each written by `write` in `<li>`; nothing when there
    /// are no items.
    static func list<Items: Collection>(
        _ tag: String, _ className: String, _ items: Items, _ write: (inout HTMLWriter, Items.Element) -> Void
    ) -> HTMLWriter {
        guard !items.isEmpty else { return HTMLWriter(capacity: 0) }
        var html = HTMLWriter(capacity: 32 + items.count * 96)
        html.append("<")
        html.append(tag)
        html.append(" class=\"")
        html.append(className)
        html.append("\">\n")
        for item in items {
            html.append("<li>")
            write(&html, item)
            html.append("</li>\n")
        }
        html.append("</")
        html.append(tag)
        html.append(">\n")
        return html
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

    /// The steps at `indices` as a list, for the page at `path`.
    func stepsHTML(_ indices: some Sequence<Int>, from path: String) -> HTMLWriter {
        var html = HTMLWriter(capacity: 1024)
        for index in indices {
            if html.isEmpty { html.append("<ul class=\"steps\">\n") }
            writeStep(steps[index], target: stepTargets[index], from: path, into: &html)
        }
        if html.isEmpty { return html }
        html.append("</ul>\n")
        return html
    }

    /// One step as a list item; `target` is the node it is about.
    private func writeStep(_ step: NextStep, target: Graph.NodeID?, from path: String, into html: inout HTMLWriter) {
        html.append("<li class=\"step kind-")
        html.append(step.kind.rawValue)
        html.append(step.isOverdue(asOf: today) ? " overdue\">" : "\">")
        html.append("<span class=\"when\">")
        if let due = step.due { html.appendTime(due.description) } else { html.append("anytime") }
        html.append("</span><span class=\"what\"><span class=\"kind\">")
        html.append(Self.label(of: step.kind))
        html.append("</span> ")
        // On the page the step is about, its title needs no link back to that page.
        if let target, paths.page(of: target) != path, let href = href(target, from: path) {
            html.append("<a href=\"")
            html.append(href)
            html.append("\">")
            html.appendEscaped(Self.shortened(step.title, to: Self.stepTextLimit))
            html.append("</a>")
        } else {
            html.appendEscaped(Self.shortened(step.title, to: Self.stepTextLimit))
        }
        html.append("</span>")
        if !step.details.isEmpty {
            html.append("<ul class=\"step-details\">")
            for detail in step.details {
                html.append("<li>")
                html.appendEscaped(Self.shortened(detail, to: Self.stepTextLimit))
                html.append("</li>")
            }
            html.append("</ul>")
        }
        Self.writeSource(step.file, line: step.line, into: &html)
        html.append("</li>\n")
    }

    /// `<span class="source">file:line</span>`: where to edit.
    static func writeSource(_ file: String, line: Int, into html: inout HTMLWriter) {
        html.append("<span class=\"source\">")
        html.appendEscaped(file)
        html.append(":")
        html.append(line)
        html.append("</span>")
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

    /// The notes linking to `node`, one item per note and line.
    func backlinksHTML(to node: Graph.NodeID, from path: String) -> HTMLWriter {
        // Edges and names are read in place: copies would retain their strings and arrays.
        let graph = vault.graph
        var links: [(from: Graph.NodeID, line: Int)] = []
        for entry in graph.incomingEdges(of: node) where entry.kind == .linksTo {
            links.append((entry.other, graph.edges[entry.edge].source.line))
            for source in graph.edges[entry.edge].moreSources { links.append((entry.other, source.line)) }
        }
        // Names compared in place, through the buffer: `graph.nodes[i].name` retains and
        // releases the string for every comparison.
        graph.nodes.withUnsafeBufferPointer { nodes in
            links.sort { first, second in
                nodes[first.from].name == nodes[second.from].name
                    ? first.line < second.line : nodes[first.from].name < nodes[second.from].name
            }
        }
        return Self.list("ul", "backlinks", links) { html, link in
            writeAnchor(link.from, from: path, into: &html)
            html.append(" <span class=\"source\">line ")
            html.append(link.line)
            html.append("</span>")
        }
    }

    /// The note's tags as links to their pages.
    func tagsHTML(_ tags: [String], from path: String) -> HTMLWriter {
        var html = HTMLWriter(capacity: 0)
        for tag in tags {
            guard let page = paths.page(ofTag: tag) else { continue }
            html.append(html.isEmpty ? "<p class=\"tags\">" : " ")
            html.append("<a class=\"tag\" href=\"")
            html.append(SitePaths.relative(from: path, to: page))
            html.append("\">#")
            html.appendEscaped(tag)
            html.append("</a>")
        }
        if !html.isEmpty { html.append("</p>\n") }
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
        var html = HTMLWriter(capacity: 1024)
        // The entries alone: a copy of the note would retain dozens of references.
        for entry in vault.notes[index].frontMatter.entries {
            let key = entry.key.lowercased()
            guard !Self.structuralKeys.contains(key), !shownElsewhere.contains(key), !entry.value.isNull else {
                continue
            }
            let value = paths.hidingLinksToLeftOutNodes(in: Self.text(of: entry.value), fromNote: index)
            guard !value.isEmpty else { continue }
            let address = key.containsBytes("email") && !value.containsBytes(":") ? "mailto:" + value : value
            html.append(html.isEmpty ? "<dl class=\"details\">\n<dt>" : "<dt>")
            html.appendEscaped(Self.label(of: entry.key))
            html.append("</dt><dd>")
            if let url = HTML.safeURL(address) {
                html.append("<a href=\"")
                html.appendEscaped(url)
                html.append("\" rel=\"noopener noreferrer\">")
                html.appendEscaped(value)
                html.append("</a>")
            } else {
                html.appendEscaped(value)
            }
            html.append("</dd>\n")
        }
        if !html.isEmpty { html.append("</dl>\n") }
        return html
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
