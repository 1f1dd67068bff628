/// How a person's name reached you: what `grapevine path PERSON` prints.
public struct ReferralChainReport: Sendable, Encodable {
    /// Someone who gave you the person's name after you had already reached them (SPEC §2.5):
    /// the referral is recorded, but it is not how you reached them and makes no chain.
    public struct LaterReferral: Sendable, Encodable {
        public var referrer: Dossier.PersonOrOrganization
        /// When they named the person: the interview's date, else the person's `added`.
        public var date: LocalDate?
        /// Where the referral is written.
        public var file: String
        public var line: Int
    }

    /// The person the chains lead to.
    public var person: Dossier.PersonOrOrganization
    /// Whether the person is you: every chain starts with you, and yours is just you.
    public var isOwner: Bool
    /// Every referral chain from you to them (`AllReferralChains`): shortest first, then by
    /// names; empty when only a referral cycle leads to them.
    public var chains: [[Dossier.PersonOrOrganization]]
    /// Whether `chains` is every chain there is, rather than the first `limit`.
    public var isComplete: Bool
    /// The most chains shown.
    public var limit: Int
    /// Referrals of the person that came after you had reached them.
    public var laterReferrals: [LaterReferral]

    /// The report on `person` (a contact, a person with no note yet, or you) in `vault`.
    public init(person: Graph.NodeID, in vault: Vault, limit: Int = AllReferralChains.defaultLimit) {
        let graph = vault.graph
        func named(_ node: Graph.NodeID) -> Dossier.PersonOrOrganization {
            Dossier.PersonOrOrganization(name: graph.nodes[node].name, file: vault.note(for: node)?.path, node: node)
        }
        let all = AllReferralChains(graph, to: person, limit: limit)
        self.person = named(person)
        isOwner = person == Graph.owner
        chains = all.chains.map { $0.map(named) }
        isComplete = all.isComplete
        self.limit = limit
        laterReferrals = graph.edges(.referred, to: person).filter(\.cameAfterContact).map { edge in
            LaterReferral(referrer: named(edge.from), date: edge.date, file: edge.source.file, line: edge.source.line)
        }
    }

    enum CodingKeys: String, CodingKey {
        case kind, person, chains, complete, limit, laterReferrals
    }

    /// `{kind: "person", person, chains, complete, limit, laterReferrals}` (docs/path-and-graph.md).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("person", forKey: .kind)
        try container.encode(person, forKey: .person)
        try container.encode(chains, forKey: .chains)
        try container.encode(isComplete, forKey: .complete)
        try container.encode(limit, forKey: .limit)
        try container.encode(laterReferrals, forKey: .laterReferrals)
    }
}
