extension NextStepContext {
    /// What a step about someone with no note says, since nothing about them can be logged yet:
    /// the `grapevine new contact` that gives them one (with `--org` where the vault places
    /// them); when a plain note answers to their name (`Vault.plainNote(namedAs:)`), first
    /// that it becomes theirs with `type: contact`, as `check` says (`new contact` would refuse
    /// to write beside it); or, when their name may be a slip of a
    /// contact's (`Elena Parks` for the note of Elena Park, as `check` says), that contact
    /// first, and where to fix the name: `source`, where the step's name is written.
    func noNoteAdvice(for person: Graph.NodeID, writtenAt source: Graph.Source?) -> String {
        let organization = organizationName(of: person).map { " --org \(Shell.argument($0))" } ?? ""
        let create = "grapevine new contact \(Shell.argument(writtenName(person)))" + organization
        if let plain = vault.plainNote(namedAs: person) {
            return NextStep.plainNoteOnly
                + "\(plain.path.escapingControlCharacters) is a plain note: if it is theirs, give it 'type: contact'; "
                + "else: " + create
        }
        guard let meant = contactsMeant[person] else { return NextStep.noNoteYet + create }
        let notes = meant.map { "\(vault.notes[$0].name) (\(vault.notes[$0].path))" }
        let place = source.map { " in \($0.file):\($0.line)" } ?? ""
        return NextStep.noNoteNamed + "\(writtenName(person)); did you mean \(Prose.alternatives(notes))? "
            + "If so, fix the name\(place); else: \(create)"
    }

    /// The one contact note the name of `person`, who has no note, is a slip for
    /// (`Vault.contactMeant(by:among:)`): a step to act on them would be a second step about that
    /// contact, so the step is to fix the name.
    func contactMeant(by person: Graph.NodeID) -> Note? {
        slips[person].map { vault.notes[$0] }
    }

    /// "Fix the name Elena Parks in interviews/…:2 — did you mean Elena Park?": what a step about
    /// someone whose name is a slip for one contact's (`contactMeant`) says, since the step
    /// names them as that contact; `nil` for anyone else. `source` is where the name is written,
    /// else the first place that names them.
    func fixTheNameAdvice(for person: Graph.NodeID, writtenAt source: Graph.Source? = nil) -> String? {
        guard let meant = contactMeant(by: person) else { return nil }
        let graph = vault.graph
        let place = source ?? graph.incomingEdges(of: person).lazy.map { graph.edges[$0.edge].source }.first
        return NextStep.fixTheName + writtenName(person) + (place.map { " in \($0.file):\($0.line)" } ?? "")
            + " — did you mean \(meant.name)?"
    }
}
