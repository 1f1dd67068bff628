/// A part of a body that Grapevine reads only in part, so that no note can make it crash or
/// take unbounded time: it is reported as a warning on the note.
public struct MarkdownProblem: Sendable, Equatable {
    /// What was too much, and what was done about it.
    public enum Kind: Sendable, Equatable {
        /// Quotes, list items, emphasis or links nested more than `limit` levels deep: what lies
        /// deeper is not read for tasks, log entries and links.
        case deepNesting(limit: Int)
        /// A line opening more than `limit` block quotes and list items: the markers past that
        /// are read as text (`BlockNesting`).
        case deepBlocks(limit: Int)
        /// Links or images inside more than `limit` others: the inner ones are read as text.
        case nestedLinks(limit: Int)
        /// Table rows of up to `cells` cells (about: one more than their `|`), or with
        /// `cells == nil` a paragraph in which many lines look like a table's delimiter row:
        /// cmark-gfm's time for these grows with their square, so the note's tables are read as
        /// text (`TableWork`).
        case largeTable(cells: Int?)
    }

    /// What was too much.
    public var kind: Kind
    /// Where it starts.
    public var position: SourcePosition

    /// Creates a problem.
    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    /// The diagnostic for the file at `path`.
    func diagnostic(file path: String) -> Diagnostic {
        switch kind {
        case .deepNesting(let limit):
            return Diagnostic(
                .warning, .deepNesting,
                "quotes, lists or emphasis are nested more than \(limit) levels deep here; "
                    + "what lies deeper is not read for tasks, log entries or links",
                file: path, at: position, hint: "nest less deeply; the text stays in the note and on its page")
        case .deepBlocks(let limit):
            return Diagnostic(
                .warning, .deepNesting,
                "this line opens more than \(limit) block quotes or list items; the markers past that are read as text",
                file: path, at: position, hint: "nest less deeply; the text stays in the note and on its page")
        case .nestedLinks(let limit):
            return Diagnostic(
                .warning, .deepNesting,
                "links or images are nested more than \(limit) deep here; the inner ones are read as plain text",
                file: path, at: position, hint: "take the inner links out of the outer ones")
        case .largeTable(let cells?):
            return Diagnostic(
                .warning, .largeTable,
                "the tables of this note have too many cells to read in reasonable time (up to \(cells) a row); "
                    + "they are read as plain text",
                file: path, at: position, hint: "split the wide or long tables into smaller ones")
        case .largeTable(nil):
            return Diagnostic(
                .warning, .largeTable,
                "too many lines of this paragraph look like a table's delimiter row ('|---|') to read in "
                    + "reasonable time; the tables of this note are read as plain text",
                file: path, at: position, hint: "put a blank line between the paragraph and each table")
        }
    }
}
