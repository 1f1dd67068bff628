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
    public var kind: Kind {
        get { storage.fields.kind }
        set { storage = storage.changing { $0.kind = newValue } }
    }
    /// When it is due; `nil` for steps that can be done any time.
    public var due: LocalDate? {
        get { storage.fields.due }
        set { storage = storage.changing { $0.due = newValue } }
    }
    /// The day that started it (the interview, the reply, the referral, the message), if any: a
    /// `skipped` or `snoozed` Log entry dated on or after it holds; an earlier one does not.
    public var since: LocalDate? {
        get { storage.fields.since }
        set { storage = storage.changing { $0.since = newValue } }
    }
    /// The person the step concerns (for `thank-referrer` the referrer, for `try-another` the
    /// contact who has not answered), if any.
    public var person: Graph.NodeID? {
        get { storage.fields.person }
        set { storage = storage.changing { $0.person = newValue } }
    }
    /// The display name of `person`.
    public var contact: String? {
        get { storage.fields.contact }
        set { storage = storage.changing { $0.contact = newValue } }
    }
    /// The display name of the organization concerned, if any.
    public var organization: String? {
        get { storage.fields.organization }
        set { storage = storage.changing { $0.organization = newValue } }
    }
    /// The action, in one line: "Send a thank-you note to Maria Lopez (Acme Foods)".
    public var title: String {
        get { storage.fields.title }
        set { storage = storage.changing { $0.title = newValue } }
    }
    /// The title as people read it: a task written `Email [[Sam Park|Sam]] the deck` is "Email
    /// Sam the deck". `title` keeps the item as written: it names the step (`grapevine done`
    /// finds the item by it, a calendar's `UID` is made from it) and `--json` gives it.
    public var shownTitle: String { Wikilink.shown(title) }
    /// What makes it doable: the referrer to mention, leads, the resume, what you did since.
    public var details: [String] {
        get { storage.fields.details }
        set { storage = storage.changing { $0.details = newValue } }
    }
    /// The vault-relative path of the file to edit.
    public var file: String {
        get { storage.fields.file }
        set { storage = storage.changing { $0.file = newValue } }
    }
    /// The line in `file`.
    public var line: Int {
        get { storage.fields.line }
        set { storage = storage.changing { $0.line = newValue } }
    }
    /// Which of the items written alike in one note a task's or a lead's step is (ticked ones
    /// count), so that closing one step never changes another's `id`: 2 for the second `Call
    /// back` in a note; 1 for the first or only one.
    public var occurrence: Int {
        get { storage.fields.occurrence }
        set { storage = storage.changing { $0.occurrence = newValue } }
    }
    /// What a step about one of a person's meetings is about: the interview note's path, and
    /// for `thank-referrer` the person met; empty for other steps. Part of `id`, so that the
    /// steps of one kind about one person are told apart by their own interview, not by its
    /// rank among the person's others: adding or removing an interview renames no other step.
    public var occasion: [String] {
        get { storage.fields.occasion }
        set { storage = storage.changing { $0.occasion = newValue } }
    }
    /// Whether the item gives a closing date that is not read (`closes Dec 15`): `due` is then
    /// the default's, and no lateness is said of it, since the real deadline is not known.
    public var deadlineNotRead: Bool {
        get { storage.fields.deadlineNotRead }
        set { storage = storage.changing { $0.deadlineNotRead = newValue } }
    }
    /// The short number `next` shows and `done`/`skip`/`snooze` take, valid for one day (see
    /// `numbered(_:today:)`); 0 until numbered.
    public var number = 0
    /// The step's stable identity, the calendar export's UID without `@grapevine`; empty until
    /// numbered.
    public var id = ""

    /// Creates a step.
    public init(
        kind: Kind, due: LocalDate?, since: LocalDate? = nil, person: Graph.NodeID? = nil, contact: String? = nil,
        organization: String? = nil, title: String, details: [String] = [], file: String, line: Int,
        occurrence: Int = 1, occasion: [String] = []
    ) {
        storage = Shared(
            Fields(
                kind: kind, due: due, since: since, person: person, contact: contact, organization: organization,
                title: title, details: details, file: file, line: line, occurrence: occurrence, occasion: occasion))
    }

    // MARK: Storage

    // A step's fields are in a box its copies share, and only `number` and `id` (set when the
    // list is numbered) beside it: `next` on a big vault copies tens of thousands of steps
    // (into the list, the agenda, the text, the remembered list), and a copy was a dozen
    // reference counts on names and paths shared with the notes, which both cores took turns
    // to change (a quarter of `next`'s time after the vault was read). Now it is one.

    private struct Fields: Sendable, Hashable {
        var kind: Kind
        var due: LocalDate?
        var since: LocalDate?
        var person: Graph.NodeID?
        var contact: String?
        var organization: String?
        var title: String
        var details: [String]
        var file: String
        var line: Int
        var occurrence: Int
        var occasion: [String]
        var deadlineNotRead = false
    }

    /// Changed rarely once made (a snooze's new date, a public site's hidden names): a change
    /// gives the step a box of its own.
    private var storage: Shared<Fields>

    public static func == (lhs: NextStep, rhs: NextStep) -> Bool {
        lhs.number == rhs.number && lhs.id == rhs.id
            && (lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
        hasher.combine(number)
        hasher.combine(id)
    }

    /// Whether the step was due before `today`.
    public func isOverdue(asOf today: LocalDate) -> Bool {
        guard let due else { return false }
        return due < today
    }
}
