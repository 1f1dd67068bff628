/// A whole vault, read and indexed: its notes, the graph between them, and every problem found.
public struct Vault: Sendable {
    /// The config file, vault-relative.
    public static let configPath = ConfigReader.path

    /// The vault folder, absolute.
    public var root: String
    /// The settings from `.grapevine/config.yml`.
    public var config: Config
    /// Every note, sorted by path.
    public var notes: [Note]
    /// The referral graph and the links between notes.
    public var graph: Graph
    /// Every problem found, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// The config file's text, for quoting its problems.
    public var configText: String?
    let referenceIndex: ReferenceIndex
    private let resolved: [ResolvedReferences]
    /// Each note's name as look-alike names are compared (`NameKey.lookAlike`; empty for an
    /// interview), by the notes' index.
    var lookAlikeKeys: [String] { referenceIndex.lookAlikeKeys }
    let placeholders: [GraphBuilder.PlaceholderKey: Graph.NodeID]
    /// The close names of the notes as they were read (`CloseNames`, by `lookAlikeKeys`), for
    /// the names without a note that may be slips (`contactsMeant(by:)`). Like the reference
    /// index, it stays the notes' as read when a public site hides what is private in them.
    let closeNames: CloseNames

    /// The vault of `notes` (sorted by path), read with `diagnostics` (problems of single files);
    /// the references are resolved, the graph built and the problems between notes found here:
    /// with `findingDuplicates`, notes that may be one person too (`DuplicateNotes`, warnings
    /// only `check` and the editor show, and the longest of those problems to look for).
    init(
        root: String, config: Config, configText: String?, notes: [Note], diagnostics: [Diagnostic],
        findingDuplicates: Bool = true
    ) {
        let index = ReferenceIndex(notes: notes)
        let resolved = GraphBuilder.resolve(notes, index: index)
        // The graph, the reference checks and the two halves of the look for duplicates need
        // only the notes and the index, and each takes tens of milliseconds on a large vault:
        // they are worked out side by side, the longest first, so no core waits long for another.
        let duplicates = DuplicateNotes(notes: notes, index: index, resolved: resolved)
        let owner = config.ownerName
        let unreadFiles = ReferenceProblems.unreadFiles(among: diagnostics)
        let jobs: [@Sendable () -> Part] =
            [
                {
                    .references(
                        Self.referenceProblems(
                            notes: notes, index: index, resolved: resolved, owner: owner, unreadFiles: unreadFiles))
                },
                {
                    let built = Self.graph(of: notes, resolved: resolved, owner: owner)
                    return .graph(built, cycles: ReferralCycles.diagnostics(in: built.graph))
                },
            ]
            + (findingDuplicates
                ? DuplicateNotes.Half.allCases.map { half in { @Sendable in .duplicates(duplicates.findings(half)) } }
                : [])
        var graph: BuiltGraph?
        var cycles: [Diagnostic] = []
        var references: (problems: [Diagnostic], closeNames: CloseNames)?
        var found: [DuplicateNotes.Finding] = []
        for part in parallelMap(count: jobs.count, batch: 1, makeState: {}, { _, job in jobs[job]() }) {
            switch part {
            case .graph(let built, let referralCycles): (graph, cycles) = (built, referralCycles)
            case .references(let checked): references = checked
            case .duplicates(let findings): found += findings
            }
        }
        self.init(
            root: root, config: config, configText: configText, notes: notes, index: index, resolved: resolved,
            closeNames: references!.closeNames, diagnostics: diagnostics, graph: graph!)
        let problems = references!.problems + (findingDuplicates ? duplicates.diagnostics(of: found) : [])
        self.diagnostics = (diagnostics + problems + cycles).sorted(by: Diagnostic.byLocation)
    }

    /// A graph built (`GraphBuilder`), with its placeholders by name.
    private typealias BuiltGraph = (graph: Graph, placeholders: [GraphBuilder.PlaceholderKey: Graph.NodeID])

    /// What one of the jobs of a vault's first reading gives (`init(root:config:…:findingDuplicates:)`).
    private enum Part: Sendable {
        /// The graph, and its referral cycles (`ReferralCycles`).
        case graph(BuiltGraph, cycles: [Diagnostic])
        case references((problems: [Diagnostic], closeNames: CloseNames))
        case duplicates([DuplicateNotes.Finding])
    }

