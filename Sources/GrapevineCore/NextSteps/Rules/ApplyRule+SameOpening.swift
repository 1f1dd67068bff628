/// One opening written both in an interview's Leads and in an organization's Openings (the
/// organization where someone met works) is one `apply` step (`OpeningKey` says which are the
/// same): the lead's, which says who told you of it, with a line naming the opening's place,
/// due the earlier of their due dates. A box ticked or an `applied` entry on either closes it.
extension ApplyRule {
    /// An opening of an organization's Openings that is the same as a lead.
    struct Twin {
        /// Whether its box is ticked or an `applied` entry closed it.
        var isClosed: Bool
        /// Its own due date.
        var due: LocalDate?
        /// The line the lead's step says of it: "Also in the Openings of Acme (organizations/acme.md:5)."
        var alsoNoted: String
    }

    /// The Openings of the organizations where `people` work, by organization note.
    static func openings(atWorkplacesOf people: [Graph.NodeID], _ context: NextStepContext)
        -> [(note: Int, items: [ListItem])]
    {
        let graph = context.vault.graph
        var seen: Set<Int> = []
        return people.flatMap { graph.neighbors(.worksAt, from: $0) }.compactMap { organization in
            guard let index = graph.noteIndex(of: organization), seen.insert(index).inserted,
                let items = context.vault.notes[index].organization?.openingItems, !items.isEmpty
            else { return nil }
            return (index, items)
        }
    }

    /// The openings of `openings` that are the same as `lead`.
    static func twins(of lead: ListItem, in openings: [(note: Int, items: [ListItem])], _ context: NextStepContext)
        -> [Twin]
    {
        let key = OpeningKey(lead)
        return openings.flatMap { index, items -> [Twin] in
            let same = items.indices.filter { key.isSame(as: OpeningKey(items[$0])) }
            guard !same.isEmpty else { return [] }
            let note = context.vault.notes[index]
            let applied = context.appliedOpenings(ofOrganization: index, items)
            return same.map { item in
                Twin(
                    isClosed: items[item].checked == true || applied.contains(item),
                    due: items[item].leadDueDateAndText.date,
                    alsoNoted: "Also in the Openings of \(note.name) "
                        + "(\(note.path.escapingControlCharacters):\(items[item].position.line)).")
            }
        }
    }

    /// The keys of every lead, ticked or not, of the interviews held with the people who work at
    /// the organization note at `index`: its openings that are one of them make no step of their own.
    static func leadKeys(ofPeopleAt index: Int, _ context: NextStepContext) -> [OpeningKey] {
        var seen: Set<ObjectIdentifier> = []
        return context.vault.graph.contacts(at: Graph.node(ofNote: index)).flatMap { node -> [OpeningKey] in
            (context.person(node)?.meetings ?? []).flatMap { meeting -> [OpeningKey] in
                guard meeting.isHeld(asOf: context.today, now: context.now),
                    seen.insert(ObjectIdentifier(meeting)).inserted
                else { return [] }
                return meeting.interview.leads.map(OpeningKey.init)
            }
        }
    }
}
