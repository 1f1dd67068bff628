extension ImportPlanner {
    /// A warning for each new note whose name looks like a contact's (a note of the vault, or
    /// one this import makes before it) as `check` finds look-alike names: one `NameKey.lookAlike`
    /// key, middle initials that agree, and not one name once folded (that is a match). One
    /// dictionary of keys per import, never a comparison of every pair.
    func lookAlikes(_ people: [ImportedPerson], _ actions: [ImportPlan.Action?]) -> [ImportProblem] {
        /// A contact of the vault (its index) or one this import makes before (its note).
        typealias Named = (name: String, path: String, note: Either)
        enum Either {
            case vault(Int)
            case new(NewNote)
        }
        var named: [String: [Named]] = [:]
        let keys = vault.lookAlikeKeys
        for index in vault.notes.indices where vault.notes[index].kind == .contact && !keys[index].isEmpty {
            named[keys[index], default: []].append((vault.notes[index].name, vault.notes[index].path, .vault(index)))
        }
        var problems: [ImportProblem] = []
        for (index, action) in actions.enumerated() {
            guard case .create(let note)? = action else { continue }
            let name = people[index].name
            let key = NameKey.lookAlike(name)
            guard !key.isEmpty else { continue }
            let folded = NameKey.fold(name)
            let other = named[key]?.first { NameKey.fold($0.name) != folded && NameKey.initialsAgree($0.name, name) }
            if let other {
                // Which of the two a merge keeps is chosen as `check` will choose it once both are written.
                let candidate: MergeDirection.Candidate
                switch other.note {
                case .vault(let index): candidate = vault.mergeCandidate(ofNote: index)
                case .new(let earlier): candidate = MergeDirection.Candidate(earlier)
                }
                let direction = MergeDirection(candidate, MergeDirection.Candidate(note))
                problems.append(lookAlike(people[index], note.path, other.name, other.path, direction))
            }
            named[key, default: []].append((name, note.path, .new(note)))
        }
        return problems
    }

    private func lookAlike(
        _ person: ImportedPerson, _ path: String, _ otherName: String, _ otherPath: String, _ direction: MergeDirection
    ) -> ImportProblem {
        ImportProblem(
            .warning, line: person.line,
            "'\(person.name)' gets a note of its own, \(path.escapingControlCharacters), but looks like the same "
                + "person as '\(otherName)' "
                + "(\(otherPath.escapingControlCharacters)); if they are one person, \(direction.advice); if not, tell them apart in 'name'"
        )
    }
}
