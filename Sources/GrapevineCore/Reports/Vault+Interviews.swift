/// Which interview a prep sheet or a draft is about, and what its Referrals items say.
extension Vault {
    /// The interviews that met `person`, but for sync tools' copies of them (`Vault.syncCopies()`).
    public func interviews(with person: Graph.NodeID) -> [Interview] {
        graph.interviews(with: person).compactMap { node in
            graph.noteIndex(of: node).flatMap { referenceIndex.copies.contains($0) ? nil : notes[$0].interview }
        }
    }

    /// The interview notes (indices into `notes`) with a person, or with anyone at an
    /// organization, oldest first; interviews without a date last; sync tools' copies left out.
    public func interviewNotes(with node: Graph.NodeID) -> [Int] {
        let people =
            note(for: node)?.organization != nil || graph.nodes[node].kind == .placeholderOrganization
            ? graph.contacts(at: node) : [node]
        let indices = Set(people.flatMap(graph.interviews(with:)).compactMap(graph.noteIndex(of:)))
        // "YYYY-MM-DD" sorts before "YYYY-MM-DD HH:MM", as `LocalDateTime` does; "~" after any date.
        return indices.filter { notes[$0].interview != nil && !referenceIndex.copies.contains($0) }.sorted {
            left, right in
            (notes[left].interview?.date?.description ?? "~", notes[left].path)
                < (notes[right].interview?.date?.description ?? "~", notes[right].path)
        }
    }

    /// The next interview with `node` to prepare: the earliest dated today or later that is
    /// not cancelled or a no-show.
    public func nextInterview(with node: Graph.NodeID, today: LocalDate) -> Int? {
        interviewNotes(with: node).first { index in
            guard let interview = notes[index].interview, let date = interview.date else { return false }
            return interview.status == nil && date.date >= today
        }
    }

    /// What the Referrals item of a referral edge says besides the name (`ReferralMention.remark`),
    /// without brackets around all of it (`Prose.unbracketed`: "in HR" for `- [[Jo]] (in HR)`):
    /// who the person is, which a step, a dossier or a prep sheet about the referral shows after
    /// a label. The first of its items that has one.
    public func remark(of edge: Graph.Edge) -> String? {
        remarkedMention(of: edge)?.mention.remark.map(Prose.unbracketed)
    }

    /// The Referrals item `remark(of:)` reads, and the index of its note in `notes`: for a page
    /// that shows the remark with its links.
    func remarkedMention(of edge: Graph.Edge) -> (mention: ReferralMention, note: Int)? {
        edge.sources.lazy.compactMap { source -> (mention: ReferralMention, note: Int)? in
            guard let index = self.index(ofPath: source.file),
                let mention = self.notes[index].interview?.referrals.first(where: {
                    $0.person.position.line == source.line
                }), mention.remark != nil
            else { return nil }
            return (mention, index)
        }.first
    }

    /// The latest interview with `node` held on or before `today` (not cancelled or a no-show).
    public func lastHeldInterview(with node: Graph.NodeID, today: LocalDate) -> Int? {
        interviewNotes(with: node).last { notes[$0].interview?.isHeld(asOf: today) == true }
    }

    /// The organization note a placeholder organization looks like (`organization: ACME` beside
    /// the note of Acme Corp: `NameKey.organizationLookAlike`, `check`'s `look-alike-names`),
    /// for what is said about the placeholder's research. Scans the notes: asked only of the
    /// organizations of a meeting to prepare.
    func organizationNote(lookingLike placeholder: Graph.NodeID) -> Int? {
        guard graph.nodes[placeholder].kind == .placeholderOrganization else { return nil }
        let key = NameKey.organizationLookAlike(graph.nodes[placeholder].name)
        return notes.indices.first { index in
            notes[index].organization != nil
                && ([notes[index].name] + notes[index].aliases).contains { NameKey.organizationLookAlike($0) == key }
        }
    }
}
