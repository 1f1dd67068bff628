/// A referral as some of the places that state it say it: what `site --public` shows of a
/// referral also stated in a note it leaves out.
extension GraphBuilder {
    /// `edge`, a referral, as the places `sources` (some of its own, in its order) alone state
    /// it, as `addReferralEdges` dates it: by the earliest date they give (an interview's date,
    /// else the referred contact's `added`), that place first, and late when you had reached
    /// the person before that day, unless the person's own `referred_by` gives no date.
    static func referral(_ edge: Graph.Edge, statedAt sources: [Graph.Source], in vault: Vault) -> Graph.Edge {
        var edge = edge
        let person = vault.note(for: edge.to)
        let added = person?.contact?.added
        let dated = sources.map { source in
            (source, date: vault.note(atPath: source.file)?.interview?.date?.date ?? added)
        }
        let first = dated.filter { $0.date != nil }.min { $0.date! < $1.date! }
        edge.date = first?.date
        let ordered = first.map { first in [first.0] + sources.filter { $0 != first.0 } } ?? sources
        edge.source = ordered[0]
        edge.moreSources = Array(ordered.dropFirst())
        let undatedOwnNote = added == nil && sources.contains { $0.file == person?.path }
        let interviews = vault.graph.interviews(with: edge.to).compactMap { vault.note(for: $0)?.interview?.date?.date }
        let reached = Self.reached(person?.contact, firstInterview: interviews.min())
        edge.cameAfterContact = !undatedOwnNote && edge.date.map { date in reached.map { $0 < date } ?? false } ?? false
        return edge
    }
}
