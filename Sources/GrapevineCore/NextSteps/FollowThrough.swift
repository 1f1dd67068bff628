/// What you did after an interview, for the one-month update: the people they referred whom
/// you contacted, the resources you finished, the leads you acted on, and whom of the people
/// they referred you have met since.
public struct FollowThrough: Sendable {
    /// The people named in the interview, and whether you have been in touch with them since.
    public var referrals: [Referral]
    /// Everyone named in the interview, whether or not you had reached them before it, with
    /// how far you have got with each: what a thank-you says about the names.
    var namesGiven: [NameGiven]
    /// The Resources items checked off, as read (`[[Martin K]]` is "Martin K").
    public var resourcesDone: [String]
    /// Those of `resourcesDone` a `read` entry in the Log names (`- 2026-11-10 read: Designing
    /// Data-Intensive Applications`): what a message may say you read.
    public var resourcesRead: [String] = []
    /// The Leads items checked off, or applied for in the Log (`Applications`), as read.
    public var leadsDone: [String]
    /// Those of `leadsDone` an `applied` entry in the Log names: what a message may say you
    /// applied for (a box ticked alone says you acted on it).
    public var leadsApplied: [String] = []
    /// The other Leads items, as written (due date aside): the openings still to act on.
    public var leadsOpen: [String]
    /// The interviews held after it, up to today, with people they referred you to: "Sam Reyes
    /// on 2026-10-23".
    public var interviewsSince: [InterviewSince]
    /// The day of the (first) meeting it follows.
    public var since: LocalDate
    /// The days of the meetings it follows, by date: one, or those one update covers.
    public var meetingDates: [LocalDate]
    /// The resume asked for at the (latest) meeting, if anyone asked.
    var resume: ResumeRequest?

    /// Someone named in the interview.
    public struct Referral: Sendable {
        /// Their display name.
        public var name: String
        /// Whether you have been in touch with them since: a Log entry or an interview.
        public var contacted: Bool
        /// Whether something other than a private interview says so: what a message to
        /// someone else may tell.
        public var contactedOpenly: Bool
        /// The first day their Log says you met (`- 2026-12-03 met: zoom`) on or after the
        /// interview, up to today: a meeting with no interview note.
        public var metInLog: LocalDate?
    }

    /// An interview held since, with people they referred you to.
    public struct InterviewSince: Sendable {
        /// The people met, by display name.
        public var people: [String]
        /// The day it was held.
        public var date: LocalDate
        /// The interview note's path.
        public var file: String
        /// Whether the note is `private: true`, or its privacy cannot be told: a message to
        /// someone else does not mention it.
        public var isPrivate: Bool
    }

    /// What you did after the interview note at `index` in `vault.notes` with `person` (one of
    /// the people met; `nil`: all of them), as of `today`.
    public init?(vault: Vault, interviewNote index: Int, person: Graph.NodeID?, today: LocalDate) {
        let context = NextStepContext(vault: vault, today: today)
        guard let meeting = context.meetings.first(where: { $0.node == Graph.node(ofNote: index) }) else { return nil }
        self.init(meeting: meeting, person: person, context: context)
    }

    /// What an update to `person` about the interview note at `index` tells: that meeting and
    /// the earlier ones with them it covers (`NextStepContext.meetingsAnUpdateCovers`), else
    /// that meeting alone (one asked for by name, or updated about already).
    public init?(updateAbout index: Int, to person: Graph.NodeID, vault: Vault, today: LocalDate) {
        let context = NextStepContext(vault: vault, today: today)
        guard let meeting = context.meeting(Graph.node(ofNote: index)) else { return nil }
        self.init(
            meetings: context.meetingsAnUpdateCovers(meeting, for: person) ?? [meeting], person: person,
            context: context)
    }

    /// What you did after several meetings with `person`, for one update: each meeting's in
    /// turn, each name once, and the interviews held since the first that are not among them.
    /// As much of it as `extent` says: the `update` step's details are its `summary`.
    init(meetings: [Meeting], person: Graph.NodeID, context: NextStepContext, extent: Extent = .message) {
        // The names given in every meeting, found at once (`namesGiven(by:inEach:)`).
        let given = context.namesGiven(by: person, inEach: meetings)
        let parts = meetings.map {
            FollowThrough(
                meeting: $0, person: person, context: context, extent: extent, namesGiven: given[$0.file] ?? [])
        }
        var once: Set<String> = []
        referrals = parts.flatMap(\.referrals).filter { once.insert($0.name).inserted }
        var told: Set<Graph.NodeID> = []
        namesGiven = parts.flatMap(\.namesGiven).filter { told.insert($0.person).inserted }
        resourcesDone = parts.flatMap(\.resourcesDone)
        resourcesRead = parts.flatMap(\.resourcesRead)
        leadsDone = parts.flatMap(\.leadsDone)
        leadsApplied = parts.flatMap(\.leadsApplied)
        leadsOpen = parts.flatMap(\.leadsOpen)
        let covered = Set(meetings.map(\.file))
        since = parts.map(\.since).min() ?? context.today
        meetingDates = parts.map(\.since)
        interviewsSince = (parts.first?.interviewsSince ?? []).filter { !covered.contains($0.file) }
        resume = parts.last?.resume
    }

