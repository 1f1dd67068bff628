import Foundation
import Testing

@testable import GrapevineCore

/// `path PERSON`: every referral chain from you, shortest first, then by names, bounded.
@Suite("All referral chains")
struct AllReferralChainsTests {
    /// A graph of you and `people` persons named P0, P1, …, with a referral for each pair in
    /// `referrals` (from, to: indices of people); `afterReached` ones came after you reached them.
    static func graph(people: Int, referrals: [(Int, Int)], afterReached: Set<Int> = []) -> Graph {
        let nodes =
            [Graph.Node(kind: .owner, name: "You", isPerson: false)]
            + (0..<people).map { Graph.Node(kind: .placeholderPerson, name: "P\($0)", isPerson: true) }
        let edges = referrals.enumerated().map { index, pair in
            var edge = Graph.Edge(
                kind: .referred, from: pair.0 + 1, to: pair.1 + 1, source: Graph.Source(file: "x.md", line: index + 1))
            edge.cameAfterContact = afterReached.contains(index)
            return edge
        }
        return Graph(nodes: nodes, edges: edges)
    }

    /// Every chain, by trying every simple path back from `person`: the definition, slowly.
    static func bruteForce(_ graph: Graph, to person: Graph.NodeID) -> [[Graph.NodeID]] {
        var found: [[Graph.NodeID]] = []
        func walk(_ path: [Graph.NodeID]) {
            let head = path[0]
            if head == Graph.owner {
                found.append(path)
                return
            }
            let referrers = graph.referrers(of: head)
            for referrer in referrers.isEmpty ? [Graph.owner] : referrers where !path.contains(referrer) {
                walk([referrer] + path)
            }
        }
        walk([person])
        return found.sorted { left, right in
            left.count != right.count
                ? left.count < right.count
                : left.map { graph.nodes[$0].name }.lexicographicallyPrecedes(right.map { graph.nodes[$0].name })
        }
    }

    @Test("on random graphs with cycles, the chains are every simple path, shortest first, then by names")
    func randomGraphsMatchTheDefinition() {
        var generator = SplitMix(state: 19)
        for _ in 0..<60 {
            let people = Int.random(in: 2...9, using: &generator)
            var referrals: [(Int, Int)] = []
            for from in 0..<people {
                for to in 0..<people where from != to && Int.random(in: 0..<100, using: &generator) < 22 {
                    referrals.append((from, to))
                }
            }
            let afterReached = Set(referrals.indices.filter { _ in Int.random(in: 0..<10, using: &generator) == 0 })
            let graph = Self.graph(people: people, referrals: referrals, afterReached: afterReached)
            for person in 1...people {
                let expected = Self.bruteForce(graph, to: person)
                let all = AllReferralChains(graph, to: person, limit: 100_000)
                #expect(all.chains == expected, "P\(person - 1) in \(referrals)")
                #expect(all.isComplete)
                // The first is as short as the chain `show` gives.
                #expect(all.chains.first?.count == graph.referralChain(to: person)?.count)
                let limited = AllReferralChains(graph, to: person, limit: 2)
                #expect(limited.chains == Array(expected.prefix(2)))
                #expect(limited.isComplete == (expected.count <= 2))
            }
        }
    }

    @Test("a referral after you had reached someone makes no chain")
    func laterReferralsMakeNoChain() {
        // P0 → P1 came after you reached P1; P0 → P2 → P1 did not.
        let graph = Self.graph(people: 3, referrals: [(0, 1), (0, 2), (2, 1)], afterReached: [0])
        #expect(AllReferralChains(graph, to: 2).chains == [[0, 1, 3, 2]])
        #expect(AllReferralChains(graph, to: 3).chains == [[0, 1, 3]])
    }

    @Test("someone only a cycle leads to has no chain; you are your own")
    func cyclesAndYou() {
        let graph = Self.graph(people: 3, referrals: [(0, 1), (1, 0), (1, 2)])
        #expect(AllReferralChains(graph, to: 3).chains.isEmpty)
        #expect(AllReferralChains(graph, to: 3).isComplete)
        #expect(AllReferralChains(graph, to: Graph.owner).chains == [[Graph.owner]])
    }

    // The work budget bounds it (`isComplete` false below); the time limit only catches a hang,
    // never a slow machine: timings belong in Benchmarks/.
    @Test("a dense graph is cut at the limit, shortest first, and answers at once", .timeLimit(.minutes(1)))
    func denseGraphIsBounded() {
        // 40 people who all referred each other, and P0 whom nobody referred: about 38! chains.
        let people = 40
        var referrals: [(Int, Int)] = []
        for from in 0..<people {
            for to in 1..<people where from != to { referrals.append((from, to)) }
        }
        let graph = Self.graph(people: people, referrals: referrals)
        let all = AllReferralChains(graph, to: people, limit: 20)
        #expect(all.chains.count == 20)
        #expect(!all.isComplete)
        #expect(all.chains[0] == [Graph.owner, 1, people])
        #expect(all.chains.map(\.count) == all.chains.map(\.count).sorted())
        // With no limit to speak of, the work budget stops it all the same.
        let unbounded = AllReferralChains(graph, to: people, limit: .max)
        #expect(!unbounded.isComplete)
    }

    @Test("you named as a referrer start the chain once")
    func youAsReferrer() throws {
        let vault = try TemporaryVault.load([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/maria.md": "---\nname: Maria Lopez\nreferred_by: \"[[Alex Kim]]\"\n---\n",
            "contacts/sam.md": "---\nname: Sam Reyes\nreferred_by: [\"[[Maria Lopez]]\", Ann]\n---\n",
        ])
        let chains = AllReferralChains(vault.graph, to: try vault.node("Sam Reyes")).chains
        #expect(
            chains.map(vault.names) == [["Alex Kim", "Ann", "Sam Reyes"], ["Alex Kim", "Maria Lopez", "Sam Reyes"]])
    }
}
