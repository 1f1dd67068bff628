/// Reads an organization's fields and its Research and Openings sections.
struct OrganizationReader {
    let body: MarkdownDocument

    static let keys: Set<String> = ["industry", "website", "location", "target", "motivation", "posting"]

    /// The headings of the section of jobs there the user noted, as people name it.
    static let openingsNames = ["Openings", "Open roles", "Open positions", "Job openings", "Jobs"]

    /// `openingsNames` as a section's key is written.
    static let openingsKeys = Set(openingsNames.map(Section.normalizedTitle))

    func read(_ fields: inout FieldReader) -> Organization {
        // A second Research section further down counts too (`check` warns about it), as one
        // `merge` leaves under "## From …" does: what is under each is read.
        let sections = body.sections(named: ["Research"])
        let withContent = sections.filter(body.hasContent)
        let openings = body.sections(named: Self.openingsNames).filter(body.hasContent)
        return Organization(
            industry: fields.string("industry"), website: fields.string("website"),
            location: fields.string("location"), isTarget: fields.bool("target") ?? false,
            motivation: motivation(&fields), posting: posting(&fields),
            research: withContent.isEmpty ? Array(sections.prefix(1)) : withContent, hasResearch: !withContent.isEmpty,
            openings: openings, openingItems: InterviewReader.openings(among: body.items(in: openings)))
    }

    private func motivation(_ fields: inout FieldReader) -> Int? {
        // `motivation: high`: the word says the number.
        if let value = fields.value("motivation"), let text = value.scalar,
            let level = Self.levels[text.trimmingWhitespace().lowercased()]
        {
            fields.report(
                .error, .wrongType, "'motivation' should be a whole number from 1 to 3, not '\(text)'",
                at: value.position, hint: "write 'motivation: \(level)' (1 = would consider, 3 = dream employer)")
            return nil
        }
        guard let level = fields.integer("motivation") else { return nil }
        if !(1...3).contains(level), let value = fields.value("motivation") {
            fields.report(
                .warning, .invalidValue, "'motivation' is \(level), but the scale is 1 to 3", at: value.position,
                hint: "1 = would consider, 3 = dream employer")
        }
        return level
    }

    /// Motivation in words, and the number each means.
    private static let levels = [
        "low": 1, "medium": 2, "mid": 2, "moderate": 2, "high": 3, "very high": 3, "dream": 3,
    ]

    /// `posting`: true, false, or the posting's web address (SPEC §2.3). Other text (`none`,
    /// `N/A`, `TBD`) is not an opening: an error, as for `target` and the other yes-or-no keys,
    /// and no posting.
    private func posting(_ fields: inout FieldReader) -> Organization.Posting? {
        guard let value = fields.value("posting") else { return nil }
        let expected = "true, false or the posting's URL"
        guard let text = value.scalar?.trimmingWhitespace() else {
            fields.wrongType("posting", value, expected: expected)
            return nil
        }
        if let flag = FieldReader.bool(text) { return flag ? .yes : nil }
        guard Self.isAddress(text) else {
            fields.report(
                .error, .wrongType, "'posting' should be \(expected), not '\(text)'", at: value.position,
                hint: "write 'posting: true' or the posting's URL when there is an opening, "
                    + "'posting: false' (or nothing) when there is none")
            return nil
        }
        return .url(text)
    }

    /// Whether `text` is a web address: with `http://` or `https://`, or a host name with a dot
    /// and no spaces (`jobs.acme.com/4471`).
    static func isAddress(_ text: String) -> Bool {
        if text.isWebAddress { return true }
        guard !text.contains(where: \.isWhitespace) else { return false }
        let labels = text.prefix { $0 != "/" }.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count > 1 && labels.allSatisfy { !$0.isEmpty } && labels.last?.allSatisfy(\.isLetter) == true
    }
}
