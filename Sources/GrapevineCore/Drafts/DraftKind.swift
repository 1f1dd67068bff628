/// The messages `grapevine draft` writes.
public enum DraftKind: String, Sendable, CaseIterable {
    /// The thank-you note after an interview: what they shared, the resume, openings.
    case thankYou = "thank-you"
    /// The update about a month later: what you did with their advice.
    case update
    /// The first message to someone: connection first, no job request, a question they can say yes to.
    case outreach
    /// A short, friendly second message to someone who has not answered the first.
    case followUp = "follow-up"
    /// A note to the person who gave you a name: you met the people they suggested, and what came of it.
    case tellReferrer = "tell-referrer"

    /// The template's file name, in `.grapevine/templates/` or built in.
    public var templateFile: String { rawValue + ".md" }

    /// Whether the message is about an interview you held with the person.
    public var followsInterview: Bool { self == .thankYou || self == .update }
}
