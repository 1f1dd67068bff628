/// What an import does with each person of a file, decided before anything is written:
/// `--dry-run` prints it, and otherwise it is written (`ImportPlan+Writing`).
public struct ImportPlan: Sendable {
    /// What happens to one person.
    public enum Action: Sendable {
        /// A new contact note.
        case create(NewNote)
        /// Fields added to a note that lacks them, one line each, in one write; `planned` is
        /// the note's text as the plan read it and its bytes with the fields, written as they are
        /// when the file still holds that text (else the insertion is worked out again).
        case update(FrontMatterInsertion, planned: Planned)
        /// A note that has everything already, or is left alone (`--no-update`).
        case unchanged(path: String)
        /// Nothing to write: why, at the person's line.
        case skip(ImportProblem)
    }

    /// A note's text as the plan read it, and its bytes with the plan's fields inserted.
    public struct Planned: Sendable {
        let original: String
        let contents: [UInt8]
    }

    /// One person and what happens to them.
    public struct Entry: Sendable {
        /// The person as read (and merged with later rows that list them again).
        public var person: ImportedPerson
        /// What happens.
        public var action: Action
        /// What of theirs no note will hold (`ImportPlanner.leftOut`).
        public var leftOut: [LeftOut] = []
    }

    /// A value of the file that the person's note will not hold: an email address or a phone
    /// number beyond the one a note has a field for, a vCard's `NOTE` that would be text in
    /// a note that exists, which an import never adds to, or a title, organization or location
    /// where the note has another.
    public struct LeftOut: Sendable, Equatable, Encodable {
        /// What it is: `email`, `phone`, `note`, `title`, `organization` or `location`.
        public var field: String
        /// The value, as the file has it.
        public var value: String
        /// What the note has instead, for a field it holds another value of.
        public var noted: String? = nil
    }

    /// The file's people, in its order.
    public var entries: [Entry]
    /// What could not be carried over though the person was imported: a referrer who is not
    /// imported and has no note.
    public var problems: [ImportProblem] = []
}