    /// The vault of `notes`, whose references `index` resolves as `resolved` says, and whose
    /// close names are `closeNames`; `diagnostics` are taken as they are (a `LiveVault` keeps
    /// them up to date itself). With `graphOf`, the graph is that vault's: a `LiveVault` knows
    /// when an edit changed nothing it is built from.
    init(
        root: String, config: Config, configText: String?, notes: [Note], index: ReferenceIndex,
        resolved: [ResolvedReferences], closeNames: CloseNames, diagnostics: [Diagnostic],
        graphOf previous: Vault? = nil
    ) {
        self.init(
            root: root, config: config, configText: configText, notes: notes, index: index, resolved: resolved,
            closeNames: closeNames, diagnostics: diagnostics,
            graph: previous.map { ($0.graph, $0.placeholders) }
                ?? Self.graph(of: notes, resolved: resolved, owner: config.ownerName))
    }

    private init(
        root: String, config: Config, configText: String?, notes: [Note], index: ReferenceIndex,
        resolved: [ResolvedReferences], closeNames: CloseNames, diagnostics: [Diagnostic],
        graph: BuiltGraph
    ) {
        self.root = root
        self.config = config
        self.configText = configText
        self.notes = notes
        self.diagnostics = diagnostics
        referenceIndex = index
        self.resolved = resolved
        self.closeNames = closeNames
        (self.graph, placeholders) = graph
        nameInterviews()
    }

    /// The graph of `notes` (`GraphBuilder`), and its placeholders by name.
    private static func graph(
        of notes: [Note], resolved: [ResolvedReferences], owner: String
    ) -> BuiltGraph {
        var builder = GraphBuilder(notes: notes, resolved: resolved, owner: owner)
        builder.build()
        return (builder.graph, builder.placeholders)
    }

    /// Gives each interview without `name:` the name the graph gave it, from the people its
    /// `contact` resolves to (`GraphBuilder`): pages, lists, search and steps read the note's name.
    private mutating func nameInterviews() {
        for index in notes.indices where notes[index].interview != nil && !notes[index].hasExplicitName {
            let name = graph.nodes[Graph.node(ofNote: index)].name
            if notes[index].name != name { notes[index].name = name }
        }
    }

    /// The problems with every note's references (`ReferenceProblems`), with the close names it
    /// looked in (kept for `contactsMeant(by:)`); a placeholder is known by the field references
    /// that name it, as a `LiveVault` knows it.
    private static func referenceProblems(
        notes: [Note], index: ReferenceIndex, resolved: [ResolvedReferences], owner: String,
        unreadFiles: [String: String]
    ) -> (problems: [Diagnostic], closeNames: CloseNames) {
        let ownerKey = NameKey.fold(owner)
        let closeNames = CloseNames(notes: notes, lookAlikeKeys: index.lookAlikeKeys)
        var references = ReferenceProblems(
            notes: notes, index: index, closeNames: closeNames, ownerKey: ownerKey,
            placeholderNames: Set(resolved.flatMap { ReferenceProblems.placeholderNames($0, ownerKey: ownerKey) }))
        references.unreadFiles = unreadFiles
        return (notes.indices.flatMap { references.diagnostics(ofNote: $0, resolved[$0]) }, closeNames)
    }

    /// The note at a vault-relative path.
    public func note(atPath path: String) -> Note? {
        index(ofPath: path).map { notes[$0] }
    }

    /// The index in `notes` of the note at a vault-relative path.
    public func index(ofPath path: String) -> Int? {
        referenceIndex.index(ofPath: path)
    }

    /// The note a graph node stands for, if it has one.
    public func note(for node: Graph.NodeID) -> Note? {
        graph.noteIndex(of: node).map { notes[$0] }
    }

    /// Every reference a note makes, each with what it resolves to, as the graph resolves them.
    func references(ofNote index: Int) -> ResolvedReferences {
        resolved[index]
    }

    /// The interview notes that write up a meeting an earlier note already does (the same
    /// people on the same day, `DuplicateNotes`), each with the first note of that meeting.
    func notesOfOneMeeting() -> [(later: Int, first: Int)] {
        DuplicateNotes(notes: notes, index: referenceIndex, resolved: resolved).sameMeetings()
    }

