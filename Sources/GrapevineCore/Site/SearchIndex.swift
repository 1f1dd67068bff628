/// The site's offline search: a compact index with one entry per page, written as a script
/// that `search.html` loads (browsers block `fetch` of local files on `file://`), and the few
/// lines of plain JavaScript that filter it as the reader types.
public struct SearchIndex: Sendable {
    /// One page as search sees it.
    public struct Entry: Sendable, Equatable, Codable {
        /// The page's title: a name, a tag.
        public var title: String
        /// `contact`, `interview`, `organization`, `pitch`, `note`, `person`, `tag`.
        public var kind: String
        /// The page, site-relative.
        public var url: String
        /// A short excerpt: a few front matter values and the opening of the body.
        public var text: String
        /// The note's tags.
        public var tags: [String]
    }

    /// Excerpts are cut to about this many characters.
    static let excerptLength = 200

    /// The entries: pages of nodes in node order, then tag pages by tag.
    public let entries: [Entry]

    /// The index of the pages `paths` gives; with `isPublic`, the values of
    /// `Config.privateFields` are left out.
    public init(vault: Vault, paths: SitePaths, isPublic: Bool) {
        let hidden = isPublic ? Set(vault.config.privateFields.map { $0.lowercased() }) : []
        var entries = parallelMap(count: vault.graph.nodes.count, batch: 64, makeState: {}) { _, node -> Entry? in
            guard let url = paths.page(of: node) else { return nil }
            let graphNode = vault.graph.nodes[node]
            if let index = vault.graph.noteIndex(of: node) {
                return Self.entry(for: vault.notes[index], url: url, hidden: hidden) {
                    paths.hidingLinksToLeftOutNodes(in: $0, fromNote: index)
                }
            }
            let kind = graphNode.kind == .placeholderPerson ? "person" : NoteKind.organization.rawValue
            return Entry(title: graphNode.name, kind: kind, url: url, text: "", tags: [])
        }.compactMap { $0 }
        if !hidden.contains("tags") {
            for (tag, url) in paths.allTagPages.sorted(by: { $0.key < $1.key }) {
                entries.append(Entry(title: "#" + tag, kind: "tag", url: url, text: "", tags: [tag]))
            }
        }
        self.entries = entries
    }

    /// The index as compact JSON: an array of objects with sorted keys.
    ///
    /// `<`, U+2028 and U+2029 (which occur only inside strings) are written as `\u` escapes, so
    /// the text stays valid JavaScript and cannot close a `<script>` element it is placed in.
    public func json() -> String {
        var json = "["
        for (position, entry) in entries.enumerated() {
            if position > 0 { json += "," }
            json += "{\"kind\":"
            Self.appendString(entry.kind, to: &json)
            json += ",\"tags\":["
            for (index, tag) in entry.tags.enumerated() {
                if index > 0 { json += "," }
                Self.appendString(tag, to: &json)
            }
            json += "],\"text\":"
            Self.appendString(entry.text, to: &json)
            json += ",\"title\":"
            Self.appendString(entry.title, to: &json)
            json += ",\"url\":"
            Self.appendString(entry.url, to: &json)
            json += "}"
        }
        return json + "]"
    }

    /// `text` as a JSON string literal that is also safe inside HTML and JavaScript source.
    private static func appendString(_ text: String, to json: inout String) {
        json += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": json += "\\\""
            case "\\": json += "\\\\"
            case "<": json += "\\u003C"
            case "\u{2028}": json += "\\u2028"
            case "\u{2029}": json += "\\u2029"
            case "\n": json += "\\n"
            case "\t": json += "\\t"
            case "\r": json += "\\r"
            default:
                if scalar.value < 0x20 {
                    json +=
                        "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    json.unicodeScalars.append(scalar)
                }
            }
        }
        json += "\""
    }

    /// The contents of `search-index.js`: the index assigned to `window.GRAPEVINE_SEARCH`.
    public func javaScript() -> String {
        "window.GRAPEVINE_SEARCH = \(json());\n"
    }

    // MARK: Entries

    private static func entry(
        for note: Note, url: String, hidden: Set<String>, redact: (String) -> String
    ) -> Entry {
        var parts: [String] = []
        for entry in note.frontMatter.entries where !hidden.contains(entry.key.lowercased()) {
            guard !structuralKeys.contains(entry.key.lowercased()) else { continue }
            parts += scalars(of: entry.value).map(redact)
        }
        parts.append(plainText(redact(note.bodyMarkdownWithoutTitle)))
        let tags = hidden.contains("tags") ? [] : note.tags
        return Entry(
            title: note.name, kind: note.kind.rawValue, url: url,
            text: excerpt(parts.filter { !$0.isEmpty }.joined(separator: " · ")), tags: tags)
    }

    /// Keys whose values are the title, the tags, bookkeeping, or references to other notes
    /// (which have their own entries), not text worth searching.
    static let structuralKeys: Set<String> = [
        "name", "type", "tags", "private", "remind", "organization", "referred_by", "contact", "contacts",
    ]

    /// The scalar values in a front matter value, nested lists and mappings included.
    private static func scalars(of value: FrontMatter.Value) -> [String] {
        switch value.content {
        case .scalar(let text, _): return value.isNull ? [] : [text.trimmingWhitespace()]
        case .list(let values): return values.flatMap(scalars(of:))
        case .mapping(let entries): return entries.flatMap { scalars(of: $0.value) }
        }
    }

    /// Markdown source with its markup characters dropped and white space folded: text for
    /// an excerpt, never HTML (the script shows it with `textContent`).
    static func plainText(_ markdown: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in markdown.unicodeScalars.prefix(excerptLength * 4) {
            let isSpace = scalar.isASCII ? scalar.value <= 0x20 : scalar.properties.isWhitespace
            if isSpace || markupCharacters.contains(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    private static let markupCharacters: Set<Unicode.Scalar> = ["#", "*", "_", "`", ">", "[", "]", "|", "~"]

    /// `text` cut at a word boundary near `excerptLength` characters, with an ellipsis.
    static func excerpt(_ text: String) -> String {
        guard text.count > excerptLength else { return text }
        var cut = text.prefix(excerptLength)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > excerptLength / 2 {
            cut = cut[..<space]
        }
        return cut + "…"
    }
}
