/// `prepare`: an interview within `prepare_days` after today that lacks any of: 3 or more
/// agenda questions, research on the organization (a non-empty Research section), a pitch.
/// Due the day before the interview. One later today is too late to prepare for, whether the
/// time now is known or not.
struct PrepareRule: NextStepRule {
    let endsWithTheSearch = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        let horizon = context.today.adding(days: context.cadence.prepareDays)
        return part.of(context.subjects.meetings).filter {
            $0.interview.status == nil && $0.date > context.today && $0.date <= horizon
        }.compactMap {
            meeting in
            var missing: [String] = []
            let questions = meeting.interview.agenda.count
            if questions < 3 { missing.append("an agenda of 3 or more questions (you have \(questions))") }
            if let gap = researchGap(meeting, context) { missing.append(gap) }
            if let gap = context.pitchGap { missing.append(gap) }
            guard !missing.isEmpty else { return nil }
            let person = meeting.people.first
            let with = person.map { " with \(context.nameWithOrganization($0))" } ?? ""
            return context.step(
                .prepare, about: person, due: meeting.date.adding(days: -1),
                since: meeting.date.adding(days: -context.cadence.prepareDays),
                title: "Prepare for your interview\(with) on \(meeting.date)",
                details: [
                    "Missing: " + missing.joined(separator: "; ") + ".",
                    "See: grapevine prep \(Shell.argument(person.map(context.name) ?? VaultPath.stem(of: meeting.file)))",
                ],
                file: meeting.file, line: 1, occasion: context.occasion(of: meeting))
        }
    }

    /// What is missing about the organizations of the people met, if anything.
    private func researchGap(_ meeting: Meeting, _ context: NextStepContext) -> String? {
        let organizations = Set(meeting.people.compactMap(context.organization(of:))).sorted()
        guard !organizations.isEmpty else { return "research on where they work (no organization given)" }
        let notes = context.vault.notes
        let unresearched = organizations.filter { node in
            context.vault.graph.noteIndex(of: node).map { notes[$0].organization?.hasResearch == true } != true
        }
        guard !unresearched.isEmpty else { return nil }
        return "research on "
            + Prose.list(unresearched.map { lookAlikeNote(ofPlaceholder: $0, context) ?? context.name($0) })
    }

    /// For an organization with no note (`organization: ACME`) that looks like one with a note
    /// (`Acme Corp`, `check`'s `look-alike-names`): its name, and which note may be meant. Its
    /// research is not counted without a word: the research may be there already.
    private func lookAlikeNote(ofPlaceholder node: Graph.NodeID, _ context: NextStepContext) -> String? {
        guard let same = context.vault.organizationNote(lookingLike: node) else { return nil }
        let name = context.name(node)
        let note = context.vault.notes[same]
        return "\(name) (no note of that name; if it is \(note.name), \(note.path), write '\(note.name)' as the "
            + "organization, or add '\(name)' to its aliases)"
    }
}
