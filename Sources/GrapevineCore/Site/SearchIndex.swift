/// The site's offline search: the whole text of every page's note, line by line as shown and
/// folded as `grapevine search` folds it (`WordFolder`), written as a script that `search.html`
/// loads (browsers block `fetch` of local files on `file://`), with the plain JavaScript that
/// searches it as the reader types (`SearchIndex+Script.swift`).
public struct SearchIndex: Sendable {
    /// One page as search sees it.
    public struct Entry: Sendable, Equatable {
        /// The page's title: a name, a tag.
        public var title: String
        /// `contact`, `interview`, `organization`, `pitch`, `note`, `person`, `tag`.
        public var kind: String
        /// The page, site-relative.
        public var url: String
        /// The lines search reads, as a result shows them, joined by line feeds (a shown line
        /// has none): the note's title fields (name, title, aliases; a name made from the file
        /// name too), its other front matter values, its body. A placeholder's or a tag's page
        /// has its title alone. One string an entry, not one a line: the index of a big vault
        /// has hundreds of thousands of lines.
        public var text: String { SearchIndex.unescaped(escapedText) }
        /// The lines of `text` folded, line for line and joined the same way, without the empty
        /// lines at the end: the folded words joined by single spaces; an empty line for a line
        /// that is all ASCII, whose folded form is only its words in lowercase without
        /// apostrophes, which the script makes itself (`grapevineFoldASCII`): the index is about
        /// half as big.
        public var fold: String { SearchIndex.unescaped(escapedFold) }
        /// How many of the lines are title fields.
        public var titleLines: Int
        /// How many of the lines, after the title fields, are other front matter values.
        public var valueLines: Int
        /// `text` and `fold` as the script writes them, the insides of JSON string literals
        /// (`SearchIndex+JSON.swift`): escaped line by line as they are added, where each line
        /// is at hand, so that writing the index copies its megabytes rather than reading
        /// them again.
        var escapedText: [UInt8]
        var escapedFold: [UInt8]

        /// The lines of `text`.
        public var lines: [String] {
            let text = text
            return text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }

        /// The lines of `fold`, with an empty one for each line of `text` after them.
        public var foldedLines: [String] {
            let fold = fold
            let folded =
                fold.isEmpty ? [] : fold.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return folded + Array(repeating: "", count: max(0, lines.count - folded.count))
        }
    }

    /// The entries: pages of nodes in node order, then tag pages by tag.
    public let entries: [Entry]

    /// The index of the pages `paths` gives; with `isPublic`, only what `--public` publishes:
    /// `PublicFields` of the front matter, no reference fields, and links to left-out notes
    /// and their names hidden (`SitePaths.hidingLeftOutNodes`: the Log, leads and tasks hide
    /// them on the pages, and the search can tell no line of them from another).
    public init(vault: Vault, paths: SitePaths, isPublic: Bool) {
        let fields = isPublic ? PublicFields(config: vault.config) : nil
        let entries = parallelMap(count: vault.graph.nodes.count, batch: 64, makeState: { WordFolder() }) {
            folder, node in
            Self.entry(of: node, in: vault, paths: paths, fields: fields, folder: &folder)
        }.compactMap { $0 }
        self.entries = entries + Self.tagEntries(paths: paths, fields: fields)
    }

