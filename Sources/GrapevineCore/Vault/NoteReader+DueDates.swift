extension NoteReader {
    /// The problems with the due dates of open tasks and leads (SPEC §2: never a silent guess):
    ///
    /// - a date written in a form it is not read in after a marker (`due 12/01/2026`, `📅 Dec 3`,
    ///   `apply by Dec 9`): an error after `due` or `📅`, a warning after a word of prose
    ///   (`by`, `before`), each with the ISO form to write. Without it the item would have no
    ///   due date, silently — never overdue, listed as "anytime".
    /// - an ISO date that no marker announces and that says nothing else of itself (`Data role
    ///   2026-12-09`, `UnmarkedDates`), in an item with no due date: a warning saying how to
    ///   make it the due date.
    ///
    /// With `today`, a date written without its year in a note that gives none (an
    /// organization's Openings, a task in an undated note) takes the next such day on or after
    /// it in the hint (`yearOfDueDates`); without, `YYYY` stands in. A lead's deadline written
    /// without its year in an interview (`closes Dec 11`) is read, as the first such day on or
    /// after the interview (`LogDateForms.Match.dayWithoutYear`): a warning says which day.
    func dueDateProblems(in note: Note, today: LocalDate? = nil) -> [Diagnostic] {
        // Every date has a digit, and most items have none: the open tasks and leads are
        // picked only when one does.
        guard note.body.items.contains(where: { $0.checked != true && $0.text.hasASCIIDigit })
        else { return [] }
        var diagnostics: [Diagnostic] = []
        var lineStarts: [Int]?
        // `closes Dec 15` in the Leads of an interview of 2026-11-19 is 2026-12-15, as the hint
        // says; worked out for the first item with a date not read (few notes have one).
        var year: LogDateForms.Year??
        // The apply step reads a lead's deadline without its year in the meeting's (`ApplyRule`).
        let readsDayWithoutYear = note.interview?.date != nil
        let check = { (item: ListItem, kind: DatedItem) in
            guard item.text.hasASCIIDigit, !item.startsCrossedOut, item.dueDate == nil else { return }
            if year == nil { year = Self.yearOfDueDates(in: note, today: today) }
            guard
                let problem = otherForm(in: item, kind, year: year ?? nil, readsDayWithoutYear: readsDayWithoutYear)
                    ?? unmarkedDate(in: item, markers: item.dueMarkers, kind)
            else { return }
            if lineStarts == nil { lineStarts = Self.lineStarts(of: note.text.utf8.span) }
            let position = Self.position(
                of: problem.written, at: problem.offset, of: item, in: note.text.utf8.span, lineStarts: lineStarts ?? []
            )
            diagnostics.append(
                Diagnostic(
                    problem.severity, problem.code, problem.message, file: path, at: position, hint: problem.hint))
        }
        for item in note.openTasks { check(item, .task) }
        // An organization's Openings are read as leads are (`ApplyRule`).
        let kind: DatedItem = note.kind == .organization ? .opening : .lead
        for item in note.interview?.leads ?? note.organization?.openingItems ?? [] where item.checked != true {
            check(item, kind)
        }
        return diagnostics
    }

    /// The year a due date written without one (`closes Dec 15`) is in: the next such day on
    /// or after the interview's date, else the date the file's name starts with, else `today`
    /// (an organization's opening, seen on 2026-12-07, closes on 2026-12-18).
    static func yearOfDueDates(in note: Note, today: LocalDate?) -> LogDateForms.Year? {
        (note.interview?.date?.date ?? VaultPath.dateInFileName(of: note.path) ?? today).map { .onOrAfter($0) }
    }

    /// Whether the year of a due date written without one in `note` comes from the day it is
    /// read on (`yearOfDueDates`), not from the note: then `check` fills it in as of its today.
    static func takesYearOfDueDatesFromToday(_ note: Note) -> Bool {
        yearOfDueDates(in: note, today: nil) == nil
    }

    /// What an item whose date is looked at is: a task, an interview's lead, or an opening of an
    /// organization's (a lead with no meeting: `ApplyRule` makes it a step only for its deadline).
    private enum DatedItem {
        case task, lead, opening

        var isLead: Bool { self != .task }
    }

    /// A problem with a date of an item, at the UTF-8 offset `offset` of its text.
    private struct DateProblem {
        var severity: Diagnostic.Severity
        var code: DiagnosticCode
        var message: String
        var hint: String
        var written: String
        var offset: Int
    }

    /// A date after one of the item's markers written in another form than `YYYY-MM-DD`
    /// (`ListItem.unreadDueDate`); `year` fills in the year of one written without (`Dec 15`)
    /// in the hint.
    private func otherForm(in item: ListItem, _ kind: DatedItem, year: LogDateForms.Year?, readsDayWithoutYear: Bool)
        -> DateProblem?
    {
        guard let (marker, form) = item.unreadDueDate(year: year) else { return nil }
        if kind == .lead, readsDayWithoutYear, let day = form.dayWithoutYear {
            return DateProblem(
                severity: .warning, code: .dueDateWithoutYear,
                message: "'\(form.written)' has no year; the lead's deadline is read as \(day), the first such day "
                    + "on or after the interview",
                hint: form.hint(), written: form.written, offset: marker.dateStart)
        }
        let what =
            switch kind {
            case .task: "so the task has none"
            case .lead: "so the lead has no deadline"
            case .opening: "so the opening has no deadline"
            }
        let message =
            form.meanings.isEmpty
            ? "invalid due date '\(form.written)', \(what)"
            : "'\(form.written)' is not a due date grapevine can read (YYYY-MM-DD), \(what)"
        // `due` and `📅` say a date follows; `by` and `before` are words of prose too.
        return DateProblem(
            severity: marker.isSyntax ? .error : .warning, code: .invalidDueDate, message: message, hint: form.hint(),
            written: form.written, offset: marker.dateStart)
    }

    /// The first date of an item with no due date that no marker announces and that says
    /// nothing else of itself (`UnmarkedDates`): one an item is enough to say how to write it.
    /// A date written another way (`30.11.2026`) gets its ISO form in the hint: that is the
    /// form a due date is read in.
    private func unmarkedDate(in item: ListItem, markers: [DueMarker.Found], _ kind: DatedItem) -> DateProblem? {
        guard let found = item.firstUnmarkedDate(markers: markers) else { return nil }
        let date = found.date
        let written = String(decoding: Array(item.text.utf8)[found.range], as: UTF8.self)
        let isLead = kind.isLead
        let message =
            switch kind {
            case .task: "'\(written)' is not read as this task's due date: `next` lists it as one to do any time"
            case .lead:
                "'\(written)' is not read as this lead's deadline: `next` counts its apply step from the interview"
            case .opening:
                "'\(written)' is not read as this opening's deadline: `next` "
                    + (item.checked == false ? "lists it as one to apply for any time" : "does not remind you of it")
            }
        let hint =
            (isLead
                ? "if it is the deadline, write 'apply by \(date)' or 'due \(date)'"
                : "if it is when the task is due, write 'due \(date)' or 'by \(date)'")
            + "; if it is another date, say which ('"
            + (isLead ? "posted \(date)', 'from \(date)')" : "met on \(date)', 'after \(date)')")
        return DateProblem(
            severity: .warning, code: .dateNotDue, message: message, hint: hint, written: written,
            offset: found.range.lowerBound)
    }


    /// The offset where each line of `text` starts, the first line's at 0.
    static func lineStarts(of text: Span<UInt8>) -> [Int] {
        var starts = [0]
        var from = 0
        while let newline = text.firstIndex(of: UInt8(ascii: "\n"), from: from) {
            starts.append(newline + 1)
            from = newline + 1
        }
        return starts
    }

    /// Where `written`, at the UTF-8 offset `offset` of `item`'s text, is in `text` (the whole
    /// file, whose lines start at `lineStarts`): its occurrence of that rank on the item's
    /// lines, from where its text starts to the next blank line; where the text starts when it
    /// is not there as written (markup in between).
    private static func position(
        of written: String, at offset: Int, of item: ListItem, in text: Span<UInt8>, lineStarts: [Int]
    ) -> SourcePosition {
        let start = item.textPosition
        let target = Array(written.unicodeScalars)
        guard lineStarts.indices.contains(start.line - 1), start.column >= 1, !target.isEmpty else { return start }
        // `Sam 2026-12-01, then 2026-12-01`: the second is the second on the lines too.
        var rank = String(decoding: item.text.utf8.prefix(offset), as: UTF8.self).ranges(of: written).count
        var column = start.column - 1
        for line in start.line...min(start.line + 50, lineStarts.count) {
            let lineStart = lineStarts[line - 1]
            let lineEnd = text.firstIndex(of: UInt8(ascii: "\n"), from: lineStart) ?? text.count
            // Columns count Unicode scalars.
            let scalars = Array(String(decodingUTF8: text.extracting(lineStart..<lineEnd)).unicodeScalars)
            if line > start.line, scalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { break }
            while column + target.count <= scalars.count {
                if scalars[column..<column + target.count].elementsEqual(target) {
                    if rank == 0 { return SourcePosition(line: line, column: column + 1) }
                    rank -= 1
                }
                column += 1
            }
            column = 0
        }
        return start
    }
}

extension String {
    /// Whether the text has an ASCII digit, read from its bytes in place: every item of every
    /// note is asked (every date has one).
    var hasASCIIDigit: Bool {
        let bytes = utf8.span
        for offset in bytes.indices where bytes[offset] &- UInt8(ascii: "0") < 10 { return true }
        return false
    }
}
