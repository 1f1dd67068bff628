extension ClosingRecord {
    /// The refusal of `done` on a thank-you or an update whose meeting's note holds `thank_you:`
    /// or `update:` dated before the meeting (most often kept from a note copied from another
    /// contact's), which `next` does not count; `nil` when there is none. A Log entry would close
    /// the step and leave the wrong date beside it, and `done` does not change a line the user
    /// wrote (SPEC §2: it only inserts lines), so it says which line to correct and how.
    static func sentBeforeMeeting(closing step: NextStep, on day: LocalDate, in vault: Vault) -> Refusal? {
        let key: String
        switch step.kind {
        case .thankYou: key = "thank_you"
        case .update: key = "update"
        default: return nil
        }
        guard let person = step.person, let meetingDay = step.since else { return nil }
        // The step's note first, then any other note of the same meeting with that person.
        let met = vault.graph.edges(.met, to: person).map(\.source.file).filter { $0 != step.file }
        for file in [step.file] + met.sorted() {
            guard let note = vault.note(atPath: file), let interview = note.interview,
                interview.date?.date == meetingDay,
                let written = interview.sentBeforeMeeting(key == "thank_you" ? interview.thankYou : interview.update),
                let line = note.frontMatter.entry(key)?.keyPosition.line
            else { continue }
            let name = step.contact ?? "them"
            let action = step.kind == .thankYou ? "thanked \(name)" : "sent \(name) the update"
            return Refusal(
                message:
                    "\(file.escapingControlCharacters):\(line) says '\(key): \(written)', before the meeting on "
                    + "\(meetingDay), so it is not "
                    + "this meeting's and next does not count it; done does not change a line you wrote.",
                instead: [
                    "If you \(action) on \(day): change line \(line) of \(file.escapingControlCharacters) to "
                        + "'\(key): \(day)'.",
                    "If the date came with a note copied from another one: remove line \(line) of "
                        + "\(file.escapingControlCharacters), then "
                        + "grapevine done \(step.argument) again.",
                ])
        }
        return nil
    }
}
