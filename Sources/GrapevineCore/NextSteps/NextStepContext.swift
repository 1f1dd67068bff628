/// What the next-step rules need to know about a vault, worked out once for all of them.
struct NextStepContext {
    let vault: Vault
    let today: LocalDate
    let cadence: Cadence
    /// Every person: contact notes and people named without a note yet.
    let people: [Person]
    /// Every interview note that has a date.
    let meetings: [Meeting]
    /// `people` by graph node.
    private let personByNode: [Graph.NodeID: Int]

    init(vault: Vault, today: LocalDate) {
        self.vault = vault
        self.today = today
        cadence = vault.config.cadence
        let graph = vault.graph
        var meetings: [Meeting] = []
        var meetingByNode: [Graph.NodeID: Int] = [:]
        for (index, note) in vault.notes.enumerated() {
            guard let interview = note.interview, let date = interview.date?.date else { continue }
            let node = Graph.node(ofNote: index)
            meetingByNode[node] = meetings.count
            meetings.append(
                Meeting(
                    node: node, note: note, interview: interview, date: date, people: graph.neighbors(.met, from: node))
            )
        }
        var people: [Person] = []
        var personByNode: [Graph.NodeID: Int] = [:]
        for node in graph.nodes.indices where graph.nodes[node].isPerson {
            let note = vault.note(for: node)
            let held = graph.interviews(with: node).compactMap { meetingByNode[$0] }.map { meetings[$0] }
            personByNode[node] = people.count
            people.append(Person(node: node, note: note, log: note?.contact?.log ?? [], meetings: held))
        }
        self.meetings = meetings
        self.people = people
        self.personByNode = personByNode
    }

    /// The person at a graph node, if the node is a person.
    func person(_ node: Graph.NodeID) -> Person? {
        personByNode[node].map { people[$0] }
    }

    /// A node's display name.
    func name(_ node: Graph.NodeID) -> String {
        vault.graph.nodes[node].name
    }

    /// The display name of the organization a person works at.
    func organizationName(of person: Graph.NodeID) -> String? {
        vault.graph.organization(of: person).map(name)
    }

    /// "Maria Lopez (Acme Foods)", or just the name.
    func nameWithOrganization(_ node: Graph.NodeID) -> String {
        guard let organization = organizationName(of: node) else { return name(node) }
        return "\(name(node)) (\(organization))"
    }

    /// The people who gave you `node`'s name, not counting you.
    func referrers(of node: Graph.NodeID) -> [Graph.NodeID] {
        vault.graph.referrers(of: node).filter { $0 != Graph.owner }
    }

    /// A step about one person, with their name and organization filled in.
    func step(
        _ kind: NextStep.Kind, about person: Graph.NodeID?, due: LocalDate?, title: String, details: [String] = [],
        file: String, line: Int
    ) -> NextStep {
        NextStep(
            kind: kind, due: due, person: person, contact: person.map(name),
            organization: person.flatMap(organizationName), title: title, details: details, file: file, line: line)
    }
}

/// An interview note with a date, and the people it met. A class, so the lists that hold
/// meetings share them instead of copying notes.
final class Meeting {
    let node: Graph.NodeID
    let note: Note
    let interview: Interview
    let date: LocalDate
    let people: [Graph.NodeID]

    init(node: Graph.NodeID, note: Note, interview: Interview, date: LocalDate, people: [Graph.NodeID]) {
        self.node = node
        self.note = note
        self.interview = interview
        self.date = date
        self.people = people
    }

    /// Whether it took place on or before `today` (not cancelled or a no-show).
    func isHeld(asOf today: LocalDate) -> Bool {
        interview.status == nil && date <= today
    }

    /// Whether it is still to come and has not been called off.
    func isUpcoming(asOf today: LocalDate) -> Bool {
        interview.status == nil && date > today
    }
}

/// A person of the graph: their Log (empty without a note) and the interviews that met them.
final class Person {
    let node: Graph.NodeID
    let note: Note?
    let log: [LogEntry]
    let meetings: [Meeting]

    init(node: Graph.NodeID, note: Note?, log: [LogEntry], meetings: [Meeting]) {
        self.node = node
        self.note = note
        self.log = log
        self.meetings = meetings
    }

    /// The Log entries of one kind of event.
    func entries(_ event: LogEvent) -> [LogEntry] {
        log.filter { $0.event == event }
    }

    /// Whether the Log has an entry of one of `events` dated on or after `date`.
    func logged(_ events: Set<LogEvent>, onOrAfter date: LocalDate) -> Bool {
        log.contains { entry in entry.date >= date && entry.event.map(events.contains) == true }
    }

    /// Whether you were in touch on or after `date` (ever, when `date` is nil): an outreach or
    /// an answer in the Log, or an interview.
    ///
    /// Having met someone or heard back from them means you reached them, even if the Log
    /// never says how.
    func wasContacted(onOrAfter date: LocalDate?) -> Bool {
        let since = date ?? LocalDate(daysSinceEpoch: .min)
        return logged(Self.contactEvents, onOrAfter: since) || meetings.contains { $0.date >= since }
    }

    private static let contactEvents: Set<LogEvent> = [.outreach, .followUp, .reply, .met, .declined]

    /// The messages you sent that nobody has answered yet, oldest first.
    var unansweredOutreach: [LogEntry] {
        log.unansweredOutreach(interviewDates: meetings.map(\.date))
    }
}
