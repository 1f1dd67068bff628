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
        /// For a name the subject gave you directly, what the Referrals item says of the person
        /// besides the name (`Vault.remark(of:)`: "(in HR)").
        public var remark: String? = nil
    }

    /// What a Referrals item that gave you the subject's name says of them besides the name
    /// (`Vault.remark(of:)`): "(in HR)" from `- [[Jo]] (in HR)`.
    public struct Remark: Sendable, Encodable {
        /// Who gave you the name.
        public var by: PersonOrOrganization
        public var text: String
    }

    /// A person at an organization.
    public struct Member: Sendable, Encodable {
        public var person: PersonOrOrganization
        public var title: String?
        /// Where things stand with them; `nil` when they have no note yet.
        public var status: ContactStatus?

        /// `status` in words, or "no note yet": what the text and the JSON show.
        public var statusLabel: String { status?.label ?? "no note yet" }

        enum CodingKeys: String, CodingKey {
            case person, title, status
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(person, forKey: .person)
            try container.encodeIfPresent(title, forKey: .title)
            try container.encode(statusLabel, forKey: .status)
        }
    }

    /// An interview with the subject (or, for an organization, with someone there).
    public struct Meeting: Sendable, Encodable {
        public var file: String
        public var date: LocalDateTime?
        /// The `date:` as written when it cannot be read (`05.11.2026`), and its line.
        public var unreadableDate: String?
        public var dateLine: Int?
        public var with: [PersonOrOrganization]
        public var mode: String?
        public var duration: Int
        public var status: Status
        /// When the thank-you was sent: its date, or `sent` when the vault does not say when.
        public var thankYou: String?

        /// What `thankYou` and `update` hold for one sent on a day the vault does not say.
        static let sentUndated = "sent"

        /// `thankYou` or `update` after "thanked" or "updated" in a sentence: the date, or
        /// that it is not noted.
        static func shown(_ sent: String) -> String {
            sent == sentUndated ? "(date not noted)" : sent
        }

        /// Where an interview stands; in JSON, `scheduled`, `held`, `cancelled`, `no-show`, or
        /// `undated` when its date is missing or cannot be read (neither scheduled nor held is known).
        public enum Status: String, Sendable, Encodable {
            case scheduled, held, cancelled
            case noShow = "no-show"
            case undated
        }
        public var update: String?
    }

    /// An open task item.
    public struct OpenTask: Sendable, Encodable {
        public var text: String
        public var due: LocalDate?
        public var file: String
        public var line: Int

        /// Creates an open task.
        init(text: String, due: LocalDate?, file: String, line: Int) {
            self.text = text
            self.due = due
            self.file = file
            self.line = line
        }

        /// The task `item` of the note at `file`: its text without its due date, wikilinks as
        /// their words (`ListItem.shownText`), and its due date, both from one reading of the item.
        init(_ item: ListItem, file: String) {
            let (due, text) = item.dueDateAndText
            self.init(text: Wikilink.shown(text), due: due, file: file, line: item.position.line)
        }
    }

    /// A line of the contact's Log, and whether it is dated after today.
    public struct LogLine: Sendable, Encodable {
        public var entry: LogEntry
        /// Dated after today (`LogEntry.isFuture`): a call planned ahead, or a typo of the
        /// year, that nothing counts before its day; in JSON, `future`.
        public var isFuture: Bool

        /// `entry`, as of `today`.
        init(_ entry: LogEntry, today: LocalDate) {
            self.entry = entry
            isFuture = entry.isFuture(asOf: today)
        }

        enum CodingKeys: String, CodingKey {
            case future
        }

        /// The entry's own fields, and `future`.
        public func encode(to encoder: any Encoder) throws {
            try entry.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(isFuture, forKey: .future)
        }
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

        /// The kind of a node of `vault`'s graph.
        public init(of node: Graph.NodeID, in vault: Vault) {
            switch vault.graph.nodes[node].kind {
            case .owner: self = .owner
            case .placeholderPerson: self = .placeholderPerson
            case .placeholderOrganization: self = .placeholderOrganization
            case .note(let index): self = Self(vault.notes[index].kind)
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
    /// For a contact: where things stand; in JSON, `status` in words and `statusCode`
    /// (`ContactStatus.code`). None for a sync tool's copy (`copyOf`): a stale copy's would be
    /// false ("schedule a meeting" held weeks ago).
    public var status: ContactStatus?
    /// When the note is a sync tool's copy of another (`Vault.syncCopies()`), that note: its
    /// steps and where things stand are the original's.
    public var copyOf: PersonOrOrganization? = nil
    /// The last time you were in touch.
    public var lastTouch: LocalDate?
    /// The organization a contact works at.
    public var organization: PersonOrOrganization?
    /// The referral chain from you; empty when unreachable.
    public var referralChain: [PersonOrOrganization]
    /// For a person named only in the Referrals of meetings to come: the first one's day (the
    /// chain is yours alone until then, and nobody is said to have found them).
    public var referralToCome: LocalDate? = nil
    public var referredBy: [PersonOrOrganization]
    /// For a person: what the items that gave you their name say of them.
    public var remarks: [Remark] = []
    public var ledTo: [Referral]
    /// For an organization: the people who work there.
    public var people: [Member]
    public var interviews: [Meeting]
    /// The contact's Log in date order, entries of one day as written (`inDateOrder`).
    public var log: [LogLine]
    /// The contact's Log items left out because they do not start with a date the Log reads
    /// (`LeftOutLogEntry`): shown with the Log, saying so, never dropped without a word.
    public var logLeftOut: [LeftOutLogEntry] = []
    public var openTasks: [OpenTask]
    public var reminders: [Reminder]
    /// For an organization: the Markdown of its Research section.
    public var research: String?
    /// For an organization: the Markdown of its Openings section, the jobs there you noted.
    public var openings: String? = nil
    /// For an organization: the openings an `applied` entry closed (`Vault.openingsAppliedFor`).
    public var openingsApplied: [String] = []
    public var backlinks: [Backlink]

    /// One labelled detail, such as ("Email", "maria@example.com").
    public struct Detail: Sendable, Encodable {
        public var label: String
        public var value: String
    }
}

extension Dossier {
    /// A row of the contact's Log as `show` and the site list it.
    public enum LogRow: Sendable {
        case entry(LogLine)
        case leftOut(LeftOutLogEntry)
    }

    /// The Log in date order with the lines left out for their date among the entries: each
    /// where its (likelier) day puts it, else after the entry above it in the note; after the
    /// entries of its day.
    public var logRows: [LogRow] {
        var rows = log.map { (day: Optional($0.entry.date), row: LogRow.entry($0)) }
        let written = log.map(\.entry).sorted { $0.position.line < $1.position.line }
        for line in logLeftOut {
            // The entry written above it, found by halving: a Log of 20,000 lines not read
            // took 17 s to show when each looked through every entry.
            let below = written.partitioningIndex { $0.position.line >= line.position.line }
            let above = below > 0 ? written[below - 1].date : nil
            rows.append((line.readings.first ?? above ?? written.first?.date, .leftOut(line)))
        }
        let first = LocalDate(year: 1, month: 1, day: 1)!
        // Stable: entries of one day keep their order, a left-out line comes after them.
        return rows.sorted { ($0.day ?? first) < ($1.day ?? first) }.map(\.row)
    }

    enum CodingKeys: String, CodingKey {
        case kind, name, file, copyOf, details, tags, aliases, status, statusCode, lastTouch, organization
        case referralChain
        case referralToCome, referredBy, remarks, ledTo, people, interviews, log, logLeftOut, openTasks, reminders
        case research
        case openings, openingsApplied, backlinks
    }

    /// The JSON of `show --json`: every property under its own name, and `status` as two
    /// strings, `status` (in words) and `statusCode`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(file, forKey: .file)
        try container.encodeIfPresent(copyOf, forKey: .copyOf)
        try container.encode(details, forKey: .details)
        try container.encode(tags, forKey: .tags)
        try container.encode(aliases, forKey: .aliases)
        try container.encodeIfPresent(status?.label, forKey: .status)
        try container.encodeIfPresent(status?.code, forKey: .statusCode)
        try container.encodeIfPresent(lastTouch, forKey: .lastTouch)
        try container.encodeIfPresent(organization, forKey: .organization)
        try container.encode(referralChain, forKey: .referralChain)
        try container.encodeIfPresent(referralToCome, forKey: .referralToCome)
        try container.encode(referredBy, forKey: .referredBy)
        try container.encode(remarks, forKey: .remarks)
        try container.encode(ledTo, forKey: .ledTo)
        try container.encode(people, forKey: .people)
        try container.encode(interviews, forKey: .interviews)
        try container.encode(log, forKey: .log)
        try container.encode(logLeftOut, forKey: .logLeftOut)
        try container.encode(openTasks, forKey: .openTasks)
        try container.encode(reminders, forKey: .reminders)
        try container.encodeIfPresent(research, forKey: .research)
        try container.encodeIfPresent(openings, forKey: .openings)
        try container.encode(openingsApplied, forKey: .openingsApplied)
        try container.encode(backlinks, forKey: .backlinks)
    }
}
