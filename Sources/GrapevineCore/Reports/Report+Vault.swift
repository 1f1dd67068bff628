/// Working out a report from a vault.
extension Report {
    /// The report of `vault` over `period`.
    ///
    /// `--since` (the period's start) changes the figures made of events: the funnel but for
    /// `contacts`, the days to reply (of first messages from then on), referrals per interview,
    /// the connectors (referrals dated from then on) and the weeks. It leaves alone what is a
    /// state rather than an event (contacts, targets) and interviews per week, which has its
    /// own four weeks.
    public init(vault: Vault, period: ReportPeriod) {
        self.init(vault: vault, period: period, isIncluded: { _ in true })
    }

    /// The report of the notes of `vault` for which `isIncluded` (by index in `Vault.notes`)
    /// is true: the site's `--public` edition leaves private notes out of every figure, as
    /// its dashboard's funnel does. People with no note (placeholders) are always included.
    init(vault: Vault, period: ReportPeriod, isIncluded: (Int) -> Bool) {
        self.init(period: period)
        // A sync tool's copy of a note counts as nothing of its own, nor does a meeting's second note.
        let leftOut = vault.notesAnotherStandsFor()
        let isIncluded = leftOut.isEmpty ? isIncluded : { !leftOut.contains($0) && isIncluded($0) }
        var days: [Int] = []
        funnel = Funnel(
            vault: vault, period: period, isIncluded: isIncluded,
            eachContact: { progress in
                if let reply = progress.daysToReply { days.append(reply) }
            })
        daysToReply = days.sorted()
        func isIncludedNode(_ node: Graph.NodeID) -> Bool {
            vault.graph.noteIndex(of: node).map(isIncluded) ?? true
        }
        countInterviews(in: vault, isIncluded: isIncluded)
        topConnectors = Self.connectors(in: vault, period: period, isIncluded: isIncludedNode)
        targets = Self.targets(in: vault, asOf: period.asOf, isIncluded: isIncluded)
        weeks = Self.weeks(in: vault, period: period, isIncluded: isIncluded)
        searchEnded = vault.config.searchEnded(asOf: period.asOf)
    }

    /// Held interviews in the period and in the last four weeks, and the referrals made in them.
    private mutating func countInterviews(in vault: Vault, isIncluded: (Int) -> Bool) {
        let recent = ReportPeriod(asOf: asOf, since: asOf.adding(days: 1 - Self.recentDays))
        var heldPaths: Set<String> = []
        for (index, note) in vault.notes.enumerated() where isIncluded(index) {
            guard let interview = note.interview, interview.isHeld(asOf: asOf), let date = interview.date?.date
            else { continue }
            if recent.contains(date) { recentInterviews += 1 }
            if period.contains(date) {
                heldInterviews += 1
                heldPaths.insert(note.path)
            }
        }
        referralsFromInterviews = vault.graph.edges.count { edge in
            edge.kind == .referred && edge.sources.contains { heldPaths.contains($0.file) }
        }
    }

    /// The people who referred the most people in the period, at most `connectorLimit`.
    private static func connectors(
        in vault: Vault, period: ReportPeriod, isIncluded: (Graph.NodeID) -> Bool
    ) -> [Connector] {
        let graph = vault.graph
        func counts(_ edge: Graph.Edge) -> Bool {
            period.contains(edge.date) && isIncluded(edge.from) && isIncluded(edge.to)
        }
        var referred: [Graph.NodeID: Int] = [:]
        for edge in graph.edges where edge.kind == .referred && edge.from != Graph.owner && counts(edge) {
            referred[edge.from, default: 0] += 1
        }
        let name = { (node: Graph.NodeID) in graph.nodes[node].name }
        // The most people first; then by name. Each key is worked out once, not at every
        // comparison: a large vault has thousands of people who gave a name.
        let top = referred.map { node, count in (-count, NameKey.fold(name(node)), name(node), node) }.sorted(by: <)
            .prefix(connectorLimit)
        guard !top.isEmpty else { return [] }
        let walks = Referrals(graph, where: counts)
        return top.map { count, _, name, node in
            Connector(
                name: name, file: graph.noteIndex(of: node).map { vault.notes[$0].path }, node: node,
                referrals: -count, ledTo: walks.ledTo(by: node).count)
        }
    }

    /// The `target: true` organizations, with the people you know and have met there.
    private static func targets(in vault: Vault, asOf: LocalDate, isIncluded: (Int) -> Bool) -> [Target] {
        let whole = ReportPeriod(asOf: asOf)
        var targets: [Target] = []
        for (index, note) in vault.notes.enumerated() where isIncluded(index) {
            guard let organization = note.organization, organization.isTarget else { continue }
            let people = Set(vault.graph.contacts(at: Graph.node(ofNote: index))).compactMap { node in
                vault.graph.noteIndex(of: node).flatMap { isIncluded($0) ? vault.notes[$0].contact : nil }.map {
                    (node, $0)
                }
            }
            let met = people.count { node, contact in
                ContactProgress(log: contact.log, interviews: vault.interviews(with: node), period: whole).met
            }
            targets.append(
                Target(
                    organization: note.name, file: note.path, motivation: organization.motivation,
                    contacts: people.count, met: met,
                    posting: organization.posting != nil || organization.hasOpening(asOf: asOf)))
        }
        // By motivation, highest first and none last; then by name.
        func order(_ target: Target) -> (Int, String, String, String) {
            (target.motivation.map { -$0 } ?? .max, NameKey.fold(target.organization), target.organization, target.file)
        }
        return targets.sorted { order($0) < order($1) }
    }
}
