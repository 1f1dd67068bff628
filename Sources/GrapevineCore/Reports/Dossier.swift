/// Everything the vault knows about one contact or organization: what `grapevine show` prints.
public struct Dossier: Sendable, Encodable {
    /// A person or organization mentioned in the dossier, with where their note is.
    public struct PersonOrOrganization: Sendable, Encodable, Hashable {
        public var name: String
        /// The vault-relative path of their note; `nil` for a placeholder or you.
        public var file: String?
        /// Their node in the graph; not part of the JSON.
        public var node: Graph.NodeID

        enum CodingKeys: String, CodingKey {
            case name, file
        }
    }

    /// Someone the subject led to, directly or through someone else.
    public struct Referral: Sendable, Encodable {
        public var person: PersonOrOrganization
        /// Who gave you the name, when it was not the subject directly.
        public var via: PersonOrOrganization?
        /// When the referral was made.
        public var date: LocalDate?
    }

    /// A person at an organization.
    public struct Member: Sendable, Encodable {
        public var person: PersonOrOrganization
        public var title: String?
        public var status: String
    }

    /// An interview with the subject (or, for an organization, with someone there).
    public struct Meeting: Sendable, Encodable {
        public var file: String
        public var date: LocalDateTime?
        public var with: [PersonOrOrganization]
        public var mode: String?
        public var duration: Int
        public var status: Status
        public var thankYou: String?

        /// Where an interview stands; in JSON, `scheduled`, `held`, `cancelled` or `no-show`.
        public enum Status: String, Sendable, Encodable {
            case scheduled, held, cancelled
            case noShow = "no-show"
        }
        public var update: String?
    }

    /// An open task item.
    public struct OpenTask: Sendable, Encodable {
        public var text: String
        public var due: LocalDate?
        public var file: String
        public var line: Int
    }

    /// A note linking to the subject.
    public struct Backlink: Sendable, Encodable {
        public var from: PersonOrOrganization
        public var line: Int
    }

    /// What the dossier is about.
    public enum Kind: String, Sendable, Encodable {
        case contact, interview, organization, pitch, note, owner
        case placeholderPerson = "placeholder-person"
        case placeholderOrganization = "placeholder-organization"

        /// The kind of the dossier of a note of `kind`.
        init(_ kind: NoteKind) {
            switch kind {
            case .contact: self = .contact
            case .interview: self = .interview
            case .organization: self = .organization
            case .pitch: self = .pitch
            case .note: self = .note
            }
        }

        /// Whether the dossier is about a person (with a note or not).
        var isPerson: Bool { self == .contact || self == .placeholderPerson }
    }

    /// What the dossier is about; in JSON, `contact`, `placeholder-person`, ….
    public var kind: Kind
    public var name: String
    public var file: String?
    /// Front matter details worth showing, in a fixed order (`title`, `email`, …).
    public var details: [Detail]
    public var tags: [String]
    public var aliases: [String]
    /// For a contact: where things stand.
    public var status: String?
    public var statusCode: String?
    /// The last time you were in touch.
    public var lastTouch: LocalDate?
    /// The organization a contact works at.
    public var organization: PersonOrOrganization?
    /// The referral chain from you; empty when unreachable.
    public var referralChain: [PersonOrOrganization]
    public var referredBy: [PersonOrOrganization]
    public var ledTo: [Referral]
    /// For an organization: the people who work there.
    public var people: [Member]
    public var interviews: [Meeting]
    public var log: [LogEntry]
    public var openTasks: [OpenTask]
    public var reminders: [Reminder]
    /// For an organization: the Markdown of its Research section.
    public var research: String?
    public var backlinks: [Backlink]

    /// One labelled detail, such as ("Email", "maria@example.com").
    public struct Detail: Sendable, Encodable {
        public var label: String
        public var value: String
    }
}
