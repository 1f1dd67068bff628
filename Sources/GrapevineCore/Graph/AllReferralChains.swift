/// Every referral chain from you to one person: each way their name reached you, one person
/// passing it to the next, shortest first, then by the names along it.
///
/// A chain is a simple path over the referrals that are how you reached someone (SPEC §2.5);
/// a person nobody referred hangs off you. A dense or cyclic graph can have more chains than
/// anyone could read, so the search stops after `limit` of them (and after a fixed amount of
/// work) and says so in `isComplete`.
public struct AllReferralChains: Sendable {
    /// How many chains `path` shows.
    public static let defaultLimit = 20
    /// How many partial chains the search may make before it stops: far more than a real vault
    /// needs, few enough to answer at once (and in a few megabytes) on a graph made to explode.
    static let workLimit = 200_000

    /// The chains, each `[owner, …, person]`: the shortest first, then by names.
    public let chains: [[Graph.NodeID]]
    /// Whether `chains` is every chain there is; `false` when there are more than `limit`, or
    /// the search stopped before it knew (any more are at least as long as the last shown).
    public let isComplete: Bool

    /// At most `limit` chains from you to `person` in `graph`.
    public init(_ graph: Graph, to person: Graph.NodeID, limit: Int = defaultLimit) {
        var search = Search(graph: graph, shortest: ReferralChains(graph, headLength: 1), target: person)
        let complete = search.run(limit: max(limit, 1), workLimit: Self.workLimit)
        let sorted = search.found.sorted { Self.precedes($0, $1, in: graph) }
        chains = Array(sorted.prefix(limit))
        isComplete = complete && sorted.count <= limit
    }

    /// Shorter first; then by the names along the chains, from you on.
    private static func precedes(_ left: [Graph.NodeID], _ right: [Graph.NodeID], in graph: Graph) -> Bool {
        guard left.count == right.count else { return left.count < right.count }
        for (a, b) in zip(left, right) where a != b {
            let (nameA, nameB) = (graph.nodes[a].name, graph.nodes[b].name)
            return nameA != nameB ? nameA < nameB : a < b
        }
        return false
    }
}

/// A best-first search backwards from the person: each partial chain runs from some referrer
/// (its head) to the person, and is expanded by the head's referrers, never one already on it.
/// Partial chains are taken up in the order of the shortest whole chain they can still become
/// (their length plus the head's shortest chain from you), so whole chains come out shortest
/// first, and a head with no chain from you at all (only a cycle leads to it) is never taken.
private struct Search {
    /// A partial chain: its head, the partial chain after it, how many nodes it has.
    struct Partial {
        var head: Int32
        var rest: Int32
        var count: Int32
    }

    let graph: Graph
    let shortest: ReferralChains
    var partials: [Partial] = []
    /// Partial chains by the length of the shortest whole chain they can become.
    var buckets: [[Int32]] = []
    var found: [[Graph.NodeID]] = []

    init(graph: Graph, shortest: ReferralChains, target: Graph.NodeID) {
        self.graph = graph
        self.shortest = shortest
        if shortest.length(of: target) > 0 { add(Partial(head: Int32(target), rest: -1, count: 1)) }
    }

    /// Searches until it has every chain as short as the `limit`-th and one more after them;
    /// whether it looked at every chain there is (it stops early, too, once it has made
    /// `workLimit` partial chains).
    mutating func run(limit: Int, workLimit: Int) -> Bool {
        var length = 0
        while length < buckets.count {
            if found.count > limit, length > found[limit - 1].count { return false }
            guard let next = buckets[length].popLast() else {
                length += 1
                continue
            }
            expand(partials[Int(next)], at: next)
            if partials.count > workLimit { return false }
        }
        return true
    }

    private mutating func expand(_ partial: Partial, at index: Int32) {
        let head = Graph.NodeID(partial.head)
        if head == Graph.owner {
            found.append(chain(from: index))
            return
        }
        let referrers = graph.incomingEdges(of: head).compactMap { graph.isReferralPath($0) ? $0.other : nil }
        // Someone nobody referred hangs off you.
        for next in referrers.isEmpty ? [Graph.owner] : referrers
        where shortest.length(of: next) > 0 && !contains(next, in: partial) {
            add(Partial(head: Int32(next), rest: index, count: partial.count + 1))
        }
    }

    private mutating func add(_ partial: Partial) {
        let length = Int(partial.count) - 1 + shortest.length(of: Int(partial.head))
        while buckets.count <= length { buckets.append([]) }
        buckets[length].append(Int32(partials.count))
        partials.append(partial)
    }

    private func contains(_ node: Graph.NodeID, in partial: Partial) -> Bool {
        var current = partial
        while true {
            if Int(current.head) == node { return true }
            guard current.rest >= 0 else { return false }
            current = partials[Int(current.rest)]
        }
    }

    private func chain(from index: Int32) -> [Graph.NodeID] {
        var nodes: [Graph.NodeID] = []
        var current = index
        while current >= 0 {
            nodes.append(Int(partials[Int(current)].head))
            current = partials[Int(current)].rest
        }
        return nodes
    }
}
