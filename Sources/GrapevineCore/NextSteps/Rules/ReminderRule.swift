/// `reminder`: each `remind:` entry, due its date.
struct ReminderRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.notes).flatMap { index in
            context.vault.notes[index].reminders.map { reminder in
                // `remind: 2026-12-20` alone: the step still says what it is about.
                context.step(
                    .reminder, inNote: index, due: reminder.date,
                    title: reminder.text.isEmpty ? "Reminder about \(context.vault.notes[index].name)" : reminder.text,
                    line: reminder.position.line)
            }
        }
    }
}
