/// A piece of a note's text that search reads: a front matter value or a line of the body,
/// with the file line it is on and what it is.
struct SearchPiece: Sendable {
    /// What a piece is, in the order of how much a match in it says about the note.
    enum Field: Int, Sendable, Comparable {
        /// A line of the body (or of front matter that could not be read).
        case body
        /// A front matter value other than the title fields.
        case value
        /// The note's name, title or aliases.
        case title

        /// How much a term found here adds to a note's score: a title match outweighs any
        /// number of terms in other values, a value outweighs the body.
        var weight: Int {
            switch self {
            case .title: 100
            case .value: 10
            case .body: 1
            }
        }

        static func < (lhs: Field, rhs: Field) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The 1-based line of the file the piece is on (where it starts, for a value that spans lines).
    var line: Int
    var field: Field
    /// The text: a value as YAML reads it, or a line as written.
    var text: Substring
}
