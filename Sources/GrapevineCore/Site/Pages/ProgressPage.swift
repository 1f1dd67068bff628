/// What the Progress page shows, before any HTML: the report (`grapevine report` as of the
/// site's day) as headline figures and charts, each chart's numbers also as text. Built by
/// `SiteBuilder.progressPage()`.
struct ProgressPage: Sendable {
    /// A chart with what a screen reader says of it: its title and its numbers in a sentence.
    struct Chart<Drawing: Sendable & Equatable>: Sendable, Equatable {
        var title: String
        var summary: String
        var drawing: Drawing
    }

    /// A row of the table under the weekly chart: a week, or the weeks before those drawn
    /// added up.
    struct WeekRow: Sendable, Equatable {
        /// "2026-W47", or "earlier".
        var week: String
        /// The week's Monday, or `nil` for the weeks before those drawn.
        var monday: LocalDate?
        /// "Nov 16", or "8 weeks".
        var when: String
        /// Outreach, replies, interviews, referrals (`Report.Week.columns`).
        var counts: [Int]
    }

    var asOf: LocalDate
    /// Response rate, median days to a reply, interviews per week, referrals per interview.
    var rates: [Report.Rate]
    /// `nil` when the vault has no contact yet.
    var funnel: Chart<HorizontalBarChart>?
    /// The last `SiteBuilder.progressWeeks` weeks; `nil` when nothing is dated yet.
    var weeks: Chart<WeeklyActivityChart>?
    /// What the weekly chart covers, in a sentence: "The last 16 of 40 weeks, …".
    var weeksNote: String
    /// The table of the weeks drawn, the earlier ones first as one row.
    var weekRows: [WeekRow]
    /// `nil` when nobody has given you a name yet.
    var connectors: Chart<HorizontalBarChart>?
    /// The first `SiteBuilder.progressTargets` targets; `nil` when no organization is a target.
    var targets: Chart<HorizontalBarChart>?
    /// How many targets the chart leaves out, in a sentence; `nil` when it has them all.
    var moreTargets: String?
    /// Whether the page has a section on targets: not on a public site that keeps `target`
    /// private (the default), which would otherwise tell which organizations you want most.
    var showsTargets: Bool
}
