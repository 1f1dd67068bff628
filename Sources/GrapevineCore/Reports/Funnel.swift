/// The search in numbers, each stage a subset of the one before it for contacts: how many
/// people you have notes on, reached out to, heard back from and met; then how many names
/// they gave you and how many leads came out of the interviews.
public struct Funnel: Sendable, Equatable, Encodable {
    /// Contact notes.
    public var contacts = 0
    /// Contacts you wrote to, heard from or met.
    public var reachedOut = 0
    /// Contacts who answered: a reply, a decline, a meeting (held or scheduled).
    public var replied = 0
    /// Contacts you met: a held interview or a `met` Log entry.
    public var met = 0
    /// Referrals: names someone gave you.
    public var referrals = 0
    /// Leads written down in interviews.
    public var leads = 0

    /// The funnel of the notes of `vault` for which `isIncluded` (by index in `Vault.notes`)
    /// is true, as of `today`.
    public init(vault: Vault, today: LocalDate, isIncluded: (Int) -> Bool = { _ in true }) {
        let graph = vault.graph
        for (index, note) in vault.notes.enumerated() where isIncluded(index) {
            if let interview = note.interview { leads += interview.leads.count }
            guard let contact = note.contact else { continue }
            let node = Graph.node(ofNote: index)
            let interviews = vault.interviews(with: node)
            let held = interviews.contains { $0.isHeld(asOf: today) } || contact.log.contains { $0.event == .met }
            let answered =
                held || interviews.contains { $0.status == nil }
                || contact.log.contains { $0.event?.isResponse == true }
            let wrote = answered || contact.log.contains { $0.event?.isOutreach == true }
            contacts += 1
            if wrote { reachedOut += 1 }
            if answered { replied += 1 }
            if held { met += 1 }
        }
        referrals = graph.edges.count { $0.kind == .referred && $0.from != Graph.owner }
    }

    /// The stages in order, with their labels.
    public var stages: [(label: String, count: Int)] {
        [
            ("contacts", contacts), ("reached out", reachedOut), ("replied", replied), ("met", met),
            ("referrals", referrals), ("leads", leads),
        ]
    }
}
