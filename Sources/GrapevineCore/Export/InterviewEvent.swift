/// An interview as a calendar event: when and for how long, with whom, how and where.
public struct InterviewEvent: Sendable, Hashable {
    /// The interview note, vault-relative.
    public var file: String
    /// When it starts: a date, and the time of day when the note gives one.
    public var start: LocalDateTime
    /// How long it lasts, in minutes.
    public var minutes: Int
    /// The people met.
    public var people: [Person]
    /// Whether it is still to come (today or later): its description says how to prepare.
    public var isUpcoming: Bool
    /// How you meet, if the note says.
    public var mode: Interview.Mode?
    /// `cancelled` or `no-show`, if so.
    public var status: Interview.Status?
    /// Where: the note's `location`, if it has one.
    public var location: String?
    /// The link to join a video call, if the note has one.
    public var link: String?

    /// Someone met, and where they work.
    public struct Person: Sendable, Hashable {
        /// The display name.
        public var name: String
        /// The organization's display name, if known.
        public var organization: String?
    }

    /// What the event is called: "Interview with Maria Lopez (Brightfield Foods)", "Interview
    /// with Ana Pereira and Leo Marsh (Brightfield Foods)".
    public var title: String {
        let with =
            people.isEmpty ? "Interview" : "Interview with " + Prose.people(people.map { ($0.name, $0.organization) })
        switch status {
        case .cancelled: return "Cancelled: " + with
        case .noShow: return "No-show: " + with
        case nil: return with
        }
    }

    /// How you meet and for how long: "By video call, 30 minutes."
    public var how: String { Interview.how(mode: mode, minutes: minutes) }

    /// Where, as a calendar shows it: the `location`, else the video link, else how you meet.
    public var place: String? {
        if let location { return location }
        if let link { return link }
        return switch mode {
        case .inPerson: nil
        case .phone: "Phone call"
        case .video: "Video call"
        case .email, nil: nil
        }
    }
}
