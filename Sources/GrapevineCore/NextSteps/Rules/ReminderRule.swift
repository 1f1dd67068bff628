/// `reminder`: each `remind:` entry, due its date.
struct ReminderRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.notes).flatMap { index in
            context.vault.notes[index].reminders.map { reminder in
                context.step(
                    .reminder, inNote: index, due: reminder.date, title: reminder.text, line: reminder.position.line)
            }
        }
    }
}
