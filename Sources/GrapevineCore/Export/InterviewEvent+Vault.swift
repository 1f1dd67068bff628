extension InterviewEvent {
    /// Every interview of the vault that has a date, called off or not, earliest first; those
    /// dated `today` or later are upcoming.
    public static func all(in vault: Vault, today: LocalDate) -> [InterviewEvent] {
        let graph = vault.graph
        let events = vault.notes.indices.compactMap { index -> InterviewEvent? in
            let note = vault.notes[index]
            guard let interview = note.interview, let start = interview.date else { return nil }
            let people = graph.neighbors(.met, from: Graph.node(ofNote: index)).map { person in
                Person(
                    name: graph.nodes[person].name,
                    organization: graph.organization(of: person).map { graph.nodes[$0].name })
            }
            return InterviewEvent(
                file: note.path, start: start, minutes: interview.duration, people: people,
                isUpcoming: start.date >= today, mode: interview.mode, status: interview.status,
                location: interview.location, link: interview.link)
        }
        return events.sorted { ($0.start, $0.file) < ($1.start, $1.file) }
    }
}
