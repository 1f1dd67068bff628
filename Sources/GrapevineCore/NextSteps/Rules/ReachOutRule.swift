/// `reach-out`: a contact you were never in touch with, whom nobody referred, and with no
/// unanswered message to anyone else at their organization. Due their `added` date.
struct ReachOutRule: NextStepRule {
    func steps(_ context: NextStepContext) -> [NextStep] {
        context.people.compactMap { person in
            guard let note = person.note, let contact = note.contact else { return nil }
            guard context.referrers(of: person.node).isEmpty, !person.wasContacted(onOrAfter: nil) else { return nil }
            let colleagues = context.colleagues(of: person.node)
            guard !colleagues.contains(where: { !$0.unansweredOutreach.isEmpty }) else { return nil }
            var details: [String] = []
            if let source = contact.source { details.append("You found them through \(source): say so.") }
            details.append("Keep it short, connection first, and ask for advice, not a job.")
            return context.step(
                .reachOut, about: person.node, due: contact.added,
                title: "Reach out to \(context.nameWithOrganization(person.node))", details: details, file: note.path,
                line: 1)
        }
    }
}

extension NextStepContext {
    /// The other people at `person`'s organization.
    func colleagues(of person: Graph.NodeID) -> [Person] {
        guard let organization = vault.graph.organization(of: person) else { return [] }
        return vault.graph.contacts(at: organization).filter { $0 != person }.compactMap(self.person)
    }
}
