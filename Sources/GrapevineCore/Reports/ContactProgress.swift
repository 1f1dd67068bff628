/// How far one contact came along the funnel in a report's period (SPEC §4, `report --json`).
///
/// - reached out: an outreach, follow-up, reply, `met` or `declined` entry, or any interview;
/// - replied: a reply, `met` or `declined` entry, or any interview (one to come or called off
///   was arranged with them, so they answered);
/// - met: a held interview or a `met` entry;
/// - days to reply: calendar days from the first outreach (or follow-up) to the first reply,
///   `met`, `declined` entry or interview on or after it.
///
/// Log entries count when the period holds their date. Interviews count from `since` on, those
/// to come included, as they were arranged by the report's date; a held one is on or before it.
struct ContactProgress: Sendable, Equatable {
    var reachedOut = false
    var replied = false
    var met = false
    /// `nil` unless both ends happened by the report's date and the first message is in the period.
    var daysToReply: Int?

    init(log: [LogEntry], interviews: [Interview], period: ReportPeriod) {
        for entry in log where period.contains(entry.date) {
            switch entry.event {
            case .outreach, .followUp:
                reachedOut = true
            case .reply, .declined:
                (reachedOut, replied) = (true, true)
            case .met:
                (reachedOut, replied, met) = (true, true, true)
            default:
                break
            }
        }
        for interview in interviews where period.counts(interview) {
            (reachedOut, replied) = (true, true)
            if interview.isHeld(asOf: period.asOf) { met = true }
        }
        daysToReply = Self.daysToReply(log: log, interviews: interviews, period: period)
    }

    private static func daysToReply(log: [LogEntry], interviews: [Interview], period: ReportPeriod) -> Int? {
        let asOf = period.asOf
        guard
            let first = log.lazy.filter({ $0.date <= asOf && $0.event?.isOutreach == true }).map(\.date).min(),
            period.hasBegun(by: first)
        else { return nil }
        var answer: LocalDate?
        func consider(_ date: LocalDate) {
            if date >= first, date <= asOf, answer.map({ date < $0 }) != false { answer = date }
        }
        for entry in log where entry.event?.isResponse == true { consider(entry.date) }
        for interview in interviews { interview.date.map { consider($0.date) } }
        guard let answer else { return nil }
        return first.days(until: answer)
    }
}
