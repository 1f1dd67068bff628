/// What the duplicate check reads of a note (`DuplicateNotes`): when none of it changes, an
/// edit cannot change what that check finds.
struct DuplicateInputs: Equatable, Sendable {
    var kind: NoteKind
    var name: String
    var nameKey: String
    var lookAlike: String
    var email: String?
    var linkedin: String?
    /// A contact's organization as written: two names the other way round are one person
    /// only at one organization (`DuplicateNotes.swappedNames`).
    var organization: Reference?
    /// An interview's people, date and status: two of one meeting are warned about.
    var meeting: [Reference]
    var date: LocalDateTime?
    var isCalledOff: Bool
    /// Where the values the warnings point at are written.
    var positions: [SourcePosition?]
    /// What `MergeDirection` reads of the note to choose which of a pair a merge keeps.
    var logEntries: Int
    var added: LocalDate?
    var fields: Int

    init(_ note: Note, _ keys: ReferenceIndex.Keys) {
        kind = note.kind
        name = note.name
        nameKey = keys.displayName
        lookAlike = keys.lookAlike
        email = note.contact?.email
        linkedin = note.contact?.linkedin
        organization = note.contact?.organization
        meeting = note.interview?.contacts ?? []
        date = note.interview?.date
        isCalledOff = note.interview?.status != nil
        positions = ["name", "title", Note.roleKey, "email", "linkedin", "date"].map {
            note.frontMatter.entry($0)?.value.position
        }
        let candidate = MergeDirection.Candidate(note, referredToBy: 0)
        (logEntries, added, fields) = (candidate.logEntries, candidate.added, candidate.fields)
    }
}

/// What building the referral edges reads of a note (`GraphBuilder`): the people and
/// organizations its fields name and the dates that date the referrals. When none of it
/// changes, the referral edges are the same, and so are the cycles; when only the lines
/// change, only the places the cycles point at can move.
struct ReferralInputs: Equatable, Sendable {
    /// What each field reference resolved to, in the order the graph reads them, and its
    /// target as written (a placeholder is named after the first).
    var references: [ReferenceIndex.Resolution]
    var targets: [String]
    /// Where Referrals items place the people they name (`ReferenceIndex.referred(by:)`): an
    /// organization's note by its index, a placeholder by its name.
    var workplaces: [String?]
    var added: LocalDate?
    var reached: LocalDate?
    var interviewDate: LocalDate?
    /// The lines of the references.
    var lines: [Int]

    init(_ note: Note, _ resolved: ResolvedReferences) {
        let fields =
            (resolved.organization.map { [$0] } ?? []) + resolved.referredBy + resolved.interviewContacts
            + resolved.referrals
        references = fields.map(\.resolution)
        targets = fields.map { ReferenceProblems.displayName(of: $0.reference) }
        lines = fields.map(\.reference.position.line)
        workplaces = resolved.referrals.map { entry in
            entry.workplace.map { workplace in
                switch workplace {
                case .note(let index): "note \(index)"
                case .placeholder(let place): "name " + NameKey.fold(ReferenceProblems.displayName(of: place))
                }
            }
        }
        added = note.contact?.added
        // The interviews with the person are their own notes' inputs (`interviewDate`, `references`).
        reached = note.contact.flatMap { GraphBuilder.reached($0, firstInterview: nil) }
        interviewDate = note.interview?.date?.date
    }

    /// Whether the referral edges can differ, apart from their lines.
    func differsBeyondLines(from other: ReferralInputs) -> Bool {
        references != other.references || targets != other.targets || workplaces != other.workplaces
            || added != other.added
            || reached != other.reached || interviewDate != other.interviewDate
    }
}
