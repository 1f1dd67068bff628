/// One thing to do, computed from the vault (SPEC §3).
public struct NextStep: Sendable, Hashable {
    /// The kinds of next step, in the order of SPEC §3.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case thankYou = "thank-you", sendResume = "send-resume", apply, update
        case thankReferrer = "thank-referrer", contactReferral = "contact-referral", reachOut = "reach-out"
        case tryAnother = "try-another", followUp = "follow-up", moveOn = "move-on", schedule, interview, prepare
        case stayInTouch = "stay-in-touch", findContacts = "find-contacts", task, reminder
    }

    /// What kind of step it is.
    public var kind: Kind
    /// When it is due; `nil` for steps that can be done any time.
    public var due: LocalDate?
    /// The day that started it (the interview, the reply, the referral, the message), if any: a
    /// `skipped` or `snoozed` Log entry dated on or after it holds; an earlier one does not.
    public var since: LocalDate?
    /// The person the step concerns (for `thank-referrer` the referrer, for `try-another` the
    /// contact who has not answered), if any.
    public var person: Graph.NodeID?
    /// The display name of `person`.
    public var contact: String?
    /// The display name of the organization concerned, if any.
    public var organization: String?
    /// The action, in one line: "Send a thank-you note to Maria Lopez (Acme Foods)".
    public var title: String
    /// The title as people read it: a task written `Email [[Sam Park|Sam]] the deck` is "Email
    /// Sam the deck". `title` keeps the item as written: it names the step (`grapevine done`
    /// finds the item by it, a calendar's `UID` is made from it) and `--json` gives it.
    public var shownTitle: String { Wikilink.shown(title) }
    /// What makes it doable: the referrer to mention, leads, the resume, what you did since.
    public var details: [String]
    /// The vault-relative path of the file to edit.
    public var file: String
    /// The line in `file`.
    public var line: Int
    /// Which of the items written alike in one note a task's or a lead's step is (ticked ones
    /// count), so that closing one step never changes another's `id`: 2 for the second `Call
    /// back` in a note; 1 for the first or only one.
    public var occurrence = 1
    /// What a step about one of a person's meetings is about: the interview note's path, and
    /// for `thank-referrer` the person met; empty for other steps. Part of `id`, so that the
    /// steps of one kind about one person are told apart by their own interview, not by its
    /// rank among the person's others: adding or removing an interview renames no other step.
    public var occasion: [String] = []
    /// The short number `next` shows and `done`/`skip`/`snooze` take, valid for one day (see
    /// `numbered(_:today:)`); 0 until numbered.
    public var number = 0
    /// The step's stable identity, the calendar export's UID without `@grapevine`; empty until
    /// numbered.
    public var id = ""

    /// Creates a step.
    public init(
        kind: Kind, due: LocalDate?, since: LocalDate? = nil, person: Graph.NodeID? = nil, contact: String? = nil,
        organization: String? = nil, title: String, details: [String] = [], file: String, line: Int
    ) {
        self.kind = kind
        self.due = due
        self.since = since
        self.person = person
        self.contact = contact
        self.organization = organization
        self.title = title
        self.details = details
        self.file = file
        self.line = line
    }

    /// Whether the step was due before `today`.
    public func isOverdue(asOf today: LocalDate) -> Bool {
        guard let due else { return false }
        return due < today
    }
}
