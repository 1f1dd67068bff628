/// The vault's graph for other tools (`grapevine graph`): its nodes, each with an id that stays
/// the same from run to run, and its edges, each with where it is written.
///
/// By default the referral graph: you, people and organizations, with `referred` and
/// `works-at` edges, and a `found` edge from you to each person nobody referred (they hang off
/// you, SPEC §2.5). With `everything`, every note and every kind of edge.
public struct GraphExport: Sendable, Encodable {
    /// A node: you, a note, or a person or organization with no note yet.
    public struct Node: Sendable, Encodable {
        /// `you`; a note's vault-relative path (`contacts/maria-lopez.md`); or, for a
        /// placeholder, `person:` or `organization:` and its name folded (`person:priya shah`).
        public var id: String
        public var name: String
        /// `owner`, `contact`, `organization`, `interview`, `pitch`, `note`,
        /// `placeholder-person` or `placeholder-organization`.
        public var kind: Dossier.Kind
        /// The note's vault-relative path; `nil` for you and placeholders.
        public var file: String?
    }

    /// The kinds of edge: the graph's (SPEC §2.5), and `found`, from you to a person nobody referred.
    public enum EdgeKind: String, Sendable, Encodable {
        case referred
        case worksAt = "works-at"
        case met
        case linksTo = "links-to"
        case found

        init(_ kind: Graph.EdgeKind) {
            switch kind {
            case .referred: self = .referred
            case .worksAt: self = .worksAt
            case .met: self = .met
            case .linksTo: self = .linksTo
            }
        }
    }

    /// An edge between two nodes, by their ids.
    public struct Edge: Sendable, Encodable {
        public var from: String
        public var to: String
        public var kind: EdgeKind
        /// Where the edge is written: the first of its places (a `found` edge: the person's note,
        /// at their `source:` line if they have one).
        public var file: String?
        public var line: Int?
        /// For a referral: the interview's date, else the referred person's `added`.
        public var date: LocalDate?
        /// For a referral: whether it came after you had already reached the person, so it is
        /// not how you reached them (SPEC §2.5).
        public var afterReached: Bool?
    }

    /// The nodes: you, then notes by path, then placeholders by id; paths and ids as names are
    /// listed (`NameKey.precedes`), so `contacts/ørjan-aberg.md` is among the O's.
    public let nodes: [Node]
    /// The edges, by the ids of their ends, then kind.
    public let edges: [Edge]

    /// The graph of `vault`: the referral graph, or with `everything`, all of it.
    public init(vault: Vault, everything: Bool = false) {
        let graph = vault.graph
        let ids = graph.nodes.indices.map { Self.id(of: $0, in: vault) }
        let isShown = graph.nodes.indices.map { everything || Self.isInReferralGraph($0, in: vault) }
        let shown = graph.nodes.indices.filter { isShown[$0] }
        // You, then notes, then placeholders.
        let rank = { (node: Graph.NodeID) in node == Graph.owner ? 0 : graph.nodes[node].isPlaceholder ? 2 : 1 }
        nodes = shown.sorted {
            rank($0) != rank($1) ? rank($0) < rank($1) : NameKey.precedes(ids[$0], ids[$1])
        }.map { node in
            Node(
                id: ids[node], name: graph.nodes[node].name, kind: Dossier.Kind(of: node, in: vault),
                file: vault.note(for: node)?.path)
        }
        var edges = graph.edges.filter {
            (everything || $0.kind == .referred || $0.kind == .worksAt) && isShown[$0.from] && isShown[$0.to]
        }.map { edge in
            Edge(
                from: ids[edge.from], to: ids[edge.to], kind: EdgeKind(edge.kind), file: edge.source.file,
                line: edge.source.line, date: edge.date,
                afterReached: edge.kind == .referred ? edge.cameAfterContact : nil)
        }
        edges += graph.foundDirectly.filter { isShown[$0] }.map { Self.foundEdge(to: $0, ids: ids, in: vault) }
        self.edges = edges.sorted { ($0.from, $0.to, $0.kind.rawValue) < ($1.from, $1.to, $1.kind.rawValue) }
    }

    /// The stable id of a node (see `Node.id`).
    static func id(of node: Graph.NodeID, in vault: Vault) -> String {
        let graphNode = vault.graph.nodes[node]
        switch graphNode.kind {
        case .owner: return "you"
        case .note(let index): return vault.notes[index].path
        case .placeholderPerson: return "person:" + NameKey.fold(graphNode.name)
        case .placeholderOrganization: return "organization:" + NameKey.fold(graphNode.name)
        }
    }

    /// You, people (contacts and placeholders) and organizations (notes and placeholders).
    private static func isInReferralGraph(_ node: Graph.NodeID, in vault: Vault) -> Bool {
        switch vault.graph.nodes[node].kind {
        case .owner, .placeholderPerson, .placeholderOrganization: return true
        case .note(let index): return [.contact, .organization].contains(vault.notes[index].kind)
        }
    }

    /// The edge from you to someone nobody referred, written where they are: their note's
    /// `source:` line (else its first line), or for a person with no note the first place
    /// that names them.
    private static func foundEdge(to person: Graph.NodeID, ids: [String], in vault: Vault) -> Edge {
        var source: Graph.Source?
        if let note = vault.note(for: person) {
            source = Graph.Source(file: note.path, line: note.frontMatter.entry("source")?.keyPosition.line ?? 1)
        } else {
            source = vault.graph.incomingEdges(of: person).first.map { vault.graph.edges[$0.edge].source }
        }
        return Edge(from: ids[Graph.owner], to: ids[person], kind: .found, file: source?.file, line: source?.line)
    }
}
