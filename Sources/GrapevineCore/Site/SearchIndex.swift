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
        public var text: String
        /// The lines of `text` folded, line for line and joined the same way, without the empty
        /// lines at the end: the folded words joined by single spaces; an empty line for a line
        /// that is all ASCII, whose folded form is only its words in lowercase without
        /// apostrophes, which the script makes itself (`grapevineFoldASCII`): the index is about
        /// half as big.
        public var fold: String
        /// How many of the lines are title fields.
        public var titleLines: Int
        /// How many of the lines, after the title fields, are other front matter values.
        public var valueLines: Int

        /// The lines of `text`.
        public var lines: [String] {
            text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }

        /// The lines of `fold`, with an empty one for each line of `text` after them.
        public var foldedLines: [String] {
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
            return Self.entry(forNote: index, in: vault, url: url, fields: fields, folder: &folder) { text in
                paths.leavesNodesOut ? paths.hidingLeftOutNodes(in: String(text), fromNote: index)[...] : text
            }
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
    /// `contact` and `date` values, as `grapevine search` ranks them).
    private static func entry(
        forNote index: Int, in vault: Vault, url: String, fields: PublicFields?, folder: inout WordFolder,
        redact: (Substring) -> Substring
    ) -> Entry {
        let note = vault.notes[index]
        let pieces = note.searchPieces(publishing: fields)
        var lines = Lines()
        if note.isNamedByFile,
            !pieces.contains(where: { $0.field == .title && ShownText.of(String(redact($0.text))) == note.name })
        {
            lines.add(note.name[...], as: .title, shown: false, folder: &folder)
        }
        // The body's raw HTML (a comment, a `<div>` block) and Obsidian comments (`%% … %%`)
        // are on no page: nor are they here.
        let html = RawHTML.merged(
            RawHTML.ranges(in: note.text, blocks: note.body.blocks, bodyLineOffset: note.bodyLineOffset),
            note.unshownRanges)
        for field in [SearchPiece.Field.title, .value, .body] {
            for piece in pieces where piece.field == field {
                let text = field == .body ? RawHTML.removing(html, from: piece.text, of: note.text) : piece.text
                lines.add(redact(text), as: field, shown: true, folder: &folder)
            }
        }
        return Entry(title: note.name, kind: note.kind.rawValue, url: url, lines: lines)
    }

    /// An entry's lines as they are added, shown and folded, in the bytes of `Entry.text` and
    /// `Entry.fold`. Lines come in the order of their fields: title, value, body.
    struct Lines {
        private(set) var text: [UInt8] = []
        private(set) var fold: [UInt8] = []
        /// How much of `fold` its lines that are not empty take.
        private(set) var foldEnd = 0
        private(set) var count = 0
        private(set) var titleLines = 0
        private(set) var valueLines = 0

        /// Appends `line`, a piece of `field`, as `ShownText.of` shows it (with `shown`) or as it
        /// is, unless it has no word.
        mutating func add(_ line: Substring, as field: SearchPiece.Field, shown: Bool, folder: inout WordFolder) {
            let (textMark, foldMark) = (text.count, fold.count)
            if count > 0 {
                text.append(UInt8(ascii: "\n"))
                fold.append(UInt8(ascii: "\n"))
            }
            let start = text.count
            let words: ShownText.Words
            if shown {
                words = ShownText.append(line, to: &text)
            } else {
                text.append(line.utf8.span)
                words = ShownText.Words(text.span.extracting(start...))
            }
            var hasWord = words.hasASCIIWord
            if !words.isASCII {
                // Folded into a buffer of its own while the line is read from `text`.
                var folded: [UInt8] = []
                swap(&folded, &fold)
                let before = folded.count
                folder.append(text.span.extracting(start...), to: &folded)
                hasWord = folded.count > before
                swap(&folded, &fold)
                if hasWord { foldEnd = fold.count }
            }
            guard hasWord else {
                text.removeSubrange(textMark...)
                fold.removeSubrange(foldMark...)
                return
            }
            count += 1
            switch field {
            case .title: titleLines += 1
            case .value: valueLines += 1
            case .body: break
            }
        }
    }
}

extension SearchIndex.Entry {
    /// The entry of the page at `url` with `lines`.
    init(title: String, kind: String, url: String, lines: SearchIndex.Lines) {
        self.init(
            title: title, kind: kind, url: url, text: String(decoding: lines.text, as: UTF8.self),
            fold: String(decoding: lines.fold[..<lines.foldEnd], as: UTF8.self), titleLines: lines.titleLines,
            valueLines: lines.valueLines)
    }
}
