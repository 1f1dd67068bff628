/// The questions later commands ask of the graph.
extension Graph {
    /// The people who gave you `node`'s name, as far as that is how you reached them (not those
    /// who named them after you had reached them). Empty for a contact nobody referred, who
    /// hangs off you.
    public func referrers(of node: NodeID) -> [NodeID] {
        incomingEdges(of: node).compactMap { isReferralPath($0) ? $0.other : nil }
    }

    /// The day of the first meeting to come whose Referrals name `node` (`Edge.isPlanned`), when
    /// no referral reached them before: until then they have no chain, nor were found by you.
    public func referralToCome(of node: NodeID) -> LocalDate? {
        guard referrers(of: node).isEmpty else { return nil }
        return incomingEdges(of: node).compactMap { entry in
            let edge = edges[entry.edge]
            return entry.kind == .referred && edge.isPlanned && !edge.cameAfterContact ? edge.date : nil
        }.min()
    }

    /// The people `node` gave you the names of, directly. For you, that includes everyone
    /// you found yourself (nobody referred them).
    public func referrals(by node: NodeID) -> [NodeID] {
        let named = outgoingEdges(of: node).compactMap { isReferralPath($0) ? $0.other : nil }
        return node == Graph.owner ? named + foundDirectly : named
    }

    /// The people nobody referred: you found them yourself, so they hang off you.
    public var foundDirectly: [NodeID] {
        nodes.indices.filter { nodes[$0].isPerson && incomingReferrals(of: $0) == 0 }
    }

    private func incomingReferrals(of node: NodeID) -> Int {
        incomingEdges(of: node).count(where: isReferralPath)
    }

    /// The shortest referral chain from you to `node`: `[owner, …, node]`.
    ///
    /// A person nobody referred hangs off you. `nil` when `node` is reachable only through
    /// a referral cycle that nobody outside it started.
    public func referralChain(to node: NodeID) -> [NodeID]? {
        if node == Graph.owner { return [Graph.owner] }
        // Most people have one referrer, who has one, and so on up to someone nobody referred:
        // that chain is walked without a queue. Anything else is searched breadth first.
        var path = [node]
        while path.count <= Self.singleReferrerChainLimit {
            var referrers = incomingEdges(of: path[path.count - 1]).lazy.filter(isReferralPath).makeIterator()
            guard let referrer = referrers.next() else {
                // `referred_by: <your name>` makes you a referrer: don't list you twice.
                return path.last == Graph.owner ? path.reversed() : [Graph.owner] + path.reversed()
            }
            guard referrers.next() == nil, !path.contains(referrer.other) else { break }
            path.append(referrer.other)
        }
        return breadthFirstReferralChain(to: node)
    }

    /// How far `referralChain(to:)` walks single referrers before searching breadth first, and
    /// how many people a search reaches before it keeps them in a set.
    private static let singleReferrerChainLimit = 64

    /// `referralChain(to:)` found by searching breadth first only (internal for tests).
    func breadthFirstReferralChain(to node: NodeID) -> [NodeID]? {
        // Walk referrers backwards, breadth first. `queue` holds everyone reached, `toward[i]`
        // where in it the next hop from `queue[i]` to `node` is. A search reaches a handful of
        // people: they are looked for in the queue, and in a set once there are many.
        var queue = [node]
        var toward = [-1]
        var reached: Set<NodeID>?
        var index = 0
        while index < queue.count {
            let current = queue[index]
            var hasReferrer = false
            for entry in incomingEdges(of: current) where isReferralPath(entry) {
                hasReferrer = true
                guard !(reached?.contains(entry.other) ?? queue.contains(entry.other)) else { continue }
                queue.append(entry.other)
                toward.append(index)
                if reached != nil {
                    reached?.insert(entry.other)
                } else if queue.count > Self.singleReferrerChainLimit {
                    reached = Set(queue)
                }
            }
            if !hasReferrer {
                // `referred_by: <your name>` makes you a referrer: don't list you twice.
                var chain = current == Graph.owner ? [Graph.owner] : [Graph.owner, current]
                var hop = toward[index]
                while hop >= 0 {
                    chain.append(queue[hop])
                    hop = toward[hop]
                }
                return chain
            }
            index += 1
        }
        return nil
    }

    /// The contacts who work at an organization.
    public func contacts(at organization: NodeID) -> [NodeID] {
        neighbors(.worksAt, to: organization)
    }

    /// The organization a contact works at, if any.
    public func organization(of contact: NodeID) -> NodeID? {
        firstNeighbor(.worksAt, from: contact)
    }

    /// The interviews that met a contact.
    public func interviews(with contact: NodeID) -> [NodeID] {
        neighbors(.met, to: contact)
    }

    /// The notes that link to `node`, with where each link is.
    public func backlinks(to node: NodeID) -> [Edge] {
        edges(.linksTo, to: node)
    }
}
