/// A note that matches a search: where to look, what it is, and its best lines.
public struct SearchHit: Sendable, Equatable, Encodable {
    /// The note's vault-relative path: `file`, as every `--json` names it.
    public var file: String
    /// The 1-based line of its best match in the file: the first snippet's.
    public var line: Int
    /// `contact`, `interview`, `organization`, `pitch` or `note`.
    public var kind: NoteKind
    /// The note's display name: `name`, as every `--json` names it (`title` is a job's or a
    /// step's).
    public var name: String
    /// How well it matches: higher is better (`NoteMatch.score`).
    public var score: Int
    /// The best lines, best first: at most three.
    public var snippets: [SearchSnippet]
}
