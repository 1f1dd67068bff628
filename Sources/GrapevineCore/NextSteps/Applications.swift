/// What `applied` Log entries say about the leads of interviews (SPEC §2.1 `applied`, §2.2
/// Leads). A lead is done when its box is ticked; an `applied` entry on someone you met, dated
/// on or after the meeting, whose text names exactly one open lead of the interviews held with
/// them by its date, is done too: it says what you did, and `next` no longer asks you to apply.
/// An entry that names none of them, or several, closes nothing, and the apply steps say so.
enum Applications {
    /// Words that say nothing about which opening it is: `the`, `role`, `posting`, `closes` …
    static let fillers: Set<String> = [
        "a", "an", "the", "for", "to", "at", "of", "in", "on", "with", "via", "by", "and", "my", "their", "his", "her",
        "job", "role", "position", "posting", "post", "opening", "opportunity", "vacancy", "req", "closes", "closing",
        "due", "deadline", "apply", "applied", "application", "online",
    ]

    /// Whether the text of an `applied` entry names a lead (its text, due date aside): every
    /// word of the lead's name (`Prose.opening`: before a dash, without "Apply to") is in the
    /// text, or every word of the text is in the lead's name or the name of `organizations`
    /// (where the people met work), one at least in the lead's. Words are compared as search
    /// folds them (case and accents aside), `fillers` left out.
    static func names(_ text: String, lead: String, organizations: [String]) -> Bool {
        names(words(of: text), lead: leadWords(lead), organizations: Set(organizations.flatMap { words(of: $0) }))
    }

    /// Of the leads an entry's `text` names (`names`), the one it says word for word, when
    /// exactly one is so: `applied: Data Analyst` names both `Data Analyst` and `Senior Data
    /// Analyst`, and means the first. Else all of them.
    static func narrowed<Lead>(_ named: [Lead], by text: String, lead: (Lead) -> String) -> [Lead] {
        narrowed(named, said: words(of: text)) { leadWords(lead($0)) }
    }

    private static func narrowed<Lead>(_ named: [Lead], said: Set<String>, words: (Lead) -> Set<String>) -> [Lead] {
        guard named.count > 1 else { return named }
        let exact = named.filter { words($0) == said }
        return exact.count == 1 ? exact : named
    }

    /// `names(_:lead:organizations:)` on words already folded (`words(of:)`, `leadWords(_:)`).
    private static func names(_ said: Set<String>, lead name: Set<String>, organizations: Set<String>) -> Bool {
        guard !said.isEmpty, !name.isEmpty else { return false }
        guard !name.isSubset(of: said) else { return true }
        return !said.isDisjoint(with: name) && said.subtracting(name).isSubset(of: organizations)
    }

    /// An organization's Openings not ticked, their words folded once: every `applied` entry
    /// of everyone who works there is compared with each (hostile session 29: folding them
    /// again for each entry took 47 s for 1,000 openings and 1,000 entries).
    struct OpenOpenings {
        private let names: [(index: Int, words: Set<String>)]
        private let organization: Set<String>

        /// The `openings` (of the organization called `organization`) not ticked.
        init(_ openings: [ListItem], at organization: String) {
            names = openings.indices.filter { openings[$0].checked != true }.map {
                ($0, Applications.leadWords(openings[$0].leadText))
            }
            self.organization = Applications.words(of: organization)
        }

        /// The indices of the openings that the text of an `applied` entry names: it closes one
        /// when it names exactly one.
        func named(by text: String) -> [Int] {
            let said = Applications.words(of: text)
            let named = names.filter { Applications.names(said, lead: $0.words, organizations: organization) }
            return Applications.narrowed(named, said: said, words: \.words).map(\.index)
        }
    }

    private static func leadWords(_ lead: String) -> Set<String> {
        words(of: Prose.opening(lead))
    }

    /// The words of the opening `text` names, as a lead's are compared (`OpeningKey`).
    static func titleWords(of text: String) -> Set<String> {
        leadWords(text)
    }

    private static func words(of text: String) -> Set<String> {
        Set(WordFolder.words(of: text).filter { !fillers.contains($0) })
    }
}

/// A lead not ticked, of an interview held with someone, or an opening not ticked of an
/// organization: where it is and what it is called.
public struct OpenLead: Sendable, Equatable {
    /// The interview note, vault-relative.
    public var file: String
    /// The lead's line in it.
    public var line: Int
    /// Its text, due date aside.
    public var text: String
}

extension NextStepContext {
    /// For `meeting`: the indices (in its Leads) of the open leads an `applied` entry closes,
    /// and the `applied` entries on the people met that could be about its open leads but name
    /// no one lead (`Applications`).
    func applications(in meeting: Meeting) -> (closed: Set<Int>, unplaced: [LogEntry]) {
        var closed: Set<Int> = []
        var unplaced: [LogEntry] = []
        for node in meeting.people {
            guard let person = person(node), !person.applications.isEmpty else { continue }
            for entry in person.applications where entry.date >= meeting.date {
                let named = Applications.narrowed(
                    openLeads(of: person, by: entry.date).filter {
                        Applications.names(
                            entry.text, lead: $0.lead.leadText, organizations: organizations(of: $0.meeting))
                    }, by: entry.text
                ) { $0.lead.leadText }
                if named.count == 1 {
                    if named[0].meeting === meeting { closed.insert(named[0].index) }
                } else if named.isEmpty || named.contains(where: { $0.meeting === meeting }) {
                    unplaced.append(entry)
                }
            }
        }
        return (closed, unplaced)
    }

