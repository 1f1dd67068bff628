/// The referral edges alone, packed for walking: for each person, whom they referred and who
/// referred them, in the order stated.
///
/// Answers "who did this person lead to" without touching the rest of the graph. The site
/// asks it for every contact page: walking the full edge list there (each referral among
/// works-at, met and links-to edges, each edge a struct of strings) was a tenth of the build.
public struct Referrals: Sendable {
    /// A person someone led to, who passed their name on (`nil` when it was that someone)
    /// and when.
    public typealias Referral = (person: Graph.NodeID, via: Graph.NodeID?, date: LocalDate?)

    /// The referrals' dates, by referral.
    private let date: [LocalDate?]
    /// The referrals by referrer and by the person referred.
    private let byReferrer: Adjacency
    private let byReferred: Adjacency
    /// The people nobody referred, who hang off you (`Graph.foundDirectly`).
    private let foundDirectly: [Int32]
    private let nodeCount: Int

    /// Indexes the referral edges of `graph`.
    public init(_ graph: Graph) {
        self.init(graph, where: { _ in true })
    }

    /// Indexes the referral edges of `graph` for which `isIncluded` is true (`report --since`
    /// walks only the referrals of its period).
    init(_ graph: Graph, where isIncluded: (Graph.Edge) -> Bool) {
        let referrals = graph.edges.filter { $0.isReferralPath && isIncluded($0) }
        nodeCount = graph.nodes.count
        date = referrals.map(\.date)
        byReferrer = Adjacency(nodeCount: graph.nodes.count, edges: referrals, byTarget: false)
        let byReferred = Adjacency(nodeCount: graph.nodes.count, edges: referrals, byTarget: true)
        self.byReferred = byReferred
        foundDirectly = graph.nodes.indices.filter { graph.nodes[$0].isPerson && byReferred[$0].isEmpty }.map {
            Int32($0)
        }
    }

    /// Everyone `node` led to, directly or through the people they referred, nearest first;
    /// the first `limit` of them when there are more.
    public func ledTo(by node: Graph.NodeID, limit: Int = .max) -> [Graph.NodeID] {
        guard limit > 0, node == Graph.owner || !byReferrer[node].isEmpty else { return [] }
        var seen = NodeBits(count: nodeCount)
        _ = seen.insert(Int32(node))
        var queue = [Int32(node)]
        // Adds `next` when it is new; whether the queue is now past the limit.
        func visit(_ next: Int32) -> Bool {
            if seen.insert(next) { queue.append(next) }
            return queue.count > limit
        }
        var index = 0
        walk: while index < queue.count {
            let current = Int(queue[index])
            index += 1
            for referral in byReferrer[current] where visit(Int32(referral.other)) { break walk }
            if current == Graph.owner {
                for next in foundDirectly where visit(next) { break walk }
            }
        }
        return queue.dropFirst().map { Int($0) }
    }

    /// `ledTo(by:limit:)` with who passed each name on and when: the first referral from
    /// `node`, else the first from someone already listed (other referrers of the same person
    /// may have nothing to do with `node`).
    public func ledTo(of node: Graph.NodeID, limit: Int = .max) -> [Referral] {
        // Nearest first, so whoever passed the name on is already in `reached`.
        let people = ledTo(by: node, limit: limit)
        guard !people.isEmpty else { return [] }
        var reached = NodeBits(count: nodeCount)
        _ = reached.insert(Int32(node))
        return people.map { person in
            var direct: Adjacency.Entry?
            var throughOther: Adjacency.Entry?
            for referral in byReferred[person] {
                if referral.other == node {
                    direct = referral
                    break
                }
                if throughOther == nil, reached.contains(Int32(referral.other)) { throughOther = referral }
            }
            _ = reached.insert(Int32(person))
            let via = direct == nil ? throughOther?.other : nil
            return (person, via, (direct ?? throughOther).flatMap { date[$0.edge] })
        }
    }
}

/// A set of nodes as one bit each: a walk visits a few hundred of thousands of nodes, and
/// clearing a bit per node is cheaper than hashing the few it visits.
private struct NodeBits {
    private var words: [UInt64]

    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    /// Adds `node`; whether it was not there yet.
    mutating func insert(_ node: Int32) -> Bool {
        let (word, bit) = (Int(node) >> 6, UInt64(1) << UInt64(node & 63))
        let isNew = words[word] & bit == 0
        words[word] |= bit
        return isNew
    }

    func contains(_ node: Int32) -> Bool {
        words[Int(node) >> 6] & UInt64(1) << UInt64(node & 63) != 0
    }
}
