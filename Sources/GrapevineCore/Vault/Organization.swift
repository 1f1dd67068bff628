/// The fields of an organization note (`organizations/*.md` or `type: organization`).
public struct Organization: Sendable {
    /// Whether the organization has a relevant opening, and where it is posted.
    public enum Posting: Sendable, Hashable, Codable {
        case yes
        case url(String)
    }

    /// Details as written.
    public var industry: String?, website: String?, location: String?
    /// `target: true`: on your target list.
    public var isTarget: Bool
    /// 1–3; 3 = dream employer.
    public var motivation: Int?
    /// A relevant opening, if any.
    public var posting: Posting?
    /// The Research sections that hold something, in order (a note may have a second); else
    /// the first, empty, if the note has one.
    public var research: [Section]
    /// Whether the Research section holds anything.
    public var hasResearch: Bool
    /// The Openings sections that hold something (the jobs there you noted), in order.
    public var openings: [Section] = []
    /// The openings those sections list, as a Leads section's are read
    /// (`InterviewReader.openings(among:)`): what `next` may say to apply for (`ApplyRule`).
    public var openingItems: [ListItem] = []
}

extension Organization {
    /// Whether its Openings list a job whose closing date (a due date, or a deadline in its
    /// words: `closes 2026-12-18`) is not before `day`, or that has none: a posting, as
    /// `posting: true` says (the report's targets).
    func hasOpening(asOf day: LocalDate) -> Bool {
        openingItems.contains { opening in
            guard let closes = opening.deadlineInProse ?? opening.leadDueDateAndText.date else { return true }
            return closes >= day
        }
    }
}
