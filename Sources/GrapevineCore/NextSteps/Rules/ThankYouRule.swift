/// `thank-you`: a held interview with no `thank_you` date and no `thanked` entry on the person
/// dated on or after it. Due the interview date + `thank_you_days`; one step per person met.
struct ThankYouRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).filter { $0.interview.thankYou == nil }.flatMap { meeting in
            let people = meeting.people.filter { !context.logged([.thanked], by: $0, onOrAfter: meeting.date) }
            // Worked out once for the meeting: an interview can meet many people.
            let details = people.isEmpty ? [] : details(meeting, context)
            return people.map { person in
                var details = details
                // Each thanked for the names they gave (SPEC §2.2: a `referred_by` narrows the credit).
                if let names = names(by: person, in: meeting, context) { details.insert(names, at: 1) }
                if people.count > 1, context.person(person)?.file == nil {
                    // `done` logs it in their note: the interview's `thank_you:` would close everyone's.
                    let named = context.vault.graph.edges(.met, to: person).first { $0.source.file == meeting.file }
                    details.append(context.noNoteAdvice(for: person, writtenAt: named?.source))
                }
                return context.step(
                    .thankYou, about: person, due: meeting.date.adding(days: context.cadence.thankYouDays),
                    since: meeting.date,
                    title: "Send a thank-you note to \(context.nameWithOrganization(person))",
                    details: details, file: meeting.file, line: 1,
                    occasion: context.occasion(of: meeting))
            }
        }
    }

    /// "Thank them for the names: …": the people `person` named in this meeting's note
    /// (`namesGiven`), each with what came of it when you reached them already, as the draft
    /// tells it; `nil` for none.
    private func names(by person: Graph.NodeID, in meeting: Meeting, _ context: NextStepContext) -> String? {
        let names = context.namesGiven(by: person, in: meeting).map { named in
            let name = context.name(named.person)
            switch named.progress {
            case .met(let date): return "\(name) (met on \(date))"
            case .reachedOut(let date): return "\(name) (reached out on \(date))"
            case .notYet: return name
            }
        }
        return names.isEmpty ? nil : "Thank them for the names: \(Prose.list(names))."
    }

    private func details(_ meeting: Meeting, _ context: NextStepContext) -> [String] {
        let interview = meeting.interview
        var details = ["You met on \(meeting.date)."]
        let resources = interview.resources.map(\.shownText)
        if !resources.isEmpty { details.append("Mention what they recommended: \(resources.joined(separator: "; ")).") }
        if interview.resumeRequested && SendResumeRule.isPending(meeting, context) {
            details.append("They asked for your resume: attach it.")
        }
        // A lead applied for already is not one to say you would like to apply for.
        let applied = context.applications(in: meeting).closed
        let leads = interview.leads.indices.filter { interview.leads[$0].checked != true && !applied.contains($0) }
            .map { ApplyRule.opening(interview.leads[$0].shownLeadText) }
        if !leads.isEmpty { details.append("Say you would like to apply: \(leads.joined(separator: "; ")).") }
        return details
    }
}