    /// The index of the same pages as `previous` (the vault has the same notes, and `paths`
    /// the same pages), with the entries of the notes at `notes` (indices in `vault.notes`)
    /// and of the placeholders made again, and the others reused: an edit in `grapevine serve`.
    /// An entry whose title is no longer its note's name is made again too: an interview is
    /// named after its people, whose notes an edit may have renamed.
    init(updating previous: SearchIndex, notes: Set<Int>, vault: Vault, paths: SitePaths, isPublic: Bool) {
        let fields = isPublic ? PublicFields(config: vault.config) : nil
        var folder = WordFolder()
        var entries: [Entry] = []
        entries.reserveCapacity(previous.entries.count)
        for node in vault.graph.nodes.indices where paths.page(of: node) != nil {
            let note = vault.graph.noteIndex(of: node)
            if let note, !notes.contains(note), previous.entries.indices.contains(entries.count),
                previous.entries[entries.count].title == vault.notes[note].name
            {
                entries.append(previous.entries[entries.count])
            } else if let entry = Self.entry(of: node, in: vault, paths: paths, fields: fields, folder: &folder) {
                entries.append(entry)
            }
        }
        self.entries = entries + Self.tagEntries(paths: paths, fields: fields)
    }

    /// The entry of the page of `node`; `nil` when it has none.
    private static func entry(
        of node: Graph.NodeID, in vault: Vault, paths: SitePaths, fields: PublicFields?, folder: inout WordFolder
    ) -> Entry? {
        guard let url = paths.page(of: node) else { return nil }
        let graphNode = vault.graph.nodes[node]
        if let index = vault.graph.noteIndex(of: node) {
            let redact: ((Substring) -> Substring)? =
                paths.hidesText ? { paths.hidingLeftOutNodes(in: String($0), fromNote: index)[...] } : nil
            return Self.entry(forNote: index, in: vault, url: url, fields: fields, folder: &folder, redact: redact)
        }
        let kind = graphNode.kind == .placeholderPerson ? "person" : NoteKind.organization.rawValue
        var lines = Lines()
        lines.add(graphNode.name[...], as: .title, shown: false, folder: &folder)
        return Entry(title: graphNode.name, kind: kind, url: url, lines: lines)
    }

    /// The entries of the tag pages, by tag; none when tags are not published.
    private static func tagEntries(paths: SitePaths, fields: PublicFields?) -> [Entry] {
        guard fields?.isPublic("tags", in: .note) != false else { return [] }
        var folder = WordFolder()
        return paths.allTagPages.sorted(by: { $0.key < $1.key }).map { tag, url in
            var lines = Lines()
            lines.add(("#" + tag)[...], as: .title, shown: false, folder: &folder)
            return Entry(title: "#" + tag, kind: "tag", url: url, lines: lines)
        }
    }

    /// The entry of the note at `index`: the pieces search reads (`Note.searchPieces`), title
    /// fields first, each shown as `ShownText.of` makes it. A name made from the file name is a
    /// title field too; an interview's made from its people and date is not (those are its
    /// `contact` and `date` values, as `grapevine search` ranks them). `redact` (on a public site
    /// that hides text) is applied to each front matter piece, and to the body as a whole, which
    /// its page shows joined: a name broken over two lines is hidden as the page hides it.
    private static func entry(
        forNote index: Int, in vault: Vault, url: String, fields: PublicFields?, folder: inout WordFolder,
        redact: ((Substring) -> Substring)?
    ) -> Entry {
        let isRedacted = redact != nil
        let redact = redact ?? { $0 }
        let note = vault.notes[index]
        // The front matter's few pieces are gathered to put the title fields first; the body's
        // many lines are added as they are read.
        var titles: [SearchPiece] = []
        var values: [SearchPiece] = []
        note.forEachFrontMatterPiece(publishing: fields) { piece in
            if piece.field == .title { titles.append(piece) } else { values.append(piece) }
        }
        var lines = Lines()
        if note.isNamedByFile, !titles.contains(where: { ShownText.of(String(redact($0.text))) == note.name }) {
            lines.add(note.name[...], as: .title, shown: false, folder: &folder)
        }
        for piece in titles { lines.add(redact(piece.text), as: .title, shown: true, folder: &folder) }
        for piece in values { lines.add(redact(piece.text), as: .value, shown: true, folder: &folder) }
        // The body's raw HTML (a comment, a `<div>` block) and Obsidian comments (`%% … %%`)
        // are on no page: nor are they here.
        let html = RawHTML.merged(
            RawHTML.ranges(in: note.text, blocks: note.body.blocks, bodyLineOffset: note.bodyLineOffset),
            note.unshownRanges)
        guard isRedacted else {
            note.forEachBodyPiece(publishing: fields) { piece in
                lines.add(
                    RawHTML.removing(html, from: piece.text, of: note.text), as: .body, shown: true, folder: &folder)
            }
            return Entry(title: note.name, kind: note.kind.rawValue, url: url, lines: lines)
        }
        var body: [Substring] = []
        note.forEachBodyPiece(publishing: fields) { piece in
            body.append(RawHTML.removing(html, from: piece.text, of: note.text))
        }
        for line in redact(body.joined(separator: "\n")[...]).split(separator: "\n") {
            lines.add(line, as: .body, shown: true, folder: &folder)
        }
        return Entry(title: note.name, kind: note.kind.rawValue, url: url, lines: lines)
    }

