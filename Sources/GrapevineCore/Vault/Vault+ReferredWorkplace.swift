extension Vault {
    /// Where a referral places a person who has no note yet (`Lena Ortiz at Brightfield`,
    /// `Omar Said (Zephyr)` in someone's Referrals, when the organization is called so): each
    /// organization once, with the first place that says it. Empty when `name` finds a note, or
    /// no one, or no referral says where they work.
    public func referredWorkplaces(of name: String) -> [(organization: String, source: Graph.Source)] {
        guard case .found(let node) = lookup(name, preferring: .contact),
            graph.nodes[node].kind == .placeholderPerson
        else { return [] }
        var seen: Set<Graph.NodeID> = []
        return graph.edges(.worksAt, from: node).compactMap { edge in
            guard seen.insert(edge.to).inserted else { return nil }
            return (graph.nodes[edge.to].name, edge.source)
        }
    }
}
