/// What the next-step rules need to know about a vault, worked out once for all of them.
/// A class, so the closures of the rules share it rather than copy it.
final class NextStepContext: Sendable {
    let vault: Vault
    let today: LocalDate
    /// The time of day now, in minutes after midnight, when `today` is the real today: an
    /// interview later today is then still to come. `nil` (a day given with `--today`): the
    /// whole of today counts as past.
    let now: Int?
    let cadence: Cadence
    /// The day the search ended (the config's `search_ended`), once it has.
    let searchEnded: LocalDate?
    /// Every person: contact notes and people named without a note yet.
    let people: [Person]
    /// Every interview note that has a date.
    let meetings: [Meeting]
    /// For each person someone referred: the earliest dated referral (an index in the graph's
    /// edges) and everyone who gave you the name. Referrals by you do not count, nor those
    /// that came after you had reached the person.
    let referrals: [Graph.NodeID: (first: Int, from: [Graph.NodeID])]
    /// The people each person referred you to, by the referrer.
    let referredFrom: [Graph.NodeID: [Graph.NodeID]]
    /// For each organization, the two people there you were last in touch with, latest first.
    private let lastContacted: [Graph.NodeID: [(date: LocalDate, person: Graph.NodeID)]]
    /// The indices of cancelled and no-show interview notes, which produce nothing.
    let calledOff: Set<Int>
    /// What `prepare` says is missing about the pitch; `nil` when a pitch note holds a pitch
    /// (not empty, not `init`'s placeholder).
    let pitchGap: String?
    /// Each node's meeting (`meeting(_:)`), by node: an array, not a dictionary, since the
    /// rules ask for nearly every step.
    private let meetingOfNode: [Meeting?]
    /// For a meeting written up in several interview notes (`Vault.notesOfOneMeeting()`): by
    /// the first note's node, the meetings of the later notes; by a later note's node, none.
    private let meetingNotes: [Graph.NodeID: [Meeting]]
    /// Each node's person (`person(_:)`), by node, as `meetingOfNode`.
    private let personOfNode: [Person?]
    /// The organization each node works at, by node (looked up for nearly every step).
    private let organizations: [Graph.NodeID?]
    /// The people at each organization.
    private let staff: [Graph.NodeID: [Person]]
    /// Everyone's shortest referral chain, for `find-contacts`' warm introductions; worked out
    /// only when the vault has a target organization.
    let referralChains: ReferralChains
    /// What the rules look at for steps.
    let subjects: Subjects
    /// The notes (indices in `Vault.notes`) with a due date written in a form that is not read,
    /// as `check`'s `invalid-due-date` found on reading them: only their tasks are read again
    /// for it (`TaskRule`), most vaults have none.
    let notesWithUnreadDueDates: Set<Int>
    /// The contact notes the name of each person named without a note may be a slip for
    /// (`Vault.contactsMeant(by:)`); only people with such notes are keys.
    let contactsMeant: [Graph.NodeID: [Int]]
    /// By node: the one contact note (its index in `Vault.notes`) the node's name is a slip for
    /// (`Vault.contactMeant(by:among:)`), if any. An array: every step about a person asks
    /// (`name(_:)`, `fixTheNameAdvice`).
    let slips: [Int?]

    /// The people, meetings and notes whose steps the rules find: all of them, or only those
    /// of some nodes (`NextStepEngine`'s scope).
    struct Subjects: Sendable {
        var people: [Person]
        var meetings: [Meeting]
        /// The meetings held on or before today.
        var heldMeetings: [Meeting]
        /// Indices in `Vault.notes`.
        var notes: [Int]
    }

