extension Vault {
    /// For each person of `people` named without a note, the contact notes their name may be
    /// a slip for, as `check`'s "did you mean" names them (`ReferenceProblems.contactsMeant(by:)`):
    /// `Elena Parks` for the note of Elena Park. Only the people with such notes are keys.
    /// A contact whose node is no person's is never one: a public site's vault makes the notes
    /// it leaves out so (`Graph.keeping`), and a hint naming one would say that it exists.
    func contactsMeant(by people: [Graph.NodeID]) -> [Graph.NodeID: [Int]] {
        let placeholders = people.filter { graph.nodes[$0].kind == .placeholderPerson }
        guard !placeholders.isEmpty else { return [:] }
        var problems = ReferenceProblems(
            notes: notes, index: referenceIndex, closeNames: closeNames, ownerKey: NameKey.fold(config.ownerName),
            placeholderNames: [])
        var meant: [Graph.NodeID: [Int]] = [:]
        for person in placeholders {
            let notes = problems.contactsMeant(by: graph.nodes[person].name).notes.filter {
                graph.nodes[Graph.node(ofNote: $0)].isPerson
            }
            if !notes.isEmpty { meant[person] = notes }
        }
        return meant
    }

    /// The one contact note the name of `person`, who has no note, is a slip for, of the notes
    /// `meant` (`contactsMeant(by:)`) gives: none when several may be meant, or when the name is
    /// one word (`Ortiz` in `- Ortiz — her manager`: one of that contact's words, not a slip,
    /// and maybe someone else of that family or first name).
    /// The contact note a person named without a note most likely is (`contactMeant(by:among:)`).
    public func contactMeant(by person: Graph.NodeID) -> Int? {
        contactMeant(by: person, among: contactsMeant(by: [person]))
    }

    /// Where a person without a note is first named (a Referrals item, a `referred_by:`), the
    /// place to fix a slip in; `nil` when nothing names them.
    public func firstMention(of person: Graph.NodeID) -> Graph.Source? {
        graph.incomingEdges(of: person).lazy.map { graph.edges[$0.edge].source }.first
    }

    func contactMeant(by person: Graph.NodeID, among meant: [Graph.NodeID: [Int]]) -> Int? {
        guard let notes = meant[person], notes.count == 1,
            graph.nodes[person].name.words().count > 1
        else { return nil }
        return notes[0]
    }

    /// The latest meeting held by `today` with a name written as a slip for the contact at
    /// `contact` (`contactMeant`), and that name: where `next`'s "Send a thank-you note to Elena
    /// Park" comes from when the interview says `[[Elena Parks]]`.
    public func meetingUnderSlip(of contact: Graph.NodeID, today: LocalDate) -> (name: String, interview: Int)? {
        let meant = contactsMeant(by: Array(graph.nodes.indices))
        for slip in meant.keys.sorted() where contactMeant(by: slip, among: meant).map(Graph.node) == contact {
            if let index = lastHeldInterview(with: slip, today: today) { return (graph.nodes[slip].name, index) }
        }
        return nil
    }

    /// The name a step or a message gives `person`: their display name, or, when it is a slip
    /// for one contact's (`contactMeant`: `Elena Parks` beside the note of Elena Park, which
    /// `check` asks about), that contact's: a message never names anyone by the slip, and a step
    /// about them says to fix it (`NextStepContext.fixTheNameAdvice`).
    func shownName(of person: Graph.NodeID, among meant: [Graph.NodeID: [Int]]) -> String {
        contactMeant(by: person, among: meant).map { notes[$0].name } ?? graph.nodes[person].name
    }

    /// The people (contact notes, by name or alias, and people named without a note) whose name
    /// `name` is probably a typo of: the same once titles, accents, case and punctuation are
    /// folded, or a few edits away for a long name (`Spelling.isCloseName`). Display names,
    /// sorted, each once.
    public func people(closeTo name: String) -> [String] {
        let typed = NameKey.plain(name)
        guard !typed.isEmpty else { return [] }
        var found: Set<String> = []
        for node in graph.nodes {
            switch node.kind {
            case .note(let index):
                let note = notes[index]
                guard note.kind == .contact else { continue }
                if ([note.name] + note.aliases).contains(where: { Spelling.isCloseName(NameKey.plain($0), typed) }) {
                    found.insert(note.name)
                }
            case .placeholderPerson:
                if Spelling.isCloseName(NameKey.plain(node.name), typed) { found.insert(node.name) }
            case .owner, .placeholderOrganization:
                continue
            }
        }
        return found.sorted(by: NameKey.precedes)
    }

    /// The contacts whose name or one of whose aliases is `name` but for accents, case,
    /// punctuation, titles and order (`Sean O'Brien` for Seán O'Brien, `Dr. Ann Lee` and `Lee,
    /// Ann` for Ann Lee): most likely the same person.
    public func contacts(lookingLike name: String) -> [Note] {
        contactNotes(lookingLike: name).map { notes[$0] }
    }

    /// The organization notes whose name or one of whose aliases is `name` but for case,
    /// punctuation, a leading `The` and the legal forms at its end (`Anthropic, Inc.` for
    /// Anthropic: `NameKey.organizationLookAlike`): most likely the same organization.
    public func organizations(lookingLike name: String) -> [Note] {
        let key = NameKey.organizationLookAlike(name)
        guard !key.isEmpty else { return [] }
        return notes.filter { note in
            note.kind == .organization
                && ([note.name] + note.aliases).contains { NameKey.organizationLookAlike($0) == key }
        }
    }

    /// The contacts at `organization` whose name is `name`'s two words the other way round
    /// (`Chen Wei` for `Wei Chen`): the pairs `check` warns about (`NameKey.swapped`).
    public func contacts(withNameSwapped name: String, at organization: String?) -> [Note] {
        let organization = organization.map(NameKey.organizationLookAlike) ?? ""
        guard !organization.isEmpty, let swapped = NameKey.swapped(lookAlikeKey: NameKey.lookAlike(name)) else {
            return []
        }
        return notes.indices.filter { index in
            guard notes[index].kind == .contact, lookAlikeKeys[index] == swapped,
                let workplace = graph.organization(of: Graph.node(ofNote: index))
            else { return false }
            return NameKey.organizationLookAlike(graph.nodes[workplace].name) == organization
        }.map { notes[$0] }
    }

    /// `contacts(lookingLike:)`, as indices into `notes`.
    func contactNotes(lookingLike name: String) -> [Int] {
        let typed = NameKey.plain(name)
        guard !typed.isEmpty else { return [] }
        return notes.indices.filter { index in
            let note = notes[index]
            return note.kind == .contact && ([note.name] + note.aliases).contains { NameKey.plain($0) == typed }
        }
    }
}
