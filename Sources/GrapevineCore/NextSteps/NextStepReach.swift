/// The subjects (`NextStepList.Key.subject`: people, meetings, notes) whose next steps an
/// edit of some contact notes can change, when it leaves the graph as it was: a Log line, a
/// task, a field that names nobody. `grapevine serve` finds only their steps again.
///
/// With the graph the same (every name, kind and edge, referral dates included), what a
/// contact's note adds to the steps is its person (`Person`: Log, `added`, `source`) and its
/// tasks and reminders. Who reads a person, besides the rules looking at them:
///
/// - the meetings that met them (thank-you, update, resume, apply: `logged` on the people
///   met; tasks in the interview note, about its first person, closed by their Log): one edge;
/// - their colleagues (`reach-out` and `try-another` read who else at the organization was
///   written to): two edges, through the organization;
/// - the people who referred them (`thank-referrer`, found by referrer, reads the first
///   meetings of the people referred): one edge; the meetings of those who referred them (an
///   update reports what became of a name given in the meeting): two edges, through that person;
/// - the target organizations they work at, or where someone they referred works
///   (`find-contacts` weighs the people there and who referred them): one or two edges;
/// - the meetings with their colleagues, at an organization with Openings: an `applied` entry
///   on anyone there closes an opening, and with it the same lead of such a meeting
///   (`ApplyRule+SameOpening`): three edges, through the organization and the colleague.
///
/// So every node within two edges of an edited note, in either direction, but never on
/// through you (everyone's chain starts with you), and those meetings. Anything else (another kind of note, a
/// graph that changed, another day or time of day that moves an interview of today) finds
/// every step again.
struct NextStepReach {
    /// The vault before the edit and after it.
    let before: Vault
    let after: Vault

    /// The subjects whose steps the edit of the notes at `edited` (vault-relative) can
    /// change; `nil` when every step must be found again.
    func subjects(edited: Set<String>) -> Set<Graph.NodeID>? {
        let (old, new) = (before, after)
        guard old.notes.count == new.notes.count, old.config == new.config, old.graph.nodes == new.graph.nodes,
            old.graph.edges == new.graph.edges
        else { return nil }
        var seeds: [Graph.NodeID] = []
        for path in edited {
            // The same names, aliases and kind: references resolve as before.
            guard let index = new.index(ofPath: path), old.notes[index].path == path,
                old.notes[index].kind == .contact, new.notes[index].kind == .contact,
                ReferenceIndex.Keys(old.notes[index]) == ReferenceIndex.Keys(new.notes[index])
            else { return nil }
            seeds.append(Graph.node(ofNote: index))
        }
        return withinTwoEdges(of: seeds, in: new.graph).union(meetingsWithColleagues(of: seeds, in: new))
    }

    /// The meetings with the people who work with `seeds` at an organization whose note has
    /// Openings (see above).
    private func meetingsWithColleagues(of seeds: [Graph.NodeID], in vault: Vault) -> [Graph.NodeID] {
        let graph = vault.graph
        return seeds.flatMap { graph.neighbors(.worksAt, from: $0) }.flatMap { organization -> [Graph.NodeID] in
            guard let index = graph.noteIndex(of: organization),
                vault.notes[index].organization?.openingItems.isEmpty == false
            else { return [] }
            return graph.contacts(at: organization).flatMap { graph.neighbors(.met, to: $0) }
        }
    }

    /// `seeds` and every node up to two edges away, in either direction, not going on
    /// through you.
    private func withinTwoEdges(of seeds: [Graph.NodeID], in graph: Graph) -> Set<Graph.NodeID> {
        var found = Set(seeds)
        var frontier = seeds
        for _ in 0..<2 {
            var next: [Graph.NodeID] = []
            for node in frontier where node != Graph.owner {
                for entry in graph.outgoingEdges(of: node) + graph.incomingEdges(of: node)
                where found.insert(entry.other).inserted {
                    next.append(entry.other)
                }
            }
            frontier = next
        }
        return found
    }
}
