/// The one-month update: what you did with their advice, and whom you met since.
extension DraftComposer {
    /// The update goes to the person met, who was not at the meetings since: a private one is
    /// not mentioned, nor is getting in touch with someone they suggested when only a private
    /// meeting says so (as a note to a referrer quotes no private note).
    func addUpdate(_ followThrough: FollowThrough?, for person: Graph.NodeID, to values: inout DraftValues) {
        guard let followThrough else { return }
        // One update for several meetings: "When we talked on Wednesday, 14 October and on
        // Wednesday, 18 November", as the step says, not the last day alone.
        if followThrough.meetingDates.count > 1 {
            values["when"] = Prose.list(followThrough.meetingDates.map { Prose.when($0, today: today) })
        }
        let met = metSince(followThrough, besides: person).filter { !$0.isPrivate }
        let referred = Self.unique(followThrough.referrals.filter(\.contactedOpenly).map(\.name.escapingLineBreaks))
        // Someone they suggested whom you have met since is named once, with the day you met.
        let (metOn, others) = FollowThrough.namedOnce(referred, metAt: met)
        // A meeting only their Log records (`- 2026-12-03 met: zoom`) is a meeting too.
        let metInLog = FollowThrough.metInLog(followThrough.referrals.filter(\.contactedOpenly))
        let contacted = referred.map { name in
            (metOn[name] ?? metInLog[name]).map { "\(name) (we met \(Prose.when($0, today: today)))" } ?? name
        }
        values.list("contacted", contacted)
        values["several_contacted"] = contacted.count > 1 ? true : nil
        values.list(
            "not_contacted",
            Self.unique(followThrough.referrals.filter { !$0.contacted }.map(\.name.escapingLineBreaks)))
        values.list("resources_done", followThrough.resourcesDone.map(Prose.headline), separator: "; ")
        let leads = followThrough.leadsDone.map(Prose.headline)
        values.list("leads_done", leads, separator: "; ")
        values["several_leads_done"] = leads.count > 1 ? true : nil
        addWhatWasDone(followThrough.resourcesDone, said: followThrough.resourcesRead, as: "resources", to: &values)
        addWhatWasDone(followThrough.leadsDone, said: followThrough.leadsApplied, as: "leads", to: &values)
        values.list("met_since", metSinceByPeople(others), separator: "; ")
        let nothing = contacted.isEmpty && followThrough.resourcesDone.isEmpty && leads.isEmpty && met.isEmpty
        values["nothing_yet"] = nothing ? true : nil
    }

    /// `done` split in two for the update's sentences: `KIND_said` (`resources_read`,
    /// `leads_applied`: what the Log says you did, in its verb) and `KIND_followed_up` (the
    /// rest), each a list with its `_list` and `several_` values; the rest of the resources
    /// also as done, after "I have" (`resources_followed_up_done`: "read the annual report").
    private func addWhatWasDone(_ done: [String], said: [String], as kind: String, to values: inout DraftValues) {
        var left = said
        let rest = done.filter { text in
            guard let index = left.firstIndex(of: text) else { return true }
            left.remove(at: index)
            return false
        }
        let verb = kind == "leads" ? "applied" : "read"
        for (name, items) in [("\(kind)_\(verb)", said), ("\(kind)_followed_up", rest)] {
            let texts = items.map(Prose.headline)
            values.list(name, texts, separator: "; ")
            values["several_\(name)"] = texts.count > 1 ? true : nil
        }
        if kind == "resources" {
            values.list("resources_followed_up_done", rest.map { Prose.resourceDone(Prose.headline($0)) })
        }
    }

    /// Whom you met since the meeting an update follows (SPEC §1.7: "whom you talked to"),
    /// whoever gave you their names: every interview held after it, up to today, without
    /// `person`, by date.
    func metSince(_ followThrough: FollowThrough, besides person: Graph.NodeID) -> [FollowThrough.InterviewSince] {
        let graph = vault.graph
        let copies = vault.notesAnotherStandsFor()
        return vault.notes.indices.compactMap { index -> FollowThrough.InterviewSince? in
            guard !copies.contains(index) else { return nil }
            let note = vault.notes[index]
            guard let interview = note.interview, interview.isHeld(asOf: today),
                let date = interview.date?.date, date > followThrough.since
            else { return nil }
            let people = graph.neighbors(.met, from: Graph.node(ofNote: index))
            guard !people.isEmpty, !people.contains(person) else { return nil }
            return FollowThrough.InterviewSince(
                people: people.map(name), date: date, file: note.path, isPrivate: note.privacy != .published)
        }
        .sorted { ($0.date, $0.file) < ($1.date, $1.file) }
    }

    /// Meetings as an update lists them: the people met together once, with every day you met
    /// them ("Dana Lee on Thursday, 12 November and on Friday, 20 November").
    private func metSinceByPeople(_ meetings: [FollowThrough.InterviewSince]) -> [String] {
        var order: [String] = []
        var days: [String: [String]] = [:]
        for meeting in meetings {
            let people = Prose.list(meeting.people)
            if days[people] == nil { order.append(people) }
            let day = Prose.when(meeting.date, today: today)
            if days[people]?.last != day { days[people, default: []].append(day) }
        }
        return order.map { "\($0) \(Prose.list(days[$0] ?? []))" }
    }

    /// The private interviews an update about `interview` to `person` leaves out, for the
    /// command to say so: the draft does not.
    public func privateInterviewsLeftOut(of interview: Int, to person: Graph.NodeID) -> [FollowThrough.InterviewSince] {
        guard let followThrough = FollowThrough(updateAbout: interview, to: person, vault: vault, today: today)
        else { return [] }
        return metSince(followThrough, besides: person).filter(\.isPrivate)
    }
}
