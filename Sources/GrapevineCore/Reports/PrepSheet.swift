/// Everything to have in front of you for one interview: what `grapevine prep` prints.
public struct PrepSheet: Sendable, Encodable {
    /// A person you are meeting.
    public struct Person: Sendable, Encodable {
        public var name: String
        /// The vault-relative path of their note; `nil` for a person with no note yet.
        public var file: String?
        public var title: String?
        public var organization: String?
        /// Contact details worth having at hand (location, LinkedIn, email, phone).
        public var details: [Dossier.Detail]
        /// The opening text of their note, before its first section.
        public var about: String?
        /// The referral chain from you to them, by name; empty when unreachable.
        public var referralChain: [String]
        /// Who gave you their name, when and with what comment.
        public var referrals: [Referral]
        /// How you found them when nobody referred you (`linkedin`, `alumni`, …).
        public var source: String?
        /// Their latest Log entries and earlier interviews, oldest first.
        public var history: [Event]
    }

    /// Someone who gave you a person's name.
    public struct Referral: Sendable, Encodable {
        public var by: String
        public var date: LocalDate?
        /// What they said about the person, from the Referrals item ("runs the consumer panels").
        public var comment: String?
    }

    /// One dated thing that happened with a person.
    public struct Event: Sendable, Encodable {
        public var date: LocalDate
        public var text: String
    }

    /// An organization of the people you are meeting, and what you know about it.
    public struct Place: Sendable, Encodable {
        public var name: String
        public var file: String?
        public var details: [Dossier.Detail]
        /// The Markdown of the Research section; `nil` or empty when there is none yet.
        public var research: String?
        /// The Markdown of the Openings section (the jobs there you noted); `nil` when there is none.
        public var openings: String?
        /// Those of them an `applied` entry closed (`Vault.openingsAppliedFor`).
        public var openingsApplied: [String] = []
        /// The other people you know there.
        public var alsoThere: [String]
        /// For an organization with no note, the note of one it looks like (`ACME`, Acme Corp),
        /// whose research may be meant.
        public var lookAlike: Dossier.PersonOrOrganization? = nil
    }

    /// One agenda question.
    public struct Question: Sendable, Encodable {
        public var text: String
        /// Whether it is ticked in the interview note (already asked).
        public var asked: Bool
    }

    /// The interview note, vault-relative.
    public var file: String
    public var date: LocalDateTime?
    public var mode: String?
    public var duration: Int
    /// Where: `location:` as written.
    public var location: String?
    /// The link to join the call (`Interview.link`).
    public var link: String?
    public var people: [Person]
    public var organizations: [Place]
    /// The pitch note's body, without its title; `nil` when the vault has no pitch or it is
    /// still `init`'s placeholder.
    public var pitch: String?
    public var pitchFile: String?
    /// Whether the pitch note still holds only `init`'s placeholder text.
    public var pitchIsPlaceholder: Bool
    public var agenda: [Question]
    /// `interview` when the questions come from the note's Agenda, `question bank` when from the config.
    public var agendaSource: String
    /// Unchecked tasks in the notes of the interview, the people and their organizations.
    public var openTasks: [Dossier.OpenTask]
}