    init(vault: Vault, today: LocalDate, now: Int? = nil, scope: Set<Graph.NodeID>? = nil) {
        self.vault = vault
        self.today = today
        self.now = now
        cadence = vault.config.cadence
        searchEnded = vault.config.searchEnded(asOf: today)
        let graph = vault.graph
        // The meetings and the people on one core, what the referrals and chains say (and
        // which contacts the names without a note may mean) on the other: each takes
        // milliseconds on a large vault, and every rule waits for both.
        let (met, referred) = inParallel(
            {
                let (meetings, meetingOfNode, calledOff) = Self.meetings(in: vault)
                let copies = Set(vault.syncCopies().map(\.copy))
                return (
                    meetings: meetings, meetingOfNode: meetingOfNode, calledOff: calledOff, copies: copies,
                    meetingNotes: Self.meetingNotes(vault.notesOfOneMeeting(), meetingOfNode, copies: copies),
                    people: Self.people(in: vault, meetings: meetings, today: today)
                )
            },
            {
                let referrals = Self.referrals(in: graph.edges)
                var referredFrom: [Graph.NodeID: [Graph.NodeID]] = [:]
                for (to, referral) in referrals {
                    for from in referral.from { referredFrom[from, default: []].append(to) }
                }
                let hasTargets = vault.notes.contains { $0.organization?.isTarget == true }
                let pitchGap =
                    vault.writtenPitch != nil
                    ? nil
                    : vault.pitchNote.map {
                        "your pitch in your own words (\($0.path) is empty or still the placeholder)"
                    }
                        ?? "your pitch (a note with type: pitch)"
                return (
                    referrals: referrals, referredFrom: referredFrom.mapValues { $0.sorted() }, pitchGap: pitchGap,
                    organizations: Self.organizations(in: graph),
                    chains: ReferralChains(hasTargets ? graph : Graph(nodes: [], edges: []), headLength: 1),
                    // Everyone named without a note: `contactsMeant(by:)` looks at the placeholders.
                    contactsMeant: vault.contactsMeant(by: Array(graph.nodes.indices))
                )
            })
        let (meetings, people, copies) = (met.meetings, met.people, met.copies)
        self.meetings = meetings
        meetingOfNode = met.meetingOfNode
        meetingNotes = met.meetingNotes
        calledOff = met.calledOff
        self.people = people
        var personOfNode = [Person?](repeating: nil, count: graph.nodes.count)
        for person in people { personOfNode[person.node] = person }
        self.personOfNode = personOfNode
        referrals = referred.referrals
        referredFrom = referred.referredFrom
        referralChains = referred.chains
        let organizations = referred.organizations
        self.organizations = organizations
        pitchGap = referred.pitchGap
        staff = Dictionary(grouping: people.filter { organizations[$0.node] != nil }) { organizations[$0.node]! }
        var lastContacted: [Graph.NodeID: [(date: LocalDate, person: Graph.NodeID)]] = [:]
        for person in people {
            guard let organization = organizations[person.node], let date = person.lastContact else { continue }
            var top = lastContacted[organization, default: []] + [(date, person.node)]
            top.sort { $0.date > $1.date }
            lastContacted[organization] = Array(top.prefix(2))
        }
        self.lastContacted = lastContacted
        notesWithUnreadDueDates = Set(
            vault.diagnostics.lazy.filter { $0.code == .invalidDueDate }.compactMap { vault.index(ofPath: $0.file) })
        contactsMeant = referred.contactsMeant
        var slips = [Int?](repeating: nil, count: graph.nodes.count)
        for person in contactsMeant.keys { slips[person] = vault.contactMeant(by: person, among: contactsMeant) }
        self.slips = slips
        // A sync tool's copy of a note (`Ana Silva (Marisol's conflicted copy …).md`) makes no
        // steps of its own: its original's stand for it, and `next` ends by saying so.
        let isCopy = { (node: Graph.NodeID) in
            !copies.isEmpty && graph.noteIndex(of: node).map(copies.contains) == true
        }
        let ownMeetings = copies.isEmpty ? meetings : meetings.filter { !isCopy($0.node) }
        let all = Subjects(
            people: copies.isEmpty ? people : people.filter { !isCopy($0.node) }, meetings: ownMeetings,
            heldMeetings: ownMeetings.filter { $0.isHeld(asOf: today, now: now) },
            notes: vault.notes.indices.filter { !copies.contains($0) })
        subjects =
            scope.map { scope in
                Subjects(
                    people: all.people.filter { scope.contains($0.node) },
                    meetings: all.meetings.filter { scope.contains($0.node) },
                    heldMeetings: all.heldMeetings.filter { scope.contains($0.node) },
                    notes: all.notes.filter { scope.contains(Graph.node(ofNote: $0)) })
            } ?? all
    }

