/// The step of an item (a task, a lead, an opening) whose deadline is written in a form that is
/// not read (`closes Dec 15`, `due 12/01/2026`): the one way every such step says so.
extension NextStep {
    /// What the title of such a step ends with: its words are the user's, kept so the item can
    /// be found, and the mark says they were not understood as a date (the due column shows
    /// the default's day, or `anytime`, beside them).
    static let notReadMark = " (date not read)"

    /// Marks the step of an item whose deadline `form` is not read (`ListItem.unreadDueDate`,
    /// the reading behind `check`'s `invalid-due-date`): its title ends with `notReadMark`, and
    /// a detail names the date as `what` ("closing date", "due date"), says what the step is
    /// due by instead (`dueBy`: "due on no day") and how to write the date.
    mutating func markDeadlineNotRead(_ form: LogDateForms.Match, what: String, dueBy: String) {
        details.append(
            "Its \(what) '\(form.written)' is not read (not YYYY-MM-DD): this step is \(dueBy); \(form.hint()).")
        deadlineNotRead = true
        title += Self.notReadMark
    }

    /// The title without `notReadMark`: the item's text it was made from, for a task.
    var titleWithoutNotReadMark: Substring {
        let title = Substring(title)
        return deadlineNotRead && title.hasSuffix(Self.notReadMark) ? title.dropLast(Self.notReadMark.count) : title
    }
}
