/// `task`: each unchecked task item outside Agenda and Leads sections (and an organization's
/// Openings, `ApplyRule`'s), in any note (but not in a cancelled or no-show interview). Due the date after `due`, `due:` or `📅` in the item.
/// One whose due date is written in a form that is not read (`due Dec 15`) is due on no day
/// and says so, as a lead does (`NextStep.markDeadlineNotRead`).
/// A thank-you task in a held interview's note is that interview's `thank-you` step, which
/// `ThankYouRule` gives (or the thank-you is recorded already): it is not a second step.
struct TaskRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        // Into one array: a third of all steps are tasks, and an array for each note's was
        // made and copied again.
        var steps: [NextStep] = []
        for index in part.of(context.subjects.notes) where !context.calledOff.contains(index) {
            let note = context.vault.notes[index]
            guard note.body.items.contains(where: { $0.checked == false }) else { continue }
            let isHeld = context.meeting(Graph.node(ofNote: index))?.isHeld(asOf: context.today, now: context.now)
            let tasks = note.tasks
            let hasUnreadDates = context.notesWithUnreadDueDates.contains(index)
            let year = hasUnreadDates ? NoteReader.yearOfDueDates(in: note, today: context.today) : nil
            var occurrences = ItemOccurrences(capacity: tasks.count)
            for item in tasks {
                let (due, title) = item.dueDateAndText
                let occurrence = occurrences.count(item, text: title)
                guard item.checked == false, !item.startsCrossedOut, !(isHeld == true && item.isThankYouTask) else {
                    continue
                }
                var step = context.step(
                    .task, inNote: index, due: due, title: title, line: item.position.line, occurrence: occurrence)
                if due == nil, hasUnreadDates, let unread = item.unreadDueDate(year: year) {
                    step.markDeadlineNotRead(unread.form, what: "due date", dueBy: "due on no day")
                }
                steps.append(step)
            }
        }
        return steps
    }
}

extension NextStepContext {
    /// A step written in a note: about the note's person, or its organization.
    func step(
        _ kind: NextStep.Kind, inNote index: Int, due: LocalDate?, title: String, line: Int, occurrence: Int = 1
    ) -> NextStep {
        var step = self.step(
            kind, about: subject(ofNote: index), due: due, since: due, title: title, file: vault.notes[index].path,
            line: line, occurrence: occurrence)
        if vault.notes[index].kind == .organization { step.organization = vault.notes[index].name }
        return step
    }

    /// The person a note is about: the contact itself, or the first person an interview met.
    func subject(ofNote index: Int) -> Graph.NodeID? {
        let node = Graph.node(ofNote: index)
        switch vault.notes[index].kind {
        case .contact: return node
        case .interview: return meeting(node)?.people.first ?? vault.graph.neighbors(.met, from: node).first
        default: return nil
        }
    }
}
