extension ListItem {
    /// A due date written after one of the item's markers in a form that is not read (`closes
    /// Dec 15`, `due 12/01/2026`): the marker, and the form found with the ISO date to write,
    /// its year filled by `year` when it has none. `nil` when no such date is written. The one
    /// reading behind `check`'s `invalid-due-date` and the apply step that says its closing
    /// date is not read.
    func unreadDueDate(year: LogDateForms.Year?) -> (marker: DueMarker.Found, form: LogDateForms.Match)? {
        let bytes = Array(text.utf8)
        // A date is in the next few words: a hostile item of a million `due`s is not read to
        // its end after each. An ISO date is read, or ends a span (`2026-12-01 until 2027-03-01`).
        let found = dueMarkers.prefix(20).lazy.compactMap { marker -> (DueMarker.Found, LogDateForms.Match)? in
            let next = bytes[marker.dateStart..<min(marker.dateStart + 64, bytes.count)]
            guard next.count < 10 || LocalDate(utf8: next.prefix(10)) == nil else { return nil }
            return LogDateForms.match(String(decoding: next, as: UTF8.self), year: year).map { (marker, $0) }
        }
        return found.first
    }

    /// A lead's deadline as its apply step reads it: its due date (`due 2026-12-11`), else one
    /// written without its year (`closes Dec 11`, with one reading) in the year that puts it on
    /// or after `meeting`, the interview's date (`LogDateForms.Match.dayWithoutYear`); and a
    /// date written in a form that is not read (`closes 12/11/2026`), when there is no deadline.
    func leadDeadline(meeting: LocalDate?) -> (date: LocalDate?, notRead: LogDateForms.Match?) {
        // The date alone: the text without it is not needed here.
        if let date = dueDate { return (date, nil) }
        // Every date has a digit, and most leads have none: the thank-you and the update ask of each.
        guard text.hasASCIIDigit,
            let form = unreadDueDate(year: meeting.map { .onOrAfter($0) })?.form
        else { return (nil, nil) }
        return form.dayWithoutYear.map { ($0, nil) } ?? (nil, form)
    }
}

extension ListItem {
    /// Where a deadline written without its year with one reading is (`closes Dec 11`, as
    /// `leadDeadline(meeting:)` reads one): the bytes from its marker to the date's end, and
    /// where the date starts. `nil` when there is none.
    var deadlineWithoutYearRange: (range: Range<Int>, dateStart: Int)? {
        guard text.hasASCIIDigit, let (marker, form) = unreadDueDate(year: nil), form.isWithoutYear,
            form.meanings.count == 1
        else { return nil }
        let written = form.written.utf8
        let date = text.utf8.dropFirst(marker.dateStart)
        // The form is read from a few bytes decoded again: taken out only as written.
        guard date.starts(with: written) else { return nil }
        return (marker.start..<marker.dateStart + written.count, marker.dateStart)
    }

    /// The posting's deadline in the lead's words (`closes 2026-12-11`), even where a due date
    /// of the syntax wins over it (`… due 2026-12-20`, as `snooze` writes); one written without
    /// its year (`closes Dec 11`) in the year that puts it on or after `meeting`, as
    /// `leadDeadline(meeting:)` reads it.
    func deadlineInProse(meeting: LocalDate?) -> LocalDate? {
        if let date = deadlineInProse { return date }
        guard text.hasASCIIDigit, let meeting, let (marker, form) = unreadDueDate(year: .onOrAfter(meeting)),
            !marker.isSyntax
        else { return nil }
        return form.dayWithoutYear
    }
}
