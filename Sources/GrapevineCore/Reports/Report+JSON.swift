/// `report --json`: the object of SPEC §4, with its key names and `null` where a figure has no
/// value (a rate with nothing to divide by).
extension Report: Encodable {
    private enum CodingKeys: String, CodingKey {
        case asOf = "as_of", funnel, responseRate = "response_rate", medianDaysToReply = "median_days_to_reply"
        case interviewsPerWeek = "interviews_per_week", referralsPerInterview = "referrals_per_interview"
        case topConnectors = "top_connectors", targets, weeks, searchEnded = "search_ended"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(funnel, forKey: .funnel)
        // `encode`, not `encodeIfPresent`: a figure without a value is `null`, not left out.
        try container.encode(responseRate, forKey: .responseRate)
        try container.encode(medianDaysToReply, forKey: .medianDaysToReply)
        try container.encode(interviewsPerWeek, forKey: .interviewsPerWeek)
        try container.encode(referralsPerInterview, forKey: .referralsPerInterview)
        try container.encode(topConnectors, forKey: .topConnectors)
        try container.encode(targets, forKey: .targets)
        try container.encode(weeks, forKey: .weeks)
        // Beyond SPEC §4's object, only once the search has ended: scripts reading SPEC's see it unchanged.
        try container.encodeIfPresent(searchEnded, forKey: .searchEnded)
    }
}

extension Report.Connector: Encodable {
    private enum CodingKeys: String, CodingKey {
        case name, referrals, ledTo = "led_to"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(referrals, forKey: .referrals)
        try container.encode(ledTo, forKey: .ledTo)
    }
}

extension Report.Target: Encodable {
    private enum CodingKeys: String, CodingKey {
        case organization, motivation, contacts, met, posting
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(organization, forKey: .organization)
        try container.encode(motivation, forKey: .motivation)
        try container.encode(contacts, forKey: .contacts)
        try container.encode(met, forKey: .met)
        try container.encode(posting, forKey: .posting)
    }
}

extension Report.Week: Encodable {
    private enum CodingKeys: String, CodingKey {
        case week, outreach, replies, interviews, referrals
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(week, forKey: .week)
        try container.encode(outreach, forKey: .outreach)
        try container.encode(replies, forKey: .replies)
        try container.encode(interviews, forKey: .interviews)
        try container.encode(referrals, forKey: .referrals)
    }
}
