#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// Every node's link, written once for each place a page can be: a build writes tens of
    /// links a page, to a few thousand nodes.
    ///
    /// The pieces are bytes in one block the table owns, found through plain pointers, so
    /// writing a link copies bytes and touches no reference count. With an object per node,
    /// both threads retained and released the same popular nodes' links and strings for every
    /// link they wrote, and that cost more than the copying.
    struct NodeLinks: @unchecked Sendable {
        /// A node's pieces, one after the other: the folder of its page (`contacts`; empty for
        /// a page at the root or no page), its name (escaped), its page, then the href and the
        /// anchor from a page in the same folder, in another folder and at the root.
        private enum Piece: Int {
            case folder, name, page, href, anchor = 6
            /// One past the last piece.
            static let count = 9
        }

        /// Owns the memory the pointers below read; freed with the last copy of the table.
        /// Written only while the table is made.
        private final class Storage: @unchecked Sendable {
            let bytes: UnsafeMutableBufferPointer<UInt8>
            let bounds: UnsafeMutableBufferPointer<Int>
            let isShallow: UnsafeMutableBufferPointer<Bool>

            init(nodes: Int, bytes: Int) {
                self.bytes = .allocate(capacity: bytes)
                bounds = .allocate(capacity: nodes * Piece.count + 1)
                isShallow = .allocate(capacity: nodes)
            }

            deinit {
                bytes.deallocate()
                bounds.deallocate()
                isShallow.deallocate()
            }
        }

        private let storage: Storage
        private let bytes: UnsafePointer<UInt8>
        /// Where each piece of each node starts in `bytes`; piece `k` of node `n` ends where
        /// piece `k + 1` starts (the next node's first piece after the last).
        private let bounds: UnsafePointer<Int>
        /// Whether the node's page is at most one folder deep, as all of the site's own pages are.
        private let isShallow: UnsafePointer<Bool>

        /// The links of `count` nodes, given each node's name and page (if it has one).
        init(count: Int, name: @Sendable (Graph.NodeID) -> String, page: @Sendable (Graph.NodeID) -> String?) {
            // Each node's pieces are written on all cores, then copied into one block, again on
            // all cores, each node to where the nodes before it end.
            let nodes = parallelMap(count: count, batch: 256, makeState: {}) { _, node in
                Self.pieces(name: name(node), page: page(node))
            }
            var starts: [Int] = []
            starts.reserveCapacity(count)
            var total = 0
            for node in nodes.indices {
                starts.append(total)
                total += nodes[node].bytes.count
            }
            let storage = Storage(nodes: count, bytes: total)
            storage.bounds[count * Piece.count] = total
            _ = parallelMap(count: count, batch: 256, makeState: {}) { [starts] _, node in
                let start = starts[node]
                storage.isShallow[node] = nodes[node].isShallow
                storage.bounds[node * Piece.count] = start
                for (index, end) in nodes[node].ends.dropLast().enumerated() {
                    storage.bounds[node * Piece.count + index + 1] = start + end
                }
                nodes[node].bytes.withBytes {
                    _ = UnsafeMutableBufferPointer(rebasing: storage.bytes[start...]).initialize(fromContentsOf: $0)
                }
            }
            self.storage = storage
            bytes = UnsafePointer(storage.bytes.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!)
            bounds = UnsafePointer(storage.bounds.baseAddress!)
            isShallow = UnsafePointer(storage.isShallow.baseAddress!)
        }

        /// One node's pieces, in `Piece` order, and where each of them ends.
        private static func pieces(name: String, page: String?) -> (bytes: HTMLWriter, ends: [Int], isShallow: Bool) {
            let name = HTML.escape(name)
            let slash = UInt8(ascii: "/")
            let firstSlash = page?.utf8.firstIndex(of: slash)
            let folder = page.flatMap { page in firstSlash.map { String(page[..<$0]) } } ?? ""
            var hrefs = ["", "", ""]
            if let page {
                let fromRoot = SitePaths.relative(from: SitePaths.dashboard, to: page)
                hrefs = [SitePaths.relative(from: page, to: page), "../" + fromRoot, fromRoot]
            }
            var bytes = HTMLWriter(capacity: 160 + 4 * name.utf8.count)
            var ends: [Int] = []
            ends.reserveCapacity(Piece.count)
            for piece in [folder, name, page ?? ""] + hrefs {
                bytes.append(piece)
                ends.append(bytes.count)
            }
            for href in hrefs {
                if page == nil {
                    bytes.append("<span class=\"no-page\">")
                    bytes.append(name)
                    bytes.append("</span>")
                } else {
                    bytes.append("<a href=\"")
                    bytes.append(href)
                    bytes.append("\">")
                    bytes.append(name)
                    bytes.append("</a>")
                }
                ends.append(bytes.count)
            }
            return (bytes, ends, firstSlash == page?.utf8.lastIndex(of: slash))
        }

        /// The bytes of one piece of a node's link.
        private func piece(_ piece: Piece, _ offset: Int = 0, of node: Graph.NodeID) -> UnsafeBufferPointer<UInt8> {
            let index = node * Piece.count + piece.rawValue + offset
            return UnsafeBufferPointer(start: bytes + bounds[index], count: bounds[index + 1] - bounds[index])
        }

        func write(_ node: Graph.NodeID, from path: String, into html: inout HTMLWriter) {
            guard let place = place(of: node, from: path) else {
                html.append("<a href=\"")
                html.append(href(node, from: path)!)
                html.append("\">")
                html.append(bytes: piece(.name, of: node))
                return html.append("</a>")
            }
            html.append(bytes: piece(.anchor, place, of: node))
        }

        func href(_ node: Graph.NodeID, from path: String) -> String? {
            let page = piece(.page, of: node)
            guard !page.isEmpty else { return nil }
            if let place = place(of: node, from: path) {
                return String(decoding: piece(.href, place, of: node), as: UTF8.self)
            }
            return SitePaths.relative(from: path, to: String(decoding: page, as: UTF8.self))
        }

        /// 0 when `path` is in the node's page's folder, 1 in another folder, 2 at the root;
        /// `nil` when a page is more than one folder deep (left to `SitePaths.relative`). Asked
        /// for every link of every page: it reads the path's bytes in place.
        private func place(of node: Graph.NodeID, from path: String) -> Int? {
            guard !piece(.page, of: node).isEmpty else { return 0 }
            guard isShallow[node] else { return nil }
            let folder = piece(.folder, of: node)
            let slash = UInt8(ascii: "/")
            return path.utf8.withContiguousStorageIfAvailable { path -> Int? in
                guard let first = path.firstIndex(of: slash) else { return folder.isEmpty ? 0 : 2 }
                guard !path[(first + 1)...].contains(slash) else { return nil }
                guard folder.count == first else { return 1 }
                // `memcmp`: the generic `elementsEqual` was most of the time of writing a link.
                return first == 0 || memcmp(folder.baseAddress!, path.baseAddress!, first) == 0 ? 0 : 1
            } ?? nil
        }
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

    /// The steps at `indices` as a list, for the page at `path`.
    func stepsHTML(_ indices: some Sequence<Int>, from path: String) -> HTMLWriter {
        var html = HTMLWriter(capacity: 1024)
        for index in indices {
            if html.isEmpty { html.append("<ul class=\"steps\">\n") }
            // Read in place: a copy of a step would retain a dozen strings.
            writeStep(steps[index], target: stepTargets[index], from: path, into: &html)
        }
        if html.isEmpty { return html }
        html.append("</ul>\n")
        return html
    }

    /// One step as a list item; `target` is the node it is about.
    private func writeStep(
        _ step: borrowing NextStep, target: Graph.NodeID?, from path: String, into html: inout HTMLWriter
    ) {
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
            html.appendEscaped(step.title)
            html.append("</a>")
        } else {
            html.appendEscaped(step.title)
        }
        html.append("</span>")
        if !step.details.isEmpty {
            html.append("<ul class=\"step-details\">")
            for detail in step.details {
                html.append("<li>")
                html.appendEscaped(detail)
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
        links.sort { first, second in
            let (firstName, secondName) = (graph.nodes[first.from].name, graph.nodes[second.from].name)
            return firstName == secondName ? first.line < second.line : firstName < secondName
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
        guard !hiddenFields.contains("tags") else { return html }
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
    /// structural keys, `shownElsewhere` and hidden fields.
    func detailsHTML(ofNote index: Int, shownElsewhere: Set<String>) -> HTMLWriter {
        let note = vault.notes[index]
        var html = HTMLWriter(capacity: 1024)
        for entry in note.frontMatter.entries {
            let key = entry.key.lowercased()
            guard !Self.structuralKeys.contains(key), !shownElsewhere.contains(key), !hiddenFields.contains(key),
                !entry.value.isNull
            else { continue }
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
