/// How far you have got with a person (SPEC §2.5, "Warmth"): met, replied, reached out or not
/// yet contacted. Ordered coldest first, so `max` is the warmest.
///
/// The stages are the report's funnel (SPEC §4), as of a day: Log entries after it do not count.
public enum Warmth: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// No outreach, reply, meeting or interview yet; or no note at all.
    case notContacted
    /// An outreach or follow-up, and nothing back yet.
    case reachedOut
    /// A reply, a `declined` entry, or an interview (held, coming up or called off).
    case replied
    /// A held interview or a `met` entry.
    case met

    /// The warmth of a contact with this Log and these interviews, as of `today`.
    public init(log: [LogEntry], interviews: [Interview], today: LocalDate) {
        let events = log.asOf(today).compactMap(\.event)
        if interviews.contains(where: { $0.isHeld(asOf: today) }) || events.contains(.met) {
            self = .met
        } else if !interviews.isEmpty || events.contains(where: \.isResponse) {
            self = .replied
        } else if events.contains(where: \.isOutreach) {
            self = .reachedOut
        } else {
            self = .notContacted
        }
    }

    /// The warmth of a node of `vault`: a contact's from their note, anyone else's (a person
    /// with no note yet) `notContacted`.
    public init(of node: Graph.NodeID, in vault: Vault, today: LocalDate) {
        // The contact alone: `vault.note(for:)` would copy the whole note.
        guard let contact = vault.graph.noteIndex(of: node).flatMap({ vault.notes[$0].contact }) else {
            self = .notContacted
            return
        }
        self.init(log: contact.log, interviews: vault.interviews(with: node), today: today)
    }

    public static func < (left: Warmth, right: Warmth) -> Bool {
        left.rawValue < right.rawValue
    }

    /// `met`, `replied`, `reached-out`, `not-contacted`: for scripts.
    public var code: String {
        switch self {
        case .met: return "met"
        case .replied: return "replied"
        case .reachedOut: return "reached-out"
        case .notContacted: return "not-contacted"
        }
    }

    /// `met`, `replied`, `reached out`, `not contacted`: for people.
    public var label: String {
        switch self {
        case .met: return "met"
        case .replied: return "replied"
        case .reachedOut: return "reached out"
        case .notContacted: return "not contacted"
        }
    }
}
