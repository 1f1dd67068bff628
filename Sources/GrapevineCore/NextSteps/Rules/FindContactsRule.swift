/// `find-contacts`: an organization on your target list (`target: true`) with nobody there in
/// your pipeline (SPEC §3). The people of your network there (contacts without `added`, never
/// contacted) are named first: they are the warmest way in. Undated.
struct FindContactsRule: NextStepRule {
    /// The most people of your network a step names.
    static let namedLimit = 5

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.vault.notes.indices).compactMap { index in
            let note = context.vault.notes[index]
            guard note.organization?.isTarget == true else { return nil }
            let people = context.vault.graph.contacts(at: Graph.node(ofNote: index))
            guard !people.contains(where: context.isInPipeline) else { return nil }
            var details: [String] = []
            if !people.isEmpty {
                let names = people.map(context.name).sorted()
                let more = names.count > Self.namedLimit ? " and \(names.count - Self.namedLimit) more" : ""
                let named = names.prefix(Self.namedLimit).joined(separator: ", ") + more
                details.append("You know \(named) there: start with them (write added: in their note to put them on your list).")
            }
            details.append("Ask the people you know, search alumni lists and LinkedIn.")
            return NextStep(
                kind: .findContacts, due: nil, organization: note.name,
                title: "Find people to talk to at \(note.name)", details: details, file: note.path,
                line: note.frontMatter.entry("target")?.keyPosition.line ?? 1)
        }
    }
}
