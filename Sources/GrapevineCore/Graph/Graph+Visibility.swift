/// A graph with some nodes and edges left out, for `site --public`.
extension Graph {
    /// This graph without the nodes for which `isIncluded` is false and with each edge as
    /// `keptPart` keeps it (`nil`: not at all; an edge also stated in a place left out keeps
    /// only what the other places state); placeholders left with no edge go too (nothing that
    /// is still shown names them). Returns the graph and, by node, whether each node is still in it.
    ///
    /// A node left out keeps its ID, so `Graph.node(ofNote:)` and `noteIndex(of:)` stay valid,
    /// but it has no edge and no longer counts as a person: no query (referrers, chains, who
    /// someone led to, backlinks, people at an organization, the people you found yourself)
    /// reaches it. A person whom only a left-out node referred hangs off you, as anyone nobody
    /// referred does.
    public func keeping(
        _ isIncluded: (NodeID) -> Bool, edges keptPart: (Edge) -> Edge?
    ) -> (graph: Graph, included: [Bool]) {
        var included = nodes.indices.map { $0 == Graph.owner || isIncluded($0) }
        var changed = false
        let keptEdges = edges.compactMap { edge -> Edge? in
            guard included[edge.from], included[edge.to], let kept = keptPart(edge) else { return nil }
            if kept != edge { changed = true }
            return kept
        }
        var connected = Array(repeating: false, count: nodes.count)
        for edge in keptEdges {
            connected[edge.from] = true
            connected[edge.to] = true
        }
        for node in nodes.indices where nodes[node].isPlaceholder && !connected[node] {
            included[node] = false
        }
        guard included.contains(false) || keptEdges.count < edges.count || changed else { return (self, included) }
        let keptNodes = nodes.enumerated().map { node, value in
            var value = value
            if !included[node] { value.isPerson = false }
            return value
        }
        return (Graph(nodes: keptNodes, edges: keptEdges), included)
    }

    /// This graph with the nodes in `names` renamed; the same edges.
    func renaming(_ names: [NodeID: String]) -> Graph {
        var nodes = nodes
        for (node, name) in names { nodes[node].name = name }
        return Graph(nodes: nodes, edges: edges)
    }
}
