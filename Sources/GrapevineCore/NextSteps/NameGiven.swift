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
    /// before, with how far you have got with each.
    func namesGiven(by person: Graph.NodeID, in meeting: Meeting) -> [NameGiven] {
        let graph = vault.graph
        var named: [(line: Int, person: Graph.NodeID)] = []
        // One edge a person referred, whatever says so: each name once.
        for entry in graph.outgoingEdges(of: person) where entry.kind == .referred {
            if let source = graph.edges[entry.edge].sources.first(where: { $0.file == meeting.file }) {
                named.append((source.line, entry.other))
            }
        }
        return named.sorted { $0.line < $1.line }.map {
            NameGiven(person: $0.person, progress: progress(with: $0.person))
        }
    }

    /// How far you have got with `node` by today.
    func progress(with node: Graph.NodeID) -> NameGiven.Progress {
        guard let person = person(node) else { return .notYet }
        let met =
            person.meetings.filter { $0.isHeld(asOf: today, now: now) }.map(\.date)
            + person.log.filter { $0.event == .met }.map(\.date)
        if let first = met.min() { return .met(first) }
        let touched = person.log.filter { entry in entry.event.map { $0.isOutreach || $0.isResponse } == true }
        return touched.map(\.date).min().map { .reachedOut($0) } ?? .notYet
    }
}
