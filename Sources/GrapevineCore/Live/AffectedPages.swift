/// The pages of a site that an edit of some notes can change: what `grapevine serve` renders
/// again after an edit, instead of the whole site.
///
/// The rule, from the site before the edit and after it (`SiteBuilder`s of the two vaults):
///
/// - **Every page** when the list of pages itself may differ: a note added or removed, a
///   placeholder that came or went (node numbers shift), a page or tag page at another path, a
///   changed note of another kind. Pages no longer built are then removed too.
/// - Otherwise the **fixed pages** (dashboard, progress, contacts, graph, tags, search and its
///   index), which show every note, and these node pages:
///   1. the edited notes, every node whose status (`ContactStatuses`) or next steps changed,
///      and, when an edited note's name or any of its edges changed, everyone above and below
///      it in the referral graph (their chains and led-to trees name it), before and after;
///   2. every node within two edges of those, in either direction, in the graph before or
///      after, not counting paths through you: a page shows its neighbours (backlinks, the
///      organization, the people met) and some of theirs (an interviewee's organization, the
///      people an organization's people were referred by);
///   3. the tag pages of every tag of those nodes' notes, before and after.
///
/// When in doubt it renders more: a page rendered again that did not change is left alone on
/// disk (`SiteFolder.write`). `AffectedPagesTests` checks the rule against a full build.
struct AffectedPages {
    /// The site before the edit.
    let before: SiteBuilder
    /// The site after it.
    let after: SiteBuilder

    /// The pages the edit of the notes at `changed` (vault-relative paths) can change, fixed
    /// pages first; `nil` when every page must be built again.
    func pages(changedNotes changed: Set<String>) -> [SiteBuilder.Page]? {
        guard let seeds = seeds(changed) else { return nil }
        var nodes = Set(seeds)
        nodes.formUnion(changedStatuses())
        nodes.formUnion(changedSteps())
        for seed in seeds where identityChanged(seed) {
            nodes.formUnion(referralLine(of: seed, in: before.vault.graph))
            nodes.formUnion(referralLine(of: seed, in: after.vault.graph))
        }
        nodes = within(2, of: nodes)
        var tags: Set<String> = []
        for node in nodes {
            for site in [before, after] {
                guard let index = site.vault.graph.noteIndex(of: node) else { continue }
                tags.formUnion(site.vault.notes[index].tags.map(NameKey.fold))
            }
        }
        let fixed = after.pageList().prefix { $0.isFixed }
        let shown = nodes.sorted().filter { after.paths.page(of: $0) != nil }
        return Array(fixed) + shown.map(SiteBuilder.Page.node)
            + tags.sorted().filter { after.paths.allTagPages[$0] != nil }.map(SiteBuilder.Page.tag)
    }

    /// The nodes of the edited notes; `nil` when the pages themselves may differ.
    private func seeds(_ changed: Set<String>) -> [Graph.NodeID]? {
        let old = before.vault, new = after.vault
        guard old.notes.count == new.notes.count, old.graph.nodes.count == new.graph.nodes.count,
            before.paths.allTagPages == after.paths.allTagPages,
            old.graph.nodes.indices.allSatisfy({ before.paths.page(of: $0) == after.paths.page(of: $0) })
        else { return nil }
        var seeds: [Graph.NodeID] = []
        for path in changed {
            guard let index = new.index(ofPath: path), old.notes[index].path == path,
                old.notes[index].kind == new.notes[index].kind
            else { return nil }
            seeds.append(Graph.node(ofNote: index))
        }
        return seeds
    }

    /// The contacts whose status, last touch or warmth differ.
    private func changedStatuses() -> [Graph.NodeID] {
        after.vault.notes.indices.filter { before.statuses[note: $0] != after.statuses[note: $0] }
            .map(Graph.node(ofNote:))
    }

    /// The nodes whose next steps (about them or written in their notes) differ.
    private func changedSteps() -> Set<Graph.NodeID> {
        let steps = { (site: SiteBuilder, node: Graph.NodeID) in (site.stepsByNode[node] ?? []).map { site.steps[$0] } }
        let nodes = Set(before.stepsByNode.keys).union(after.stepsByNode.keys)
        return nodes.filter { steps(before, $0) != steps(after, $0) }
    }

    /// Whether the node's name or any of its edges differ.
    private func identityChanged(_ node: Graph.NodeID) -> Bool {
        let old = before.vault.graph, new = after.vault.graph
        return old.nodes[node].name != new.nodes[node].name || edgeSummary(of: node, in: old) != edgeSummary(of: node, in: new)
    }

    /// The node's edges, each as its kind, ends and date, sorted.
    private func edgeSummary(of node: Graph.NodeID, in graph: Graph) -> [String] {
        let entries = Array(graph.outgoingEdges(of: node)) + Array(graph.incomingEdges(of: node))
        return entries.map { entry in
            let edge = graph.edges[entry.edge]
            return "\(edge.kind.rawValue) \(edge.from) \(edge.to) \(edge.date?.description ?? "") \(edge.cameAfterContact)"
        }.sorted()
    }

    /// Everyone above and below `node` along referral edges, `node` included.
    private func referralLine(of node: Graph.NodeID, in graph: Graph) -> Set<Graph.NodeID> {
        var found: Set<Graph.NodeID> = [node]
        for outgoing in [true, false] {
            var waiting = [node]
            while let next = waiting.popLast() {
                let entries = outgoing ? graph.outgoingEdges(of: next) : graph.incomingEdges(of: next)
                for entry in entries where entry.kind == .referred && found.insert(entry.other).inserted {
                    waiting.append(entry.other)
                }
            }
        }
        return found
    }

    /// `nodes` and every node up to `steps` edges away in the graph before or after, in either
    /// direction; paths do not go through you, who everyone's chain starts from.
    private func within(_ steps: Int, of nodes: Set<Graph.NodeID>) -> Set<Graph.NodeID> {
        var found = nodes
        var frontier = nodes
        for _ in 0..<steps {
            var next: Set<Graph.NodeID> = []
            for node in frontier where node != Graph.owner {
                for graph in [before.vault.graph, after.vault.graph] {
                    for entry in graph.outgoingEdges(of: node) where found.insert(entry.other).inserted {
                        next.insert(entry.other)
                    }
                    for entry in graph.incomingEdges(of: node) where found.insert(entry.other).inserted {
                        next.insert(entry.other)
                    }
                }
            }
            frontier = next
        }
        return found
    }
}