    /// For each meeting written up in several interview notes (`Vault.notesOfOneMeeting()`, as
    /// pairs of a later note and the first): by the node of the note whose steps stand for it,
    /// the meetings of the others; by each other note's node, none. The note that stands for
    /// it is the first that is not a sync tool's copy (`copies`), else the first. A copy beside
    /// such a note makes no steps, and what it alone records (a `thank_you:` written on the
    /// other computer) closes none: which version is right is the user's to say (`merge`).
    private static func meetingNotes(
        _ pairs: [(later: Int, first: Int)], _ meetingOfNode: [Meeting?], copies: Set<Int>
    ) -> [Graph.NodeID: [Meeting]] {
        var groups: [Int: [Int]] = [:]
        for (later, first) in pairs { groups[first, default: [first]].append(later) }
        var meetingNotes: [Graph.NodeID: [Meeting]] = [:]
        for group in groups.values {
            let notes = group.filter { meetingOfNode[Graph.node(ofNote: $0)] != nil }
            guard notes.count > 1 else { continue }
            let lead = notes.first { !copies.contains($0) } ?? notes[0]
            for note in notes where note != lead {
                meetingNotes[Graph.node(ofNote: note)] = []
                guard !copies.contains(note) || copies.contains(lead) else { continue }
                meetingNotes[Graph.node(ofNote: lead), default: []].append(meetingOfNode[Graph.node(ofNote: note)]!)
            }
        }
        return meetingNotes
    }

    /// Every interview note with a date, as a meeting, and by node; and the indices of the
    /// cancelled and no-show interview notes.
    private static func meetings(in vault: Vault) -> (
        meetings: [Meeting], byNode: [Meeting?], calledOff: Set<Int>
    ) {
        let graph = vault.graph
        var meetings: [Meeting] = []
        var meetingOfNode = [Meeting?](repeating: nil, count: graph.nodes.count)
        var calledOff: Set<Int> = []
        for index in vault.notes.indices {
            guard let interview = vault.notes[index].interview else { continue }
            if interview.status != nil { calledOff.insert(index) }
            guard let date = interview.date?.date else { continue }
            let node = Graph.node(ofNote: index)
            let meeting = Meeting(
                node: node, file: vault.notes[index].path, interview: interview, date: date,
                people: graph.neighbors(.met, from: node))
            meetings.append(meeting)
            meetingOfNode[node] = meeting
        }
        return (meetings, meetingOfNode, calledOff)
    }

    /// Every person of the graph, in node order, with the meetings that met them.
    private static func people(in vault: Vault, meetings: [Meeting], today: LocalDate) -> [Person] {
        let graph = vault.graph
        // Who met in which meeting, from the meetings: looking up each person's incoming edges
        // would also walk every note that links to them.
        var meetingsOf: [Graph.NodeID: [Meeting]] = [:]
        // A sync tool's copy of an interview is no meeting of theirs: what only it says is not counted.
        let copies = vault.referenceIndex.copies
        for meeting in meetings where graph.noteIndex(of: meeting.node).map(copies.contains) != true {
            for person in meeting.people where meetingsOf[person]?.last !== meeting {
                meetingsOf[person, default: []].append(meeting)
            }
        }
        return graph.nodes.indices.filter { graph.nodes[$0].isPerson }.map { node in
            let index = graph.noteIndex(of: node)
            return Person(
                node: node, file: index.map { vault.notes[$0].path },
                contact: index.flatMap { vault.notes[$0].contact }, meetings: meetingsOf[node] ?? [], today: today)
        }
    }

    /// The organization each node works at (its first `works at` edge), by node.
    private static func organizations(in graph: Graph) -> [Graph.NodeID?] {
        var organizations = [Graph.NodeID?](repeating: nil, count: graph.nodes.count)
        let edges = graph.edges
        for index in edges.indices where edges[index].kind == .worksAt && organizations[edges[index].from] == nil {
            organizations[edges[index].from] = edges[index].to
        }
        return organizations
    }

    private static func referrals(in edges: [Graph.Edge]) -> [Graph.NodeID: (first: Int, from: [Graph.NodeID])] {
        var referrals: [Graph.NodeID: (first: Int, from: [Graph.NodeID])] = [:]
        for index in edges.indices where edges[index].isReferralPath && edges[index].from != Graph.owner {
            let (to, from) = (edges[index].to, edges[index].from)
            if let known = referrals[to] {
                let first = earlier(edges[index].date, than: edges[known.first].date) ? index : known.first
                referrals[to] = (first, known.from + [from])
            } else {
                referrals[to] = (index, [from])
            }
        }
        return referrals
    }

    /// Dated first, earliest first.
    private static func earlier(_ a: LocalDate?, than b: LocalDate?) -> Bool {
        switch (a, b) {
        case let (x?, y?): return x < y
        case (_?, nil): return true
        default: return false
        }
    }

    /// Whether anyone at `person`'s organization other than them was in touch on or after `date`.
    func colleagueContacted(of person: Graph.NodeID, onOrAfter date: LocalDate) -> Bool {
        guard let organization = organizations[person] else { return false }
        return lastContacted[organization]?.first { $0.person != person }.map { $0.date >= date } ?? false
    }

