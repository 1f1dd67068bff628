/// Assembles a `Dossier` for a node of the graph.
public struct DossierBuilder {
    let vault: Vault
    let today: LocalDate
    /// The parts of a dossier that are worked out; the others stay empty.
    public var parts = Parts.all
    /// Contact statuses worked out beforehand for the same vault and day, for a caller that
    /// builds many dossiers; without them, each status is worked out when needed.
    public var statuses: ContactStatuses?
    /// Each person's `NameKey.sortKey`, by node (nodes that are not people are not read), worked
    /// out beforehand for a caller that builds many dossiers (the site: the table of contacts is
    /// sorted by it too); without them, each key is worked out when needed.
    public var nameKeys: [String]?

    /// Parts a caller that shows them its own way, or not at all, can leave out: the site lists
    /// the people a contact led to, front matter details, backlinks and the referral chain from
    /// its own indexes, and shows open tasks on contact pages only.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let ledTo = Parts(rawValue: 1)
        public static let details = Parts(rawValue: 2)
        public static let backlinks = Parts(rawValue: 4)
        public static let referralChain = Parts(rawValue: 8)
        public static let openTasks = Parts(rawValue: 16)
        public static let all: Parts = [.ledTo, .details, .backlinks, .referralChain, .openTasks]
    }

    /// Creates a builder for a vault as of `today`.
    public init(vault: Vault, today: LocalDate) {
        self.vault = vault
        self.today = today
    }

    /// The dossier of a contact, organization, placeholder or you.
    public func dossier(for node: Graph.NodeID) -> Dossier {
        let graph = vault.graph
        // Methods are called from closures: `map(personOrOrganization)` would copy the builder.
        let index = graph.noteIndex(of: node)
        let note = index.map { vault.notes[$0] }
        let contact = note?.contact
        let isInterview = note?.interview != nil
        var dossier = Dossier(
            kind: Dossier.Kind(of: node, in: vault), name: graph.nodes[node].name, file: note?.path, details: [],
            tags: note?.tags ?? [], aliases: note?.aliases ?? [],
            status: nil, lastTouch: nil, organization: nil,
            // Nobody referred you to an interview: it has no chain.
            referralChain: parts.contains(.referralChain) && !isInterview
                ? (graph.referralChain(to: node) ?? []).map { personOrOrganization($0) } : [],
            referredBy: graph.referrers(of: node).map { personOrOrganization($0) },
            ledTo: parts.contains(.ledTo) ? ledTo(node) : [],
            people: [], interviews: [], log: (contact?.log.inDateOrder ?? []).map { Dossier.LogLine($0, today: today) },
            openTasks: [], reminders: note?.reminders ?? [], research: nil,
            backlinks: parts.contains(.backlinks) ? backlinks(node) : [])
        dossier.logLeftOut = contact?.logLeftOut.map { $0.dated(asOf: today) } ?? []
        if parts.contains(.referralChain), !isInterview {
            dossier.referralToCome = graph.referralToCome(of: node)
            dossier.remarks = graph.edges(.referred, to: node).compactMap { edge in
                guard edge.isReferralPath, let text = vault.remark(of: edge) else { return nil }
                return Dossier.Remark(by: personOrOrganization(edge.from), text: text)
            }
        }
        // An interview's dossier lists the interview itself: when, with whom, how it went.
        var meetingNodes = isInterview ? [node] : graph.interviews(with: node)
        let original = index.flatMap(vault.original(ofCopy:))
        dossier.copyOf = original.map { personOrOrganization(Graph.node(ofNote: $0)) }
        if let index, let contact, let entry = statusEntry(ofNote: index) {
            dossier.status = original == nil ? entry.status : nil
            dossier.lastTouch = entry.lastTouch
            dossier.organization = graph.organization(of: node).map { personOrOrganization($0) }
            if parts.contains(.details) { dossier.details = contactDetails(contact, title: note?.title) }
        }
        if let note, let organization = note.organization {
            let people = graph.contacts(at: node)
            dossier.people = members(people)
            meetingNodes = Array(Set(people.flatMap { graph.interviews(with: $0) })).sorted()
            if parts.contains(.details) { dossier.details = organizationDetails(organization) }
            dossier.research = organization.research.isEmpty ? nil : note.markdown(of: organization.research)
            dossier.openings = organization.openings.isEmpty ? nil : note.markdown(of: organization.openings)
            dossier.openingsApplied = index.map { vault.openingsAppliedFor(ofOrganization: $0, today: today) } ?? []
        }
        if graph.nodes[node].isPlaceholder {
            meetingNodes = []
            dossier.people = members(graph.contacts(at: node))
        }
        // A sync tool's copy of an interview is not a meeting of its own (its dossier is the copy's).
        if !isInterview {
            meetingNodes.removeAll { graph.noteIndex(of: $0).map(vault.referenceIndex.copies.contains) == true }
        }
        // A person's page says whether *they* were thanked, not everyone met with them.
        let about = graph.nodes[node].isPerson ? node : nil
        dossier.interviews = meetingNodes.compactMap { meeting($0, about: about) }.sorted {
            ($0.date?.description ?? "", $0.file) < ($1.date?.description ?? "", $1.file)
        }
        if parts.contains(.openTasks) {
            let taskNotes =
                [index].compactMap { $0 } + meetingNodes.filter { $0 != node }.compactMap { graph.noteIndex(of: $0) }
            dossier.openTasks = taskNotes.flatMap { openTasks(inNote: $0) }
        }
        return dossier
    }

    // MARK: Parts

    private func personOrOrganization(_ node: Graph.NodeID) -> Dossier.PersonOrOrganization {
        Dossier.PersonOrOrganization(name: vault.graph.nodes[node].name, file: vault.note(for: node)?.path, node: node)
    }

    private func ledTo(_ node: Graph.NodeID) -> [Dossier.Referral] {
        let given = vault.graph.edges(.referred, from: node)
        return Referrals(vault.graph).ledTo(of: node).map { lead in
            let edge = lead.via == nil ? given.first { $0.to == lead.person && $0.isReferralPath } : nil
            return Dossier.Referral(
                person: personOrOrganization(lead.person), via: lead.via.map { personOrOrganization($0) },
                date: lead.date, remark: edge.flatMap(vault.remark(of:)))
        }
    }

    /// The people of an organization, by name (`NameKey.sortedByName`).
    private func members(_ people: [Graph.NodeID]) -> [Dossier.Member] {
        // A sync tool's copy of someone's note is not a second person there.
        let copies = vault.referenceIndex.copies
        let people =
            copies.isEmpty ? people : people.filter { vault.graph.noteIndex(of: $0).map(copies.contains) != true }
        guard let nameKeys else { return NameKey.sortedByName(people.map(member)) { $0.person.name } }
        // The same order, each person's key looked up.
        let key = { (node: Graph.NodeID) in
            vault.graph.nodes[node].isPerson ? nameKeys[node] : NameKey.sortKey(vault.graph.nodes[node].name)
        }
        return people.map { (member: member($0), key: key($0)) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.member.person.name < $1.member.person.name }
            .map(\.member)
    }

    private func member(_ person: Graph.NodeID) -> Dossier.Member {
        let index = vault.graph.noteIndex(of: person)
        return Dossier.Member(
            person: personOrOrganization(person), title: index.flatMap { vault.notes[$0].title },
            status: index.flatMap { statusEntry(ofNote: $0) }?.status)
    }

    /// The status of the contact note at `index`, from `statuses` when there are.
    private func statusEntry(ofNote index: Int) -> ContactStatuses.Entry? {
        statuses.map { $0[note: index] } ?? ContactStatuses.entry(ofNote: index, in: vault, today: today)
    }

    /// The interview `node`; its thank-you and update as sent to `person` (one of the people
    /// met), or to everyone met when `nil`.
    private func meeting(_ node: Graph.NodeID, about person: Graph.NodeID?) -> Dossier.Meeting? {
        guard let note = vault.note(for: node), let interview = note.interview else { return nil }
        let people = vault.graph.neighbors(.met, from: node)
        let recipients = person.map { [$0] } ?? people
        let day = interview.date?.date
        return Dossier.Meeting(
            file: note.path, date: interview.date, unreadableDate: interview.unreadableDate,
            dateLine: interview.unreadableDate.flatMap { _ in note.frontMatter.entry("date")?.value.position.line },
            with: people.map { personOrOrganization($0) },
            mode: interview.mode?.rawValue,
            duration: interview.duration, status: Self.status(of: interview, today: today),
            // A date from the front matter, else from the Log, else that it was sent.
            thankYou: Self.date(interview.thankYouForMeeting)
                ?? day.flatMap { logged(.thanked, by: recipients, onOrAfter: $0) }
                ?? Self.undated(interview.thankYouForMeeting),
            update: Self.date(interview.updateForMeeting)
                ?? day.flatMap { logged(.updated, by: recipients, onOrAfter: $0.adding(days: 1)) }
                ?? Self.undated(interview.updateForMeeting))
    }

    /// The day everyone met has a Log entry of `event` from `date` to today (the latest of
    /// their first ones), as `next` counts a thank-you or an update sent: "2026-10-15".
    private func logged(_ event: LogEvent, by people: [Graph.NodeID], onOrAfter date: LocalDate) -> String? {
        guard !people.isEmpty else { return nil }
        var latest: LocalDate?
        for person in people {
            let log = vault.note(for: person)?.contact?.log ?? []
            guard
                let first = log.lazy.filter({ $0.event == event && $0.date >= date && $0.date <= self.today })
                    .map(\.date).min()
            else { return nil }
            latest = max(latest ?? first, first)
        }
        return latest?.description
    }

    private func openTasks(inNote index: Int) -> [Dossier.OpenTask] {
        let note = vault.notes[index]
        return note.openTasks.map { Dossier.OpenTask($0, file: note.path) }
    }

    /// The lines that link to the node, each once, by file and line: a line with two links to
    /// it (`[[Ana]]` and `[[Ana#Log|her Log]]`) is one place to look, two lines are two.
    private func backlinks(_ node: Graph.NodeID) -> [Dossier.Backlink] {
        var seen: Set<[Int]> = []
        return vault.graph.backlinks(to: node).flatMap { edge in
            edge.sources.filter { seen.insert([edge.from, $0.line]).inserted }.map {
                Dossier.Backlink(from: personOrOrganization(edge.from), line: $0.line)
            }
        }.sorted { ($0.from.file ?? "", $0.line) < ($1.from.file ?? "", $1.line) }
    }

    private func contactDetails(_ contact: Contact, title: String?) -> [Dossier.Detail] {
        let pairs: [(String, String?)] = [
            ("Title", title), ("Email", contact.email), ("Phone", contact.phone),
            ("LinkedIn", contact.linkedin),
            ("Location", contact.location), ("Source", contact.source), ("Added", contact.added?.description),
            ("Connected", contact.connected?.description),
        ]
        return pairs.compactMap { label, value in value.map { Dossier.Detail(label: label, value: $0) } }
    }

    private func organizationDetails(_ organization: Organization) -> [Dossier.Detail] {
        var posting: String?
        switch organization.posting {
        case .yes?: posting = "yes"
        case .url(let url)?: posting = url
        case nil: posting = nil
        }
        let pairs: [(String, String?)] = [
            ("Industry", organization.industry), ("Website", organization.website),
            ("Location", organization.location), ("Target", organization.isTarget ? "yes" : nil),
            ("Motivation", organization.motivation.map { "\($0) of 3" }), ("Posting", posting),
        ]
        return pairs.compactMap { label, value in value.map { Dossier.Detail(label: label, value: $0) } }
    }

    /// `held`, `scheduled`, `cancelled`, `no-show`, or `undated` when the date is missing or
    /// cannot be read: such a meeting may well have been held (`date: 05.11.2026`).
    static func status(of interview: Interview, today: LocalDate) -> Dossier.Meeting.Status {
        switch interview.status {
        case .cancelled?: return .cancelled
        case .noShow?: return .noShow
        case nil where interview.date == nil: return .undated
        case nil: return interview.isHeld(asOf: today) ? .held : .scheduled
        }
    }

    private static func date(_ sent: Interview.Sent?) -> String? {
        if case .on(let date)? = sent { date.description } else { nil }
    }

    private static func undated(_ sent: Interview.Sent?) -> String? {
        if case .undated? = sent { Dossier.Meeting.sentUndated } else { nil }
    }
}