    /// Whether an entry of `log` with `word` (`read`, `applied`) names the item `text`, as an
    /// `applied` entry names a lead (`Applications.names`; `organizations` where the people met
    /// work).
    private static func log(_ log: [LogEntry], says word: String, of text: String, organizations: [String]) -> Bool {
        log.contains { entry in
            guard entry.word.lowercased() == word else { return false }
            // A word that is no event (`read`) begins the entry's text.
            let said =
                entry.event == nil
                ? String(entry.text.dropFirst(entry.word.count).drop { ": ".contains($0) }) : entry.text
            return Applications.names(said, lead: text, organizations: organizations)
        }
    }

    /// Whether a lead not applied for can still be: its deadline, if it has one, is not past
    /// (`ListItem.leadDeadline`, as the apply step reads it for the interview on `meeting`).
    /// A message never says you would like to apply for an opening that has closed.
    static func isOpen(_ lead: ListItem, meeting: LocalDate?, today: LocalDate) -> Bool {
        lead.leadDeadline(meeting: meeting).date.map { $0 >= today } ?? true
    }

    /// How much of it is worked out: everything a message tells, or only what `summary` says.
    /// A summary leaves empty what you read and applied for, the openings still open, the
    /// resume asked for, and whether a contact or an interview may be told of to others
    /// (`contactedOpenly`, `isPrivate`: false).
    enum Extent {
        case summary, message
    }

    /// In an interview with several people, what one of them did for you: the names credited to
    /// `person` (SPEC §2.2), the people they referred you to; as much of it as `extent` says.
    /// `namesGiven`, when given, are `person`'s names in the meeting, found already.
    init(
        meeting: Meeting, person: Graph.NodeID?, context: NextStepContext, extent: Extent = .message,
        namesGiven given: [NameGiven]? = nil
    ) {
        let isMessage = extent == .message
        since = meeting.date
        meetingDates = [meeting.date]
        resume = isMessage ? context.resumeRequest(at: meeting) : nil
        let referrers = person.map { [$0] } ?? meeting.people
        var told: Set<Graph.NodeID> = []
        namesGiven = (given ?? referrers.flatMap { context.namesGiven(by: $0, in: meeting) }).filter {
            told.insert($0.person).inserted
        }
        // Someone you had met by the end of that day is no news of what came of their name,
        // though a meeting that same day leaves the name how you reached them (SPEC §2.5 counts
        // only contact before the referral's day).
        let metAlready = { (progress: NameGiven.Progress) in
            if case .met(let day) = progress { return day <= meeting.date }
            return false
        }
        // Of the names, those that are how you reached someone (SPEC §2.5): a name given after
        // you had reached them is not one you followed up "as they suggested".
        let followed = namesGiven.filter { named in
            !metAlready(named.progress)
                && context.referrals[named.person].map { !Set($0.from).isDisjoint(with: referrers) } == true
        }.map(\.person)
        referrals = followed.map { node in
            let person = context.person(node)
            return Referral(
                name: context.name(node), contacted: person?.wasContacted(onOrAfter: meeting.date) == true,
                contactedOpenly: isMessage
                    && person.map { Self.wasContactedOpenly($0, onOrAfter: meeting.date, context) } == true,
                metInLog: person?.log.first {
                    $0.event == .met && $0.date >= meeting.date && $0.date <= context.today
                }?.date)
        }
        // In a group, what another of them recommended or mentioned is not this person's.
        let others = person.map { person in meeting.people.filter { $0 != person }.map(context.name) } ?? []
        let theirWords = { (text: String) in
            person.map { DraftComposer.theirWords(text, to: context.name($0), others: others) } ?? text
        }
        let resources = meeting.interview.resources.filter { $0.checked == true }
        resourcesDone = resources.map(\.shownText).compactMap(theirWords)
        let leads = meeting.interview.leads
        let applied = context.applications(in: meeting).closed
        let isDone = leads.indices.map { leads[$0].checked == true || applied.contains($0) }
        leadsDone = leads.indices.filter { isDone[$0] }.map { leads[$0].shownLeadText }.compactMap(theirWords)
        if isMessage {
            // What the Log of the people met says was done since, in its words: `read`, `applied`.
            let logged = referrers.compactMap(context.person).flatMap(\.log).filter { $0.date >= meeting.date }
            let organizations = context.organizations(of: meeting)
            let logSays = { (word: String, text: String) in
                Self.log(logged, says: word, of: text, organizations: word == "applied" ? organizations : [])
            }
            resourcesRead = resources.filter { logSays("read", $0.shownText) }.map(\.shownText).compactMap(theirWords)
            leadsApplied = leads.indices.filter {
                applied.contains($0) || (isDone[$0] && logSays("applied", leads[$0].leadText))
            }.map { leads[$0].shownLeadText }.compactMap(theirWords)
            leadsOpen = leads.indices.filter {
                !isDone[$0] && Self.isOpen(leads[$0], meeting: meeting.date, today: context.today)
            }
            .map { leads[$0].interviewLeadText }.compactMap(theirWords)
        } else {
            leadsOpen = []
        }
        // The people they referred you to (here or before) whom you have met since.
        let referred = Set(
            referrers.flatMap { context.referredFrom[$0] ?? [] }.filter { !metAlready(context.progress(with: $0)) })
        var seen: Set<Graph.NodeID> = []
        interviewsSince = referred.compactMap(context.person).flatMap(\.meetings)
            .filter {
                $0.date > meeting.date && $0.isHeld(asOf: context.today, now: context.now)
                    && seen.insert($0.node).inserted
            }
            .sorted { ($0.date, $0.file) < ($1.date, $1.file) }
            .map { other in
                InterviewSince(
                    people: other.people.map(context.name), date: other.date, file: other.file,
                    isPrivate: isMessage && Self.isPrivate(other, context))
            }
    }

