/// `apply`: each open item (not a checked task, not nested in another) of a held interview's
/// Leads section, with the items nested in it as its details. Due the item's own due date
/// (`due`, `due:` or `📅`, as for a task; one written without its year, `closes Dec 11`, in
/// the year that puts it on or after the interview), else the interview date +
/// `thank_you_days`. An
/// `applied` Log entry that names the lead closes it too (`Applications`); one that names no
/// single lead is mentioned on the steps it could be about.
///
/// An organization's Openings are read as leads are (`Organization.openingItems`), but an
/// opening is a step only when it asks for one: a deadline (read, or written in a form that is
/// not: then with no due date), or a box not ticked (with none). An opening noted without
/// either is a note of what is there, as the section was before it made steps. An `applied`
/// entry on someone who works there that names one of its open openings closes it too.
///
/// One opening in both (`OpeningKey`, at an organization where someone met works) is one step,
/// the lead's (`ApplyRule+SameOpening`).
struct ApplyRule: NextStepRule {
    let endsWithTheSearch = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        leadSteps(context, part) + openingSteps(context, part)
    }

    private func leadSteps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).flatMap { meeting -> [NextStep] in
            let note = context.vault.graph.noteIndex(of: meeting.node).map { context.vault.notes[$0] }
            let (applied, unplaced) = context.applications(in: meeting)
            let openings =
                meeting.interview.leads.isEmpty ? [] : Self.openings(atWorkplacesOf: meeting.people, context)
            var occurrences = ItemOccurrences(capacity: meeting.interview.leads.count)
            return meeting.interview.leads.indices.compactMap { index -> NextStep? in
                let lead = meeting.interview.leads[index]
                // `closes Dec 11`, its due date, goes from its title as `closes 2026-12-11` does.
                let text = lead.interviewLeadText
                let occurrence = occurrences.count(lead, text: text)
                guard lead.checked != true, !applied.contains(index) else { return nil }
                // The same opening in an organization's Openings: one step, done when either is.
                let twins = openings.isEmpty ? [] : Self.twins(of: lead, in: openings, context)
                guard !twins.contains(where: \.isClosed) else { return nil }
                // `closes Dec 11` is the first Dec 11 on or after the meeting, as `check` says.
                let (ownDue, notRead) = lead.leadDeadline(meeting: meeting.date)
                let due = ([ownDue] + twins.map(\.due)).compactMap { $0 }.min()
                let from = Prose.list(meeting.people.map(context.name))
                let unread = due == nil ? notRead : nil
                var step = context.step(
                    .apply, about: meeting.people.first,
                    due: due ?? meeting.date.adding(days: context.cadence.thankYouDays), since: meeting.date,
                    title: Self.title(of: text),
                    // An interview whose person cannot be told (an ambiguous name) names nobody.
                    details: [
                        from.isEmpty
                            ? "You heard about it in the interview on \(meeting.date)."
                            : "\(from) told you about it on \(meeting.date)."
                    ],
                    file: meeting.file, line: lead.position.line, occurrence: occurrence)
                step.details += twins.map(\.alsoNoted)
                Self.describe(
                    &step, lead, in: note, due: due, deadline: lead.deadlineInProse(meeting: meeting.date),
                    unread: unread, unplaced: unplaced, today: context.today)
                return step
            }
        }
    }

    /// The steps of the organizations' Openings (see above).
    private func openingSteps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.notes).flatMap { index -> [NextStep] in
            let note = context.vault.notes[index]
            guard let openings = note.organization?.openingItems, !openings.isEmpty else { return [] }
            let year = NoteReader.yearOfDueDates(in: note, today: context.today)
            let applied = context.appliedOpenings(ofOrganization: index, openings)
            let leads = Self.leadKeys(ofPeopleAt: index, context)
            var occurrences = ItemOccurrences(capacity: openings.count)
            return openings.indices.compactMap { item -> NextStep? in
                let opening = openings[item]
                let (due, text) = opening.leadDueDateAndText
                let occurrence = occurrences.count(opening, text: text)
                guard opening.checked != true, !applied.contains(item) else { return nil }
                // Also a lead of an interview with someone there: that lead's step is this one's.
                guard leads.isEmpty || !leads.contains(where: OpeningKey(opening).isSame) else { return nil }
                let unread = due == nil ? opening.unreadDueDate(year: year)?.form : nil
                guard due != nil || unread != nil || opening.checked == false else { return nil }
                var step = context.step(
                    .apply, inNote: index, due: due, title: Self.title(of: text), line: opening.position.line,
                    occurrence: occurrence)
                step.details = ["An opening you noted at \(note.name)."]
                Self.describe(
                    &step, opening, in: note, due: due, deadline: opening.deadlineInProse, unread: unread,
                    unplaced: [], today: context.today)
                return step
            }
        }
    }

    /// The details a lead's or opening's step adds after where it came from: the items nested
    /// in it, `applied` entries that name no single lead, a closing date not read, a deadline
    /// in its words (`deadline`) before its due date.
    private static func describe(
        _ step: inout NextStep, _ item: ListItem, in note: Note?, due: LocalDate?, deadline: LocalDate?,
        unread: LogDateForms.Match?, unplaced: [LogEntry], today: LocalDate
    ) {
        let more = (note?.body.items(nestedIn: item).map(\.shownText) ?? []).joined(separator: "; ")
        // Put off past the posting's own deadline (`closes 2026-12-29 due 2027-01-05`), or due
        // on a deadline that has passed (`closes 2026-12-01`, seen on 12-07).
        let closing = due.flatMap { due in deadline.flatMap { $0 < due || $0 < today ? $0 : nil } }
        step.details += (more.isEmpty ? [] : [more]) + Self.unplaced(unplaced)
        // A closing date not read (`closes Dec 15`): due by the default (an opening's on no day).
        if let unread {
            let isOpening = note?.kind == .organization
            step.markDeadlineNotRead(
                unread, what: "closing date",
                dueBy: isOpening ? "due on no day" : "due as for a lead without one, not on it")
        }
        step.details += closing.map { Self.closesBefore($0, today: today) } ?? []
    }

    /// What the step of a lead due after the deadline its words give says (trial R: snoozed past
    /// `closes 2026-12-29`, it was "This week" with no word that the posting had closed).
    private static func closesBefore(_ deadline: LocalDate, today: LocalDate) -> [String] {
        [
            deadline < today
                ? "Its deadline, \(deadline), has passed: check the posting is still open before you apply."
                : "It closes \(deadline), before this step is due: apply by then if you still mean to."
        ]
    }

    /// What `applied` entries that name no single lead say on the steps they could be about.
    private static func unplaced(_ entries: [LogEntry]) -> [String] {
        let said = entries.map { $0.text.isEmpty ? "\($0.date)" : "\($0.date): '\($0.text)'" }
        guard said.count > 1 else {
            return said.map {
                "Your Log says you applied (\($0)) without naming one open lead: if it was for this one, close this step."
            }
        }
        return [
            "Your Log says you applied \(said.count) times (\(said.joined(separator: "; "))) without naming one open lead: "
                + "if one was for this, close this step."
        ]
    }

    /// "Apply: QA Chemist, req 4471"; a lead that says so itself (`Apply to the QA opening`) is
    /// its own title. (`ItemEdit` reads the item's text back from the title: `text(ofTitle:)`.)
    static func title(of text: String) -> String {
        opening(text) == text ? "Apply: \(text)" : text
    }

    /// The item's text that `step`'s title was made from (`title(of:)`, `NextStep.notReadMark`).
    static func text(ofTitle step: NextStep) -> String {
        let title = step.titleWithoutNotReadMark
        return String(title.hasPrefix("Apply: ") ? title.dropFirst(7) : title)
    }

    /// The opening a lead names, without the "Apply to" (or "for", "at") it may start with.
    static func opening(_ text: String) -> String {
        let lowered = text.lowercased()
        for verb in ["apply to", "apply for", "apply at"] where lowered.hasPrefix(verb) {
            let rest = text.dropFirst(verb.count)
            guard rest.first == " " || rest.first == ":" else { continue }
            let opening = rest.drop { $0 == " " || $0 == ":" }.trimmingWhitespace()
            return opening.isEmpty ? text : String(opening)
        }
        return text
    }
}
