/// Where each person of the referral graph sits: a layered forest rooted at you.
///
/// A person's row is the length of their shortest referral chain from you. People reachable
/// only through a referral cycle that nobody outside started sit in rows of their own below.
/// Within a row, leaves take consecutive slots in depth-first order and each parent is centred
/// over its children, so subtrees never interleave and tree edges never cross. A parent's many
/// childless referrals wrap into a block of short sub-rows, so the picture stays narrow enough
/// to read.
struct ReferralGraphLayout: Sendable {
    /// A node's place: `slot` counts node widths from the left, `row` is the depth and
    /// `subRow` the line within that depth's band.
    struct Position: Sendable, Hashable {
        var slot: Double
        var row: Int
        var subRow = 0
    }

    /// At most this many childless referrals of one person side by side before wrapping.
    static let blockColumns = 8

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
    /// How many sub-rows each row has, by row.
    let subRowCounts: [Int]

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
        for (node, row) in forest.row {
            let (slot, subRow) = slots[node] ?? (0, 0)
            positions[node] = Position(slot: slot, row: row, subRow: subRow)
        }
        self.positions = positions
        nodes = positions.sorted { a, b in
            (a.value.row, a.value.subRow, a.value.slot, a.key) < (b.value.row, b.value.subRow, b.value.slot, b.key)
        }.map(\.key)
        referrals = nodes.flatMap { from in
            forest.sortedReferrals(by: from).map { to in
                Referral(from: from, to: to, isTree: forest.parent[to] == from)
            }
        }
        slotCount = max(1, Int(slots.values.map(\.slot).max().map { $0 + 1 } ?? 1))
        var subRowCounts = Array(repeating: 1, count: (forest.row.values.max() ?? 0) + 1)
        for position in positions.values {
            subRowCounts[position.row] = max(subRowCounts[position.row], position.subRow + 1)
        }
        self.subRowCounts = subRowCounts
    }
}

/// The breadth-first trees the layout is built from.
private struct Forest {
    let graph: Graph
    /// Each node's place in the order by display name, then id: the order wherever the graph
    /// leaves it free. Names are compared once, here, rather than in every sort.
    let rank: [Int]
    var roots: [Graph.NodeID] = []
    var row: [Graph.NodeID: Int] = [:]
    var parent: [Graph.NodeID: Graph.NodeID] = [:]
    var children: [Graph.NodeID: [Graph.NodeID]] = [:]

    init(graph: Graph) {
        self.graph = graph
        var rank = Array(repeating: 0, count: graph.nodes.count)
        let order = graph.nodes.indices.sorted { (graph.nodes[$0].name, $0) < (graph.nodes[$1].name, $1) }
        for (position, node) in order.enumerated() { rank[node] = position }
        self.rank = rank
    }

    /// Nodes by display name, then id.
    func sorted(_ nodes: [Graph.NodeID]) -> [Graph.NodeID] {
        // The ranks alone: a closure reading `self` copied the whole forest for every comparison.
        let rank = rank
        return nodes.sorted { rank[$0] < rank[$1] }
    }

    /// The people `node` referred, once each, without itself, by name.
    func sortedReferrals(by node: Graph.NodeID) -> [Graph.NodeID] {
        var referrals: [Graph.NodeID] = []
        // Sorted, a person named twice is next to themselves.
        for person in sorted(graph.referrals(by: node)) where person != node && person != referrals.last {
            referrals.append(person)
        }
        return referrals
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

    /// The tidy-tree slot and sub-row of every placed node: leaves left to right in depth-first
    /// order, parents centred over their children. Iterative, so long chains are safe.
    func slots() -> [Graph.NodeID: (slot: Double, subRow: Int)] {
        var place: [Graph.NodeID: (slot: Double, subRow: Int)] = [:]
        var nextSlot = 0.0
        for root in roots {
            var stack: [(node: Graph.NodeID, visited: Bool)] = [(root, false)]
            while let (node, visited) = stack.popLast() {
                let kids = children[node] ?? []
                let (branches, leaves) = split(kids)
                if kids.isEmpty {
                    place[node] = (nextSlot, 0)
                    nextSlot += 1
                } else if visited {
                    if !leaves.isEmpty { placeBlock(leaves, from: &nextSlot, into: &place) }
                    let childSlots = kids.map { place[$0]!.slot }
                    place[node] = ((childSlots.min()! + childSlots.max()!) / 2, 0)
                } else {
                    stack.append((node, true))
                    stack.append(contentsOf: branches.reversed().map { ($0, false) })
                }
            }
        }
        return place
    }

    /// The children with children of their own (laid out as subtrees) and, when there are
    /// many, the childless ones (wrapped into a block after them); else all as subtrees.
    private func split(_ kids: [Graph.NodeID]) -> (branches: [Graph.NodeID], leaves: [Graph.NodeID]) {
        let leaves = kids.filter { children[$0] == nil }
        guard leaves.count > ReferralGraphLayout.blockColumns else { return (kids, []) }
        return (kids.filter { children[$0] != nil }, leaves)
    }

    /// Childless referrals in balanced sub-rows of at most `blockColumns`.
    private func placeBlock(
        _ leaves: [Graph.NodeID], from nextSlot: inout Double,
        into place: inout [Graph.NodeID: (slot: Double, subRow: Int)]
    ) {
        let subRows = (leaves.count + ReferralGraphLayout.blockColumns - 1) / ReferralGraphLayout.blockColumns
        let columns = (leaves.count + subRows - 1) / subRows
        for (index, leaf) in leaves.enumerated() {
            place[leaf] = (nextSlot + Double(index % columns), index / columns)
        }
        nextSlot += Double(columns)
    }
}
