extension PublicFields {
    /// What `--public` shows of `vault` (the site's and `export vcard`'s): its notes with only
    /// their public fields (`redacted(_:)`), and its graph without the private notes (by node,
    /// `included` says which are left) and without the edges stated only in them or only in
    /// front matter that is not public (`organization` or `referred_by` in `private_fields`),
    /// so a name that appears only there appears nowhere. A link to a node left out, in any
    /// value shown (`name`, `title`, `tags`, a custom field), is hidden (`Vault.hidingLinks`),
    /// in the graph's names too; `leftOutNames` are the names and aliases of the nodes left
    /// out, read before the aliases are dropped.
    static func publicView(of vault: Vault) -> (vault: Vault, included: [Bool], leftOutNames: LeftOutNames) {
        let fields = PublicFields(config: vault.config)
        let hidden = privateNotes(of: vault)
        let hiddenFiles = Set(hidden.map { vault.notes[$0].path })
        var shown = vault
        let included: [Bool]
        (shown.graph, included) = vault.graph.keeping(
            { vault.graph.noteIndex(of: $0).map { !hidden.contains($0) } ?? true },
            edges: { edge in
                edge.sources.contains { !hiddenFiles.contains($0.file) && fields.isPublic($0, in: vault) }
            })
        let names = LeftOutNames(of: shown, leftOut: { !included[$0] }, aliases: { vault.notes[$0].aliases })
        guard included.contains(false) else { return (fields.redacted(shown), included, names) }
        return (hidingLinks(in: fields.redacted(shown), included: included, names: names), included, names)
    }

    /// `vault` with the links to the nodes not `included` hidden in the values read from its
    /// included notes' front matter, and in the names of its nodes.
    private static func hidingLinks(in vault: Vault, included: [Bool], names: LeftOutNames) -> Vault {
        var shown = vault
        var renamed: [Graph.NodeID: String] = [:]
        for index in vault.notes.indices where included[Graph.node(ofNote: index)] {
            let path = vault.notes[index].path
            let hide = { (text: String) in
                vault.hidingLinks(in: text, fromNote: path, leftOut: { !included[$0] }, names: names)
            }
            shown.notes[index] = hidingLinks(in: vault.notes[index], hide)
        }
        for node in vault.graph.nodes.indices where included[node] {
            let name = vault.graph.nodes[node].name
            guard hasLink(name) else { continue }
            // A placeholder's name is hidden as the first note that names it writes it.
            let path =
                vault.graph.noteIndex(of: node).map { vault.notes[$0].path }
                ?? vault.graph.edges.first { $0.to == node || $0.from == node }?.source.file
            guard let path else { continue }
            let hidden = vault.hidingLinks(in: name, fromNote: path, leftOut: { !included[$0] }, names: names)
            if hidden != name { renamed[node] = hidden }
        }
        if !renamed.isEmpty { shown.graph = shown.graph.renaming(renamed) }
        return shown
    }

    /// `note` with `hide` applied to every text read from its front matter that a page or a
    /// card may show.
    private static func hidingLinks(in note: Note, _ hide: (String) -> String) -> Note {
        guard note.frontMatter.entries.contains(where: { hasLink($0.value) }) || hasLink(note.name) else {
            return note
        }
        var note = note
        note.frontMatter.entries = note.frontMatter.entries.map { hidingLinks(in: $0, hide) }
        note.name = hide(note.name)
        note.title = note.title.map(hide)
        note.tags = note.tags.map(hide)
        note.aliases = note.aliases.map(hide)
        note.reminders = note.reminders.map { reminder in
            var reminder = reminder
            reminder.text = hide(reminder.text)
            return reminder
        }
        switch note.details {
        case .contact(var contact):
            contact.email = contact.email.map(hide)
            contact.phone = contact.phone.map(hide)
            contact.linkedin = contact.linkedin.map(hide)
            contact.location = contact.location.map(hide)
            contact.source = contact.source.map(hide)
            note.details = .contact(contact)
        case .organization(var organization):
            organization.industry = organization.industry.map(hide)
            organization.website = organization.website.map(hide)
            organization.location = organization.location.map(hide)
            note.details = .organization(organization)
        case .interview, .other:
            break
        }
        return note
    }

    /// A front matter entry with `hide` applied to each scalar in its value, at any depth
    /// (front matter is at most `YAMLReader.maxDepth` deep).
    private static func hidingLinks(in entry: FrontMatter.Entry, _ hide: (String) -> String) -> FrontMatter.Entry {
        var entry = entry
        entry.value = hidingLinks(in: entry.value, hide)
        return entry
    }

    private static func hidingLinks(in value: FrontMatter.Value, _ hide: (String) -> String) -> FrontMatter.Value {
        var value = value
        switch value.content {
        case .scalar(let text, let isPlain): value.content = .scalar(hide(text), isPlain: isPlain)
        case .list(let items): value.content = .list(items.map { hidingLinks(in: $0, hide) })
        case .mapping(let entries): value.content = .mapping(entries.map { hidingLinks(in: $0, hide) })
        }
        return value
    }

    /// Whether a value holds a link, at any depth: `[[…]]` or `](`.
    private static func hasLink(_ value: FrontMatter.Value) -> Bool {
        switch value.content {
        case .scalar(let text, _): hasLink(text)
        case .list(let items): items.contains(where: hasLink)
        case .mapping(let entries): entries.contains { hasLink($0.value) }
        }
    }

    private static func hasLink(_ text: String) -> Bool {
        text.containsBytes("[[") || text.containsBytes("](")
    }

    /// Whether the place `source` states an edge in public: in a note's body, or in front
    /// matter under a public key.
    private func isPublic(_ source: Graph.Source, in vault: Vault) -> Bool {
        guard let note = vault.note(atPath: source.file), source.line <= note.bodyLineOffset else { return true }
        guard let entry = note.frontMatter.entries.last(where: { $0.keyPosition.line <= source.line }) else {
            return true
        }
        return isPublic(entry.key, in: note.kind)
    }

    /// The notes `--public` leaves out, by index: those marked `private: true`, those that may
    /// be (`Note.Privacy.unknown`), and interviews with a private contact (their title and
    /// notes are about that person).
    static func privateNotes(of vault: Vault) -> Set<Int> {
        let marked = Set(vault.notes.indices.filter { vault.notes[$0].privacy != .published })
        let privateNodes = Set(marked.map(Graph.node(ofNote:)))
        return marked.union(
            vault.notes.indices.filter { index in
                vault.notes[index].kind == .interview
                    && vault.graph.neighbors(.met, from: Graph.node(ofNote: index)).contains(
                        where: privateNodes.contains)
            })
    }
}

extension Vault {
    /// The notes `--public` leaves out because whether they are private cannot be told, by
    /// index: each gets a warning, so that the user can fix it.
    public var notesOfUnknownPrivacy: [Int] {
        notes.indices.filter { notes[$0].privacy == .unknown }
    }
}
