/// Where things stand with a contact, from their Log and their interviews.
///
/// It never says less than the contact's `Warmth` (what `path` and `report` count): someone
/// not contacted has no Log entry and no interview at all, and an interview called off was
/// arranged with them, so they answered.
public enum ContactStatus: Sendable, Hashable {
    case notContacted
    case awaitingReply(since: LocalDate, followUps: Int)
    case replied(on: LocalDate)
    /// The latest word is a meeting on that day that was cancelled or a no-show.
    case fellThrough(on: LocalDate, noShow: Bool)
    case scheduled(LocalDateTime)
    case met(on: LocalDate)
    case declined(on: LocalDate)
    /// On a public site, for someone a private note is about (a meeting left out): the status
    /// worked out without it would be false, and the true one would tell what is private
    /// (`ContactStatuses.withholding(differingFrom:alsoWithheld:)`).
    case withheld

    /// The status of a contact as of `today`, given the interviews that met them. Log entries
    /// dated after `today` do not count yet.
    public init(log: [LogEntry], interviews: [Interview], today: LocalDate) {
        let log = log.asOf(today)
        let upcoming = interviews.filter { $0.status == nil && ($0.date?.date ?? today) > today }.compactMap(\.date)
        let met =
            (interviews.filter { $0.isHeld(asOf: today) }.compactMap { $0.date?.date }
            + log.filter { $0.event == .met }.map(\.date)).max()
        let declined = log.filter { $0.event == .declined }.map(\.date).max()
        let replied = log.filter { $0.event == .reply }.map(\.date).max()
        let calledOff = interviews.filter { $0.status != nil }.compactMap { interview in
            interview.date.map { (day: $0.date, noShow: interview.status == .noShow) }
        }.max { $0.day < $1.day }
        let unanswered = log.unansweredOutreach(
            hasInterview: interviews.contains { $0.date != nil }, today: today)
        if let next = upcoming.min() {
            self = .scheduled(next)
        } else if let declined, [met, replied, calledOff?.day].allSatisfy({ declined >= ($0 ?? declined) }) {
            self = .declined(on: declined)
        } else if let met {
            self = .met(on: met)
        } else if let calledOff, calledOff.day >= (replied ?? calledOff.day) {
            self = .fellThrough(on: calledOff.day, noShow: calledOff.noShow)
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
        case .fellThrough(let date, let noShow):
            return "the meeting on \(date) \(noShow ? "was a no-show" : "was cancelled"); find a new time"
        case .scheduled(let date): return "meeting scheduled for \(date)"
        case .met(let date): return "met on \(date)"
        case .declined(let date): return "declined on \(date)"
        case .withheld: return "not shown"
        }
    }

    /// A one-word name for scripts: `not-contacted`, `awaiting-reply`, `replied`, `scheduled`, `met`, `declined`,
    /// `not-shown`.
    /// A meeting that fell through is `replied`: they answered, and a meeting is to be set.
    public var code: String {
        switch self {
        case .notContacted: return "not-contacted"
        case .awaitingReply: return "awaiting-reply"
        case .replied, .fellThrough: return "replied"
        case .scheduled: return "scheduled"
        case .met: return "met"
        case .declined: return "declined"
        case .withheld: return "not-shown"
        }
    }
}
