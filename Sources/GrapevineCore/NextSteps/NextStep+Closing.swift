extension NextStep {
    /// How a step's details start when its person has no note yet, so nothing can be logged.
    static let noNoteYet = "No note yet: "
    /// How they start when a plain note answers to the person's name, not theirs until it says so.
    static let plainNoteOnly = "No contact note yet: "
    /// How they start when the person's name may be a slip of a contact's (`Elena Parks`).
    static let noNoteNamed = "No note named "
    /// How the title of a `contact-referral` step starts when the name is a slip of one contact's.
    static let fixTheName = "Fix the name "
    /// How a `find-contacts` step's details start when it names people of your network there.
    static let yourNetworkThere = "You know "

    /// How `done`, `skip` and `snooze` name the step: its number, else (a step not numbered
    /// where it is shown) its id.
    public var argument: String {
        number > 0 ? String(number) : id
    }

    /// How to close the step, in one short line for `next` (SPEC §3, "Closing a step"): the
    /// `done`/`skip`/`snooze` commands with its number, or what to record instead where `done`
    /// has no single meaning.
    public var howToClose: String {
        var bytes: [UInt8] = []
        appendHowToClose(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `howToClose` to `bytes`, for `next`, which writes it for every step.
    func appendHowToClose(to bytes: inout [UInt8]) {
        let lead: String
        switch kind {
        case .schedule: lead = "done: record the interview, with its date; or "
        case .prepare: lead = "done: fill in what is missing; or "
        case .interview:
            return bytes.appendUTF8(
                of: "after it: the thank-you comes next; called off: set status: cancelled in the note")
        case .tryAnother: lead = "done: log your message to someone else there; or "
        case .contactReferral where isNameToFix:
            bytes.appendUTF8(of: "close: fix the name (above), and the step goes; someone else: create the note, then ")
            bytes.appendUTF8(of: "grapevine done ")
            bytes.appendDecimal(number)
            return bytes.appendUTF8(of: " (or skip, snooze)")
        case .contactReferral where saysNoNote, .thankReferrer where saysNoNote, .thankYou where saysNoNote:
            let first =
                details.contains { $0.hasPrefix(Self.noNoteNamed) }
                ? "fix the name or create"
                : details.contains { $0.hasPrefix(Self.plainNoteOnly) } ? "make the note theirs or create" : "create"
            bytes.appendUTF8(of: "close: \(first) the note (above), then grapevine done ")
            bytes.appendDecimal(number)
            return bytes.appendUTF8(of: " (or skip, snooze)")
        case .findContacts where details.contains(where: { $0.hasPrefix(Self.yourNetworkThere) }):
            return bytes.appendUTF8(of: "done: put one of them on your list (grapevine new contact NAME)")
        case .findContacts:
            return bytes.appendUTF8(of: "done: add someone who works there (grapevine new contact NAME)")
        case .reminder: return bytes.appendUTF8(of: "done, skip or snooze: change or remove the remind: entry")
        default:
            bytes.appendUTF8(of: "close: grapevine done ")
            bytes.appendDecimal(number)
            bytes.appendUTF8(of: "  (or ")
            appendSkipOrSnooze(to: &bytes)
            return bytes.append(UInt8(ascii: ")"))
        }
        bytes.appendUTF8(of: lead)
        appendSkipOrSnooze(to: &bytes)
    }

    /// Whether the step is to fix a name written with a slip (`fixTheName`).
    var isNameToFix: Bool {
        kind == .contactReferral && title.hasPrefix(Self.fixTheName)
    }

    /// Whether the details say the person has no note yet (`noNoteYet`, `noNoteNamed`, `plainNoteOnly`).
    private var saysNoNote: Bool {
        details.contains {
            $0.hasPrefix(Self.noNoteYet) || $0.hasPrefix(Self.noNoteNamed) || $0.hasPrefix(Self.plainNoteOnly)
        }
    }

    /// `skip N / snooze N --until DATE`.
    private func appendSkipOrSnooze(to bytes: inout [UInt8]) {
        bytes.appendUTF8(of: "skip ")
        bytes.appendDecimal(number)
        bytes.appendUTF8(of: " / snooze ")
        bytes.appendDecimal(number)
        bytes.appendUTF8(of: " --until DATE")
    }
}
