/// Builds the graph from the notes: resolves every reference, creates placeholders for
/// people and organizations that have no note yet, and reports what cannot be resolved.
struct GraphBuilder {
    private let notes: [Note]
    private let index: ReferenceIndex
    private let ownerKey: String
    private(set) var graph = Graph(nodes: [], edges: [])
    private var nodes: [Graph.Node]
    private var edges: [Graph.Edge] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Placeholders by kind and folded name.
    private(set) var placeholders: [PlaceholderKey: Graph.NodeID] = [:]
    private var edgeIndex: [UInt64: Int] = [:]
    private var referrals: [ReferralStatement] = []
    private let closeNames: CloseNames
    /// The close names found for each missing name, by the kinds looked among and the name.
    private var closeMatches: [String: [CloseNames.Match]] = [:]
    /// The interviews by day, made at the first link that starts with a date and names no note.
    private var interviewsByDay: [LocalDate: [Int]]?

    struct PlaceholderKey: Hashable {
        var kind: Graph.Node.Kind
        var name: String
    }

    private struct EdgeKey {
        var kind: Graph.EdgeKind
        var from: Graph.NodeID
        var to: Graph.NodeID

        /// The key packed into one integer, which hashes much faster than three fields.
        var packed: UInt64 {
            let kindBits: UInt64
            switch kind {
            case .referred: kindBits = 0
            case .worksAt: kindBits = 1
            case .met: kindBits = 2
            case .linksTo: kindBits = 3
            }
            return kindBits << 62 | UInt64(truncatingIfNeeded: from) << 31 | UInt64(truncatingIfNeeded: to)
                & 0x7FFF_FFFF
        }
    }

    /// One place that says A referred B.
    private struct ReferralStatement {
        var from: Graph.NodeID
        var to: Graph.NodeID
        var source: Graph.Source
        var interviewDate: LocalDate?
        var addedDate: LocalDate?
        /// For a Referrals item: everyone the interview met (the item credits them all unless
        /// the referred person's `referred_by` names some of them).
        var present: [Graph.NodeID] = []
    }

    init(notes: [Note], index: ReferenceIndex, owner: String) {
        self.notes = notes
        self.index = index
        ownerKey = NameKey.fold(owner)
        closeNames = CloseNames(notes: notes, lookAlikeKeys: index.lookAlikeKeys)
        nodes = [Graph.Node(kind: .owner, name: owner, isPerson: false)]
        nodes += notes.indices.map {
            Graph.Node(kind: .note($0), name: notes[$0].name, isPerson: notes[$0].kind == .contact)
        }
    }

    mutating func build() {
        let resolved = parallelMap(count: notes.count, makeState: {}) { [notes, index] _, note in
            ResolvedReferences(
                path: notes[note].path, details: notes[note].details, links: notes[note].body.links, index: index)
        }
        // Most references become an edge, field references two (links-to besides their own):
        // reserving room once saves regrowing both tables.
        let references = resolved.reduce(0) { $0 + $1.count }
        edges.reserveCapacity(2 * references)
        edgeIndex.reserveCapacity(2 * references)
        for note in resolved.indices { addFieldEdges(of: note, resolved[note]) }
        addReferralEdges()
        for note in resolved.indices { addBodyLinks(of: note, resolved[note]) }
        graph = Graph(nodes: nodes, edges: edges)
        diagnostics += DuplicateNotes(notes: notes, index: index).diagnostics()
        reportReferralCycles()
    }

    // MARK: Edges from front matter and sections

