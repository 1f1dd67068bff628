/// The vault as a graph: every note, placeholders for people and organizations that have no
/// note yet, and you (the owner); with referral, works-at, met and links-to edges.
public struct Graph: Sendable {
    /// A node's index in `nodes`.
    public typealias NodeID = Int

    /// The vault owner's node.
    public static let owner: NodeID = 0

    /// A node of the graph.
    public struct Node: Sendable, Hashable {
        /// What the node stands for.
        public enum Kind: Sendable, Hashable {
            /// You, the root of the referral graph.
            case owner
            /// A note, by its index in `Vault.notes`.
            case note(Int)
            /// A person named somewhere who has no note yet.
            case placeholderPerson
            /// An organization named somewhere that has no note yet.
            case placeholderOrganization
        }

        /// What the node stands for.
        public var kind: Kind
        /// The display name.
        public var name: String
        /// Whether the node is a person: a contact note or a placeholder person.
        public var isPerson: Bool

        /// Whether the node is a placeholder (no note yet).
        public var isPlaceholder: Bool {
            kind == .placeholderPerson || kind == .placeholderOrganization
        }
    }

    /// The kinds of edge (SPEC §2.5).
    public enum EdgeKind: String, Sendable, Hashable, Codable {
        /// `from` gave you `to`'s name.
        case referred
        /// A contact works at an organization.
        case worksAt = "works-at"
        /// An interview met a contact.
        case met
        /// A note links to another node.
        case linksTo = "links-to"
    }

    /// Where an edge was written.
    public struct Source: Sendable, Hashable, Codable {
        /// The vault-relative path of the file.
        public var file: String
        /// The 1-based line.
        public var line: Int
    }

    /// An edge of the graph.
    public struct Edge: Sendable, Hashable {
        public var kind: EdgeKind
        public var from: NodeID
        public var to: NodeID
        /// The first place that states this edge; for a referral with a date, the place that
        /// gives its date.
        public var source: Source
        /// Other places that state the same edge: a referral in both `referred_by` and an
        /// interview's Referrals section is one edge with two sources.
        public var moreSources: [Source] = []
        /// For a referral: the earliest date of the places that state it, each the interview
        /// date, else the referred contact's `added` date.
        public var date: LocalDate?
        /// For a referral: you had already reached the person before it (their first Log entry
        /// of being in touch, their first interview, or `added` with a `source`, is earlier:
        /// `GraphBuilder.reached(_:firstInterview:)`). It is recorded, but it is not how you reached
        /// them: it makes no referral chain, no `contact-referral` and no `thank-referrer`.
        public var cameAfterContact = false
        /// For a referral: dated after the day the graph is read for
        /// (`Graph.planReferrals(asOf:)`), as the Referrals of an interview still to come, written
        /// in advance. It is recorded, but not made yet: it makes no referral chain, no step and
        /// no draft until that day.
        public var isPlanned = false

        /// Whether the edge is a referral that is how you reached the person.
        public var isReferralPath: Bool { kind == .referred && !cameAfterContact && !isPlanned }

        /// Every place that states this edge: `source`, then the others in the order read.
        public var sources: [Source] { [source] + moreSources }
    }

    /// The nodes; `nodes[Graph.owner]` is you.
    public let nodes: [Node]
    /// The edges.
    public private(set) var edges: [Edge]
    private let outgoing: Adjacency
    private let incoming: Adjacency

