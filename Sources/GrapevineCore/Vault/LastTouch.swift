/// The last day you were in touch with someone, up to today: any Log entry that is not a
/// closing record, a held interview, or a thank-you or update sent. Read by next steps
/// (`stay-in-touch`) and by reports alike.
///
/// A plain dated note (`- 2026-12-01 lunch with her team`, as `log --note` writes it) is a
/// touch only once you are in touch, by a Log event or a held interview. Before that
/// (`- 2026-11-25 Saw her talk at the meetup, want to reach out`) you have not been in touch
/// at all: the person is "not contacted yet", and no last touch says otherwise.
enum LastTouch {
    /// The last day you were in touch, given a person's Log and interviews.
    static func date(log: [LogEntry], interviews: [Interview], today: LocalDate) -> LocalDate? {
        date(log: log, held: interviews.filter { $0.isHeld(asOf: today) }.flatMap(\.touchDates), today: today)
    }

    /// The last day you were in touch, given the days of the held interviews (`Interview.touchDates`).
    static func date(log: [LogEntry], held: some Sequence<LocalDate>, today: LocalDate) -> LocalDate? {
        var last = held.max()
        var wasInTouch = last != nil
        for entry in log.asOf(today) where entry.closing == nil {
            wasInTouch = wasInTouch || entry.event != nil
            if last.map({ entry.date > $0 }) != false { last = entry.date }
        }
        return wasInTouch ? last : nil
    }
}
