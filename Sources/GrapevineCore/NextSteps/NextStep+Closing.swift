extension NextStep {
    /// How a step's details start when its person has no note yet, so nothing can be logged.
    static let noNoteYet = "No note yet: "
    /// How a `find-contacts` step's details start when it names people of your network there.
    static let yourNetworkThere = "You know "

    /// How to close the step, in one short line for `next` (SPEC §3, "Closing a step"): the
    /// `done`/`skip`/`snooze` commands with its number, or what to record instead where `done`
    /// has no single meaning.
    public var howToClose: String {
        let lead: String
        switch kind {
        case .schedule: lead = "done: record the interview (grapevine new interview); or "
        case .prepare: lead = "done: fill in what is missing; or "
        case .interview:
            return "after it: the thank-you comes next; called off: set status: cancelled in the note"
        case .tryAnother: lead = "done: log your message to someone else there; or "
        case .contactReferral where details.contains(where: { $0.hasPrefix(Self.noNoteYet) }):
            return "close: create the note (above), then grapevine done \(number) (or skip, snooze)"
        case .findContacts where details.contains(where: { $0.hasPrefix(Self.yourNetworkThere) }):
            return "done: put one of them on your list (grapevine new contact NAME)"
        case .findContacts: return "done: add someone who works there (grapevine new contact NAME)"
        case .reminder: return "done, skip or snooze: change or remove the remind: entry"
        default:
            let number = String(self.number)
            return String(
                concatenating: "close: grapevine done ", number, "  (or skip ", number, " / snooze ", number,
                " --until DATE)")
        }
        let number = String(self.number)
        return String(concatenating: lead, "skip ", number, " / snooze ", number, " --until DATE")
    }
}
