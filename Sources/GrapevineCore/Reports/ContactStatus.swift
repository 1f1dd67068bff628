/// Where things stand with a contact, from their Log and their interviews.
public enum ContactStatus: Sendable, Hashable {
    case notContacted
    case awaitingReply(since: LocalDate, followUps: Int)
    case replied(on: LocalDate)
    case scheduled(LocalDateTime)
    case met(on: LocalDate)
    case declined(on: LocalDate)

    /// The status of a contact as of `today`, given the interviews that met them. Log entries
    /// dated after `today` do not count yet.
    public init(log: [LogEntry], interviews: [Interview], today: LocalDate) {
        let log = log.filter { $0.date <= today }
        let upcoming = interviews.filter { $0.status == nil && ($0.date?.date ?? today) > today }.compactMap(\.date)
        let met =
            (interviews.filter { $0.isHeld(asOf: today) }.compactMap { $0.date?.date }
            + log.filter { $0.event == .met }.map(\.date)).max()
        let declined = log.filter { $0.event == .declined }.map(\.date).max()
        let replied = log.filter { $0.event == .reply }.map(\.date).max()
        let unanswered = log.unansweredOutreach(
            hasInterview: interviews.contains { $0.date != nil }, today: today)
        if let next = upcoming.min() {
            self = .scheduled(next)
        } else if let declined, declined >= (met ?? declined), declined >= (replied ?? declined) {
            self = .declined(on: declined)
        } else if let met {
            self = .met(on: met)
        } else if let replied {
            self = .replied(on: replied)
        } else if let first = unanswered.first {
            self = .awaitingReply(since: first.date, followUps: unanswered.count - 1)
        } else {
            self = .notContacted
        }
    }

    /// A short phrase for people: "met on 2026-10-14".
    public var label: String {
        switch self {
        case .notContacted: return "not contacted yet"
        case .awaitingReply(let since, let followUps):
            let suffix = followUps == 0 ? "" : ", \(followUps) follow-up\(followUps == 1 ? "" : "s") sent"
            return "waiting for a reply since \(since)\(suffix)"
        case .replied(let date): return "replied on \(date); schedule a meeting"
        case .scheduled(let date): return "meeting scheduled for \(date)"
        case .met(let date): return "met on \(date)"
        case .declined(let date): return "declined on \(date)"
        }
    }

    /// A one-word name for scripts: `not-contacted`, `awaiting-reply`, `replied`, `scheduled`, `met`, `declined`.
    public var code: String {
        switch self {
        case .notContacted: return "not-contacted"
        case .awaitingReply: return "awaiting-reply"
        case .replied: return "replied"
        case .scheduled: return "scheduled"
        case .met: return "met"
        case .declined: return "declined"
        }
    }
}
