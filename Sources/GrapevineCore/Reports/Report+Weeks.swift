/// The activity week by week.
extension Report {
    /// Every ISO week from the first dated event of `period` (a Log entry other than `skipped`
    /// or `snoozed`, an interview, a referral) to the report's date, with what happened in it.
    static func weeks(in vault: Vault, period: ReportPeriod, isIncluded: (Int) -> Bool) -> [Week] {
        var counted: [ISOWeek: Week] = [:]
        var first: LocalDate?
        func record(_ date: LocalDate, _ count: (inout Week) -> Void) {
            first = min(first ?? date, date)
            let week = ISOWeek(containing: date)
            count(&counted[week, default: Week(week: week)])
        }
        for (index, note) in vault.notes.enumerated() where isIncluded(index) {
            if let contact = note.contact {
                for entry in contact.log where entry.closing == nil && period.contains(entry.date) {
                    record(entry.date) { week in
                        if entry.event == .outreach { week.outreach += 1 }
                        if entry.event == .reply { week.replies += 1 }
                    }
                }
            } else if let interview = note.interview, let date = interview.date?.date, period.contains(date) {
                record(date) { week in
                    if interview.isHeld(asOf: period.asOf) { week.interviews += 1 }
                }
            }
        }
        let referred = Funnel.referredPeople(in: vault.graph, period: period) { node in
            vault.graph.noteIndex(of: node).map(isIncluded) ?? true
        }
        for case let (_, date?) in referred {
            record(date) { $0.referrals += 1 }
        }
        guard let first else { return [] }
        var weeks: [Week] = []
        let last = ISOWeek(containing: period.asOf)
        var week: ISOWeek? = ISOWeek(containing: first)
        while let current = week, current <= last {
            weeks.append(counted[current] ?? Week(week: current))
            week = current.next
        }
        return weeks
    }
}

extension Report {
    /// The last `count` weeks, and the weeks before them added up: how many there were and
    /// their sums (a `Week` named after the first of them); `nil` when there are none.
    public func lastWeeks(_ count: Int) -> (earlier: (weeks: Int, sums: Week)?, shown: ArraySlice<Week>) {
        let shown = weeks.suffix(count)
        let earlier = weeks.dropLast(shown.count)
        guard let first = earlier.first else { return (nil, shown) }
        var sums = Week(week: first.week)
        for week in earlier {
            sums.outreach += week.outreach
            sums.replies += week.replies
            sums.interviews += week.interviews
            sums.referrals += week.referrals
        }
        return ((earlier.count, sums), shown)
    }
}

extension Report.Week {
    /// The names of the four counts, in the order of `counts`.
    public static let columns = ["outreach", "replies", "interviews", "referrals"]

    /// Outreach, replies, interviews and referrals.
    public var counts: [Int] { [outreach, replies, interviews, referrals] }
}
