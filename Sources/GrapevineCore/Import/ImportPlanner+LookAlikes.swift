extension ImportPlanner {
    /// A warning for each new note whose name looks like a contact's (a note of the vault, or
    /// one this import makes before it) as `check` finds look-alike names: one `NameKey.lookAlike`
    /// key, middle initials that agree, and not one name once folded (that is a match). One
    /// dictionary of keys per import, never a comparison of every pair.
    func lookAlikes(_ people: [ImportedPerson], _ actions: [ImportPlan.Action?]) -> [ImportProblem] {
        var named: [String: [(name: String, path: String)]] = [:]
        let keys = vault.lookAlikeKeys
        for index in vault.notes.indices where vault.notes[index].kind == .contact && !keys[index].isEmpty {
            named[keys[index], default: []].append((vault.notes[index].name, vault.notes[index].path))
        }
        var problems: [ImportProblem] = []
        for (index, action) in actions.enumerated() {
            guard case .create(let note)? = action else { continue }
            let name = people[index].name
            let key = NameKey.lookAlike(name)
            guard !key.isEmpty else { continue }
            let folded = NameKey.fold(name)
            let other = named[key]?.first { NameKey.fold($0.name) != folded && NameKey.initialsAgree($0.name, name) }
            if let other { problems.append(lookAlike(people[index], note.path, other)) }
            named[key, default: []].append((name, note.path))
        }
        return problems
    }

    private func lookAlike(_ person: ImportedPerson, _ path: String, _ other: (name: String, path: String))
        -> ImportProblem
    {
        ImportProblem(
            .warning, line: person.line,
            "'\(person.name)' gets a note of its own, \(path), but looks like the same person as '\(other.name)' "
                + "(\(other.path)); if they are one person, fold the new note into it: grapevine merge "
                + "\(Shell.quoted(other.path)) \(Shell.quoted(path)); if not, tell them apart in 'name'")
    }
}
