/// `find-contacts`: an organization on your target list (`target: true`) with nobody there in
/// your vault. Undated.
struct FindContactsRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.vault.notes.indices).compactMap { index in
            let note = context.vault.notes[index]
            guard note.organization?.isTarget == true,
                context.vault.graph.contacts(at: Graph.node(ofNote: index)).isEmpty
            else { return nil }
            return NextStep(
                kind: .findContacts, due: nil, organization: note.name,
                title: "Find people to talk to at \(note.name)",
                details: ["Ask the people you know, search alumni lists and LinkedIn."], file: note.path,
                line: note.frontMatter.entry("target")?.keyPosition.line ?? 1)
        }
    }
}
