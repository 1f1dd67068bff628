extension Vault {
    /// The people (contact notes, by name or alias, and people named without a note) whose name
    /// `name` is probably a typo of: the same once titles, accents, case and punctuation are
    /// folded, or a few edits away for a long name (`Spelling.isCloseName`). Display names,
    /// sorted, each once.
    public func people(closeTo name: String) -> [String] {
        let typed = NameKey.plain(name)
        guard !typed.isEmpty else { return [] }
        var found: Set<String> = []
        for node in graph.nodes {
            switch node.kind {
            case .note(let index):
                let note = notes[index]
                guard note.kind == .contact else { continue }
                if ([note.name] + note.aliases).contains(where: { Spelling.isCloseName(NameKey.plain($0), typed) }) {
                    found.insert(note.name)
                }
            case .placeholderPerson:
                if Spelling.isCloseName(NameKey.plain(node.name), typed) { found.insert(node.name) }
            case .owner, .placeholderOrganization:
                continue
            }
        }
        return found.sorted(by: NameKey.precedes)
    }

    /// The contacts whose name or one of whose aliases is `name` but for accents, case,
    /// punctuation and titles (`Sean O'Brien` for Seán O'Brien, `Dr. Ann Lee` for Ann Lee):
    /// most likely the same person.
    public func contacts(lookingLike name: String) -> [Note] {
        let typed = NameKey.plain(name)
        guard !typed.isEmpty else { return [] }
        return notes.filter { note in
            note.kind == .contact && ([note.name] + note.aliases).contains { NameKey.plain($0) == typed }
        }
    }
}
