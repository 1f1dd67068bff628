/// Where the search stands (`grapevine report`): the funnel, the rates, the people who gave you
/// the most names, coverage of the target organizations and the activity week by week, with the
/// definitions of SPEC §4. Built by `init(vault:period:)`; `--json` is its `Encodable` form.
public struct Report: Sendable, Equatable {
    /// Someone who gave you names.
    public struct Connector: Sendable, Equatable {
        /// The display name.
        public var name: String
        /// The vault-relative path of their note; `nil` for a person with no note yet.
        public var file: String?
        /// Their node in the graph (the site links their name to their page).
        var node: Graph.NodeID
        /// The distinct people they referred.
        public var referrals: Int
        /// Everyone reached through them: the people they referred, the people those referred,
        /// and so on (only referrals that are how you reached someone, SPEC §2.5).
        public var ledTo: Int
    }

    /// An organization on your target list (`target: true`).
    public struct Target: Sendable, Equatable {
        /// The display name.
        public var organization: String
        /// The vault-relative path of its note.
        public var file: String
        /// 1–3, 3 = dream employer; `nil` when not given.
        public var motivation: Int?
        /// Contact notes of people who work there.
        public var contacts: Int
        /// Of those, the ones you met (a held interview or a `met` entry).
        public var met: Int
        /// `posting: true` or a URL, or an opening listed under its Openings that has not
        /// closed (`Organization.hasOpening(asOf:)`): it has a relevant opening.
        public var posting: Bool
    }

    /// What happened in one ISO week.
    public struct Week: Sendable, Equatable {
        /// The week.
        public var week: ISOWeek
        /// Outreach entries (`emailed`, `called`, `messaged`, `wrote`, `reached out`).
        public var outreach = 0
        /// Reply entries (`replied`, `answered`).
        public var replies = 0
        /// Held interviews.
        public var interviews = 0
        /// People someone first referred to you that week.
        public var referrals = 0

        /// All four counts together.
        public var total: Int { outreach + replies + interviews + referrals }
    }

    /// The days counted: up to the report's date (`as_of`), from `--since` if given.
    public var period: ReportPeriod
    /// The funnel of the period.
    public var funnel = Funnel()
    /// Calendar days from first outreach to first answer, one per contact with both, sorted.
    public var daysToReply: [Int] = []
    /// Held interviews in the period.
    public var heldInterviews = 0
    /// Held interviews in the 28 days up to the report's date, whatever the period.
    public var recentInterviews = 0
    /// Referral edges stated in the period's held interviews.
    public var referralsFromInterviews = 0
    /// The people who referred the most (at most `connectorLimit`), most first, then by name.
    public var topConnectors: [Connector] = []
    /// The target organizations by motivation (highest first, none last), then by name.
    public var targets: [Target] = []
    /// Every ISO week from the first dated event of the period to the report's date.
    public var weeks: [Week] = []
    /// The day the search ended (`search_ended` in the config), when it is on or before the
    /// report's date: the figures count up to the report's date all the same.
    public var searchEnded: LocalDate?

    /// At most this many connectors are listed.
    public static let connectorLimit = 10
    /// The days `interviewsPerWeek` looks back over, the report's date included.
    public static let recentDays = 28

    /// The report's date.
    public var asOf: LocalDate { period.asOf }

    /// Contacts who replied, of those reached out to; `nil` when nobody was reached out to.
    public var responseRate: Double? {
        funnel.reachedOut == 0 ? nil : Double(funnel.replied) / Double(funnel.reachedOut)
    }

    /// The median of `daysToReply`; `nil` when it is empty.
    public var medianDaysToReply: Double? {
        guard !daysToReply.isEmpty else { return nil }
        let middle = daysToReply.count / 2
        return daysToReply.count % 2 == 1
            ? Double(daysToReply[middle]) : Double(daysToReply[middle - 1] + daysToReply[middle]) / 2
    }

    /// Held interviews in the last four weeks, per week.
    public var interviewsPerWeek: Double {
        Double(recentInterviews) / Double(Self.recentDays / 7)
    }

    /// Referral edges from held interviews per held interview; `nil` when none was held.
    public var referralsPerInterview: Double? {
        heldInterviews == 0 ? nil : Double(referralsFromInterviews) / Double(heldInterviews)
    }

    /// An empty report of `period`.
    init(period: ReportPeriod) {
        self.period = period
    }
}

extension Funnel {
    /// An empty funnel.
    init() {}
}
