/// The ways into an organization through people you know, warmest first: what
/// `grapevine path ORGANIZATION` prints.
///
/// Everyone you know there (contacts whose organization it is) and everyone who could
/// introduce you: whoever gave you the name of someone there, and, for someone there you have
/// not contacted, a colleague of theirs you have met. Ordered by warmth (met, replied, reached
/// out, not contacted), then by shorter referral chain from you, then by name (SPEC §2.5).
public struct WarmIntroductions: Sendable, Encodable {
    /// The organization.
    public var organization: Dossier.PersonOrOrganization
    /// One entry per person, warmest first.
    public var introductions: [WarmIntroduction]
    /// How many more people there are, after `introductions`, when a limit was asked for.
    var leftOut = 0

    enum CodingKeys: String, CodingKey {
        case kind, organization, introductions
    }

    /// `{kind: "organization", organization, introductions}` (docs/path-and-graph.md).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("organization", forKey: .kind)
        try container.encode(organization, forKey: .organization)
        try container.encode(introductions, forKey: .introductions)
    }
}

/// One person who is a way into an organization, and what to do about them.
public struct WarmIntroduction: Sendable, Encodable {
    public var person: Dossier.PersonOrOrganization
    public var title: String?
    /// Where they work, when their note says.
    public var organization: Dossier.PersonOrOrganization?
    /// Whether they work at the organization asked about.
    public var worksThere: Bool
    /// The people at the organization whose names they gave you.
    public var referred: [Dossier.PersonOrOrganization]
    /// How far you have got with them.
    public var warmth: Warmth
    /// Where things stand with them, in words ("met on 2026-10-14"), or "no note yet".
    public var status: String
    /// Their shortest referral chain from you; empty when only a referral cycle leads to them
    /// (or when it was not asked for: the site draws chains itself).
    public var chain: [Dossier.PersonOrOrganization]
    /// What to do.
    public var action: Action

    /// What to do about one person, in plain words.
    public struct Action: Sendable, Encodable {
        /// The kinds of action, each with the sentence it reads as.
        public enum Kind: String, Sendable, Encodable, CaseIterable {
            /// "ask Maria Lopez for another name at Acme": you met them, and they work there.
            case askForName = "ask-for-name"
            /// "meet Ben Okafor on 2026-11-24 10:30": a meeting is coming up.
            case meet
            /// "schedule a meeting with Mary O'Brien": they replied.
            case schedule
            /// "wait for Colin Webb to reply": you wrote; `next` says when to follow up.
            case wait
            /// "Walt Pruitt declined on 2026-09-24: ask someone else there".
            case askSomeoneElse = "ask-someone-else"
            /// "write to Jun Park", or "write to Grace Liu, mentioning Nadia Rahman" when
            /// someone gave you the name.
            case write
            /// "ask Sam Reyes to introduce you to Maria Lopez": they referred, or work beside,
            /// someone there you have not contacted.
            case introduce
            /// "thank Dan Moore and ask for another name at Acme": everyone there they named
            /// has heard from you.
            case thankAndAsk = "thank-and-ask"
            /// "did you mean Jordan T. Lee? fix the name Jordan Lee": a name without a note that is
            /// another's there written another way.
            case fixName = "fix-name"
        }

        public var kind: Kind
        /// The sentence: "ask Sam Reyes to introduce you to Maria Lopez".
        public var text: String
        /// The other person the action is about: whom to be introduced to, or whom to mention.
        public var about: [Dossier.PersonOrOrganization] = []
    }

    enum CodingKeys: String, CodingKey {
        case person, title, organization, worksThere, referred, warmth, status, chain, action
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(person, forKey: .person)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(organization, forKey: .organization)
        try container.encode(worksThere, forKey: .worksThere)
        try container.encode(referred, forKey: .referred)
        try container.encode(warmth.code, forKey: .warmth)
        try container.encode(status, forKey: .status)
        try container.encode(chain, forKey: .chain)
        try container.encode(action, forKey: .action)
    }
}
