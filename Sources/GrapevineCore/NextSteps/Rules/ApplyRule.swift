/// `apply`: each open item (not a checked task, not nested in another) of a held interview's
/// Leads section, with the items nested in it as its details. Due the item's own due date
/// (`due`, `due:` or `📅`, as for a task), else the interview date + `thank_you_days`.
struct ApplyRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).flatMap { meeting -> [NextStep] in
            let body = context.vault.graph.noteIndex(of: meeting.node).map { context.vault.notes[$0].body }
            var occurrences = ItemOccurrences()
            return meeting.interview.leads.compactMap { lead -> NextStep? in
                let (due, text) = lead.dueDateAndText
                let occurrence = occurrences.count(lead, text: text)
                guard lead.checked != true else { return nil }
                let from = Prose.list(meeting.people.map(context.name))
                let more = body?.items(nestedIn: lead).map(\.shownText) ?? []
                return context.step(
                    .apply, about: meeting.people.first,
                    due: due ?? meeting.date.adding(days: context.cadence.thankYouDays), since: meeting.date,
                    title: Self.title(of: text),
                    // An interview whose person cannot be told (an ambiguous name) names nobody.
                    details: [
                        from.isEmpty
                            ? "You heard about it in the interview on \(meeting.date)."
                            : "\(from) told you about it on \(meeting.date)."
                    ]
                        + (more.isEmpty ? [] : [more.joined(separator: "; ")]),
                    file: meeting.file, line: lead.position.line, occurrence: occurrence)
            }
        }
    }

    /// "Apply: QA Chemist, req 4471"; a lead that says so itself (`Apply to the QA opening`) is
    /// its own title. (`ItemEdit` reads the item's text back from the title.)
    static func title(of text: String) -> String {
        opening(text) == text ? "Apply: \(text)" : text
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
