/// Builds the graph from the notes and what their references resolve to: creates
/// placeholders for people and organizations that have no note yet, and the edges.
///
/// What cannot be resolved is `ReferenceProblems`' to report.
struct GraphBuilder {
    private let notes: [Note]
    private let ownerKey: String
    private let resolved: [ResolvedReferences]
    private(set) var graph = Graph(nodes: [], edges: [])
    private var nodes: [Graph.Node]
    private var edges: [Graph.Edge] = []
    /// Placeholders by kind and folded name.
    private(set) var placeholders: [PlaceholderKey: Graph.NodeID] = [:]
    private var edgeIndex: [UInt64: Int] = [:]
    private var referrals: [ReferralStatement] = []
    /// The day of the first dated interview with each person, by node: it is how you reached
    /// them, if no Log entry says so before (`reached(_:)`).
    private var firstInterview: [Graph.NodeID: LocalDate] = [:]

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
        /// the referred person's `referred_by`, or else the item's own words, name some of them).
        var present: [Graph.NodeID] = []
        /// Those of `present` the item's words name besides the person (`- Farah Haddad —
        /// Claire's friend`): who gave the name, when the person's note does not say.
        var namedInItem: [Graph.NodeID] = []
        /// A `referred_by` in the person's own note.
        var isOwnNote = false
    }

    /// A builder for `notes`, whose references resolve as `resolved` says (one per note).
    init(notes: [Note], resolved: [ResolvedReferences], owner: String) {
        self.notes = notes
        self.resolved = resolved
        ownerKey = NameKey.fold(owner)
        nodes = [Graph.Node(kind: .owner, name: owner, isPerson: false)]
        nodes += notes.indices.map {
            Graph.Node(kind: .note($0), name: notes[$0].name, isPerson: notes[$0].kind == .contact)
        }
    }

    /// Every note's references, resolved on all cores.
    static func resolve(_ notes: [Note], index: ReferenceIndex) -> [ResolvedReferences] {
        parallelMap(count: notes.count, makeState: {}) { _, note in
            ResolvedReferences(
                path: notes[note].path, details: notes[note].details, links: notes[note].body.links, index: index)
        }
    }

    mutating func build() {
        // Most references become an edge, field references two (links-to besides their own):
        // reserving room once saves regrowing both tables.
        let references = resolved.reduce(0) { $0 + $1.count }
        edges.reserveCapacity(2 * references)
        edgeIndex.reserveCapacity(2 * references)
        for note in resolved.indices { addFieldEdges(of: note, resolved[note]) }
        addReferralEdges()
        for note in resolved.indices { addBodyLinks(of: note, resolved[note]) }
        graph = Graph(nodes: nodes, edges: edges)
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
            guard referrer != node else { continue }
            referrals.append(
                ReferralStatement(
                    from: referrer, to: node, source: source(entry.reference, in: path), addedDate: references.added,
                    isOwnNote: true))
        }
        var met: [Graph.NodeID] = []
        // An interview is named by the people it is with, as their notes name them, not as the
        // reference is written (`[[maria-lopez]]` is María López); someone it cannot tell (an
        // ambiguous name, a note of another kind) by the reference as written.
        var people: [String] = []
        for entry in references.interviewContacts {
            guard let person = resolve(entry, in: path, as: .contact) else {
                people.append(NoteReader.personName(entry.reference))
                continue
            }
            if !met.contains(person) { people.append(nodes[person].name) }
            met.append(person)
            if let date = references.interviewDate, firstInterview[person].map({ date < $0 }) != false {
                firstInterview[person] = date
            }
            addEdge(.met, from: node, to: person, at: entry.reference, in: path)
            addEdge(.linksTo, from: node, to: person, at: entry.reference, in: path)
        }
        if let interview = notes[noteIndex].interview, !notes[noteIndex].hasExplicitName,
            let name = NoteReader.interviewName(people: people, date: interview.date)
        {
            nodes[node].name = name
        }
        // A meeting called off produced no names: nobody gave them (SPEC §2.2).
        let calledOff = notes[noteIndex].interview?.status != nil
        let mentions = notes[noteIndex].interview?.referrals ?? []
        for (position, entry) in references.referrals.enumerated()
        where !calledOff && references.uncounted(entry, in: notes) == nil {
            guard let person = resolve(entry, in: path, as: .contact) else { continue }
            // `Beatriz Nunes at [[Civic Design Collective]]`, with no note of her own to say so.
            if let workplace = entry.workplace, nodes[person].kind == .placeholderPerson {
                let organization =
                    switch workplace {
                    case .note(let index): Graph.node(ofNote: index)
                    case .placeholder(let reference): placeholder(.placeholderOrganization, for: reference)
                    }
                addEdge(.worksAt, from: person, to: organization, at: entry.reference, in: path)
            }
            let named = met.count > 1 && position < mentions.count ? self.named(in: mentions[position], among: met) : []
            for referrer in met where referrer != person {
                referrals.append(
                    ReferralStatement(
                        from: referrer, to: person, source: source(entry.reference, in: path),
                        interviewDate: references.interviewDate, addedDate: added(person), present: met,
                        namedInItem: named))
            }
        }
    }

    /// The people of `present` whom `mention`'s words besides the person name: their full
    /// name, or their first name when no one else there has it, written with a capital.
    private func named(in mention: ReferralMention, among present: [Graph.NodeID]) -> [Graph.NodeID] {
        guard let remark = mention.remark else { return [] }
        let names = present.map { person in
            let name = nodes[person].name
            var first: String?
            if case .note(let index) = nodes[person].kind { first = notes[index].contact?.firstName }
            return (full: Self.nameWords(name), first: Self.nameWords(first ?? Prose.firstName(name)))
        }
        return Self.people(namedIn: remark, names: names).map { present[$0] }
    }

    /// A contact's `added` date, which dates a referral when the interview has no valid date.
    private func added(_ node: Graph.NodeID) -> LocalDate? {
        guard case .note(let index) = nodes[node].kind else { return nil }
        return notes[index].contact?.added
    }

    /// One `referred` edge per pair of people, dated with the earliest date any place that
    /// says so gives (a Referrals item: its interview's date; a `referred_by`, or an item of an
    /// interview without a valid date: the referred contact's `added`), and with that place as
    /// its source. A `referred_by` dated before you reached the person, or not dated at all (no
    /// `added`), stays how you reached them when the referrer's later interview lists them too
    /// (SPEC §2.5: merged, not lost).
    ///
    /// A Referrals item of an interview with several people credits them all, unless the
    /// referred person's own `referred_by` names some of those present: then only those; else,
    /// unless the item's own words name some of them (`Claire's friend`): then only those.
    private mutating func addReferralEdges() {
        var namedBy: [Graph.NodeID: Set<Graph.NodeID>] = [:]
        for statement in referrals where statement.present.isEmpty && statement.interviewDate == nil {
            namedBy[statement.to, default: []].insert(statement.from)
        }
        // Referral edges are new edges, one after another.
        let first = edges.count
        // A `referred_by` with no date (no `added`) says who gave you the name, not when: it is
        // how you reached them, though the referrer's later interview lists them too.
        var undatedOwnNote = Set<Int>()
        for statement in referrals where statement.to != Graph.owner {
            if statement.present.count > 1 {
                if let named = namedBy[statement.to], statement.present.contains(where: named.contains) {
                    if !named.contains(statement.from) { continue }
                } else if !statement.namedInItem.isEmpty, !statement.namedInItem.contains(statement.from) {
                    continue
                }
            }
            let edge = addEdge(EdgeKey(kind: .referred, from: statement.from, to: statement.to), statement.source)
            if statement.isOwnNote, statement.addedDate == nil { undatedOwnNote.insert(edge) }
            guard let date = statement.interviewDate ?? statement.addedDate else { continue }
            if let known = edges[edge].date, known <= date { continue }
            edges[edge].date = date
            sourceFirst(statement.source, of: edge)
        }
        // The days you reached people read from the notes as they are, not through the builder
        // being changed: that copied the builder and the person's contact for each edge, on
        // the one core that builds the graph.
        let (notes, nodes, firstInterview) = (notes, nodes, firstInterview)
        for edge in first..<edges.count where !undatedOwnNote.contains(edge) {
            guard let date = edges[edge].date else { continue }
            let person = edges[edge].to
            let note = if case .note(let index) = nodes[person].kind { notes[index] } else { nil as Note? }
            if let reached = Self.reached(note?.contact, firstInterview: firstInterview[person]), reached < date {
                edges[edge].cameAfterContact = true
            }
        }
    }

    /// Makes `source`, one of the edge's sources, the first: the place that states its date.
    private mutating func sourceFirst(_ source: Graph.Source, of edge: Int) {
        guard edges[edge].source != source, let at = edges[edge].moreSources.lastIndex(of: source) else { return }
        edges[edge].moreSources.remove(at: at)
        edges[edge].moreSources.insert(edges[edge].source, at: 0)
        edges[edge].source = source
    }

    /// The day you first reached a person (SPEC §2.5), the one definition `next`'s "in touch"
    /// agrees with (`Person.lastContact`): the first Log entry of `contact` that records being
    /// in touch (`LogEvent.isContact`: an outreach, a reply, `met`, `declined`), the day of the
    /// first interview with them (`firstInterview`: one to come or called off was arranged with
    /// them), or their `added` date when they have a `source` (you found them yourself).
    ///
    /// A Log entry dated after today counts only from its day: a referral dated before it is
    /// then how you reached them, and one dated after it is after today, planned
    /// (`Graph.planReferrals(asOf:)`), so no step reads it either way.
    static func reached(_ contact: Contact?, firstInterview: LocalDate?) -> LocalDate? {
        var first = firstInterview
        let earlier = { (day: LocalDate?) in
            if let day, first.map({ day < $0 }) != false { first = day }
        }
        if let contact {
            // By index: each entry read in place, not copied with its strings.
            for index in contact.log.indices where contact.log[index].event?.isContact == true {
                earlier(contact.log[index].date)
            }
            if contact.source != nil { earlier(contact.added) }
        }
        return first
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
            case .ambiguous:
                target = nil
            case .missing:
                target = existingPlaceholder(named: entry.reference) ?? ownerNode(entry.reference)
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
            return notes[target].kind == kind ? Graph.node(ofNote: target) : nil
        case .ambiguous:
            return nil
        case .missing:
            if kind == .contact, let owner = ownerNode(entry.reference) { return owner }
            return placeholder(
                kind == .organization ? .placeholderOrganization : .placeholderPerson, for: entry.reference)
        }
    }

    private func ownerNode(_ reference: Reference) -> Graph.NodeID? {
        ReferenceProblems.isOwner(reference, ownerKey: ownerKey) ? Graph.owner : nil
    }

    private mutating func placeholder(_ kind: Graph.Node.Kind, for reference: Reference) -> Graph.NodeID {
        let name = Self.displayName(of: reference)
        let key = PlaceholderKey(kind: kind, name: Self.placeholderKey(name, kind))
        if let existing = placeholders[key] { return existing }
        nodes.append(Graph.Node(kind: kind, name: name, isPerson: kind == .placeholderPerson))
        placeholders[key] = nodes.count - 1
        return nodes.count - 1
    }

    private func existingPlaceholder(named reference: Reference) -> Graph.NodeID? {
        Self.placeholder(named: Self.displayName(of: reference), in: placeholders)
    }

    /// The placeholder person, else organization, that `name` (as written, or folded) names.
    static func placeholder(named name: String, in placeholders: [PlaceholderKey: Graph.NodeID]) -> Graph.NodeID? {
        placeholders[PlaceholderKey(kind: .placeholderPerson, name: placeholderKey(name, .placeholderPerson))]
            ?? placeholders[
                PlaceholderKey(kind: .placeholderOrganization, name: placeholderKey(name, .placeholderOrganization))]
    }

    /// The key one placeholder's names share: a person's name as its note's file would be
    /// named (`NameKey.slug`: `José Ramírez`, `Jose Ramirez` and `[[jose-ramirez]]` are one,
    /// as they are once `new contact` writes `jose-ramirez.md`; a name with no letter or digit
    /// folded, SPEC §2.4), an organization's folded without its legal form
    /// (`NameKey.placeholderOrganization`).
    static func placeholderKey(_ name: String, _ kind: Graph.Node.Kind) -> String {
        guard kind == .placeholderPerson else { return NameKey.placeholderOrganization(name) }
        let slug = NameKey.slug(name)
        return slug.isEmpty ? NameKey.fold(name) : slug
    }

    /// The name a placeholder shows: the target, or for a path the de-slugged file stem.
    static func displayName(of reference: Reference) -> String {
        ReferenceProblems.displayName(of: reference)
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
}
