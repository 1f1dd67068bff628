/// What the site shows on the page of a note or of a placeholder, before any HTML: built from
/// the vault by `SiteBuilder.notePage(_:at:)` and rendered through the templates by
/// `SiteBuilder.values(of:)`. Every link's `href` is relative to the page's own `path`, and
/// every text is as the note wrote it (the templates escape it).
struct NotePage: Sendable {
    /// What the page is about, with what only that kind of page shows.
    enum Kind: Sendable {
        case contact(Contact)
        case interview(Interview)
        case organization(Organization)
        /// A pitch or a plain note.
        case note
        case placeholder(Placeholder)
    }

    /// A contact's card, chain, Log and the rest.
    struct Contact: Sendable {
        var aliases: [String]
        var jobTitle: String?
        var organization: PageLink?
        var status: String
        var statusCode: String
        var lastTouch: LocalDate?
        var chain: Chain?
        var referredBy: [PageLink]
        /// What the Referrals items that gave you their name say of them besides it.
        var remarks: [Remark]
        /// The people they led to, as a tree, at most `SiteBuilder.ledToLimit` of them.
        var ledTo: [LedTo]
        /// Whether they led to more people than `ledTo` holds.
        var ledToMore: Bool
        var interviews: [Meeting]
        var log: [LogEntry]
        var tasks: [Task]
        var reminders: [Reminder]
    }

    /// An interview's when, who, agenda, referrals, resources and leads.
    struct Interview: Sendable {
        var date: LocalDateTime?
        /// Each `nil` when a public site leaves it out.
        var mode: String?
        var duration: Int?
        var status: String
        var with: [Interviewee]
        var agenda: [AgendaItem]
        var referrals: [Referral]
        var resources: [ListEntry]
        var leads: [ListEntry]
    }

    /// An organization's people, interviews and research.
    struct Organization: Sendable {
        /// "target · motivation 3 of 3", or `nil` when it is not a target.
        var target: String?
        var people: [Member]
        /// Everyone you know there and who could introduce you, warmest first: the first
        /// `SiteBuilder.introductionLimit` of them.
        var introductions: [Introduction]
        /// How many more there are than `introductions` lists.
        var moreIntroductions = 0
        var interviews: [Meeting]
        /// The Markdown of its Research section, when it has one.
        var research: [Substring]
    }

    /// Someone or an organization named in the vault who has no note yet.
    struct Placeholder: Sendable {
        /// The command that starts their note.
        var command: String
        var referredBy: [PageLink]
        var people: [Member]
        /// For an organization: everyone you know there and who could introduce you, warmest
        /// first (the first `SiteBuilder.introductionLimit` of them), and how many more there are.
        var introductions: [Introduction]
        var moreIntroductions = 0
    }

    /// The referral chain from you: its first and last people and, when it is long, how many
    /// are left out between them, linked to the nearest of them.
    struct Chain: Sendable, Equatable {
        var first: [PageLink]
        var hidden: Int
        var nearest: String?
        var last: [PageLink]
    }

    /// Someone a contact led to, and whom they led to in turn.
    struct LedTo: Sendable, Equatable {
        var person: PageLink
        var date: LocalDate?
        /// For a name the contact gave you, what their Referrals item says of the person
        /// besides the name (`Vault.remark(of:)`: "(in HR)").
        var remark: InlineText? = nil
        var children: [LedTo]
    }

    /// What a Referrals item says of the person besides the name (`Vault.remark(of:)`), and
    /// who gave you the name.
    struct Remark: Sendable, Equatable {
        var by: PageLink
        var text: InlineText
    }

    /// An interview in a list.
    struct Meeting: Sendable, Equatable {
        /// "Wed 2026-10-14 14:00", or "undated".
        var when: String
        var href: String?
        var with: [PageLink]
        /// How many more people were met than `with` names.
        var more: Int
        var status: String
        var mode: String?
        var thankYou: String?
        var update: String?
    }

    /// A person at an organization.
    struct Member: Sendable, Equatable {
        var person: PageLink
        var title: String?
        var status: String
    }

    /// A Log entry.
    struct LogEntry: Sendable, Equatable {
        /// `nil` for a line left out for its date (`notCounted`).
        var date: LocalDate?
        /// The event's class: `outreach`, `met`, …, or `other`.
        var event: String
        /// The word the note used.
        var word: String
        var text: InlineText
        /// Dated after today (`LogEntry.isFuture`), so nothing counts it yet, as `show` says.
        var isFuture: Bool
        /// For a line left out for its date (`LeftOutLogEntry`): the date as written, and why
        /// it does not count, as `show` says it.
        var written: String? = nil
        var notCounted: String? = nil
    }

    /// An open task.
    struct Task: Sendable, Equatable {
        var text: InlineText
        var due: LocalDate?
        var file: String
        var line: Int
    }

    /// A reminder.
    struct Reminder: Sendable, Equatable {
        var date: LocalDate
        var text: String
    }

    /// A way into an organization (`grapevine path ORG`): a person there, or someone who
    /// gave you the name of someone there, with what to do.
    struct Introduction: Sendable, Equatable {
        var person: PageLink
        var title: String?
        /// `Warmth.label` and `Warmth.code`: "not contacted", `not-contacted`.
        var warmth: String
        var warmthCode: String
        var worksThere: Bool
        /// The people there they gave you the name of.
        var referred: [PageLink]
        /// Where things stand with them: "met on 2026-10-14", or "no note yet".
        var status: String
        /// What to do, with the names in it linked.
        var action: InlineText
        /// Their referral chain from you, its middle left out when it is long.
        var chain: Chain?
    }

    /// A person met in an interview, with their organization.
    struct Interviewee: Sendable, Equatable {
        var person: PageLink
        var organization: PageLink?
    }

    /// An agenda question and whether it was asked.
    struct AgendaItem: Sendable, Equatable {
        var asked: Bool
        var text: InlineText
    }

    /// A person an interview referred you to, with what was said.
    struct Referral: Sendable, Equatable {
        var person: PageLink
        /// What the item says besides naming the person (`ReferralMention.remark`).
        var comment: InlineText?
        /// The whole item as written, with the person named in it linked: nothing said about
        /// them is left out ("Sara Lind (Northwind), 'tell her I sent you'").
        var item: InlineText
    }

    /// A resource or a lead, done or not.
    struct ListEntry: Sendable, Equatable {
        var done: Bool
        var text: InlineText
    }

    /// A front matter field.
    struct Detail: Sendable, Equatable {
        var label: String
        var value: String
        /// The value as a link, when it is an `http`, `https` or `mailto` URL or an email address.
        var url: String?
    }

    /// A tag and its page.
    struct Tag: Sendable, Equatable {
        var name: String
        var href: String
    }

    /// A note that links here, and the line of the link.
    struct Backlink: Sendable, Equatable {
        var from: PageLink
        var line: Int
    }

    var path: String
    var name: String
    /// The note's file; `nil` for a placeholder.
    var file: String?
    var details: [Detail]
    var tags: [Tag]
    var steps: [StepItem]
    var backlinks: [Backlink]
    /// The Markdown of the note's body, without the sections shown apart.
    var body: [Substring]
    /// The note, for its body's links; `nil` for a placeholder.
    var note: Int?
    var kind: Kind
}