    /// The notes whose files are named as a sync tool's or the system's copy of another note's
    /// file in the same folder (`Maria Lopez (Alex's conflicted copy 2026-11-21).md` beside
    /// `Maria Lopez.md`), each with that original; none in most vaults, found on bytes.
    public func syncCopies() -> [(copy: Int, original: Int)] {
        DuplicateNotes(notes: notes, index: referenceIndex, resolved: resolved).syncCopies()
    }

    /// The note the note at `index` is a sync tool's copy of (`syncCopies()`), if it is one;
    /// the other notes are looked at only when its file is named as a copy.
    func original(ofCopy index: Int) -> Int? {
        guard !DuplicateNotes.copiedStems(notes[index].stem).isEmpty else { return nil }
        return syncCopies().first { $0.copy == index }?.original
    }

    /// The notes another note stands for, which counts and lists of meetings leave out: sync
    /// tools' copies (`syncCopies()`) and the later notes of a meeting written up twice
    /// (`notesOfOneMeeting()`), or its first when that is a copy; none in most vaults.
    func notesAnotherStandsFor() -> Set<Int> {
        let copies = Set(syncCopies().map(\.copy))
        var left = copies
        for (later, first) in notesOfOneMeeting() {
            left.insert(copies.contains(first) && !copies.contains(later) ? first : later)
        }
        return left
    }

    /// The text of a vault file, for quoting it in diagnostics.
    public func text(ofFile path: String) -> String? {
        path == ConfigReader.path ? configText : note(atPath: path)?.text
    }

    /// The number of files with at least one error.
    public var filesWithErrors: Int {
        Set(diagnostics.filter { $0.severity == .error }.map(\.file)).count
    }

    /// What a name typed on the command line means.
    public enum Lookup: Equatable, Sendable {
        case found(Graph.NodeID)
        case ambiguous([String])
        case notFound(suggestions: [String])
    }

    /// The node a body link in the note at `notePath` points to, resolved as the graph resolves
    /// body links; `nil` when it leaves the vault, is ambiguous, or names no note or placeholder.
    func node(linkedBy target: Link.Target, from notePath: String) -> Graph.NodeID? {
        let link = Link(target: target, position: .start, blockIndex: 0)
        return Reference(link, in: notePath).flatMap(node(referencedBy:))
    }

    /// The reference to the person a Referrals item names (`ReferenceIndex.referred(by:)`).
    func person(namedBy mention: ReferralMention) -> Reference {
        referenceIndex.referred(by: mention).person
    }

    /// The note or placeholder a reference names, as the graph resolves it; `nil` when it is
    /// ambiguous or names nothing.
    func node(referencedBy reference: Reference) -> Graph.NodeID? {
        switch referenceIndex.resolve(reference) {
        case .note(let index):
            return Graph.node(ofNote: index)
        case .ambiguous:
            return nil
        case .missing:
            return GraphBuilder.placeholder(named: GraphBuilder.displayName(of: reference), in: placeholders)
        }
    }

    /// The notes `name` finds as a reference would (SPEC §2.4: path, file name, name, title,
    /// alias, slug), as indices into `notes`; when several match, those of kind `kind` if any.
    func notes(foundBy name: String, preferring kind: NoteKind? = nil) -> [Int] {
        switch referenceIndex.resolve(Reference(target: name, form: .name, position: .start), preferring: kind) {
        case .note(let index): return [index]
        case .ambiguous(let indices): return indices
        case .missing: return []
        }
    }

    /// The plain note (no `type:`, outside the kinds' folders) that the name of `node`, a person
    /// with no note, finds as a reference would: `People/Priya Raman.md` for the Priya Raman a
    /// Referrals item names. It is not theirs until it says `type: contact`, and a second note
    /// (`new contact`) would be refused where it stands: what to do about them is to make it theirs.
    public func plainNote(namedAs node: Graph.NodeID) -> Note? {
        guard graph.nodes[node].kind == .placeholderPerson else { return nil }
        let found = notes(foundBy: graph.nodes[node].name)
        guard found.count == 1, notes[found[0]].kind == .note else { return nil }
        return notes[found[0]]
    }

