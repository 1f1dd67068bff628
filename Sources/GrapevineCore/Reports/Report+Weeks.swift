/// The activity week by week.
extension Report {
    /// Every ISO week from the first dated event of `period` (a Log entry other than `skipped`
    /// or `snoozed`, an interview, a referral) to the report's date, with what happened in it.
    static func weeks(in vault: Vault, period: ReportPeriod) -> [Week] {
        var counted: [ISOWeek: Week] = [:]
        var first: LocalDate?
        func record(_ date: LocalDate, _ count: (inout Week) -> Void) {
            first = min(first ?? date, date)
            let week = ISOWeek(containing: date)
            count(&counted[week, default: Week(week: week)])
        }
        for note in vault.notes {
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
        for case let (_, date?) in Funnel.referredPeople(in: vault.graph, period: period) {
            record(date) { $0.referrals += 1 }
        }
        guard let first else { return [] }
        var weeks: [Week] = []
        let last = ISOWeek(containing: period.asOf)
        var week = ISOWeek(containing: first)
        while week <= last {
            weeks.append(counted[week] ?? Week(week: week))
            week = week.next
        }
        return weeks
    }
}