    private mutating func addFieldEdges(of noteIndex: Int, _ references: ResolvedReferences) {
        let path = notes[noteIndex].path
        let node = Graph.node(ofNote: noteIndex)
        if let entry = references.organization, let organization = resolve(entry, in: path, as: .organization) {
            addEdge(.worksAt, from: node, to: organization, at: entry.reference, in: path)
            addEdge(.linksTo, from: node, to: organization, at: entry.reference, in: path)
        }
        for entry in references.referredBy {
            guard let referrer = resolve(entry, in: path, as: .contact) else { continue }
            addEdge(.linksTo, from: node, to: referrer, at: entry.reference, in: path)
            guard referrer != node else {
                report(
                    .warning, .selfReferral, "\(notes[noteIndex].name) cannot have referred themselves",
                    entry.reference, in: path)
                continue
            }
            referrals.append(
                ReferralStatement(
                    from: referrer, to: node, source: source(entry.reference, in: path), addedDate: references.added))
        }
        var met: [Graph.NodeID] = []
        for entry in references.interviewContacts {
            guard let person = resolve(entry, in: path, as: .contact) else { continue }
            met.append(person)
            addEdge(.met, from: node, to: person, at: entry.reference, in: path)
            addEdge(.linksTo, from: node, to: person, at: entry.reference, in: path)
        }
        for entry in references.referrals {
            guard let person = resolve(entry, in: path, as: .contact) else { continue }
            for referrer in met where referrer != person {
                referrals.append(
                    ReferralStatement(
                        from: referrer, to: person, source: source(entry.reference, in: path),
                        interviewDate: references.interviewDate, addedDate: added(person), present: met))
            }
        }
    }

    /// A contact's `added` date, which dates a referral when the interview has no valid date.
    private func added(_ node: Graph.NodeID) -> LocalDate? {
        guard case .note(let index) = nodes[node].kind else { return nil }
        return notes[index].contact?.added
    }

    /// One `referred` edge per pair of people, dated with the earliest interview that
    /// produced it, else with the referred contact's `added` date.
    ///
    /// A Referrals item of an interview with several people credits them all, unless the
    /// referred person's own `referred_by` names some of those present: then only those.
    private mutating func addReferralEdges() {
        var namedBy: [Graph.NodeID: Set<Graph.NodeID>] = [:]
        for statement in referrals where statement.present.isEmpty && statement.interviewDate == nil {
            namedBy[statement.to, default: []].insert(statement.from)
        }
        // Referral edges are new edges, one after another: their dates go in an array beside them.
        let first = edges.count
        var dates: [(interview: LocalDate?, added: LocalDate?)] = []
        for statement in referrals where statement.to != Graph.owner {
            if statement.present.count > 1, let named = namedBy[statement.to], !named.contains(statement.from),
                statement.present.contains(where: named.contains)
            {
                continue
            }
            let edge = addEdge(EdgeKey(kind: .referred, from: statement.from, to: statement.to), statement.source)
            if edge - first == dates.count { dates.append((nil, nil)) }
            if let date = statement.interviewDate {
                dates[edge - first].interview = min(dates[edge - first].interview ?? date, date)
            }
            if let date = statement.addedDate {
                dates[edge - first].added = min(dates[edge - first].added ?? date, date)
            }
        }
        for (offset, date) in dates.enumerated() {
            let edge = first + offset
            edges[edge].date = date.interview ?? date.added
            if let date = edges[edge].date, let reached = reached(edges[edge].to), reached < date {
                edges[edge].cameAfterContact = true
            }
        }
    }

    /// The day you first reached a contact on your own: their first outreach in the Log, or
    /// their `added` date when they have a `source` (you found them yourself).
    private func reached(_ node: Graph.NodeID) -> LocalDate? {
        guard case .note(let index) = nodes[node].kind, let contact = notes[index].contact else { return nil }
        let outreach = contact.log.lazy.filter { $0.event?.isOutreach == true }.map(\.date).min()
        let found = contact.source == nil ? nil : contact.added
        return [outreach, found].compactMap { $0 }.min()
    }

    // MARK: Body links

    private mutating func addBodyLinks(of noteIndex: Int, _ references: ResolvedReferences) {
        let path = notes[noteIndex].path
        let node = Graph.node(ofNote: noteIndex)
        for entry in references.bodyLinks {
            let target: Graph.NodeID?
            switch entry.resolution {
            case .note(let index):
                target = Graph.node(ofNote: index)
            case .ambiguous(let candidates):
                reportAmbiguous(entry.reference, candidates, in: path)
                target = nil
            case .missing:
                target = existingPlaceholder(named: entry.reference) ?? ownerNode(entry.reference)
                if target == nil { reportMissing(entry.reference, in: path, placeholder: nil) }
            }
            if let target, target != node { addEdge(.linksTo, from: node, to: target, at: entry.reference, in: path) }
        }
    }

    // MARK: Resolution