    /// Finds a note or placeholder by anything a reference may use: path, stem, name, alias, slug.
    /// With `matchingWords` (a name typed to find someone, not to name a new note), failing
    /// those, the one contact whose name is the name written another way
    /// (`contactNotes(lookingLike:)`: `Lopez, Maria` for Maria Lopez), else the one person or
    /// organization whose name holds the words (`nodes(namedByWords:)`).
    /// With `someone`, only a person or an organization is found but by its path
    /// (`ReferenceIndex.resolve`). The suggestions for a name that finds nothing are close
    /// names and names written another way, by name (`NameKey.precedes`); for `someone` or a
    /// `kind` of person or organization, only people's and organizations' (never an
    /// interview's title).
    public func lookup(
        _ name: String, preferring kind: NoteKind? = nil, someone: Bool = false, matchingWords: Bool = false
    ) -> Lookup {
        let reference = Reference(target: name, form: .name, position: .start)
        switch referenceIndex.resolve(reference, preferring: kind, someone: someone) {
        case .note(let index):
            return .found(Graph.node(ofNote: index))
        case .ambiguous(let candidates):
            return .ambiguous(referenceIndex.paths(candidates))
        case .missing:
            if let node = GraphBuilder.placeholder(named: name, in: placeholders) { return .found(node) }
            // `Thomas, Zelda`, as a field written so is read (`ReferenceIndex.person(_:)`).
            if let reading = ReferenceIndex.familyNameFirstReading(of: reference),
                case .found(let node) = lookup(reading.person.target, preferring: kind, someone: someone)
            {
                return .found(node)
            }
            let key = NameKey.fold(name)
            if key == NameKey.fold(config.ownerName) { return .found(Graph.owner) }
            let lookingLike = contactNotes(lookingLike: name).map(Graph.node(ofNote:))
            if matchingWords {
                if lookingLike.count == 1 { return .found(lookingLike[0]) }
                let byWords = nodes(namedByWords: key)
                if byWords.count == 1 { return .found(byWords[0]) }
            }
            let onlySomeone = someone || kind?.isSomeone == true
            let close = graph.nodes.indices.filter { node in
                guard !onlySomeone || isSomeone(graph.nodes[node]) else { return false }
                let folded = NameKey.fold(graph.nodes[node].name)
                return Spelling.distance(folded, key, limit: 2) != nil || folded.contains(key)
                    || lookingLike.contains(node)
            }.map { graph.nodes[$0].name }
            return .notFound(suggestions: Array(Set(close)).sorted(by: NameKey.precedes).prefix(5).map { $0 })
        }
    }

    /// Whether `node` is a person or an organization: a contact's or an organization's note, or
    /// a placeholder; not you, an interview, the pitch or a plain note.
    private func isSomeone(_ node: Graph.Node) -> Bool {
        switch node.kind {
        case .placeholderPerson, .placeholderOrganization: return true
        case .note(let index): return notes[index].kind.isSomeone
        case .owner: return false
        }
    }

    /// The people and organizations (notes and placeholders) whose name or an alias holds the
    /// folded words of `key` one after the other, as whole words: `Priya` or `raman` for Priya
    /// Raman, `northwind` for Northwind Health, `bob` for Robert "Bob" Smith, `jones` for Jane
    /// Smith-Jones, `jose` or `nunez` for José Núñez, `obrien` for Mary O'Brien. What people type
    /// on the command line, where accents are hard to type.
    private func nodes(namedByWords key: String) -> [Graph.NodeID] {
        // The words of the slug (SPEC §2.4): case and diacritics folded, apostrophes dropped
        // (O'Neil is `oneil`); quotes, brackets and hyphens part words.
        let words = { (text: String) in NameKey.slug(text).split(separator: "-") }
        let typed = words(key)
        guard !typed.isEmpty else { return [] }
        let holdsTyped = { (name: String) -> Bool in
            let words = words(name)
            guard words.count >= typed.count else { return false }
            return (0...words.count - typed.count).contains { words[$0..<$0 + typed.count].elementsEqual(typed) }
        }
        return graph.nodes.indices.filter { node in
            let entry = graph.nodes[node]
            switch entry.kind {
            case .placeholderPerson, .placeholderOrganization:
                return holdsTyped(entry.name)
            case .note(let index):
                let note = notes[index]
                guard note.kind == .contact || note.kind == .organization else { return false }
                return holdsTyped(note.name) || note.aliases.contains(where: holdsTyped)
            case .owner:
                return false
            }
        }
    }
}
