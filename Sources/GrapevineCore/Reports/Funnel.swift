/// The search in numbers, as SPEC §4 defines them for `report`: how many people you have
/// notes on, reached out to, heard back from and met; how many names people gave you; and how
/// many leads the interviews turned up. The one funnel: `report` and the site's dashboard
/// both show this.
public struct Funnel: Sendable, Equatable {
    /// Contact notes.
    public var contacts = 0
    /// Contacts with an outreach, follow-up, reply, `met` or `declined` entry, or any interview.
    public var reachedOut = 0
    /// Contacts with a reply, `met` or `declined` entry, or any interview.
    public var replied = 0
    /// Contacts with a held interview or a `met` entry.
    public var met = 0
    /// Distinct people someone (not you) referred to you.
    public var referrals = 0
    /// Items of the Leads sections of interviews held in the period (dated in it, not called
    /// off), open or done.
    public var leads = 0

    /// The funnel of the notes of `vault` for which `isIncluded` (by index in `Vault.notes`) is
    /// true, counting the events of `period` (`ContactProgress`, `ReportPeriod`); `contacts`
    /// counts every contact note whatever the period.
    public init(vault: Vault, period: ReportPeriod, isIncluded: (Int) -> Bool = { _ in true }) {
        self.init(vault: vault, period: period, isIncluded: isIncluded, eachContact: { _ in })
    }

    /// The funnel, handing each included contact's progress to `eachContact` on the way (the
    /// report takes the days to reply from it).
    init(
        vault: Vault, period: ReportPeriod, isIncluded: (Int) -> Bool = { _ in true },
        eachContact: (ContactProgress) -> Void
    ) {
        // A sync tool's copy of a contact is not a second contact, nor a meeting's second note a second meeting.
        let leftOut = vault.notesAnotherStandsFor()
        let isIncluded = leftOut.isEmpty ? isIncluded : { !leftOut.contains($0) && isIncluded($0) }
        for (index, note) in vault.notes.enumerated() where isIncluded(index) {
            if let interview = note.interview, interview.status == nil, period.contains(interview.date?.date) {
                leads += interview.leads.count
            }
            guard let contact = note.contact else { continue }
            let progress = ContactProgress(
                log: contact.log, interviews: vault.interviews(with: Graph.node(ofNote: index)), period: period)
            eachContact(progress)
            contacts += 1
            if progress.reachedOut { reachedOut += 1 }
            if progress.replied { replied += 1 }
            if progress.met { met += 1 }
        }
        referrals =
            Self.referredPeople(in: vault.graph, period: period) { node in
                vault.graph.noteIndex(of: node).map(isIncluded) ?? true
            }.count
    }

    /// The people someone (not you) referred to you by a referral the period counts, each with
    /// the day of the earliest such referral (`nil` when none is dated).
    static func referredPeople(
        in graph: Graph, period: ReportPeriod, isIncluded: (Graph.NodeID) -> Bool = { _ in true }
    ) -> [Graph.NodeID: LocalDate?] {
        var people: [Graph.NodeID: LocalDate?] = [:]
        for edge in graph.edges
        where edge.kind == .referred && edge.from != Graph.owner && period.contains(edge.date) && isIncluded(edge.to) {
            if let known = people[edge.to] {
                people[edge.to] = [known, edge.date].compactMap { $0 }.min()
            } else {
                people[edge.to] = edge.date
            }
        }
        return people
    }

    /// The stage at `index` of `stages` as a share of the one before it, for the stages of
    /// people (reached out, replied, met); `nil` for the others and when the one before is 0.
    public func shareOfPrevious(_ index: Int) -> Double? {
        let stages = stages
        guard (1...3).contains(index), stages[index - 1].count > 0 else { return nil }
        return Double(stages[index].count) / Double(stages[index - 1].count)
    }

    /// The stages in order, with their labels.
    public var stages: [(label: String, count: Int)] {
        [
            ("contacts", contacts), ("reached out", reachedOut), ("replied", replied), ("met", met),
            ("referrals", referrals), ("leads", leads),
        ]
    }
}

extension Funnel: Encodable {
    private enum CodingKeys: String, CodingKey {
        case contacts, reachedOut = "reached_out", replied, met, referrals, leads
    }
}