    /// Whether you were in touch with `person` on or after `date` by a Log entry, or in an
    /// interview that is not private.
    private static func wasContactedOpenly(_ person: Person, onOrAfter date: LocalDate, _ context: NextStepContext)
        -> Bool
    {
        person.log.contains { $0.date >= date && $0.event?.isContact == true }
            || person.meetings.contains { $0.date >= date && !isPrivate($0, context) }
    }

    private static func isPrivate(_ meeting: Meeting, _ context: NextStepContext) -> Bool {
        context.vault.note(for: meeting.node)?.privacy != .published
    }

    /// Of `names` (people they suggested whom you contacted), those met at one of `meetings`,
    /// with the first day you met them, and the meetings without them (a meeting of only them
    /// left out): an update names each person once, with the day, not in two sentences.
    /// The first day each of `referrals` was met by their Log alone (`Referral.metInLog`), by name.
    static func metInLog(_ referrals: [Referral]) -> [String: LocalDate] {
        Dictionary(
            referrals.compactMap { referral in referral.metInLog.map { (referral.name, $0) } }, uniquingKeysWith: min)
    }

    static func namedOnce(_ names: [String], metAt meetings: [InterviewSince])
        -> (metOn: [String: LocalDate], others: [InterviewSince])
    {
        var metOn: [String: LocalDate] = [:]
        for meeting in meetings {
            for name in meeting.people where names.contains(name) && metOn[name] == nil { metOn[name] = meeting.date }
        }
        let others = meetings.compactMap { meeting -> InterviewSince? in
            var meeting = meeting
            meeting.people.removeAll { metOn[$0] != nil }
            return meeting.people.isEmpty ? nil : meeting
        }
        return (metOn, others)
    }

    /// One line per thing done, or a prompt when there is nothing to tell yet. Someone they
    /// suggested whom you have met since is named once, with the day (`namedOnce`).
    public var summary: [String] {
        var lines: [String] = []
        let contacted = referrals.filter(\.contacted).map(\.name)
        let waiting = referrals.filter { !$0.contacted }.map(\.name)
        let (metOn, others) = Self.namedOnce(contacted, metAt: interviewsSince)
        let metInLog = Self.metInLog(referrals)
        if !contacted.isEmpty {
            let named = contacted.map { name in (metOn[name] ?? metInLog[name]).map { "\(name) (met on \($0))" } ?? name
            }
            lines.append("You contacted the people they suggested: \(Prose.list(named)).")
        }
        if !waiting.isEmpty { lines.append("Not contacted yet: \(Prose.list(waiting)).") }
        if !resourcesDone.isEmpty { lines.append("You followed up on: \(resourcesDone.joined(separator: "; ")).") }
        if !leadsDone.isEmpty { lines.append("You acted on: \(leadsDone.joined(separator: "; ")).") }
        if !others.isEmpty {
            let met = others.map { "\(Prose.list($0.people)) on \($0.date)" }
            lines.append("Thanks to them you have since talked to \(met.joined(separator: ", ")).")
        }
        if lines.isEmpty { lines.append("Nothing recorded since: say what you did with their advice.") }
        return lines
    }
}
