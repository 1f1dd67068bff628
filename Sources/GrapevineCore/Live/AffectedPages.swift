/// The pages of a site that an edit of some notes can change: what `grapevine serve` renders
/// again after an edit, instead of the whole site.
///
/// The rule, from the site before the edit and after it (`SiteBuilder`s of the two vaults):
///
/// - **Every page** when the list of pages itself may differ: a note added or removed, a
///   placeholder that came or went (node numbers shift), a page or tag page at another path, a
///   changed note of another kind. Pages no longer built are then removed too.
/// - Otherwise the **fixed pages** (dashboard, progress, contacts, tags, search and its index,
///   and the graph when a node's name or kind or an edited note's edges changed), which show
///   every note, and these node pages:
///   1. the edited notes and every contact whose status, last touch or warmth changed
///      (`ContactStatuses`), and every node within two edges of those, in either direction,
///      in the graph before or after. A page shows its neighbours (backlinks, the
///      organization, the people met) and some of theirs (an interviewee's organization, an organization's interviews, the
///      people who referred an organization's people), always through a person, an interview
///      or a note: a path does not go on through an organization (its people's pages show
///      only its name) nor through you (everyone's chain starts with you);
///   2. for an edited note whose name or edges changed, everyone above and below it in the
///      referral graph, before and after (chains and led-to trees name it); for it and for
///      every contact whose status or warmth changed (not only its last touch), the
///      organizations of everyone above and below it (an organization's warm introductions
///      weigh everyone's status and warmth on the chains to its people);
///   3. the person and the note of every step that is new or gone (`NextStepEngine`);
///   4. the tag pages of every tag of those nodes' notes, before and after.
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
        let statuses = changedStatuses()
        let renamed = seeds.filter(identityChanged)
        var nodes = withinTwoEdges(of: Set(seeds).union(statuses)).union(changedSteps())
        // A name or an edge is shown along the referral line (chains, led-to trees); a status
        // or warmth is weighed there (an organization's warm introductions weigh everyone on
        // the chains to its people): the organizations of everyone on the line are drawn
        // again too. A last touch alone is not: a Log line that changes only it reaches no
        // further than its neighbours.
        let weighed = statuses.filter(standingChanged)
        for node in Set(weighed + renamed) {
            let line = referralLine(of: node, in: before.vault.graph)
                .union(referralLine(of: node, in: after.vault.graph))
            if renamed.contains(node) { nodes.formUnion(line) }
            nodes.formUnion(organizations(of: line))
        }
        var tags: Set<String> = []
        for node in nodes {
            for site in [before, after] {
                guard let index = site.vault.graph.noteIndex(of: node) else { continue }
                tags.formUnion(site.vault.notes[index].tags.map(NameKey.fold))
            }
        }
        // The graph page shows only the graph's names, kinds and edges: the biggest page after
        // the search index and the table of contacts, drawn again only when they change.
        let drawsGraph = graphChanged(seeds: seeds)
        let fixed = after.pageList().prefix { $0.isFixed }.filter { page in
            if case .graph = page { drawsGraph } else { true }
        }
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

    /// Whether the contact's status or warmth differ (not only its last touch).
    private func standingChanged(_ node: Graph.NodeID) -> Bool {
        guard let index = after.vault.graph.noteIndex(of: node) else { return true }
        let old = before.statuses[note: index], new = after.statuses[note: index]
        return old?.status != new?.status || old?.warmth != new?.warmth
    }

    /// The contacts whose status, last touch or warmth differ.
    private func changedStatuses() -> [Graph.NodeID] {
        after.vault.notes.indices.filter { before.statuses[note: $0] != after.statuses[note: $0] }
            .map(Graph.node(ofNote:))
    }

    /// The nodes whose pages list a step that is new or gone: its person, and the note it
    /// is written in. (A step's place among the others follows from what it says.)
    ///
    /// Both lists are in `next`'s order, and an edit changes a few steps: they are walked side
    /// by side, and where they differ, a step is looked for a few places ahead in the other
    /// list. A step taken as unchanged is equal to its match; any other counts as changed, so
    /// a step that only moved far may be counted as changed, never the reverse. (Hashing
    /// every step of the benchmark vault took 160 ms.)
    private func changedSteps() -> Set<Graph.NodeID> {
        let old = before.steps, new = after.steps
        var changed: [(site: SiteBuilder, step: Int)] = []
        var (i, j) = (0, 0)
        let window = 16
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                (i, j) = (i + 1, j + 1)
            } else if j < new.count, let ahead = (i..<min(i + window, old.count)).first(where: { old[$0] == new[j] }) {
                changed += (i..<ahead).map { (before, $0) }
                i = ahead
            } else if i < old.count, let ahead = (j..<min(j + window, new.count)).first(where: { new[$0] == old[i] }) {
                changed += (j..<ahead).map { (after, $0) }
                j = ahead
            } else {
                if i < old.count { changed.append((before, i)) }
                if j < new.count { changed.append((after, j)) }
                (i, j) = (i + 1, j + 1)
            }
        }
        var nodes: Set<Graph.NodeID> = []
        for (site, index) in changed {
            let step = site.steps[index]
            if let person = step.person { nodes.insert(person) }
            if let note = site.vault.index(ofPath: step.file) { nodes.insert(Graph.node(ofNote: note)) }
        }
        return nodes
    }

    /// Whether the graph page can differ: a node's name or kind, or an edited note's edges.
    private func graphChanged(seeds: [Graph.NodeID]) -> Bool {
        let old = before.vault.graph, new = after.vault.graph
        return seeds.contains { edgeSummary(of: $0, in: old) != edgeSummary(of: $0, in: new) }
            || old.nodes.indices.contains {
                old.nodes[$0].name != new.nodes[$0].name || old.nodes[$0].kind != new.nodes[$0].kind
            }
    }

    /// The organizations `people` work at, before or after the edit.
    private func organizations(of people: Set<Graph.NodeID>) -> Set<Graph.NodeID> {
        var found: Set<Graph.NodeID> = []
        for graph in [before.vault.graph, after.vault.graph] {
            for person in people {
                for entry in graph.outgoingEdges(of: person) where entry.kind == .worksAt { found.insert(entry.other) }
            }
        }
        return found
    }

    /// Whether the node's name or any of its edges differ.
    private func identityChanged(_ node: Graph.NodeID) -> Bool {
        let old = before.vault.graph, new = after.vault.graph
        return old.nodes[node].name != new.nodes[node].name
            || edgeSummary(of: node, in: old) != edgeSummary(of: node, in: new)
    }

    /// The node's edges, each as its kind, ends and date, sorted.
    private func edgeSummary(of node: Graph.NodeID, in graph: Graph) -> [String] {
        let entries = Array(graph.outgoingEdges(of: node)) + Array(graph.incomingEdges(of: node))
        return entries.map { entry in
            let edge = graph.edges[entry.edge]
            return
                "\(edge.kind.rawValue) \(edge.from) \(edge.to) \(edge.date?.description ?? "") \(edge.cameAfterContact)"
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

    /// `nodes` and every node up to two edges away in the graph before or after, in either
    /// direction. A path goes on only through a person, an interview or a note: not through
    /// you, whom everyone's chain starts from, nor through an organization, whose page shows
    /// its people but whose people's pages show only its name.
    private func withinTwoEdges(of nodes: Set<Graph.NodeID>) -> Set<Graph.NodeID> {
        var found = nodes
        var frontier = nodes.filter { $0 != Graph.owner }
        for hop in 0..<2 {
            var next: Set<Graph.NodeID> = []
            for node in frontier where hop == 0 || !isOrganization(node) {
                for graph in [before.vault.graph, after.vault.graph] {
                    for entry in graph.outgoingEdges(of: node) where found.insert(entry.other).inserted {
                        next.insert(entry.other)
                    }
                    for entry in graph.incomingEdges(of: node) where found.insert(entry.other).inserted {
                        next.insert(entry.other)
                    }
                }
            }
            frontier = next.filter { $0 != Graph.owner }
        }
        return found
    }

    /// Whether `node` is an organization, with a note or without, before or after the edit.
    private func isOrganization(_ node: Graph.NodeID) -> Bool {
        [before.vault, after.vault].contains { vault in
            if vault.graph.nodes[node].kind == .placeholderOrganization { return true }
            return vault.graph.noteIndex(of: node).map { vault.notes[$0].kind == .organization } ?? false
        }
    }
}
