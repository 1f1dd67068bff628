import GrapevineCore

extension VaultOpener {
    /// The node a NAME typed on the command line means (a word of one person's or
    /// organization's name is enough); when it means nothing or several notes,
    /// a `CommandError` that says so (every candidate, or close names), exit status 1.
    ///
    /// `command` is how to run the command again, e.g. `show` or `draft thank-you`, for the hint
    /// that names one candidate by its path. Without `kind`, a person or an organization is
    /// looked for first (`show "Maria Lopez"` is Maria, not `interviews/Maria Lopez.md`), then
    /// any note (`show 2026-11-20-maria-lopez`).
    static func node(
        named name: String, in vault: Vault, command: String, preferring kind: NoteKind? = nil
    ) throws(CommandError) -> Graph.NodeID {
        var lookup = vault.lookup(name, preferring: kind, someone: kind == nil, matchingWords: true)
        // Any note but by the names of people and organizations: those are what is suggested
        // when there are close ones (`show Brien` is Seán O'Brien, not an interview with him).
        if kind == nil, case .notFound(let people) = lookup {
            lookup = vault.lookup(name, matchingWords: true)
            if case .notFound = lookup, !people.isEmpty { lookup = .notFound(suggestions: people) }
        }
        switch lookup {
        case .found(let node):
            return node
        case .ambiguous(let paths):
            throw CommandError(
                "error: '\(name)' could mean \(paths.count) notes:",
                paths.map { "  \($0)" } + ["Name one by its path, e.g. grapevine \(command) \(Shell.quoted(paths[0]))"])
        case .notFound(let suggestions):
            // `people/sam.md` named Sam Reyes, with no `type:`: found, but passed over as no one's.
            if let kind, kind.isSomeone, let note = noteAbout(name, in: vault) {
                throw notSomeone(name, note, wanted: kind.withArticle)
            }
            let message = "error: nothing in the vault is called '\(name)'."
            guard !suggestions.isEmpty else { throw CommandError(message) }
            throw CommandError(message + " Did you mean:", suggestionLines(suggestions, in: vault))
        }
    }

    /// Suggested names one per line, each with its note's path (or "no note yet"): a name may
    /// hold commas (`van der Berg, Pieter`), so a list joined by commas cannot be read.
    static func suggestionLines(_ names: [String], in vault: Vault) -> [String] {
        names.map { name in
            guard case .found(let node) = vault.lookup(name, someone: true), let note = vault.note(for: node) else {
                return "  \(name) (no note yet)"
            }
            return "  \(name) (\(note.path.escapingControlCharacters))"
        }
    }

    /// The note `name` finds that is not a person's or an organization's (a plain note, the
    /// pitch, an interview), which a name typed for someone passes over (`Vault.lookup`).
    static func noteAbout(_ name: String, in vault: Vault) -> Note? {
        guard case .found(let node) = vault.lookup(name), let note = vault.note(for: node), !note.kind.isSomeone else {
            return nil
        }
        return note
    }

    /// The refusal of a note that `name` finds but that is not `wanted` ("a contact"): which
    /// note, of what kind, and for a plain note how to make it a note of `kind`, as `check` says.
    static func notSomeone(
        _ name: String, _ note: Note, wanted: String, as kind: NoteKind = .contact, hints: [String] = []
    ) -> CommandError {
        let whose = kind == .contact ? "about this person, make it theirs" : "this \(kind.rawValue)'s, make it so"
        return CommandError(
            "error: '\(name)' is \(note.path.escapingControlCharacters), \(note.kind.withArticle), not \(wanted).",
            (note.kind == .note
                ? [
                    "If the note is \(whose): write 'type: \(kind.rawValue)' in its front matter "
                        + "(between '---' lines at the top)."
                ] : []) + hints)
    }
}
