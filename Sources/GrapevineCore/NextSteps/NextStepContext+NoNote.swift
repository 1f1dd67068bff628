extension NextStepContext {
    /// What a step about someone with no note says, since nothing about them can be logged yet:
    /// the `grapevine new contact` that gives them one (with `--org` where the vault places
    /// them); or, when their name may be a slip of a
    /// contact's (`Elena Parks` for the note of Elena Park, as `check` says), that contact
    /// first, and where to fix the name: `source`, where the step's name is written.
    func noNoteAdvice(for person: Graph.NodeID, writtenAt source: Graph.Source?) -> String {
        let organization = organizationName(of: person).map { " --org \(Shell.argument($0))" } ?? ""
        let create = "grapevine new contact \(Shell.argument(name(person)))" + organization
        guard let meant = contactsMeant[person] else { return NextStep.noNoteYet + create }
        let notes = meant.map { "\(vault.notes[$0].name) (\(vault.notes[$0].path))" }
        let place = source.map { " in \($0.file):\($0.line)" } ?? ""
        return NextStep.noNoteNamed + "\(name(person)); did you mean \(Prose.alternatives(notes))? "
            + "If so, fix the name\(place); else: \(create)"
    }

    /// The one contact note the name of `person`, who has no note, is a slip for, when there is
    /// exactly one (`contactsMeant`): a step to act on them would be a second step about that
    /// contact, so the step is to fix the name. Not for a name of one word (`Ortiz`, cut from
    /// `Ortiz, Kai`): it is one of that contact's words, not a slip, and may well be someone else
    /// of that family or first name.
    func contactMeant(by person: Graph.NodeID) -> Note? {
        guard let meant = contactsMeant[person], meant.count == 1,
            name(person).split(whereSeparator: \.isWhitespace).count > 1
        else { return nil }
        return vault.notes[meant[0]]
    }
}
