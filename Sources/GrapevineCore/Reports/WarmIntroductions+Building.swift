extension WarmIntroductions {
    /// The warm introductions to `organization` (an organization note or placeholder) in
    /// `vault`, as of `today`.
    public init(organization: Graph.NodeID, in vault: Vault, today: LocalDate) {
        self.init(
            organization: organization, in: vault, today: today, chains: ReferralChains(vault.graph, headLength: 1),
            statuses: nil, listingChains: true)
    }

    /// The same, with everyone's referral chains and statuses worked out already (by the
    /// site, for every organization page, and `find-contacts`, for every target): `statuses`
    /// by note, or `nil` to work each out.
    /// Without `listingChains`, every `chain` is left empty (the site draws each from `chains`).
    /// With a `limit`, only the warmest `limit` are described; `leftOut` counts the others.
    init(
        organization: Graph.NodeID, in vault: Vault, today: LocalDate, chains: ReferralChains,
        statuses: ContactStatuses? = nil, listingChains: Bool = true, limit: Int = .max
    ) {
        self = WarmIntroductionsBuilder(
            vault: vault, today: today, organization: organization, shortest: chains, statuses: statuses,
            listsChains: listingChains
        ).build(limit: limit)
    }
}

/// Works out who is a way into one organization, how warm each is, and what to do.
///
/// A class: its sorting and mapping closures capture it, and a struct holding the vault, the
/// graph and the chains was copied (a few dozen references) into each.
private final class WarmIntroductionsBuilder {
    /// One person considered, with what orders them.
    struct Person {
        var node: Graph.NodeID
        var warmth: Warmth
        var status: ContactStatus?
        /// Nodes on their shortest chain from you, you included; `Int.max` when none.
        var chainLength: Int
    }

    let vault: Vault
    let today: LocalDate
    let organization: Graph.NodeID
    private let graph: Graph
    /// Everyone's shortest chain from you (only lengths and whole chains are read, so any
    /// `headLength` will do).
    private let shortest: ReferralChains
    private let statuses: ContactStatuses?
    /// Whether each introduction lists the whole chain from you.
    private let listsChains: Bool

    init(
        vault: Vault, today: LocalDate, organization: Graph.NodeID, shortest: ReferralChains,
        statuses: ContactStatuses?, listsChains: Bool
    ) {
        self.vault = vault
        self.today = today
        self.organization = organization
        graph = vault.graph
        self.shortest = shortest
        self.statuses = statuses
        self.listsChains = listsChains
    }

    func build(limit: Int) -> WarmIntroductions {
        let members = graph.contacts(at: organization)
        let isMember = Set(members)
        let (referrers, named, outsiders) = referrals(of: members, isMember: isMember)
        let slips = slipsOfColleagues(members)
        var people: [Graph.NodeID: Person] = [:]
        for node in members + outsiders { people[node] = person(node) }
        // Whoever a public site withholds the status of: what to do next with them would say it.
        let everyone = (members + outsiders).filter { people[$0]?.status != .withheld }
        // Each person and name looked up once, not at every comparison.
        let warmestFirst = { [self] (nodes: [Graph.NodeID]) -> [Graph.NodeID] in
            guard nodes.count > 1 else { return nodes }
            return nodes.map { (people[$0]!, name($0)) }.sorted(by: warmerFirst).map(\.0.node)
        }
        // An organization page lists the warmest few of hundreds: those are picked, not
        // everyone sorted.
        let order =
            limit < everyone.count
            ? everyone.map { (people[$0]!, self.name($0)) }.sortedPrefix(limit, by: warmerFirst).map(\.0.node)
            : warmestFirst(everyone)
        let isMet = { (node: Graph.NodeID) in people[node]?.warmth == .met && people[node]?.status != .withheld }
        let colleague = members.lazy.filter(isMet).map { (people[$0]!, self.name($0)) }.min(by: warmerFirst)?.0.node
        let introductions = order.map { node in
            let person = people[node]!
            let action =
                isMember.contains(node)
                ? memberAction(
                    person, referrers: warmestFirst(referrers[node] ?? []), colleague: colleague, slipOf: slips[node])
                : outsiderAction(
                    person, named: warmestFirst((named[node] ?? []).filter { slips[$0] == nil }),
                    warmth: { people[$0]!.warmth })
            return introduction(person, worksThere: isMember.contains(node), referred: named[node] ?? [], action)
        }
        return WarmIntroductions(
            organization: describe(organization), introductions: introductions,
            leftOut: everyone.count - introductions.count)
    }
    /// The members without a note whose name is another member's written another way (`Jordan
    /// Lee` beside the note of Jordan T. Lee, which `check` warns of as `look-alike-names`), each
    /// with that member: one person, likely, whom "write to Jordan Lee" would have you write to
    /// twice. Only names without a note are looked at, so most organizations cost nothing.
    private func slipsOfColleagues(_ members: [Graph.NodeID]) -> [Graph.NodeID: Graph.NodeID] {
        let placeholders = members.filter { graph.nodes[$0].kind == .placeholderPerson }
        guard !placeholders.isEmpty else { return [:] }
        var withNote: [String: [Graph.NodeID]] = [:]
        for member in members where graph.noteIndex(of: member) != nil {
            withNote[NameKey.lookAlike(name(member)), default: []].append(member)
        }
        var slips: [Graph.NodeID: Graph.NodeID] = [:]
        for placeholder in placeholders {
            let written = name(placeholder)
            let same = (withNote[NameKey.lookAlike(written)] ?? []).filter {
                NameKey.initialsAgree(written, name($0))
            }
            if same.count == 1 { slips[placeholder] = same[0] }
        }
        return slips
    }

