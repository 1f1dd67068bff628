/// Assembles the `PrepSheet` of one interview.
public struct PrepSheetBuilder {
    let vault: Vault
    let today: LocalDate

    /// How many Log entries and earlier interviews a person's history shows.
    static let historyLength = 6

    /// Creates a builder for a vault as of `today`.
    public init(vault: Vault, today: LocalDate) {
        self.vault = vault
        self.today = today
    }

    /// The prep sheet of the interview note at `index` in `vault.notes`, or `nil` when that
    /// note is not an interview.
    public func sheet(forInterviewNote index: Int) -> PrepSheet? {
        let note = vault.notes[index]
        guard let interview = note.interview else { return nil }
        let graph = vault.graph
        let node = Graph.node(ofNote: index)
        let people = graph.neighbors(.met, from: node)
        var organizations: [Graph.NodeID] = []
        for person in people {
            if let organization = graph.organization(of: person), !organizations.contains(organization) {
                organizations.append(organization)
            }
        }
        let pitch = vault.writtenPitch ?? vault.pitchNote
        let pitchIsPlaceholder =
            pitch.map { if case .placeholder = Pitch.status(of: $0) { true } else { false } } ?? false
        let asked = interview.agenda.map { PrepSheet.Question(text: Prose.plain($0.text), asked: $0.checked == true) }
        let bank = vault.config.questions.map { PrepSheet.Question(text: $0, asked: false) }
        let taskNotes = [note] + (people + organizations).compactMap(vault.note(for:))
        return PrepSheet(
            file: note.path, date: interview.date, mode: interview.mode?.rawValue, duration: interview.duration,
            location: interview.location, link: interview.link,
            people: people.map { person($0, before: interview.date, besides: index) },
            organizations: organizations.map { place($0, besides: people) },
            pitch: pitchIsPlaceholder ? nil : pitch.map { Prose.plain($0.bodyMarkdownWithoutTitle) },
            pitchFile: pitch?.path, pitchIsPlaceholder: pitchIsPlaceholder,
            agenda: asked.isEmpty ? bank : asked, agendaSource: asked.isEmpty ? "question bank" : "interview",
            openTasks: taskNotes.flatMap { note in note.openTasks.map { Dossier.OpenTask($0, file: note.path) } })
    }

    // MARK: Parts

    private func name(_ node: Graph.NodeID) -> String {
        vault.graph.nodes[node].name
    }

    private func person(_ node: Graph.NodeID, before date: LocalDateTime?, besides interview: Int) -> PrepSheet.Person {
        let graph = vault.graph
        let note = vault.note(for: node)
        let contact = note?.contact
        let details: [(String, String?)] = [
            ("Location", contact?.location), ("LinkedIn", contact?.linkedin), ("Email", contact?.email),
            ("Phone", contact?.phone),
        ]
        let opening = Prose.plain(note?.openingMarkdown ?? "")
        return PrepSheet.Person(
            name: name(node), file: note?.path, title: note?.title,
            organization: graph.organization(of: node).map(name),
            details: details.compactMap { label, value in value.map { Dossier.Detail(label: label, value: $0) } },
            about: opening.isEmpty ? nil : opening,
            referralChain: (graph.referralChain(to: node) ?? []).map(name),
            referrals: graph.edges(.referred, to: node).filter { $0.from != Graph.owner }.map(referral),
            source: contact?.source, history: history(of: node, log: contact?.log ?? [], besides: interview))
    }

    private func referral(_ edge: Graph.Edge) -> PrepSheet.Referral {
        PrepSheet.Referral(by: name(edge.from), date: edge.date, comment: vault.remark(of: edge))
    }

    /// The latest Log entries and other interviews with a person, up to `historyLength`, oldest first.
    private func history(of node: Graph.NodeID, log: [LogEntry], besides interview: Int) -> [PrepSheet.Event] {
        var events = log.asOf(today).map { entry in
            let text =
                entry.event == nil ? entry.text : entry.text.isEmpty ? entry.word : "\(entry.word): \(entry.text)"
            return PrepSheet.Event(date: entry.date, text: Prose.plain(text))
        }
        for index in vault.interviewNotes(with: node) where index != interview {
            let note = vault.notes[index]
            guard let other = note.interview, let date = other.date?.date, date <= today else { continue }
            let status = other.status.map { " (\($0.rawValue))" } ?? ""
            events.append(
                PrepSheet.Event(date: date, text: "interview\(status): \(note.path.escapingControlCharacters)"))
        }
        return Array(events.sorted { $0.date < $1.date }.suffix(Self.historyLength))
    }

    private func place(_ node: Graph.NodeID, besides people: [Graph.NodeID]) -> PrepSheet.Place {
        let note = vault.note(for: node)
        let organization = note?.organization
        var posting: String?
        switch organization?.posting {
        case .yes?: posting = "yes"
        case .url(let url)?: posting = url
        case nil: posting = nil
        }
        let details: [(String, String?)] = [
            ("Industry", organization?.industry), ("Website", organization?.website),
            ("Location", organization?.location), ("Target", organization?.isTarget == true ? "yes" : nil),
            ("Motivation", organization?.motivation.map { "\($0) of 3" }),
            ("Posting", posting),
        ]
        // As written: the sheet's text shows it for the terminal (`TerminalMarkdown`).
        let text = { (sections: [Section]) in sections.isEmpty ? nil : note.map { $0.markdown(of: sections) } }
        return PrepSheet.Place(
            name: name(node), file: note?.path,
            details: details.compactMap { label, value in value.map { Dossier.Detail(label: label, value: $0) } },
            research: text(organization?.research ?? []), openings: text(organization?.openings ?? []),
            openingsApplied: vault.graph.noteIndex(of: node).map {
                vault.openingsAppliedFor(ofOrganization: $0, today: today)
            } ?? [],
            alsoThere: vault.graph.contacts(at: node).filter { !people.contains($0) }.map(name)
                .sorted(by: NameKey.precedes),
            lookAlike: vault.organizationNote(lookingLike: node).map {
                Dossier.PersonOrOrganization(
                    name: vault.notes[$0].name, file: vault.notes[$0].path, node: Graph.node(ofNote: $0))
            })
    }
}
