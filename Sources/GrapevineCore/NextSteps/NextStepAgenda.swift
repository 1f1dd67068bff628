/// The steps `next` shows, grouped for a person: Overdue, Today, This week, Later, Anytime.
public struct NextStepAgenda: Sendable {
    /// The headings, in the order shown.
    public enum Group: Sendable, CaseIterable {
        case overdue, today, soon, later, anytime
    }

    /// How many days ahead plain `grapevine next` shows.
    public static let defaultWithin = 7

    /// The day the agenda is for.
    public var today: LocalDate
    /// How many days ahead count as soon (`--within`).
    public var within: Int
    /// The steps shown, in order.
    public var steps: [NextStep]

    /// Picks the steps to show from every step of the vault.
    ///
    /// By default: overdue, due today, due within `within` days, and undated ones. `all`: every
    /// step. `kinds`: only those kinds (all kinds when empty).
    public init(
        steps: consuming [NextStep], today: LocalDate, within: Int = 7, all: Bool = false,
        kinds: Set<NextStep.Kind> = []
    ) {
        self.today = today
        self.within = within
        let horizon = today.adding(days: within)
        // Removing in place moves the steps rather than copying them.
        steps.removeAll { step in
            !((kinds.isEmpty || kinds.contains(step.kind)) && (all || step.due.map { $0 <= horizon } ?? true))
        }
        self.steps = steps
    }

    /// Which heading a step goes under.
    public func group(of step: NextStep) -> Group {
        guard let due = step.due else { return .anytime }
        if due < today { return .overdue }
        if due == today { return .today }
        return due <= today.adding(days: within) ? .soon : .later
    }

    /// The heading of a group: "This week" for the default seven days.
    public func title(of group: Group) -> String {
        switch group {
        case .overdue: return "Overdue"
        case .today: return "Today"
        case .soon: return within == 7 ? "This week" : "Next \(within) day\(within == 1 ? "" : "s")"
        case .later: return "Later"
        case .anytime: return "Anytime"
        }
    }

    /// The steps under each heading that has any, in order. Steps come sorted by due date, so
    /// each heading's steps are consecutive.
    public var groups: [(group: Group, steps: ArraySlice<NextStep>)] {
        var groups: [(group: Group, steps: ArraySlice<NextStep>)] = []
        var start = steps.startIndex
        while start < steps.endIndex {
            let group = group(of: steps[start])
            var end = start + 1
            while end < steps.endIndex, self.group(of: steps[end]) == group { end += 1 }
            groups.append((group, steps[start..<end]))
            start = end
        }
        return groups
    }

    /// One object per step with the fields of SPEC §3, for `--json`.
    public var records: [Record] {
        steps.map { Record(step: $0, overdue: $0.isOverdue(asOf: today)) }
    }

    /// A step as `next --json` prints it.
    public struct Record: Sendable, Encodable {
        public var step: NextStep
        public var overdue: Bool

        enum CodingKeys: String, CodingKey {
            case number, id, kind, due, overdue, contact, organization, title, detail, file, line, close
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(step.number, forKey: .number)
            try container.encode(step.id, forKey: .id)
            try container.encode(step.kind, forKey: .kind)
            try container.encode(step.due?.description, forKey: .due)
            try container.encode(overdue, forKey: .overdue)
            try container.encode(step.contact, forKey: .contact)
            try container.encode(step.organization, forKey: .organization)
            try container.encode(step.title, forKey: .title)
            try container.encode(step.details.joined(separator: " "), forKey: .detail)
            try container.encode(step.file, forKey: .file)
            try container.encode(step.line, forKey: .line)
            try container.encode(step.howToClose, forKey: .close)
        }
    }
}
