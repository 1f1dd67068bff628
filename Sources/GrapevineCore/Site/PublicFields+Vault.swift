extension PublicFields {
    /// What `--public` shows of `vault` (the site's and `export vcard`'s): its notes with only
    /// their public fields (`redacted(_:)`), and its graph without the private notes (by node,
    /// `included` says which are left) and without the edges stated only in them or only in
    /// front matter that is not public (`organization` or `referred_by` in `private_fields`),
    /// so a name that appears only there appears nowhere; an edge also stated elsewhere keeps
    /// only those places, and a referral their dates (a referral given in a private interview
    /// and in a public one is dated by the public one). `vault.graph` as of today: the dates
    /// may have moved past it (`Graph.planReferrals(asOf:)`). A link to a node left out, in any
    /// value shown (`name`, `title`, `tags`, a custom field), is hidden (`Vault.hidingLinks`),
    /// in the graph's names too; `leftOutNames` are the names and aliases of the nodes left
    /// out, read before the aliases are dropped. Those names written as plain words are hidden
    /// in the values too, except in a note's own name (`Vault.hidingLeftOutNodes`: `title:
    /// Assistant to Zelda Quist`), and so are the values of `private_fields` from every note
    /// (`PrivateValues`: an address copied into a public field): every page, the search index
    /// and the tag pages read the values from here, so none shows one that was not redacted.
    static func publicView(of vault: Vault) -> (vault: Vault, included: [Bool], leftOutNames: LeftOutNames) {
        let fields = PublicFields(config: vault.config)
        let hidden = privateNodes(of: vault)
        let hiddenFiles = Set(hidden.nodes.compactMap { vault.graph.noteIndex(of: $0).map { vault.notes[$0].path } })
        var shown = vault
        let included: [Bool]
        (shown.graph, included) = vault.graph.keeping(
            { !hidden.nodes.contains($0) },
            edges: { edge in
                let sources = edge.sources.filter { !hiddenFiles.contains($0.file) && fields.isPublic($0, in: vault) }
                guard !sources.isEmpty else { return nil }
                guard sources.count < edge.sources.count else { return edge }
                // A referral also stated in a private interview is dated, and quoted
                // (`Vault.remark(of:)`), by the public places alone.
                guard edge.kind == .referred else { return Self.edge(edge, statedAt: sources) }
                return GraphBuilder.referral(edge, statedAt: sources, in: vault)
            })
        var names = LeftOutNames(
            of: shown, leftOut: { !included[$0] }, aliases: { hidden.names[$0] ?? vault.notes[$0].aliases })
        names.values = PrivateValues(of: vault)
        let leavesOut = included.contains(false)
        guard leavesOut || !names.values.isEmpty else { return (fields.redacted(shown), included, names) }
        if leavesOut { names.passages = referralItems(namingLeftOutPeopleIn: shown, included: included) }
        return (hidingLeftOutNodes(in: fields.redacted(shown), included: included, names: names), included, names)
    }

    /// `edge` as the places `sources` (some of its own, in its order) alone state it.
    private static func edge(_ edge: Graph.Edge, statedAt sources: [Graph.Source]) -> Graph.Edge {
        var edge = edge
        edge.source = sources[0]
        edge.moreSources = Array(sources.dropFirst())
        return edge
    }

    /// The text of each Referrals item of an included interview that names a person with no
    /// note who is not `included`: named as a private note may be, look-alike or not, in a way
    /// the rest of the item may finish (`Zelda Q.`); and the words that name any other person
    /// left out family name first (`Quist, Zelda`, for the private note of Zelda Quist), which
    /// no list of names reads. Hidden whole (`LeftOutNames.passages`).
    private static func referralItems(namingLeftOutPeopleIn vault: Vault, included: [Bool]) -> [String] {
        var items: Set<String> = []
        for (index, note) in vault.notes.enumerated() where included[Graph.node(ofNote: index)] {
            for item in note.interview?.referrals ?? [] {
                let person = vault.person(namedBy: item)
                guard let node = vault.node(referencedBy: person), !included[node], !item.text.isEmpty else { continue }
                if vault.graph.nodes[node].isPlaceholder {
                    items.insert(item.text)
                } else if person.form == .name, let written = person.label {
                    items.insert(written)
                }
            }
        }
        return items.sorted()
    }

    /// `vault` with the nodes not `included` hidden in the values read from its included notes'
    /// front matter (their links, and their names as words), in the names of the notes that
    /// are no one's own (`LeftOutNames.keepsItsWords`: `Coffee with Zelda Quist`, which would
    /// be its page's title, its links' words and a name on the site that keeps hers), and the
    /// links to them in the names of its nodes.
    private static func hidingLeftOutNodes(in vault: Vault, included: [Bool], names: LeftOutNames) -> Vault {
        var shown = vault
        var renamed: [Graph.NodeID: String] = [:]
        for index in vault.notes.indices where included[Graph.node(ofNote: index)] {
            let path = vault.notes[index].path
            let hideLinks = { (text: String) in
                vault.hidingLinks(in: text, fromNote: path, leftOut: { !included[$0] }, names: names)
            }
            let hide = { (text: String) in
                vault.hidingLeftOutNodes(in: text, fromNote: path, leftOut: { !included[$0] }, names: names)
            }
            let node = Graph.node(ofNote: index)
            let name =
                LeftOutNames.keepsItsWords(node, in: vault)
                ? { LeftOutNames.personName($0, hidingLinks: hideLinks, hiding: hide) } : hide
            let tag = { (text: String) in names.hiding(inTag: hide(text)) }
            shown.notes[index] = hidingLeftOutNodes(in: vault.notes[index], name: name, values: hide, tag: tag)
            if shown.notes[index].name != vault.notes[index].name { renamed[node] = shown.notes[index].name }
        }
        for node in vault.graph.nodes.indices where included[node] && renamed[node] == nil {
            let name = vault.graph.nodes[node].name
            let keepsWords = LeftOutNames.keepsItsWords(node, in: vault)
            let describesPerson = keepsWords && LeftOutNames.ownPart(ofPersonName: name).endIndex < name.endIndex
            guard hasLink(name) || describesPerson || (!keepsWords && vault.graph.nodes[node].isPlaceholder)
            else { continue }
            // A placeholder's name is hidden as the first note that names it writes it.
            let path =
                vault.graph.noteIndex(of: node).map { vault.notes[$0].path }
                ?? vault.graph.edges.first { $0.to == node || $0.from == node }?.source.file ?? ""
            let hideLinks = { (text: String) in
                vault.hidingLinks(in: text, fromNote: path, leftOut: { !included[$0] }, names: names)
            }
            let hide = { (text: String) in
                vault.hidingLeftOutNodes(in: text, fromNote: path, leftOut: { !included[$0] }, names: names)
            }
            let hidden = keepsWords ? LeftOutNames.personName(name, hidingLinks: hideLinks, hiding: hide) : hide(name)
            if hidden != name { renamed[node] = hidden }
        }
        if !renamed.isEmpty { shown.graph = shown.graph.renaming(renamed) }
        // The site's title, and your name in the default one, are text the site shows.
        let hide = { (text: String) in
            vault.hidingLeftOutNodes(in: text, fromNote: ConfigReader.path, leftOut: { !included[$0] }, names: names)
        }
        shown.config.siteTitle = vault.config.siteTitle.map(hide)
        shown.config.owner = vault.config.owner.map {
            LeftOutNames.personName($0, hidingLinks: { $0 }, hiding: hide)
        }
        return shown
    }

    /// `note` with `name` applied to its name and `hide` to every other text read from its
    /// front matter that a page or a card may show.
    private static func hidingLeftOutNodes(
        in note: Note, name: (String) -> String, values hide: (String) -> String, tag: (String) -> String
    ) -> Note {
        var note = note
        note.frontMatter.entries = note.frontMatter.entries.map {
            hiding(in: $0, ["tags", "tag"].contains($0.key.lowercased()) ? tag : hide)
        }
        note.name = name(note.name)
        note.title = note.title.map(hide)
        // Tags hidden alike are one (`#(private)` thrice would count the tags hidden).
        var seen: Set<String> = []
        note.tags = note.tags.map { tag($0) }.filter { seen.insert($0).inserted }
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
    private static func hiding(in entry: FrontMatter.Entry, _ hide: (String) -> String) -> FrontMatter.Entry {
        var entry = entry
        entry.value = hiding(in: entry.value, hide)
        return entry
    }

    private static func hiding(in value: FrontMatter.Value, _ hide: (String) -> String) -> FrontMatter.Value {
        var value = value
        switch value.content {
        case .scalar(let text, let isPlain): value.content = .scalar(hide(text), isPlain: isPlain)
        case .list(let items): value.content = .list(items.map { hiding(in: $0, hide) })
        case .mapping(let entries): value.content = .mapping(entries.map { hiding(in: $0, hide) })
        }
        return value
    }

    /// Whether a text holds a link: `[[…]]` or `](`.
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

    /// The nodes `--public` leaves out: the notes marked `private: true`, those that may be
    /// (`Note.Privacy.unknown`), the placeholders named as one of those may be known
    /// (`namesKnown(of:)`: a link to a note whose name could not be read makes one), the people
    /// named without a note whom look-alike matching ties to one of those notes, as `check`'s
    /// "did you mean" does (`Vault.contactsMeant(by:)`: `Quist`, `Zelda Quistt`, `Z. Quist` for
    /// a private Zelda Quist), and interviews with any of them (their title and notes are about
    /// that person). `names` are those names, by note index.
    static func privateNodes(of vault: Vault) -> (nodes: Set<Graph.NodeID>, names: [Int: [String]]) {
        let marked = vault.notes.indices.filter { vault.notes[$0].privacy != .published }
        var names: [Int: [String]] = [:]
        for index in marked { names[index] = namesKnown(of: vault.notes[index]) }
        var nodes = Set(marked.map(Graph.node(ofNote:)))
        let words = Set(names.values.joined().map(LeftOutNames.words(of:)).filter { !$0.isEmpty })
        if !words.isEmpty {
            for (node, value) in vault.graph.nodes.enumerated()
            where value.isPlaceholder && words.contains(LeftOutNames.words(of: value.name)) {
                nodes.insert(node)
            }
        }
        if !marked.isEmpty {
            let people = vault.graph.nodes.indices.filter { !nodes.contains($0) }
            let isMarked = Set(marked)
            for (person, meant) in vault.contactsMeant(by: people) where meant.contains(where: isMarked.contains) {
                nodes.insert(person)
            }
            nodes.formUnion(Self.people(namedInsidePrivateNames: names.values.joined(), in: vault, besides: nodes))
        }
        let privateNodes = nodes
        for index in vault.notes.indices where vault.notes[index].kind == .interview {
            let node = Graph.node(ofNote: index)
            if vault.graph.neighbors(.met, from: node).contains(where: privateNodes.contains) { nodes.insert(node) }
        }
        return (nodes, names)
    }

    /// The people without a note named by a Referrals item in words that are part of a name
    /// of `leftOut` written there in full: `- talk to Janie Q in HR`, for a private note whose
    /// alias is `Janie Q`, names "Janie" (a lone capital is no word of a name), who would have
    /// a page, a box in the graph and a step "Contact Janie … Noted with the name: Q in HR".
    private static func people(
        namedInsidePrivateNames leftOut: some Sequence<String>, in vault: Vault, besides nodes: Set<Graph.NodeID>
    ) -> [Graph.NodeID] {
        let shown = vault.graph.nodes.indices.filter { !nodes.contains($0) }.map { vault.graph.nodes[$0].name }
        let names = LeftOutNames(leftOut: leftOut, shown: shown)
        var people: [Graph.NodeID] = []
        for note in vault.notes {
            for item in note.interview?.referrals ?? [] {
                var mention = item
                mention.person = vault.person(namedBy: item)
                guard let written = mention.writtenName, let node = vault.node(referencedBy: mention.person),
                    vault.graph.nodes[node].isPlaceholder, !nodes.contains(node),
                    names.hiddenRanges(in: item.text).contains(where: { $0.overlaps(written.bytes) })
                else { continue }
                people.append(node)
            }
        }
        return people
    }

    /// Every name a note left out may be known by, so that a public site hides each as the
    /// note's own: its name, aliases and title (as references use them), and every value
    /// written under such a key in its front matter (`name: [Zelda Secret]`, a list, is no name
    /// the note gets). When whether the note is private cannot be told, neither can much else:
    /// its title (a contact's job, if the kind is wrong) and, read as loosely as can be, the
    /// values of the lines of the file that look like such a key's (`name: Zelda Secret` in
    /// front matter never closed). Rather a name too many than one published.
    static func namesKnown(of note: Note) -> [String] {
        let names = [note.name] + note.aliases + (note.titleAsName.map { [$0] } ?? [])
        guard note.privacy == .unknown else {
            let entries = note.frontMatter.entries.filter {
                let key = $0.key.lowercased()
                return nameKeys.contains(key) && (key != "title" || note.kind != .contact)
            }
            return names + entries.flatMap { scalars(of: $0.value) }
        }
        return names + (note.title.map { [$0] } ?? []) + namesWritten(in: note.text)
    }

    /// The keys whose values may name a note, in any case.
    private static let nameKeys: Set<String> = ["name", "title", "aliases", "alias"]

    private static func scalars(of value: FrontMatter.Value) -> [String] {
        switch value.content {
        case .scalar(let text, _): [text]
        case .list(let items): items.flatMap(scalars)
        case .mapping(let entries): entries.flatMap { scalars(of: $0.value) }
        }
    }

    /// The values of the lines of `text` that look like a name key's (`name: X`, `  Title = "X"`,
    /// `"aliases": ["X", "Y"]`, `alias:: X`), and the items of a list under such a key (`- X`),
    /// read as loosely as a file that could not be read must be.
    static func namesWritten(in text: String) -> [String] {
        var names: [String] = []
        var inList = false
        for line in text.split(whereSeparator: \.isNewline) {
            let line = line.trimmingWhitespace()
            if inList, line.hasPrefix("-") {
                names += listItems(line.dropFirst())
                continue
            }
            inList = false
            guard let separator = line.firstIndex(where: { $0 == ":" || $0 == "=" }) else { continue }
            let key = unquoted(line[..<separator].trimmingWhitespace())
            guard nameKeys.contains(key.lowercased()) else { continue }
            let value = line[line.index(after: separator)...].drop { $0 == ":" }.trimmingWhitespace()
            if value.isEmpty { inList = true } else { names += listItems(value) }
        }
        return names
    }

    /// The names in a value written loosely: `X`, `"X",`, `[X, "Y"]`, `[[X]]`.
    private static func listItems(_ value: Substring) -> [String] {
        var value = value.trimmingWhitespace()
        if value.last == "," { value = value.dropLast() }
        let isList = value.hasPrefix("[") && value.hasSuffix("]") && !value.hasPrefix("[[")
        let items = isList ? value.dropFirst().dropLast().split(separator: ",") : [value]
        return items.map { item in
            var item = unquoted(item.trimmingWhitespace())
            if item.hasPrefix("[["), item.hasSuffix("]]") { item = item.dropFirst(2).dropLast(2) }
            return String(item.trimmingWhitespace())
        }.filter { !$0.isEmpty }
    }

    /// `text` without the quotes around it.
    private static func unquoted(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first == "\"" || first == "'" { text = text.dropFirst() }
        while let last = text.last, last == "\"" || last == "'" { text = text.dropLast() }
        return text
    }
}

extension Vault {
    /// The notes `--public` leaves out because whether they are private cannot be told, by
    /// index: each gets a warning, so that the user can fix it.
    public var notesOfUnknownPrivacy: [Int] {
        notes.indices.filter { notes[$0].privacy == .unknown }
    }
}
