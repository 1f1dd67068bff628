/// The report's four rates for people: each figure as text, with what it was worked out from.
/// `report` prints them as a table, the site's Progress page as its headline figures.
extension Report {
    /// One rate: "Response rate", "82%", "9 of 11 people reached out to replied".
    public struct Rate: Sendable, Equatable {
        public var label: String
        /// The figure; "–" when there is nothing to work it out from.
        public var value: String
        public var detail: String
    }

    /// The response rate, the median days to a reply, interviews per week and referrals per
    /// interview.
    public var rates: [Rate] {
        let days = daysToReply.count
        return [
            Rate(
                label: "Response rate", value: responseRate.map(ReportText.percent) ?? "–",
                detail: funnel.reachedOut == 0
                    ? "nobody reached out to yet"
                    : "\(funnel.replied) of \(ReportText.people(funnel.reachedOut)) reached out to replied"),
            Rate(
                label: "Median days to a reply", value: medianDaysToReply.map(ReportText.decimal) ?? "–",
                detail: days == 0
                    ? "no answer to a first message yet" : "first message to first answer, \(ReportText.people(days))"),
            Rate(
                label: "Interviews per week", value: ReportText.decimal(interviewsPerWeek),
                detail: "\(recentInterviews) held in the \(Self.recentDays) days to \(asOf)"),
            Rate(
                label: "Referrals per interview", value: referralsPerInterview.map(ReportText.decimal) ?? "–",
                detail: heldInterviews == 0
                    ? "no interview held yet"
                    : "\(ReportText.count(referralsFromInterviews, "referral")) from "
                        + "\(ReportText.count(heldInterviews, "held interview"))"),
        ]
    }
}