    /// The other people at `person`'s organization.
    func colleagues(of person: Graph.NodeID) -> [Person] {
        guard let organization = organizations[person] else { return [] }
        return staff[organization, default: []].filter { $0.node != person }
    }

    /// The organization a person works at, if any.
    func organization(of person: Graph.NodeID) -> Graph.NodeID? {
        organizations[person]
    }

    /// The meeting of an interview note's node, if it has a date.
    func meeting(_ node: Graph.NodeID) -> Meeting? {
        meetingOfNode[node]
    }

    /// The interview notes that write up `meeting`: it, and the later notes of the same meeting
    /// (the same people on the same day, which `check` warns about); none when `meeting` is
    /// itself a later note: the first note's steps stand for the meeting, and what either
    /// note records (`thank_you:`, `update:`, `resume_sent:`) closes them.
    func notes(ofMeeting meeting: Meeting) -> [Meeting] {
        guard let later = meetingNotes[meeting.node] else { return [meeting] }
        return later.isEmpty ? [] : [meeting] + later
    }

    /// The person at a graph node, if the node is a person.
    func person(_ node: Graph.NodeID) -> Person? {
        personOfNode[node]
    }

    /// The name steps give a node: its display name, or for a slip of one contact's name that
    /// contact's (`Vault.shownName(of:among:)`).
    func name(_ node: Graph.NodeID) -> String {
        slips[node].map { vault.notes[$0].name } ?? writtenName(node)
    }

    /// A node's display name as the notes write it, a slip and all: what "fix the name" quotes.
    func writtenName(_ node: Graph.NodeID) -> String {
        vault.graph.nodes[node].name
    }

    /// The display name of the organization a person works at.
    func organizationName(of person: Graph.NodeID) -> String? {
        organizations[person].map(name)
    }

    /// "Maria Lopez (Acme Foods)", or just the name.
    func nameWithOrganization(_ node: Graph.NodeID) -> String {
        guard let organization = organizationName(of: node) else { return name(node) }
        return "\(name(node)) (\(organization))"
    }

    /// The first meeting held with a person, by date, then path: when you met them.
    func firstHeldMeeting(with node: Graph.NodeID) -> Meeting? {
        person(node)?.meetings.filter { $0.isHeld(asOf: today, now: now) }
            .min { ($0.date, $0.file) < ($1.date, $1.file) }
    }

    /// "Kai Lee, Tom Baker and Bea Noor (Impossible Foods)": people as a step lists them
    /// (`Prose.people`).
    func namesWithOrganizations(_ nodes: [Graph.NodeID]) -> String {
        Prose.people(nodes.map { (name($0), organizationName(of: $0)) })
    }

    /// The people who gave you `node`'s name, not counting you.
    func referrers(of node: Graph.NodeID) -> [Graph.NodeID] {
        referrals[node]?.from ?? []
    }

    /// Whether a person is in your pipeline, not only your network (SPEC §2.1 `added`): on
    /// your list to contact (`added`), referred to you, or already in touch. A contact imported
    /// or written without `added` and never contacted is your network.
    func isInPipeline(_ node: Graph.NodeID) -> Bool {
        guard let person = person(node) else { return true }
        return person.added != nil || person.wasContacted(onOrAfter: nil) || !referrers(of: node).isEmpty
    }

    /// A step about one person, with their name and organization filled in.
    func step(
        _ kind: NextStep.Kind, about person: Graph.NodeID?, due: LocalDate?, since: LocalDate?, title: String,
        details: [String] = [], file: String, line: Int, occurrence: Int = 1, occasion: [String] = []
    ) -> NextStep {
        var details = details
        // A step about a name that is a slip for one contact's names that contact, and says so
        // first, unless fixing the name is the step or its advice already (`noNoteAdvice`).
        if let person, let advice = fixTheNameAdvice(for: person), !title.hasPrefix(NextStep.fixTheName),
            !details.contains(where: { $0.hasPrefix(NextStep.noNoteNamed) })
        {
            details.insert(advice, at: 0)
        }
        if let person {
            details += unreadLogAdvice(for: person, kind: kind, since: since)
            details += dayNoteAdvice(for: person, kind: kind, since: since)
        }
        // `contact` is the name as written: a step's identity, which a fixed name changes anyway.
        return NextStep(
            kind: kind, due: due, since: since, person: person, contact: person.map(writtenName),
            organization: person.flatMap(organizationName), title: title, details: details, file: file, line: line,
            occurrence: occurrence, occasion: occasion)
    }
}

