/// Finds referral cycles (A referred B, B referred A): allowed, and reported as info.
enum ReferralCycles {
    /// An info for each cycle, at the place that states its first referral.
    static func diagnostics(in graph: Graph) -> [Diagnostic] {
        find(in: graph).compactMap { cycle in
            let names = (cycle + [cycle[0]]).map { graph.nodes[$0].name }.joined(separator: " → ")
            let edge = graph.edges(.referred, from: cycle[0]).first { $0.to == cycle[1 % cycle.count] }
            guard let source = edge?.sources.first else { return nil }
            return Diagnostic(
                .info, .referralCycle, "referral cycle: \(names)", file: source.file,
                at: SourcePosition(line: source.line, column: 1))
        }
    }

    /// One cycle per strongly connected group of the referral edges, each as the nodes in
    /// order, starting from the group's lowest node.
    static func find(in graph: Graph) -> [[Graph.NodeID]] {
        var tarjan = Tarjan(graph: graph)
        for node in graph.nodes.indices where !tarjan.isVisited(node) && !tarjan.successors[node].isEmpty {
            tarjan.connect(node)
        }
        return tarjan.components.filter { $0.count > 1 }.compactMap { cycle(through: Set($0), in: graph) }
            .sorted { $0[0] < $1[0] }
    }

    /// The files that state a referral between two people of one cycle: where the lines
    /// `diagnostics(in:)` points at are written.
    static func files(in graph: Graph, cycles: [[Graph.NodeID]]) -> Set<String> {
        var files: Set<String> = []
        for cycle in cycles {
            let members = Set(cycle)
            for node in cycle {
                for edge in graph.edges(.referred, from: node) where members.contains(edge.to) {
                    files.formUnion(edge.sources.map(\.file))
                }
            }
        }
        return files
    }

    /// A cycle inside a strongly connected group: a path from its lowest node back to it.
    private static func cycle(through group: Set<Graph.NodeID>, in graph: Graph) -> [Graph.NodeID]? {
        guard let start = group.min() else { return nil }
        var cameFrom: [Graph.NodeID: Graph.NodeID] = [:]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let current = queue[index]
            index += 1
            for next in graph.referrals(by: current).sorted() where group.contains(next) {
                if next == start {
                    var path = [current]
                    while let previous = cameFrom[path[0]] { path.insert(previous, at: 0) }
                    return path
                }
                if cameFrom[next] == nil, next != start {
                    cameFrom[next] = current
                    queue.append(next)
                }
            }
        }
        return nil
    }

    /// Tarjan's strongly connected components over `referred` edges, iteratively.
    private struct Tarjan {
        let successors: [[Graph.NodeID]]
        var index: [Int]
        var lowLink: [Int]
        var onStack: [Bool]
        var stack: [Graph.NodeID] = []
        var components: [[Graph.NodeID]] = []
        var counter = 0

        init(graph: Graph) {
            // Nobody refers you (GraphBuilder drops referrals to the owner), so you are in no
            // cycle: the people you found yourself, whom `referrals(by:)` adds, are left out.
            successors = graph.nodes.indices.map { graph.neighbors(.referred, from: $0) }
            index = Array(repeating: -1, count: graph.nodes.count)
            lowLink = index
            onStack = Array(repeating: false, count: graph.nodes.count)
        }

        func isVisited(_ node: Graph.NodeID) -> Bool { index[node] >= 0 }

        mutating func connect(_ root: Graph.NodeID) {
            var work: [(node: Graph.NodeID, next: Int)] = [(root, 0)]
            visit(root)
            while let (node, next) = work.last {
                if next < successors[node].count {
                    work[work.count - 1].next += 1
                    let successor = successors[node][next]
                    if index[successor] < 0 {
                        visit(successor)
                        work.append((successor, 0))
                    } else if onStack[successor] {
                        lowLink[node] = min(lowLink[node], index[successor])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                if lowLink[node] == index[node] {
                    var component: [Graph.NodeID] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component)
                }
            }
        }

        private mutating func visit(_ node: Graph.NodeID) {
            index[node] = counter
            lowLink[node] = counter
            counter += 1
            stack.append(node)
            onStack[node] = true
        }
    }
}
