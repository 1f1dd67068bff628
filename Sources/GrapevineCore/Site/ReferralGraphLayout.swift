/// Where each person of the referral graph sits: a layered forest rooted at you.
///
/// A person's row is the length of their shortest referral chain from you. People reachable
/// only through a referral cycle that nobody outside started sit in rows of their own below.
/// Within a row, leaves take consecutive slots in depth-first order and each parent is centred
/// over its children, so subtrees never interleave and tree edges never cross.
struct ReferralGraphLayout: Sendable {
    /// A node's place: `slot` counts node widths from the left, `row` counts rows from the top.
    struct Position: Sendable, Hashable {
        var slot: Double
        var row: Int
    }

    /// A referral to draw; `isTree` when it is the one that placed `to` (its shortest chain).
    struct Referral: Sendable, Hashable {
        var from: Graph.NodeID
        var to: Graph.NodeID
        var isTree: Bool
    }

    /// The drawn nodes in drawing order (by row, then slot).
    let nodes: [Graph.NodeID]
    /// The place of each drawn node.
    let positions: [Graph.NodeID: Position]
    /// Every referral between drawn nodes, once each, in a stable order.
    let referrals: [Referral]
    /// How many slots the widest row needs.
    let slotCount: Int
    /// How many rows there are.
    let rowCount: Int

    init(graph: Graph) {
        var forest = Forest(graph: graph)
        forest.grow(from: Graph.owner, row: 0)
        let firstCycleRow = (forest.row.values.max() ?? 0) + 1
        for person in forest.sorted(graph.nodes.indices.filter { graph.nodes[$0].isPerson })
        where forest.row[person] == nil {
            forest.grow(from: forest.cycleMember(above: person), row: firstCycleRow)
        }
        let slots = forest.slots()
        var positions: [Graph.NodeID: Position] = [:]
        for (node, row) in forest.row { positions[node] = Position(slot: slots[node] ?? 0, row: row) }
        self.positions = positions
        nodes = positions.keys.sorted {
            let (a, b) = (positions[$0]!, positions[$1]!)
            return (a.row, a.slot, $0) < (b.row, b.slot, $1)
        }
        referrals = nodes.flatMap { from in
            forest.sortedReferrals(by: from).map { to in
                Referral(from: from, to: to, isTree: forest.parent[to] == from)
            }
        }
        slotCount = max(1, Int(slots.values.max().map { $0 + 1 } ?? 1))
        rowCount = (forest.row.values.max() ?? 0) + 1
    }
}

/// The breadth-first trees the layout is built from.
private struct Forest {
    let graph: Graph
    var roots: [Graph.NodeID] = []
    var row: [Graph.NodeID: Int] = [:]
    var parent: [Graph.NodeID: Graph.NodeID] = [:]
    var children: [Graph.NodeID: [Graph.NodeID]] = [:]

    init(graph: Graph) { self.graph = graph }

    /// Nodes ordered by display name, then id: the order wherever the graph leaves it free.
    func sorted(_ nodes: [Graph.NodeID]) -> [Graph.NodeID] {
        nodes.sorted { (graph.nodes[$0].name, $0) < (graph.nodes[$1].name, $1) }
    }

    /// The people `node` referred, once each, without itself, by name.
    func sortedReferrals(by node: Graph.NodeID) -> [Graph.NodeID] {
        sorted(Array(Set(graph.referrals(by: node)).subtracting([node])))
    }

    /// Places everyone reachable from `root` not placed yet, nearest first.
    mutating func grow(from root: Graph.NodeID, row rootRow: Int) {
        guard row[root] == nil else { return }
        roots.append(root)
        row[root] = rootRow
        var queue = [root]
        var index = 0
        while index < queue.count {
            let current = queue[index]
            index += 1
            for next in sortedReferrals(by: current) where row[next] == nil {
                row[next] = row[current]! + 1
                parent[next] = current
                children[current, default: []].append(next)
                queue.append(next)
            }
        }
    }

    /// A node of the referral cycle `node` hangs from, found by walking referrers back
    /// until one repeats (or there is no referrer left).
    func cycleMember(above node: Graph.NodeID) -> Graph.NodeID {
        var seen: Set<Graph.NodeID> = []
        var current = node
        while seen.insert(current).inserted {
            guard let referrer = sorted(graph.referrers(of: current)).first else { return current }
            current = referrer
        }
        return current
    }

    /// The tidy-tree slot of every placed node: leaves left to right in depth-first order,
    /// parents centred over their first and last child. Iterative, so long chains are safe.
    func slots() -> [Graph.NodeID: Double] {
        var slot: [Graph.NodeID: Double] = [:]
        var nextLeaf = 0.0
        for root in roots {
            var stack: [(node: Graph.NodeID, visited: Bool)] = [(root, false)]
            while let (node, visited) = stack.popLast() {
                let kids = children[node] ?? []
                if kids.isEmpty {
                    slot[node] = nextLeaf
                    nextLeaf += 1
                } else if visited {
                    slot[node] = (slot[kids.first!]! + slot[kids.last!]!) / 2
                } else {
                    stack.append((node, true))
                    stack.append(contentsOf: kids.reversed().map { ($0, false) })
                }
            }
        }
        return slot
    }
}