/// An interview note with a date, and the people it met. A class, so the lists that hold
/// meetings share them instead of copying notes.
final class Meeting: Sendable {
    let node: Graph.NodeID
    /// The interview note's path.
    let file: String
    let interview: Interview
    /// Its date and the dates the thank-you and update were sent.
    let touchDates: [LocalDate]
    let date: LocalDate
    let people: [Graph.NodeID]

    init(node: Graph.NodeID, file: String, interview: Interview, date: LocalDate, people: [Graph.NodeID]) {
        self.node = node
        self.file = file
        self.interview = interview
        touchDates = interview.touchDates
        self.date = date
        self.people = people
    }

    /// Whether it took place on or before `today` (not cancelled or a no-show). With `now`
    /// (minutes after midnight), one later today has not taken place yet.
    func isHeld(asOf today: LocalDate, now: Int? = nil) -> Bool {
        guard interview.status == nil else { return false }
        guard date == today, let now, let minutes = interview.date?.minutes else { return date <= today }
        return minutes <= now
    }

    /// Whether it is today at a time already past: known only when both its time and the time
    /// now are.
    func hasStarted(asOf today: LocalDate, now: Int?) -> Bool {
        guard date == today, let now, let minutes = interview.date?.minutes else { return false }
        return minutes <= now
    }

    /// Whether it is still to come and has not been called off.
    func isUpcoming(asOf today: LocalDate, now: Int? = nil) -> Bool {
        interview.status == nil && date >= today && !isHeld(asOf: today, now: now)
    }
}

/// A person of the graph: their Log up to today (empty without a note; an entry dated later
/// counts from its day) and the interviews that met them.
final class Person: Sendable {
    let node: Graph.NodeID
    /// Their note's path; `nil` for someone named who has no note yet.
    let file: String?
    /// How you found them and when they entered the vault, when they have a note.
    let source: String?, added: LocalDate?
    /// The day you became connected on LinkedIn (`connected:`, written by the import).
    let connected: LocalDate?
    let log: [LogEntry]
    /// The Log items left out for a date the Log does not read (`LeftOutLogEntry`).
    let logLeftOut: [LeftOutLogEntry]
    let meetings: [Meeting]

    /// The messages you sent to reach them that nobody has answered yet, oldest first (none
    /// once you are in conversation).
    let unansweredOutreach: [LogEntry]
    /// The last day you were in touch: an outreach or an answer in the Log, or an interview.
    let lastContact: LocalDate?
    /// The `skipped` and `snoozed` entries of the Log.
    let closings: [LogEntry]
    /// The `applied` entries of the Log, which may close leads (`NextStepContext.applications(in:)`).
    let applications: [LogEntry]

    init(node: Graph.NodeID, file: String?, contact: Contact?, meetings: [Meeting], today: LocalDate) {
        self.node = node
        self.file = file
        source = contact?.source
        added = contact?.added
        connected = contact?.connected
        let log = contact?.log ?? []
        self.log = log.asOf(today)
        logLeftOut = contact?.logLeftOut.map { $0.dated(asOf: today) } ?? []
        self.meetings = meetings
        unansweredOutreach = self.log.unansweredOutreach(hasInterview: !meetings.isEmpty, today: today)
        var lastContact = meetings.lazy.map(\.date).max()
        for entry in self.log where entry.event?.isContact == true {
            if lastContact.map({ entry.date > $0 }) ?? true { lastContact = entry.date }
        }
        self.lastContact = lastContact
        closings = self.log.filter { $0.closing != nil }
        applications = self.log.filter { $0.event == .applied }
    }

    /// The latest Log entry of one kind of event.
    func last(_ event: LogEvent) -> LogEntry? {
        var latest: LogEntry?
        for index in log.indices where log[index].event == event && latest.map({ log[index].date >= $0.date }) != false
        {
            latest = log[index]
        }
        return latest
    }

    /// Whether the Log has an entry of one of `events` dated on or after `date`.
    func logged(_ events: [LogEvent], onOrAfter date: LocalDate) -> Bool {
        log.contains { entry in entry.date >= date && entry.event.map(events.contains) == true }
    }

    /// Whether you were in touch on or after `date` (ever, when `date` is nil): an outreach or
    /// an answer in the Log, or an interview.
    ///
    /// Having met someone or heard back from them means you reached them, even if the Log
    /// never says how.
    func wasContacted(onOrAfter date: LocalDate?) -> Bool {
        guard let lastContact else { return false }
        return date.map { lastContact >= $0 } ?? true
    }
}