    /// Creates a graph and indexes its edges by node.
    init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
        outgoing = Adjacency(nodeCount: nodes.count, edges: edges, byTarget: false)
        incoming = Adjacency(nodeCount: nodes.count, edges: edges, byTarget: true)
    }

    /// The node of the note at `index` in `Vault.notes`.
    public static func node(ofNote index: Int) -> NodeID { index + 1 }

    /// The index in `Vault.notes` of a note node, or `nil` for the owner and placeholders.
    public func noteIndex(of node: NodeID) -> Int? {
        if case .note(let index) = nodes[node].kind { return index }
        return nil
    }

    /// The edges arriving at `node`.
    func incomingEdges(of node: NodeID) -> ArraySlice<Adjacency.Entry> {
        incoming[node]
    }

    /// The edges leaving `node`.
    func outgoingEdges(of node: NodeID) -> ArraySlice<Adjacency.Entry> {
        outgoing[node]
    }

    /// Whether an entry is a referral that is how you reached the person (`Edge.isReferralPath`).
    func isReferralPath(_ entry: Adjacency.Entry) -> Bool {
        entry.kind == .referred && edges[entry.edge].isReferralPath
    }

    /// Makes this the graph as of `today`: its referrals dated after it are planned
    /// (`Edge.isPlanned`), the others made. The edges' ends are the same: only the flags
    /// change, in place (a copy of every edge was most of the work on a large vault).
    public mutating func planReferrals(asOf today: LocalDate) {
        let planned = { (edge: Edge) in edge.kind == .referred && edge.date.map { $0 > today } == true }
        for index in edges.indices where planned(edges[index]) != edges[index].isPlanned {
            edges[index].isPlanned.toggle()
        }
    }

    /// The nodes at the other end of `node`'s edges of one kind, without copying the edges.
    public func neighbors(_ kind: EdgeKind, from node: NodeID) -> [NodeID] {
        outgoing[node].compactMap { $0.kind == kind ? $0.other : nil }
    }

    /// The nodes whose edges of one kind arrive at `node`.
    public func neighbors(_ kind: EdgeKind, to node: NodeID) -> [NodeID] {
        incoming[node].compactMap { $0.kind == kind ? $0.other : nil }
    }

    /// The first of `neighbors(kind, from: node)`, if any.
    public func firstNeighbor(_ kind: EdgeKind, from node: NodeID) -> NodeID? {
        outgoing[node].first { $0.kind == kind }?.other
    }

    /// The edges of one kind leaving `node`.
    public func edges(_ kind: EdgeKind, from node: NodeID) -> [Edge] {
        // Only the edges kept are copied.
        outgoing[node].compactMap { $0.kind == kind ? edges[$0.edge] : nil }
    }

    /// The edges of one kind arriving at `node`.
    public func edges(_ kind: EdgeKind, to node: NodeID) -> [Edge] {
        incoming[node].compactMap { $0.kind == kind ? edges[$0.edge] : nil }
    }
}

/// Edges grouped by node in two flat arrays (compressed sparse rows): two allocations for the
/// whole graph instead of one per node. Each entry has the edge's kind and other end beside its
/// index: a query by kind reads one small array instead of every edge, a struct of strings.
struct Adjacency: Sendable {
    /// One edge of a node.
    struct Entry: Sendable {
        private let edgeIndex: Int32
        private let otherEnd: Int32
        let kind: Graph.EdgeKind

        init(edge: Int, other: Graph.NodeID, kind: Graph.EdgeKind) {
            edgeIndex = Int32(edge)
            otherEnd = Int32(other)
            self.kind = kind
        }

        /// The edge's index in the array the adjacency was made of.
        var edge: Int { Int(edgeIndex) }
        /// The node at the edge's other end.
        var other: Graph.NodeID { Graph.NodeID(otherEnd) }
    }

    /// `entries[offsets[node]..<offsets[node + 1]]` are the node's edges, in the order given.
    private let offsets: [Int]
    private let entries: [Entry]

    /// Groups `edges` by their `from` node (or, `byTarget`, their `to` node).
    init(nodeCount: Int, edges: [Graph.Edge], byTarget: Bool) {
        var offsets = Array(repeating: 0, count: nodeCount + 1)
        for edge in edges { offsets[(byTarget ? edge.to : edge.from) + 1] += 1 }
        for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
        var next = offsets
        let placeholder = Entry(edge: 0, other: 0, kind: .referred)
        var entries = Array(repeating: placeholder, count: edges.count)
        for (index, edge) in edges.enumerated() {
            let (end, other) = byTarget ? (edge.to, edge.from) : (edge.from, edge.to)
            entries[next[end]] = Entry(edge: index, other: other, kind: edge.kind)
            next[end] += 1
        }
        self.offsets = offsets
        self.entries = entries
    }

    subscript(node: Graph.NodeID) -> ArraySlice<Entry> {
        entries[offsets[node]..<offsets[node + 1]]
    }
}
