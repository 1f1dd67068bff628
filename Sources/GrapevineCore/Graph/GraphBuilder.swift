/// Builds the graph from the notes: resolves every reference, creates placeholders for
/// people and organizations that have no note yet, and reports what cannot be resolved.
struct GraphBuilder {
    private let notes: [Note]
    private let index: ReferenceIndex
    private let ownerKey: String?
    private(set) var graph: Graph
    private(set) var diagnostics: [Diagnostic] = []
    /// Placeholders by kind and folded name.
    private(set) var placeholders: [PlaceholderKey: Graph.NodeID] = [:]
    private var edgeIndex: [EdgeKey: Int] = [:]
    private var referrals: [ReferralStatement] = []

    struct PlaceholderKey: Hashable {
        var kind: Graph.Node.Kind
        var name: String
    }

    private struct EdgeKey: Hashable {
        var kind: Graph.EdgeKind
        var from: Graph.NodeID
        var to: Graph.NodeID
    }

    /// One place that says A referred B.
    private struct ReferralStatement {
        var from: Graph.NodeID
        var to: Graph.NodeID
        var source: Graph.Source
        var interviewDate: LocalDate?
        var addedDate: LocalDate?
    }

    init(notes: [Note], index: ReferenceIndex, owner: String) {
        self.notes = notes
        self.index = index
        ownerKey = NameKey.fold(owner)
        var nodes = [Graph.Node(kind: .owner, name: owner)]
        nodes += notes.enumerated().map { Graph.Node(kind: .note($0.offset), name: $0.element.name) }
        graph = Graph(
            nodes: nodes, edges: [], outgoing: Array(repeating: [], count: nodes.count),
            incoming: Array(repeating: [], count: nodes.count))
    }

    mutating func build() {
        for noteIndex in notes.indices { addFieldEdges(of: noteIndex) }
        addReferralEdges()
        for noteIndex in notes.indices { addBodyLinks(of: noteIndex) }
        reportDuplicateNames()
        reportReferralCycles()
    }

    // MARK: Edges from front matter and sections

    private mutating func addFieldEdges(of noteIndex: Int) {
        let note = notes[noteIndex]
        let node = Graph.node(ofNote: noteIndex)
        switch note.details {
        case .contact(let contact):
            if let reference = contact.organization,
                let organization = resolve(reference, in: note, as: .organization)
            {
                addEdge(.worksAt, from: node, to: organization, at: reference, in: note)
                addEdge(.linksTo, from: node, to: organization, at: reference, in: note)
            }
            for reference in contact.referredBy {
                guard let referrer = resolve(reference, in: note, as: .contact) else { continue }
                addEdge(.linksTo, from: node, to: referrer, at: reference, in: note)
                guard referrer != node else {
                    report(.warning, .selfReferral, "\(note.name) cannot have referred themselves", reference, in: note)
                    continue
                }
                referrals.append(
                    ReferralStatement(
                        from: referrer, to: node, source: source(reference, in: note), addedDate: contact.added))
            }
        case .interview(let interview):
            var met: [Graph.NodeID] = []
            for reference in interview.contacts {
                guard let person = resolve(reference, in: note, as: .contact) else { continue }
                met.append(person)
                addEdge(.met, from: node, to: person, at: reference, in: note)
                addEdge(.linksTo, from: node, to: person, at: reference, in: note)
            }
            for mention in interview.referrals {
                guard let person = resolve(mention.person, in: note, as: .contact) else { continue }
                for referrer in met where referrer != person {
                    referrals.append(
                        ReferralStatement(
                            from: referrer, to: person, source: source(mention.person, in: note),
                            interviewDate: interview.date?.date))
                }
            }
        case .organization, .other:
            break
        }
    }

    /// One `referred` edge per pair of people, dated with the earliest interview that
    /// produced it, else with the referred contact's `added` date.
    private mutating func addReferralEdges() {
        var interviewDates: [Int: LocalDate] = [:]
        var addedDates: [Int: LocalDate] = [:]
        for statement in referrals {
            let key = EdgeKey(kind: .referred, from: statement.from, to: statement.to)
            let edge = edgeIndex[key] ?? appendEdge(key)
            graph.edges[edge].sources.append(statement.source)
            if let date = statement.interviewDate { interviewDates[edge] = min(interviewDates[edge] ?? date, date) }
            if let date = statement.addedDate { addedDates[edge] = min(addedDates[edge] ?? date, date) }
        }
        for edge in Set(interviewDates.keys).union(addedDates.keys) {
            graph.edges[edge].date = interviewDates[edge] ?? addedDates[edge]
        }
    }

    // MARK: Body links

    private mutating func addBodyLinks(of noteIndex: Int) {
        let note = notes[noteIndex]
        let node = Graph.node(ofNote: noteIndex)
        for link in note.body.links {
            guard let reference = Reference(link, in: note.path) else { continue }
            let target: Graph.NodeID?
            switch index.resolve(reference) {
            case .note(let index):
                target = Graph.node(ofNote: index)
            case .ambiguous(let candidates):
                reportAmbiguous(reference, candidates, in: note)
                target = nil
            case .missing:
                target = existingPlaceholder(named: reference) ?? ownerNode(reference)
                if target == nil { reportMissing(reference, in: note, placeholder: nil) }
            }
            if let target, target != node { addEdge(.linksTo, from: node, to: target, at: reference, in: note) }
        }
    }

    // MARK: Resolution