    /// The indices (in `openings`, its Openings items) of the openings of the organization note
    /// at `index` that an `applied` entry closes: one on someone who works there whose text
    /// names exactly one of its openings not ticked (`- 2026-11-20 applied to Data Analyst II`).
    /// An opening has no meeting, so the entry's date does not matter.
    func appliedOpenings(ofOrganization index: Int, _ openings: [ListItem]) -> Set<Int> {
        Set(vault.openingApplications(ofOrganization: index, openings, today: today).map(\.opening))
    }

    /// Where the people met in `meeting` work, by name.
    func organizations(of meeting: Meeting) -> [String] {
        meeting.people.compactMap(organizationName)
    }

    /// The leads not ticked of the interviews held with `person` on or before `date`.
    func openLeads(of person: Person, by date: LocalDate) -> [(meeting: Meeting, index: Int, lead: ListItem)] {
        person.meetings.filter { $0.date <= date && $0.isHeld(asOf: today, now: now) }.flatMap { meeting in
            meeting.interview.leads.indices.filter { meeting.interview.leads[$0].checked != true }.map {
                (meeting, $0, meeting.interview.leads[$0])
            }
        }
    }
}

extension Vault {
    /// What an `applied` entry on `person` dated `date` with `text` would do, before it is
    /// written: the open leads of the interviews held with them by then (not ticked, not closed
    /// by an `applied` entry already there), and the leads not ticked that `text` names. It
    /// closes its lead when it names exactly one.
    public func leads(applied text: String, by person: Graph.NodeID, on date: LocalDate, today: LocalDate)
        -> (open: [OpenLead], named: [OpenLead])
    {
        let context = NextStepContext(vault: self, today: today)
        guard let person = context.person(person) else { return ([], []) }
        var closed: [ObjectIdentifier: Set<Int>] = [:]
        var open: [OpenLead] = []
        var named: [OpenLead] = []
        for (meeting, index, lead) in context.openLeads(of: person, by: date) {
            let found = OpenLead(file: meeting.file, line: lead.position.line, text: lead.leadText)
            if Applications.names(text, lead: lead.leadText, organizations: context.organizations(of: meeting)) {
                named.append(found)
            }
            let applied = closed[ObjectIdentifier(meeting)] ?? context.applications(in: meeting).closed
            closed[ObjectIdentifier(meeting)] = applied
            if !applied.contains(index) { open.append(found) }
        }
        return (open, Applications.narrowed(named, by: text) { $0.text })
    }
}

extension Vault {
    /// What an `applied` entry on `person` with `text` does to the Openings of the organizations
    /// they work at (`NextStepContext.appliedOpenings`): for each organization whose openings
    /// not ticked `text` names, its name and those openings. It closes the one when it names
    /// exactly one; the entry's date does not matter.
    public func openings(applied text: String, by person: Graph.NodeID) -> [(organization: String, named: [OpenLead])] {
        graph.neighbors(.worksAt, from: person).compactMap { organization in
            guard let index = graph.noteIndex(of: organization), let openings = notes[index].organization?.openingItems
            else { return nil }
            let named = Applications.OpenOpenings(openings, at: notes[index].name).named(by: text).map {
                OpenLead(file: notes[index].path, line: openings[$0].position.line, text: openings[$0].leadText)
            }
            return named.isEmpty ? nil : (notes[index].name, named)
        }
    }
}

/// An opening of an organization that an `applied` entry closed: which, and whose Log says so.
public struct OpeningApplication: Sendable {
    /// The index of the opening in the organization's `openingItems`.
    public var opening: Int
    /// The `applied` entry.
    public var entry: LogEntry
    /// Whose Log holds it (someone who works there).
    public var person: Graph.NodeID
}

extension Vault {
    /// The `applied` entries, dated up to `today`, of the people who work at the organization
    /// note at `index` that close one of its `openings` not ticked: each names exactly one.
    func openingApplications(ofOrganization index: Int, _ openings: [ListItem], today: LocalDate)
        -> [OpeningApplication]
    {
        guard openings.contains(where: { $0.checked != true }) else { return [] }
        let open = Applications.OpenOpenings(openings, at: notes[index].name)
        return graph.contacts(at: Graph.node(ofNote: index)).flatMap { node in
            let log = self.note(for: node)?.contact?.log.asOf(today) ?? []
            return log.filter { $0.event == .applied }.compactMap { entry -> OpeningApplication? in
                let named = open.named(by: entry.text)
                return named.count == 1 ? OpeningApplication(opening: named[0], entry: entry, person: node) : nil
            }
        }
    }

    /// What `show` and `prep` say under an organization's Openings of those an `applied` entry
    /// closed, whose box is not ticked: "You applied for Associate Product Manager on 2026-11-30
    /// (the Log of Joost van der Berg)."
    public func openingsAppliedFor(ofOrganization index: Int, today: LocalDate) -> [String] {
        guard let openings = notes[index].organization?.openingItems else { return [] }
        var said: Set<Int> = []
        return openingApplications(ofOrganization: index, openings, today: today).compactMap { applied in
            guard said.insert(applied.opening).inserted else { return nil }
            return "You applied for \(openings[applied.opening].leadText) on \(applied.entry.date) (the Log of "
                + "\(graph.nodes[applied.person].name))."
        }
    }
}