    /// The node a field reference names; a placeholder when no note matches.
    private mutating func resolve(_ entry: ResolvedReferences.Entry, in path: String, as kind: NoteKind)
        -> Graph.NodeID?
    {
        switch entry.resolution {
        case .note(let target):
            let found = notes[target].kind
            guard found == kind else {
                report(
                    .warning, .wrongKind,
                    "'\(entry.reference.target)' is \(found.withArticle) (\(notes[target].path)), not \(kind.withArticle)",
                    entry.reference, in: path, hint: "point this at \(kind.withArticle) note")
                return nil
            }
            return Graph.node(ofNote: target)
        case .ambiguous(let candidates):
            reportAmbiguous(entry.reference, candidates, in: path)
            return nil
        case .missing:
            if kind == .contact, let owner = ownerNode(entry.reference) { return owner }
            let placeholderKind: Graph.Node.Kind =
                kind == .organization ? .placeholderOrganization : .placeholderPerson
            reportMissing(entry.reference, in: path, placeholder: placeholderKind)
            return placeholder(placeholderKind, for: entry.reference)
        }
    }

    private func ownerNode(_ reference: Reference) -> Graph.NodeID? {
        reference.form != .path && NameKey.fold(reference.target) == ownerKey ? Graph.owner : nil
    }

    private mutating func placeholder(_ kind: Graph.Node.Kind, for reference: Reference) -> Graph.NodeID {
        let name = Self.displayName(of: reference)
        let key = PlaceholderKey(kind: kind, name: NameKey.fold(name))
        if let existing = placeholders[key] { return existing }
        nodes.append(Graph.Node(kind: kind, name: name, isPerson: kind == .placeholderPerson))
        placeholders[key] = nodes.count - 1
        return nodes.count - 1
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
        _ kind: Graph.EdgeKind, from: Graph.NodeID, to: Graph.NodeID, at reference: Reference, in path: String
    ) {
        addEdge(EdgeKey(kind: kind, from: from, to: to), source(reference, in: path))
    }

    /// Adds an edge, or another source to the same edge; returns its index.
    @discardableResult
    private mutating func addEdge(_ key: EdgeKey, _ source: Graph.Source) -> Int {
        if let edge = edgeIndex[key.packed] {
            edges[edge].moreSources.append(source)
            return edge
        }
        edges.append(Graph.Edge(kind: key.kind, from: key.from, to: key.to, source: source))
        edgeIndex[key.packed] = edges.count - 1
        return edges.count - 1
    }

    private func source(_ reference: Reference, in path: String) -> Graph.Source {
        Graph.Source(file: path, line: reference.position.line)
    }

    // MARK: Diagnostics

    private mutating func report(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, _ reference: Reference,
        in path: String, hint: String? = nil
    ) {
        diagnostics.append(Diagnostic(severity, code, message, file: path, at: reference.position, hint: hint))
    }

    /// How many of the notes a reference could mean its error names: a name shared by
    /// thousands of notes, referred to by each, made an error list of millions of paths.
    static let candidatesNamed = 5

    private mutating func reportAmbiguous(_ reference: Reference, _ candidates: [Int], in path: String) {
        let paths = index.paths(Array(candidates.prefix(Self.candidatesNamed)))
        let more = candidates.count - paths.count
        let list = paths.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
        report(
            .error, .ambiguousReference, "'\(reference.target)' could mean \(candidates.count) notes: \(list)",
            reference,
            in: path, hint: "link to one by its path, e.g. [[\(VaultPath.stripMarkdownExtension(paths[0]))]]")
    }