    /// The node a field reference names; a placeholder when no note matches.
    private mutating func resolve(_ reference: Reference, in note: Note, as kind: NoteKind) -> Graph.NodeID? {
        switch index.resolve(reference, preferring: kind) {
        case .note(let target):
            return Graph.node(ofNote: target)
        case .ambiguous(let candidates):
            reportAmbiguous(reference, candidates, in: note)
            return nil
        case .missing:
            if kind == .contact, let owner = ownerNode(reference) { return owner }
            let placeholderKind: Graph.Node.Kind =
                kind == .organization ? .placeholderOrganization : .placeholderPerson
            reportMissing(reference, in: note, placeholder: placeholderKind)
            return placeholder(placeholderKind, for: reference)
        }
    }

    private func ownerNode(_ reference: Reference) -> Graph.NodeID? {
        reference.form != .path && NameKey.fold(reference.target) == ownerKey ? Graph.owner : nil
    }

    private mutating func placeholder(_ kind: Graph.Node.Kind, for reference: Reference) -> Graph.NodeID {
        let name = Self.displayName(of: reference)
        let key = PlaceholderKey(kind: kind, name: NameKey.fold(name))
        if let existing = placeholders[key] { return existing }
        graph.nodes.append(Graph.Node(kind: kind, name: name))
        graph.outgoing.append([])
        graph.incoming.append([])
        placeholders[key] = graph.nodes.count - 1
        return graph.nodes.count - 1
    }

    private func existingPlaceholder(named reference: Reference) -> Graph.NodeID? {
        let name = NameKey.fold(Self.displayName(of: reference))
        return placeholders[PlaceholderKey(kind: .placeholderPerson, name: name)]
            ?? placeholders[PlaceholderKey(kind: .placeholderOrganization, name: name)]
    }

    /// The name a placeholder shows: the target, or for a path the de-slugged file stem.
    static func displayName(of reference: Reference) -> String {
        reference.form == .path ? NoteReader.deslugged(VaultPath.stem(of: reference.target)) : reference.target
    }

    // MARK: Edges

    private mutating func addEdge(
        _ kind: Graph.EdgeKind, from: Graph.NodeID, to: Graph.NodeID, at reference: Reference, in note: Note
    ) {
        let key = EdgeKey(kind: kind, from: from, to: to)
        let edge = edgeIndex[key] ?? appendEdge(key)
        graph.edges[edge].sources.append(source(reference, in: note))
    }

    private mutating func appendEdge(_ key: EdgeKey) -> Int {
        graph.edges.append(Graph.Edge(kind: key.kind, from: key.from, to: key.to, sources: [], date: nil))
        let edge = graph.edges.count - 1
        graph.outgoing[key.from].append(edge)
        graph.incoming[key.to].append(edge)
        edgeIndex[key] = edge
        return edge
    }

    private func source(_ reference: Reference, in note: Note) -> Graph.Source {
        Graph.Source(file: note.path, line: reference.position.line)
    }

    // MARK: Diagnostics

    private mutating func report(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, _ reference: Reference,
        in note: Note, hint: String? = nil
    ) {
        diagnostics.append(Diagnostic(severity, code, message, file: note.path, at: reference.position, hint: hint))
    }

    private mutating func reportAmbiguous(_ reference: Reference, _ candidates: [Int], in note: Note) {
        let paths = index.paths(candidates)
        report(
            .error, .ambiguousReference,
            "'\(reference.target)' could mean \(paths.count) notes: \(paths.joined(separator: ", "))", reference,
            in: note, hint: "link to one by its path, e.g. [[\(VaultPath.stripMarkdownExtension(paths[0]))]]")
    }

    private mutating func reportMissing(_ reference: Reference, in note: Note, placeholder: Graph.Node.Kind?) {
        let name = Self.displayName(of: reference)
        switch placeholder {
        case .placeholderPerson?:
            report(
                .warning, .missingNote, "no note for '\(name)' yet; they are a placeholder person", reference, in: note,
                hint: "create one with: grapevine new contact \"\(name)\"")
        case .placeholderOrganization?:
            report(
                .warning, .missingNote, "no note for '\(name)' yet; it is a placeholder organization", reference,
                in: note, hint: "create one with: grapevine new org \"\(name)\"")
        default:
            let what = reference.form == .path ? "file '\(reference.target)'" : "note '\(reference.target)'"
            report(.warning, .missingNote, "link to a missing \(what)", reference, in: note,
                   hint: "check the spelling, or create the note")
        }
    }

    private mutating func reportDuplicateNames() {
        var byName: [String: [Int]] = [:]
        for (index, note) in notes.enumerated() where note.kind != .interview {
            byName[NameKey.fold(note.name), default: []].append(index)
        }
        for group in byName.values where group.count > 1 {
            let first = notes[group[0]]
            for index in group.dropFirst() {
                let note = notes[index]
                let position = note.frontMatter.entry("name")?.value.position ?? .start
                diagnostics.append(
                    Diagnostic(
                        .warning, .duplicateName, "another note is also named '\(note.name)': \(first.path)",
                        file: note.path, at: position,
                        hint: "give one a different name; references to '\(note.name)' are ambiguous"))
            }
        }
    }

    private mutating func reportReferralCycles() {
        for cycle in ReferralCycles.find(in: graph) {
            let names = (cycle + [cycle[0]]).map { graph.nodes[$0].name }.joined(separator: " → ")
            let edge = graph.edges(.referred, from: cycle[0]).first { $0.to == cycle[1 % cycle.count] }
            guard let source = edge?.sources.first else { continue }
            diagnostics.append(
                Diagnostic(
                    .info, .referralCycle, "referral cycle: \(names)", file: source.file,
                    at: SourcePosition(line: source.line, column: 1)))
        }
    }
}
