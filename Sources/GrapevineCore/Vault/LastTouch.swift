/// The last day you were in touch with someone, up to today: any Log event that is not a
/// closing record, a held interview, or a thank-you or update sent. Read by next steps
/// (`stay-in-touch`) and by reports alike. A plain dated note (`- 2026-11-25 Saw her talk at
/// the meetup`) is not being in touch, as it is no outreach: someone whose only entries are
/// notes is "not contacted yet", with no last touch to contradict it.
enum LastTouch {
    /// The last day you were in touch, given a person's Log and interviews.
    static func date(log: [LogEntry], interviews: [Interview], today: LocalDate) -> LocalDate? {
        date(log: log, held: interviews.filter { $0.isHeld(asOf: today) }.flatMap(\.touchDates), today: today)
    }

    /// The last day you were in touch, given the days of the held interviews (`Interview.touchDates`).
    static func date(log: [LogEntry], held: some Sequence<LocalDate>, today: LocalDate) -> LocalDate? {
        var last = held.max()
        for entry in log.asOf(today)
        where entry.event != nil && entry.closing == nil && last.map({ entry.date > $0 }) != false {
            last = entry.date
        }
        return last
    }
}
