/// The days a report counts events in: up to `asOf`, and from `since` when given.
///
/// Events are Log entries, interviews and dated referrals. An event after `asOf` has not
/// happened yet; an undated one (a referral nobody dated) counts only when there is no `since`,
/// since nobody can say it came after it.
public struct ReportPeriod: Sendable, Hashable {
    /// The last day counted: the report's date.
    public var asOf: LocalDate
    /// The first day counted, if the report starts somewhere.
    public var since: LocalDate?

    /// The period from `since` (or the beginning) to `asOf`.
    public init(asOf: LocalDate, since: LocalDate? = nil) {
        self.asOf = asOf
        self.since = since
    }

    /// Whether an event on `date` is counted.
    public func contains(_ date: LocalDate) -> Bool {
        date <= asOf && since.map { date >= $0 } != false
    }

    /// Whether an event that may have no date is counted.
    func contains(_ date: LocalDate?) -> Bool {
        date.map(contains) ?? (since == nil)
    }

    /// Whether the period began on or before `date` (an event on it is not left out by `since`).
    func hasBegun(by date: LocalDate) -> Bool {
        since.map { date >= $0 } != false
    }

    /// Whether the period counts an interview where SPEC §4 says "any interview": one dated
    /// from `since` on, those still to come included (the meeting is arranged); one without a
    /// date (a note with an error) only when there is no `since`.
    func counts(_ interview: Interview) -> Bool {
        interview.date.map { hasBegun(by: $0.date) } ?? (since == nil)
    }
}
