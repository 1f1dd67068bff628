/// Everyone's referral chain from you, worked out for all at once: for each node, the hop
/// before it on the chain `Graph.referralChain(to:)` gives, and how long that chain is.
///
/// The site shows a chain on every contact page. Worked out page by page, a chain of 20,000
/// people walked 200 million hops; here every node is reached once, from the people nobody
/// referred, breadth first, and a page reads only the ends of its chain.
///
/// The chains are `Graph.referralChain(to:)`'s: a shortest one, and among those the one whose
/// first hop back is the earliest referral written, then the same from there.
struct ReferralChains: Sendable {
    /// The node before each node on its chain; -1 for you, for someone nobody referred (their
    /// chain is you and them) and for a node with no chain.
    private let previous: [Int32]
    /// How many nodes each node's chain has, you included; 0 for none (a node reached only
    /// through a referral cycle).
    private let lengths: [Int32]
    /// For each node, the node at position `headLength - 1` of its chain (or the node itself
    /// when the chain is shorter): where the chain's first nodes are read back from.
    private let headEnds: [Int32]
    /// How many nodes from the start of a chain `ends(of:)` reads.
    let headLength: Int

    /// The chains of `graph`, read `headLength` nodes from their start by `ends(of:)`.
    init(_ graph: Graph, headLength: Int) {
        let count = graph.nodes.count
        self.headLength = headLength
        // Hops from the nearest person nobody referred, breadth first from all of them.
        var hops = [Int32](repeating: -1, count: count)
        var order: [Int32] = []
        order.reserveCapacity(count)
        for node in 0..<count where !graph.incomingEdges(of: node).contains(where: graph.isReferralPath) {
            hops[node] = 0
            order.append(Int32(node))
        }
        var index = 0
        while index < order.count {
            let node = Int(order[index])
            index += 1
            for entry in graph.outgoingEdges(of: node) where graph.isReferralPath(entry) && hops[entry.other] < 0 {
                hops[entry.other] = hops[node] + 1
                order.append(Int32(entry.other))
            }
        }
        // Each node after the one before it on its chain: the first referrer one hop nearer.
        var previous = [Int32](repeating: -1, count: count)
        var lengths = [Int32](repeating: 0, count: count)
        var headEnds = [Int32](repeating: -1, count: count)
        for node in order.lazy.map(Int.init) {
            if hops[node] == 0 {
                lengths[node] = node == Graph.owner ? 1 : 2
            } else if let referrer = graph.incomingEdges(of: node).first(where: {
                graph.isReferralPath($0) && hops[$0.other] == hops[node] - 1
            }) {
                previous[node] = Int32(referrer.other)
                lengths[node] = lengths[referrer.other] + 1
            }
            headEnds[node] =
                lengths[node] <= headLength || previous[node] < 0 ? Int32(node) : headEnds[Int(previous[node])]
        }
        self.previous = previous
        self.lengths = lengths
        self.headEnds = headEnds
    }

    /// How many nodes `node`'s chain has, you included; 0 when it has none.
    func length(of node: Graph.NodeID) -> Int {
        Int(lengths[node])
    }

    /// The node before `node` on its chain (you before someone nobody referred); `nil` for
    /// you and for a node with no chain.
    func nodeBefore(_ node: Graph.NodeID) -> Graph.NodeID? {
        guard lengths[node] > 1 else { return nil }
        return previous[node] >= 0 ? Int(previous[node]) : Graph.owner
    }

    /// For each node, whether its chain here is not its chain in `other`, the chains of the same
    /// nodes with other edges (a public site's graph, without the private notes', against the
    /// whole vault's). Shorter chains first: a chain differs when its length or last hop does,
    /// or the chain before that hop does.
    func differences(from other: ReferralChains) -> [Bool] {
        guard other.previous.count == previous.count else { return [Bool](repeating: true, count: previous.count) }
        var differs = [Bool](repeating: false, count: previous.count)
        for node in previous.indices.sorted(by: { lengths[$0] < lengths[$1] }) {
            if lengths[node] != other.lengths[node] || previous[node] != other.previous[node] {
                differs[node] = true
            } else if previous[node] >= 0 {
                differs[node] = differs[Int(previous[node])]
            }
        }
        return differs
    }

    /// The whole chain from you to `node`; `nil` when there is none. Takes as long as the chain.
    func chain(to node: Graph.NodeID) -> [Graph.NodeID]? {
        guard lengths[node] > 0 else { return nil }
        return lastNodes(count: Int(lengths[node]), endingAt: node)
    }

    /// The first `headLength` nodes of `node`'s chain and its last `tailLength`, and how many
    /// are between them; `nil` when there is no chain. A chain no longer than both is all in
    /// `first`. Takes as long as `headLength + tailLength`, however long the chain.
    func ends(of node: Graph.NodeID, tailLength: Int) -> (first: [Graph.NodeID], hidden: Int, last: [Graph.NodeID])? {
        let length = Int(lengths[node])
        guard length > 0 else { return nil }
        if length <= headLength + tailLength { return (lastNodes(count: length, endingAt: node), 0, []) }
        let head = Int(headEnds[node])
        return (
            lastNodes(count: headLength, endingAt: head), length - headLength - tailLength,
            lastNodes(count: tailLength, endingAt: node)
        )
    }

    /// The last `count` nodes of the chain ending at `node`, from the earliest.
    private func lastNodes(count: Int, endingAt node: Graph.NodeID) -> [Graph.NodeID] {
        var nodes: [Graph.NodeID] = []
        nodes.reserveCapacity(count)
        var current = node
        while nodes.count < count {
            nodes.append(current)
            let before = Int(previous[current])
            if before >= 0 {
                current = before
            } else if current != Graph.owner {
                current = Graph.owner
            } else {
                break
            }
        }
        return nodes.reversed()
    }
}
