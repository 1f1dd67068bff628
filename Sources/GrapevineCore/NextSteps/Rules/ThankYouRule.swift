/// `thank-you`: a held interview with no `thank_you` date and no `thanked` entry on the person
/// dated on or after it. Due the interview date + `thank_you_days`; one step per person met.
///
/// One meeting written up in two notes (the same people on the same day) is thanked once: the
/// step is the first note's, names the other, and a `thank_you` in either closes it.
struct ThankYouRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.heldMeetings).flatMap { meeting -> [NextStep] in
            let notes = context.notes(ofMeeting: meeting)
            guard !notes.isEmpty, notes.allSatisfy({ $0.interview.thankYouForMeeting == nil }) else { return [] }
            let people = meeting.people.filter { !context.logged([.thanked], by: $0, onOrAfter: meeting.date) }
            // Worked out once for the meeting: an interview can meet many people.
            var details = people.isEmpty ? [] : details(notes, context)
            let resume = people.isEmpty ? nil : context.resumeRequest(at: meeting).flatMap { $0.isPending ? $0 : nil }
            if notes.count > 1 {
                let others = Prose.list(notes.dropFirst().map(\.file.escapingControlCharacters))
                details.append(
                    "The meeting is written up in \(others) too: a thank_you: there closes this step as well.")
            }
            return people.map { person in
                var details = details
                // Each thanked for the names they gave (SPEC §2.2: a `referred_by` narrows the credit).
                if let names = names(by: person, in: notes, context) { details.insert(names, at: 1) }
                if let line = resume.flatMap({ Self.resume($0.reply(to: person, today: context.today)) }) {
                    // Before the openings, the last of what the thank-you mentions.
                    details.insert(line, at: details.firstIndex { $0.hasPrefix(Self.applyLead) } ?? details.count)
                }
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

    /// "Thank them for the names: …": the people `person` named in the meeting's notes
    /// (`namesGiven`), each once, with what came of it when you reached them already, as the
    /// draft tells it; `nil` for none.
    private func names(by person: Graph.NodeID, in notes: [Meeting], _ context: NextStepContext) -> String? {
        var seen: Set<Graph.NodeID> = []
        let given = notes.flatMap { context.namesGiven(by: person, in: $0) }.filter { seen.insert($0.person).inserted }
        let names = given.map { named in
            let name = context.name(named.person)
            switch named.progress {
            case .met(let date): return "\(name) (met on \(date))"
            case .reachedOut(let date): return "\(name) (reached out on \(date))"
            case .notYet: return name
            }
        }
        return names.isEmpty ? nil : "Thank them for the names: \(Prose.list(names))."
    }

    /// Why what the note of `meeting` says under `key` closes nothing, which `UpdateRule` and
    /// `SendResumeRule` say of `update` and `resume_sent` too, naming the file when it is not
    /// the step's: a value not read ("'thank_you: 12/3' in the note is not read …",
    /// `Interview.sentNotRead`), or a date before the meeting ("'thank_you: 2026-11-06' in the
    /// note is before the meeting …", `Interview.sentBeforeMeeting`); `nil` when neither.
    static func notCounted(
        _ key: String, _ meeting: Meeting, _ sent: Interview.Sent?, _ action: String, stepFile: String
    ) -> String? {
        let note = meeting.file == stepFile ? "the note" : meeting.file
        if let notRead = meeting.interview.sentNotRead[key] {
            // `thank_you: 12/3`: written, not read, so the step stays open (trial finding: it
            // was "4 days late" with nothing said of the line the user had written).
            return "'\(notRead.written)' in \(note) is not read, so it does not close this step: \(notRead.hint)."
        }
        guard let day = meeting.interview.sentBeforeMeeting(sent) else { return nil }
        return "'\(key): \(day)' in \(note) is before the meeting, so it is not counted: if you did \(action), "
            + "write the day you did; if it came from a copied note, remove it."
    }

    /// How the detail that names the openings starts.
    private static let applyLead = "Say you would like to apply: "

    /// What the thank-you to one person says of a resume still to send (`ResumeRequest.reply`).
    private static func resume(_ reply: ResumeRequest.Reply) -> String? {
        switch reply {
        case .attach: return "They asked for your resume: attach it."
        case .askerUnknown:
            return "Someone you met asked for your resume, and your notes do not say who: attach it "
                + "if it was them."
        case .nothing, .sent: return nil
        }
    }

    /// What the thank-you mentions, from every note of the meeting (`notes`, the first being
    /// the meeting the step is for): what they recommended, the openings (the resume is each
    /// person's, `resume(_:)`).
    private func details(_ notes: [Meeting], _ context: NextStepContext) -> [String] {
        var details = ["You met on \(notes[0].date)."]
        details += notes.compactMap {
            Self.notCounted("thank_you", $0, $0.interview.thankYou, "thank them", stepFile: notes[0].file)
        }
        let resources = notes.flatMap { $0.interview.resources.map(\.shownText) }
        if !resources.isEmpty { details.append("Mention what they recommended: \(resources.joined(separator: "; ")).") }
        // A lead applied for already, or closed, is not one to say you would like to apply for.
        let leads = notes.flatMap { meeting in
            let (interview, applied) = (meeting.interview, context.applications(in: meeting).closed)
            return interview.leads.indices.filter {
                interview.leads[$0].checked != true && !applied.contains($0)
                    && FollowThrough.isOpen(interview.leads[$0], meeting: meeting.date, today: context.today)
            }
            .map { ApplyRule.opening(interview.leads[$0].shownLeadText) }
        }
        // After the search ended (`search_ended`) there is no opening to ask about.
        if !leads.isEmpty, context.searchEnded == nil {
            details.append(Self.applyLead + "\(leads.joined(separator: "; ")).")
        }
        return details
    }
}
