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
        self.init(period: period)
        var days: [Int] = []
        funnel = Funnel(
            vault: vault, period: period,
            eachContact: { progress in
                if let reply = progress.daysToReply { days.append(reply) }
            })
        daysToReply = days.sorted()
        countInterviews(in: vault)
        topConnectors = Self.connectors(in: vault, period: period)
        targets = Self.targets(in: vault, asOf: period.asOf)
        weeks = Self.weeks(in: vault, period: period)
    }

    /// Held interviews in the period and in the last four weeks, and the referrals made in them.
    private mutating func countInterviews(in vault: Vault) {
        let recent = ReportPeriod(asOf: asOf, since: asOf.adding(days: 1 - Self.recentDays))
        var heldPaths: Set<String> = []
        for note in vault.notes {
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
    private static func connectors(in vault: Vault, period: ReportPeriod) -> [Connector] {
        let graph = vault.graph
        var referred: [Graph.NodeID: Int] = [:]
        for edge in graph.edges
        where edge.kind == .referred && edge.from != Graph.owner && period.contains(edge.date) {
            referred[edge.from, default: 0] += 1
        }
        let name = { (node: Graph.NodeID) in graph.nodes[node].name }
        // The most people first; then by name.
        func order(_ node: Graph.NodeID, _ count: Int) -> (Int, String, String, Int) {
            (-count, NameKey.fold(name(node)), name(node), node)
        }
        let top = referred.sorted { order($0.key, $0.value) < order($1.key, $1.value) }.prefix(connectorLimit)
        guard !top.isEmpty else { return [] }
        let walks = Referrals(graph) { period.contains($0.date) }
        return top.map { connector in
            Connector(
                name: name(connector.key), file: vault.note(for: connector.key)?.path, referrals: connector.value,
                ledTo: walks.ledTo(by: connector.key).count)
        }
    }

    /// The `target: true` organizations, with the people you know and have met there.
    private static func targets(in vault: Vault, asOf: LocalDate) -> [Target] {
        let whole = ReportPeriod(asOf: asOf)
        var targets: [Target] = []
        for (index, note) in vault.notes.enumerated() {
            guard let organization = note.organization, organization.isTarget else { continue }
            let people = Set(vault.graph.contacts(at: Graph.node(ofNote: index))).compactMap { node in
                vault.note(for: node)?.contact.map { (node, $0) }
            }
            let met = people.count { node, contact in
                ContactProgress(log: contact.log, interviews: vault.interviews(with: node), period: whole).met
            }
            targets.append(
                Target(
                    organization: note.name, file: note.path, motivation: organization.motivation,
                    contacts: people.count, met: met, posting: organization.posting != nil))
        }
        // By motivation, highest first and none last; then by name.
        func order(_ target: Target) -> (Int, String, String, String) {
            (target.motivation.map { -$0 } ?? .max, NameKey.fold(target.organization), target.organization, target.file)
        }
        return targets.sorted { order($0) < order($1) }
    }
}
