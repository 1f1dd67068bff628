/// Someone a person named in an interview's Referrals section, and how far you have got with
/// them by today: what the `thank-you` step and `draft thank-you` say about each name, so that
/// the `thanked` entry that also closes `thank-referrer` records a message that told the truth.
struct NameGiven: Sendable, Equatable {
    /// The person named.
    var person: Graph.NodeID
    var progress: Progress

    /// How far you have got with someone named.
    enum Progress: Sendable, Equatable {
        /// You met them: the day of the first held interview with them or `met` entry.
        case met(LocalDate)
        /// You wrote to them or heard from them, the first time on that day, but have not met.
        case reachedOut(LocalDate)
        /// Not yet: "I will mention your name when I get in touch" is still true.
        case notYet
    }
}

extension NextStepContext {
    /// The people `person` named in `meeting`'s note (SPEC §2.2: a `referred_by` narrows the
    /// credit in a group), each once, in the note's order, whether or not you had reached them
    /// before, with how far you have got with each; then, by node, those whose `referred_by`
    /// alone names `person` and who came of this meeting (`meetingCrediting`).
    ///
    /// Someone who was at the meeting is no name given in it: you met them there, with the
    /// person who named them (`check` says such a Referrals item counts no referral), so a
    /// message to either has nothing to tell of them.
    func namesGiven(by person: Graph.NodeID, in meeting: Meeting) -> [NameGiven] {
        namesGiven(by: person, inEach: [meeting])[meeting.file] ?? []
    }

    /// `namesGiven(by:in:)` of each of `meetings`, by its file, found in one pass over the
    /// person's referrals: an update covering 1,600 meetings looked through all of them for
    /// each meeting's names (its time grew as the 1.7th power of the meetings).
    func namesGiven(by person: Graph.NodeID, inEach meetings: [Meeting]) -> [String: [NameGiven]] {
        let graph = vault.graph
        let wanted = Dictionary(meetings.map { ($0.file, $0) }) { first, _ in first }
        var named: [String: [(line: Int, person: Graph.NodeID)]] = [:]
        // The referrer's meetings, read once for all their names: an update covering 2,000
        // meetings looked through them for each name of each (hostile session 29: 591 s).
        lazy var held = HeldMeetings(self.person(person)?.meetings ?? [], today: today, now: now)
        for entry in graph.outgoingEdges(of: person) where entry.kind == .referred {
            // One edge a person referred, whatever says so: each name once a meeting, at the
            // first line of its note that says so.
            let edge = graph.edges[entry.edge]
            var written: Set<String> = []
            for source in edge.sources where wanted[source.file] != nil && written.insert(source.file).inserted {
                named[source.file, default: []].append((source.line, entry.other))
            }
            if let credited = held.crediting(edge), wanted[credited.file] === credited,
                !written.contains(credited.file)
            {
                named[credited.file, default: []].append((Int.max, entry.other))
            }
        }
        var given: [String: [NameGiven]] = [:]
        for (file, names) in named {
            let meeting = wanted[file]!
            // A name written as a slip for someone met there (`[[Maria L.]]` in an interview with
            // Maria Lopez) is them too: a message would thank them for their own name. The step
            // to fix the name stays.
            let wasMet = { (node: Graph.NodeID) in
                meeting.people.contains(node)
                    || self.slips[node].map { meeting.people.contains(Graph.node(ofNote: $0)) } == true
            }
            // A slip is shown by the name of the contact it is a slip of (`name(_:)`): when that
            // contact is named here too (their `referred_by`), it is them, once. "Jordan Lee"
            // beside Jordan T. Lee's `referred_by` was "Jordan T. Lee and Jordan T. Lee", and an
            // update said the one you had written to was "not contacted yet".
            let nodes = Set(names.map(\.person))
            let contact = { (node: Graph.NodeID) in
                self.slips[node].map(Graph.node(ofNote:)).flatMap { nodes.contains($0) ? $0 : nil } ?? node
            }
            var once: Set<Graph.NodeID> = []
            given[file] = names.filter { !wasMet($0.person) }.sorted { ($0.line, $0.person) < ($1.line, $1.person) }
                .map { contact($0.person) }.filter { once.insert($0).inserted }
                .map { NameGiven(person: $0, progress: progress(with: $0)) }
        }
        return given
    }

    /// A referrer's meetings, as `crediting(_:)` reads them.
    private struct HeldMeetings {
        let files: Set<String>
        /// Those held, by date.
        let held: [Meeting]

        init(_ meetings: [Meeting], today: LocalDate, now: Int?) {
            files = Set(meetings.map(\.file))
            held = meetings.filter { $0.isHeld(asOf: today, now: now) }.sorted {
                ($0.date, $0.file) < ($1.date, $1.file)
            }
        }

        /// The meeting that a referral no interview of theirs writes down (a `referred_by`
        /// alone) came of: the latest held on or before its date (the referred person's
        /// `added`), or their first held meeting when it has none; `nil` when it is dated before
        /// you met them (the name came another way).
        func crediting(_ edge: Graph.Edge) -> Meeting? {
            guard !edge.sources.contains(where: { files.contains($0.file) }) else { return nil }
            guard let date = edge.date else { return held.first }
            let after = held.partitioningIndex { $0.date > date }
            return after > 0 ? held[after - 1] : nil
        }
    }

    /// How far you have got with `node` by today.
    func progress(with node: Graph.NodeID) -> NameGiven.Progress {
        guard let person = person(node) else { return .notYet }
        // The earliest days in one pass, without lists: a thank-you and an update ask this of
        // every name given.
        var met: LocalDate?
        var touched: LocalDate?
        for meeting in person.meetings where meeting.isHeld(asOf: today, now: now) {
            met = min(met ?? meeting.date, meeting.date)
        }
        for entry in person.log {
            if entry.event == .met {
                met = min(met ?? entry.date, entry.date)
            } else if entry.event?.isContact == true {
                touched = min(touched ?? entry.date, entry.date)
            }
        }
        return met.map { .met($0) } ?? touched.map { .reachedOut($0) } ?? .notYet
    }
}