    /// A reference to a missing note: a look-alike of a contact's name when it names that
    /// person another way, else a missing note, with the close names first in the hint.
    private mutating func reportMissing(_ reference: Reference, in path: String, placeholder: Graph.Node.Kind?) {
        let name = Self.displayName(of: reference)
        switch placeholder {
        case .placeholderPerson?:
            let close = closeNotes(to: name, among: [.contact])
            let create = "create one with: grapevine new contact \"\(name)\""
            if let same = close.first(where: { $0.distance == 0 && NameKey.initialsAgree(name, notes[$0.note].name) }) {
                let note = notes[same.note]
                report(
                    .warning, .lookAlikeNames,
                    "no note for '\(name)', but '\(note.name)' (\(location(ofNote: same.note))) looks like the same person",
                    reference, in: path,
                    hint:
                        "if it is them, write '\(note.name)' here or add '\(name)' to their aliases; if not, \(create)")
                return
            }
            report(
                .warning, .missingNote, "no note for '\(name)' yet; they are a placeholder person", reference, in: path,
                hint: suggesting(close, else: create))
        case .placeholderOrganization?:
            let close = closeNotes(to: name, among: [.organization])
            report(
                .warning, .missingNote, "no note for '\(name)' yet; it is a placeholder organization", reference,
                in: path, hint: suggesting(close, else: "create one with: grapevine new org \"\(name)\""))
        default:
            let what = reference.form == .path ? "file '\(reference.target)'" : "note '\(reference.target)'"
            let interviews = interviews(namedBy: reference.target)
            let hint: String
            if interviews.isEmpty {
                let close = closeNotes(to: name, among: [.contact, .organization, .pitch, .note])
                hint = suggesting(close, else: "check the spelling, or create the note")
            } else {
                hint = suggesting(interviews: interviews)
            }
            report(.warning, .missingNote, "link to a missing \(what)", reference, in: path, hint: hint)
        }
    }

    /// The interviews a link such as `[[2026-11-12 Priya Raman]]` means: those of its date,
    /// and of them, when there are several, those whose people or file name have the rest of
    /// the link in them (an interview has no name of its own to link by).
    private mutating func interviews(namedBy target: String) -> [Int] {
        guard target.utf8.count >= 10, let day = LocalDate(target.prefix(10)) else { return [] }
        if interviewsByDay == nil {
            var byDay: [LocalDate: [Int]] = [:]
            for (index, note) in notes.enumerated() {
                if let date = note.interview?.date?.date { byDay[date, default: []].append(index) }
            }
            interviewsByDay = byDay
        }
        let onDay = interviewsByDay?[day] ?? []
        // As slugs, so that "José" finds `jose` in a file name and "Priya Raman" finds "priya-raman".
        let rest = NameKey.slug(String(target.dropFirst(10)))
        guard onDay.count > 1, !rest.isEmpty else { return onDay }
        let named = onDay.filter { index in
            let words = notes[index].interview?.contacts.map(\.target) ?? []
            return (words + [notes[index].path]).contains { NameKey.slug($0).contains(rest) }
        }
        return named.isEmpty ? onDay : named
    }

    /// "did you mean [[interviews/2026-11-12-priya]] (the interview with Priya Raman on
    /// 2026-11-12)? an interview is linked by its file".
    private func suggesting(interviews: [Int]) -> String {
        let shown = interviews.prefix(3).map { index in
            let interview = notes[index].interview
            let people = Prose.list(interview?.contacts.map(\.target) ?? [])
            let day = interview?.date.map { " on \($0.date)" } ?? ""
            return "[[\(VaultPath.stripMarkdownExtension(notes[index].path))]] (the interview with \(people)\(day))"
        }
        let more = interviews.count > 3 ? " (and \(interviews.count - 3) more that day)" : ""
        return "did you mean \(shown.joined(separator: " or "))\(more)? an interview is linked by its file"
    }

    /// The notes of `kinds` with a name close to `name`, worked out once per name.
    private mutating func closeNotes(to name: String, among kinds: Set<NoteKind>) -> [CloseNames.Match] {
        let key = kinds.map(\.rawValue).sorted().joined(separator: ",") + "\u{0}" + name
        if let known = closeMatches[key] { return known }
        let found = closeNames.matches(for: name, kinds: kinds)
        closeMatches[key] = found
        return found
    }

    /// "did you mean 'Maria Lopez' (contacts/maria-lopez.md)? if not, `otherwise`".
    private func suggesting(_ close: [CloseNames.Match], else otherwise: String) -> String {
        guard !close.isEmpty else { return otherwise }
        let names = close.map { "'\(notes[$0.note].name)' (\(notes[$0.note].path))" }
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names[0]
        return "did you mean \(list)? if not, \(otherwise)"
    }

    /// `contacts/obi.md:2`: a note's file and the line of its `name`, else its first line.
    private func location(ofNote index: Int) -> String {
        "\(notes[index].path):\(namePosition(ofNote: index).line)"
    }

    private func namePosition(ofNote index: Int) -> SourcePosition {
        notes[index].frontMatter.entry("name")?.value.position ?? .start
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