    /// An entry's lines as they are added, shown and folded, in the bytes of
    /// `Entry.escapedText` and `Entry.escapedFold`. Lines come in the order of their fields:
    /// title, value, body.
    struct Lines {
        private(set) var text: [UInt8] = []
        /// The folded lines up to the last that is not empty.
        private(set) var fold: [UInt8] = []
        /// How many lines `fold` holds.
        private var foldedCount = 0
        private(set) var count = 0
        private(set) var titleLines = 0
        private(set) var valueLines = 0

        /// Appends `line`, a piece of `field`, as `ShownText.of` shows it (with `shown`) or as it
        /// is, unless it has no word.
        mutating func add(_ line: Substring, as field: SearchPiece.Field, shown: Bool, folder: inout WordFolder) {
            let mark = text.count
            if count > 0 { Self.appendLineFeed(to: &text) }
            let start = text.count
            let words: ShownText.Words
            if shown {
                words = ShownText.append(line, to: &text)
            } else {
                text.append(line.utf8.span)
                words = ShownText.Words(text.span.extracting(start...))
            }
            var hasWord = words.hasASCIIWord
            if !words.isPlain || !words.isASCII {
                // A line to escape or fold (one in a few), taken as it is shown.
                let shown = [UInt8](text.span.extracting(start...))
                if !words.isPlain {
                    text.removeSubrange(start...)
                    SearchIndex.appendEscaped(shown.span, to: &text)
                }
                if !words.isASCII { hasWord = addFolded(shown, folder: &folder) }
            }
            guard hasWord else {
                text.removeSubrange(mark...)
                return
            }
            count += 1
            switch field {
            case .title: titleLines += 1
            case .value: valueLines += 1
            case .body: break
            }
        }

        /// Adds the folded words of `line`, the line `count`, to `fold` after the empty lines
        /// before it; whether it has any. Folded words, letters, marks and digits with `&`, `+`
        /// and `#`, need no escaping.
        private mutating func addFolded(_ line: [UInt8], folder: inout WordFolder) -> Bool {
            let mark = fold.count
            for _ in 0..<(foldedCount == 0 ? count : count - foldedCount + 1) { Self.appendLineFeed(to: &fold) }
            let start = fold.count
            folder.append(line.span, to: &fold)
            guard fold.count > start else {
                fold.removeSubrange(mark...)
                return false
            }
            foldedCount = count + 1
            return true
        }

        /// Appends a line feed between two lines, escaped.
        private static func appendLineFeed(to bytes: inout [UInt8]) {
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(UInt8(ascii: "n"))
        }
    }
}

extension SearchIndex.Entry {
    /// The entry of the page at `url` with `lines`.
    init(title: String, kind: String, url: String, lines: SearchIndex.Lines) {
        self.init(
            title: title, kind: kind, url: url, titleLines: lines.titleLines, valueLines: lines.valueLines,
            escapedText: lines.text, escapedFold: lines.fold)
    }
}
