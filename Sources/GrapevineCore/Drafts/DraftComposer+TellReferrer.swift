/// The note to a referrer: you met the people they suggested, when, and what came of it.
extension DraftComposer {
    /// Someone a referrer gave you whom you have met: the first interview held with them
    /// without the referrer.
    public struct MetReferral: Sendable, Equatable {
        /// The person referred.
        public var person: Graph.NodeID
        /// The interview's index in `vault.notes`.
        public var interview: Int
        /// The interview's date.
        public var date: LocalDate
    }

    /// The most people a note to a referrer tells about; the others are counted.
    static let metReferralsShown = 3

    /// The people `referrer` gave you whom you have met, by the date you first met them.
    public func metReferrals(of referrer: Graph.NodeID) -> [MetReferral] {
        let graph = vault.graph
        return graph.referrals(by: referrer).compactMap { person -> MetReferral? in
            let held = vault.interviewNotes(with: person).first { index in
                vault.notes[index].interview?.isHeld(asOf: today) == true
                    && !graph.neighbors(.met, from: Graph.node(ofNote: index)).contains(referrer)
            }
            guard let held, let date = vault.notes[held].interview?.date?.date else { return nil }
            return MetReferral(person: person, interview: held, date: date)
        }
        .sorted { ($0.date, name($0.person)) < ($1.date, name($1.person)) }
    }

    /// The met referrals to tell `referrer` about: the ones met since you last thanked or
    /// updated them, else all; at most `metReferralsShown`, the latest, told in full, and the
    /// earlier of them (`others`), named. Those they heard about already are not news.
    func referralsToTell(_ referrer: Graph.NodeID) -> (shown: [MetReferral], others: [MetReferral]) {
        let met = metReferrals(of: referrer)
        let lastTold = log(of: referrer).filter { $0.event == .thanked || $0.event == .updated }.map(\.date).max()
        let untold = met.filter { referral in lastTold.map { referral.date > $0 } ?? true }
        let news = untold.isEmpty ? met : untold
        let shown = Array(news.suffix(Self.metReferralsShown))
        return (shown, Array(news.dropLast(shown.count)))
    }

    func addTellReferrer(_ referrer: Graph.NodeID, to values: inout DraftValues) {
        let (shown, others) = referralsToTell(referrer)
        values["met_list"] = Prose.list(shown.map { name($0.person) })
        values.set("met", shown.map(metValues))
        values["several_met"] = shown.count > 1 ? true : nil
        values["others"] = others.isEmpty ? nil : Prose.number(others.count)
        values["others_list"] = others.isEmpty ? nil : Prose.list(others.map { name($0.person) })
    }

    /// One met referral's values: whom, where, when, and what came of it.
    private func metValues(_ referral: MetReferral) -> [String: Any] {
        var values = DraftValues()
        let note = vault.notes[referral.interview]
        values["name"] = name(referral.person)
        values["first_name"] = firstName(of: referral.person)
        values["at"] = vault.graph.organization(of: referral.person).map(name)
        values["when"] = Prose.when(referral.date, today: today)
        values["interview_date"] = referral.date.description
        values["interview_file"] = note.path
        // The message goes to someone who was not there: a private note is not quoted to them.
        let quotable = note.privacy == .published
        values["highlight"] = quotable ? highlight(ofInterview: referral.interview, about: referral.person) : nil
        let followThrough = FollowThrough(
            vault: vault, interviewNote: referral.interview, person: referral.person, today: today)
        values.list("referrals", Self.unique(followThrough?.referrals.map(\.name.escapingLineBreaks) ?? []))
        let leads =
            quotable
            ? theirWords(
                note.interview?.leads.map { Prose.headline($0.leadText) } ?? [], ofInterview: referral.interview,
                to: referral.person) : []
        values.list("leads", leads, separator: "; ")
        values["several_leads"] = leads.count > 1 ? true : nil
        return values.dictionary
    }
}
