extension PublicFields {
    /// What `--public` shows of `vault` (the site's and `export vcard`'s): its notes with only
    /// their public fields (`redacted(_:)`), and its graph without the private notes (by node,
    /// `included` says which are left) and without the edges stated only in them or only in
    /// front matter that is not public (`organization` or `referred_by` in `private_fields`),
    /// so a name that appears only there appears nowhere.
    static func publicView(of vault: Vault) -> (vault: Vault, included: [Bool]) {
        let fields = PublicFields(config: vault.config)
        let hidden = privateNotes(of: vault)
        let hiddenFiles = Set(hidden.map { vault.notes[$0].path })
        var shown = vault
        let included: [Bool]
        (shown.graph, included) = vault.graph.keeping(
            { vault.graph.noteIndex(of: $0).map { !hidden.contains($0) } ?? true },
            edges: { edge in
                edge.sources.contains { !hiddenFiles.contains($0.file) && fields.isPublic($0, in: vault) }
            })
        return (fields.redacted(shown), included)
    }

    /// Whether the place `source` states an edge in public: in a note's body, or in front
    /// matter under a public key.
    private func isPublic(_ source: Graph.Source, in vault: Vault) -> Bool {
        guard let note = vault.note(atPath: source.file), source.line <= note.bodyLineOffset else { return true }
        guard let entry = note.frontMatter.entries.last(where: { $0.keyPosition.line <= source.line }) else {
            return true
        }
        return isPublic(entry.key, in: note.kind)
    }

    /// The notes `--public` leaves out, by index: those marked `private: true`, those that may
    /// be (`Note.Privacy.unknown`), and interviews with a private contact (their title and
    /// notes are about that person).
    static func privateNotes(of vault: Vault) -> Set<Int> {
        let marked = Set(vault.notes.indices.filter { vault.notes[$0].privacy != .published })
        let privateNodes = Set(marked.map(Graph.node(ofNote:)))
        return marked.union(
            vault.notes.indices.filter { index in
                vault.notes[index].kind == .interview
                    && vault.graph.neighbors(.met, from: Graph.node(ofNote: index)).contains(
                        where: privateNodes.contains)
            })
    }
}

extension Vault {
    /// The notes `--public` leaves out because whether they are private cannot be told, by
    /// index: each gets a warning, so that the user can fix it.
    public var notesOfUnknownPrivacy: [Int] {
        notes.indices.filter { notes[$0].privacy == .unknown }
    }
}