    /// Who gave you the name of each member (any referral, even one after you had reached
    /// them: they know each other), and the people elsewhere among them with whom they named.
    private func referrals(
        of members: [Graph.NodeID], isMember: Set<Graph.NodeID>
    ) -> (referrers: [Graph.NodeID: [Graph.NodeID]], named: [Graph.NodeID: [Graph.NodeID]], outsiders: [Graph.NodeID]) {
        var referrers: [Graph.NodeID: [Graph.NodeID]] = [:]
        var named: [Graph.NodeID: [Graph.NodeID]] = [:]
        var outsiders: [Graph.NodeID] = []
        for member in members {
            for edge in graph.edges(.referred, to: member) where edge.from != member && graph.nodes[edge.from].isPerson
            {
                referrers[member, default: []].append(edge.from)
                guard !isMember.contains(edge.from) else { continue }
                if named[edge.from] == nil { outsiders.append(edge.from) }
                named[edge.from, default: []].append(member)
            }
        }
        return (referrers, named, outsiders)
    }

    private func person(_ node: Graph.NodeID) -> Person {
        let status = graph.noteIndex(of: node).flatMap { index in
            statuses.map { $0[note: index] } ?? ContactStatuses.entry(ofNote: index, in: vault, today: today)
        }
        let length = shortest.length(of: node)
        return Person(
            node: node, warmth: status?.warmth ?? .notContacted, status: status?.status,
            chainLength: length > 0 ? length : .max)
    }

    /// Warmer first; then the shorter chain from you; then by name.
    private func warmerFirst(_ left: (person: Person, name: String), _ right: (person: Person, name: String)) -> Bool {
        let (person, other) = (left.person, right.person)
        if person.warmth != other.warmth { return person.warmth > other.warmth }
        if person.chainLength != other.chainLength { return person.chainLength < other.chainLength }
        return left.name != right.name ? left.name < right.name : person.node < other.node
    }

    private func introduction(
        _ person: Person, worksThere: Bool, referred: [Graph.NodeID], _ action: WarmIntroduction.Action
    ) -> WarmIntroduction {
        return WarmIntroduction(
            person: describe(person.node), title: graph.noteIndex(of: person.node).flatMap { vault.notes[$0].title },
            organization: graph.organization(of: person.node).map(describe), worksThere: worksThere,
            referred: referred.map(describe), warmth: person.warmth, status: person.status?.label ?? "no note yet",
            chain: listsChains ? (shortest.chain(to: person.node) ?? []).map(describe) : [], action: action)
    }

    // MARK: Actions

    /// What to do about someone who works there: go on with them where you are, or, if you
    /// have not contacted them, write (mentioning whoever gave you the name) or ask a
    /// colleague of theirs you have met to introduce you.
    private func memberAction(
        _ person: Person, referrers: [Graph.NodeID], colleague: Graph.NodeID?, slipOf contact: Graph.NodeID?
    ) -> WarmIntroduction.Action {
        let who = name(person.node)
        if let contact {
            return action(
                .fixName, "did you mean \(name(contact))? fix the name \(who) ('grapevine check' says where)",
                about: [contact])
        }
        if person.warmth == .met {
            return action(.askForName, "ask \(who) for another name at \(name(organization))")
        }
        switch person.status {
        case .scheduled(let when)?: return action(.meet, "meet \(who) on \(when)")
        case .declined(let day)?: return action(.askSomeoneElse, "\(who) declined on \(day): ask someone else there")
        case .fellThrough(let day, _)?:
            return action(.schedule, "reschedule the meeting on \(day) with \(who)")
        default: break
        }
        switch person.warmth {
        case .met, .replied:
            return action(.schedule, "schedule a meeting with \(who)")
        case .reachedOut:
            return action(.wait, "wait for \(who) to reply ('grapevine next' says when to follow up)")
        case .notContacted:
            if !referrers.isEmpty {
                let names = Prose.list(referrers.map(name))
                return action(.write, "write to \(who), mentioning \(names)", about: referrers)
            }
            if let colleague, colleague != person.node {
                return action(.introduce, "ask \(name(colleague)) to introduce you to \(who)", about: [colleague])
            }
            return action(.write, "write to \(who)")
        }
    }

    /// What to do about someone elsewhere who gave you names there: ask them to introduce you
    /// to those you have not contacted, else thank them and ask for another name.
    private func outsiderAction(
        _ person: Person, named: [Graph.NodeID], warmth: (Graph.NodeID) -> Warmth
    ) -> WarmIntroduction.Action {
        let who = name(person.node)
        let waiting = named.filter { warmth($0) == .notContacted }
        if !waiting.isEmpty {
            return action(.introduce, "ask \(who) to introduce you to \(Prose.list(waiting.map(name)))", about: waiting)
        }
        return action(.thankAndAsk, "thank \(who) and ask for another name at \(name(organization))", about: named)
    }

    private func action(
        _ kind: WarmIntroduction.Action.Kind, _ text: String, about people: [Graph.NodeID] = []
    ) -> WarmIntroduction.Action {
        WarmIntroduction.Action(kind: kind, text: text, about: people.map(describe))
    }

    private func name(_ node: Graph.NodeID) -> String {
        graph.nodes[node].name
    }

    private func describe(_ node: Graph.NodeID) -> Dossier.PersonOrOrganization {
        // The path alone: `vault.note(for:)` would copy the whole note.
        Dossier.PersonOrOrganization(
            name: graph.nodes[node].name, file: graph.noteIndex(of: node).map { vault.notes[$0].path }, node: node)
    }
}
