/// The notes of a vault that match a query, best first: a match in a name, title or alias
/// before one in another front matter value before one in the body, then more matches first,
/// then by path.
public struct SearchResults: Sendable {
    /// What was searched for.
    public let query: SearchQuery
    /// The kinds of note searched; every kind when empty.
    public let kinds: Set<NoteKind>
    /// The best matches, at most the limit asked for.
    public let hits: [SearchHit]
    /// How many notes match in all.
    public let total: Int

    /// Searches the notes of `vault` of `kinds` (every note when empty) for `query`, keeping
    /// the best `limit` (all without one).
    public init(query: SearchQuery, in vault: Vault, kinds: Set<NoteKind> = [], limit: Int? = nil) {
        self.query = query
        self.kinds = kinds
        let terms = query.terms.map(\.folded)
        let screens = Array(Set(query.terms.flatMap(\.words))).sorted().map(WordScreen.init)
        let matches = parallelMap(count: vault.notes.count, batch: 64, makeState: { FoldedPieces() }) {
            folded, index -> NoteMatch? in
            let note = vault.notes[index]
            guard kinds.isEmpty || kinds.contains(note.kind), folded.mayHold(screens, note: note) else { return nil }
            return NoteMatch(note: index, note, terms: terms, folded: &folded)
        }
        .compactMap { $0 }
        .sorted { ($0.score, $1.note) > ($1.score, $0.note) }
        total = matches.count
        var folder = WordFolder()
        hits = matches.prefix(limit ?? matches.count).map { match in
            Self.hit(match, in: vault, query: query, folder: &folder)
        }
    }

    /// The hit of `match`, with a snippet of each of its lines.
    private static func hit(_ match: NoteMatch, in vault: Vault, query: SearchQuery, folder: inout WordFolder)
        -> SearchHit
    {
        let note = vault.notes[match.note]
        let snippets = match.lines.map { line in
            SearchSnippet(
                line: line, text: note.text.lines(line...line).first?[...] ?? "", query: query, folder: &folder)
        }
        return SearchHit(
            file: note.path, line: match.lines.first ?? 1, kind: note.kind, name: note.name, score: match.score,
            snippets: snippets)
    }
}
