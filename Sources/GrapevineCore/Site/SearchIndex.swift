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
        /// The lines search reads, as a result shows them: the note's title fields (name,
        /// title, aliases; a name made from the file name too), its other front matter values,
        /// its body. A placeholder's or a tag's page has its title alone.
        public var lines: [String]
        /// `lines` folded, line for line: the folded words joined by single spaces; empty for a
        /// line that is all ASCII, whose folded form is only its words in lowercase without
        /// apostrophes, which the script makes itself (`grapevineFoldASCII`): the index is about
        /// half as big.
        public var foldedLines: [String]
        /// How many of `lines` are title fields.
        public var titleLines: Int
        /// How many of `lines`, after the title fields, are other front matter values.
        public var valueLines: Int
    }

    /// The entries: pages of nodes in node order, then tag pages by tag.
    public let entries: [Entry]

    /// The index of the pages `paths` gives; with `isPublic`, only what `--public` publishes:
    /// `PublicFields` of the front matter, no reference fields, and links to left-out notes
    /// hidden (`SitePaths.hidingLinksToLeftOutNodes`).
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
    init(updating previous: SearchIndex, notes: Set<Int>, vault: Vault, paths: SitePaths, isPublic: Bool) {
        let fields = isPublic ? PublicFields(config: vault.config) : nil
        var folder = WordFolder()
        var entries: [Entry] = []
        entries.reserveCapacity(previous.entries.count)
        for node in vault.graph.nodes.indices where paths.page(of: node) != nil {
            let note = vault.graph.noteIndex(of: node)
            if let note, !notes.contains(note), previous.entries.indices.contains(entries.count) {
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
            return Self.entry(forNote: index, in: vault, url: url, fields: fields, folder: &folder) {
                paths.hidingLinksToLeftOutNodes(in: $0, fromNote: index)
            }
        }
        let kind = graphNode.kind == .placeholderPerson ? "person" : NoteKind.organization.rawValue
        var entry = Entry(title: graphNode.name, kind: kind, url: url)
        entry.add(graphNode.name, as: .title, folder: &folder)
        return entry
    }

    /// The entries of the tag pages, by tag; none when tags are not published.
    private static func tagEntries(paths: SitePaths, fields: PublicFields?) -> [Entry] {
        guard fields?.isPublic("tags", in: .note) != false else { return [] }
        var folder = WordFolder()
        return paths.allTagPages.sorted(by: { $0.key < $1.key }).map { tag, url in
            var entry = Entry(title: "#" + tag, kind: "tag", url: url)
            entry.add(entry.title, as: .title, folder: &folder)
            return entry
        }
    }

    /// The entry of the note at `index`: the pieces search reads (`Note.searchPieces`), title
    /// fields first, each shown as `shownText` makes it. A name made from the file name is a
    /// title field too; an interview's made from its people and date is not (those are its
    /// `contact` and `date` values, as `grapevine search` ranks them).
    private static func entry(
        forNote index: Int, in vault: Vault, url: String, fields: PublicFields?, folder: inout WordFolder,
        redact: (String) -> String
    ) -> Entry {
        let note = vault.notes[index]
        var entry = Entry(title: note.name, kind: note.kind.rawValue, url: url)
        let pieces = note.searchPieces(publishing: fields)
        var shownPieces = pieces.map { (field: $0.field, text: shownText(redact(String($0.text)))) }
        let hasOwnName = note.hasExplicitName || note.kind == .interview
        if !hasOwnName, !shownPieces.contains(where: { $0.field == .title && $0.text == note.name }) {
            shownPieces.insert((.title, note.name), at: 0)
        }
        for field in [SearchPiece.Field.title, .value, .body] {
            for piece in shownPieces where piece.field == field { entry.add(piece.text, as: field, folder: &folder) }
        }
        return entry
    }
}

extension SearchIndex.Entry {
    /// An entry for the page at `url`, with no lines yet.
    init(title: String, kind: String, url: String) {
        self.init(title: title, kind: kind, url: url, lines: [], foldedLines: [], titleLines: 0, valueLines: 0)
    }

    /// Appends `line`, a piece of `field`, unless it has no word. Lines come in the order of
    /// their fields: title, value, body.
    mutating func add(_ line: String, as field: SearchPiece.Field, folder: inout WordFolder) {
        var folded: [UInt8] = []
        if line.isASCII {
            guard line.utf8.contains(where: { WordFolder.isASCIIWordByte($0) && !WordFolder.isApostrophe($0) })
            else { return }
        } else {
            folder.append(line.utf8.span, to: &folded)
            guard !folded.isEmpty else { return }
        }
        lines.append(line)
        foldedLines.append(String(decoding: folded, as: UTF8.self))
        switch field {
        case .title: titleLines += 1
        case .value: valueLines += 1
        case .body: break
        }
    }
}
