/// Who referred each new person, as `export vcard` wrote it (`RELATED;…;X-GRAPEVINE=referred-by`):
/// the `referred_by` of their new note names the referrer's note, whether the import creates
/// it, finds it, or the vault has it already.
extension ImportPlanner {
    /// For each person who gets a new note, references to the notes of the people who referred
    /// them (their names, or a path when the name finds another note too); warnings for the
    /// referrers who cannot be named.
    func referrers(of people: [ImportedPerson], _ decisions: [Decision]) -> (
        references: [[String]], problems: [ImportProblem]
    ) {
        var cards: [String: Int] = [:]
        for (index, person) in people.enumerated() {
            guard let uid = person.uid, cards[uid] == nil else { continue }
            if case .repeated(let first, _) = decisions[index] { cards[uid] = first } else { cards[uid] = index }
        }
        var vaultCards: [String: Int]?
        var references = [[String]](repeating: [], count: people.count)
        var problems: [ImportProblem] = []
        for (index, person) in people.enumerated() where !person.referredBy.isEmpty {
            guard case .create = decisions[index] else { continue }
            var seen: Set<String> = []
            for referrer in person.referredBy {
                let reference: String?
                switch referrer {
                case .name(let name):
                    reference = name
                case .card(let uid) where cards[uid] == index || uid == person.uid:
                    continue
                case .card(let uid):
                    if let card = cards[uid] {
                        reference = self.reference(toPersonAt: card, people, decisions)
                        if reference == nil { problems.append(notImported(person, referrer: people[card])) }
                    } else {
                        if vaultCards == nil { vaultCards = contactsByCard() }
                        reference = vaultCards?[uid].map(self.reference(toNote:))
                        if reference == nil { problems.append(unknownCard(person, uid: uid)) }
                    }
                }
                if let reference, seen.insert(NameKey.fold(reference)).inserted {
                    references[index].append(reference)
                }
            }
        }
        return (references, problems)
    }

    /// How a note refers to the person at `index` once imported; `nil` for someone left out.
    private func reference(toPersonAt index: Int, _ people: [ImportedPerson], _ decisions: [Decision]) -> String? {
        switch decisions[index] {
        case .create: return people[index].name
        case .existing(let note): return reference(toNote: note)
        case .repeated(let first, _): return reference(toPersonAt: first, people, decisions)
        case .skip: return nil
        }
    }

    /// The note's name when the name finds it, else its path without `.md`.
    private func reference(toNote index: Int) -> String {
        let note = vault.notes[index]
        return vault.notes(foundBy: note.name, preferring: .contact) == [index]
            ? note.name : String(note.path.dropLast(3))
    }

    /// The vault's contact notes by the UID `export vcard` gives their cards.
    private func contactsByCard() -> [String: Int] {
        var cards: [String: Int] = [:]
        for (index, note) in vault.notes.enumerated() where note.kind == .contact {
            cards[ContactCard.uid(ofNoteAt: note.path)] = index
        }
        return cards
    }

    private func notImported(_ person: ImportedPerson, referrer: ImportedPerson) -> ImportProblem {
        ImportProblem(
            .warning, line: person.line,
            "'\(person.name)' was referred by '\(referrer.name)' (line \(referrer.line)), who is not imported; "
                + "referred_by leaves them out")
    }

    private func unknownCard(_ person: ImportedPerson, uid: String) -> ImportProblem {
        ImportProblem(
            .warning, line: person.line,
            "'\(person.name)' was referred by the card '\(uid)', which is neither in the file nor a note of the "
                + "vault; referred_by leaves it out")
    }
}
