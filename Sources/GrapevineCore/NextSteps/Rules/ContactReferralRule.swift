/// `contact-referral`: someone gave you B's name on day d (the interview date, else B's
/// `added`), and you have not been in touch with B since. Due d + `referral_days`; undated
/// without a date. One step per person, dated by the earliest referral and naming every referrer.
///
/// B may have no note yet: the step then points at where the referral was written. When B's
/// name is a slip of one contact's (`Elena Parks` for the note of Elena Park, as `check` says),
/// the step is to fix the name there: that contact has steps of their own.
struct ContactReferralRule: NextStepRule {
    let endsWithTheSearch = true
    let findsByPerson = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        let edges = context.vault.graph.edges
        return part.of(context.subjects.people).compactMap { person in
            guard let (index, from) = context.referrals[person.node] else { return nil }
            let first = edges[index]
            guard !person.wasContacted(onOrAfter: first.date) else { return nil }
            let names = Prose.list(from.map(context.name))
            var title = "Contact \(context.nameWithOrganization(person.node)), referred by \(names)"
            var details = ["Mention \(names), who gave you the name."] + remarks(about: person.node, context)
            if person.file == nil {
                if let fix = context.fixTheNameAdvice(for: person.node, writtenAt: first.source) {
                    title = fix
                    let name = context.writtenName(person.node)
                    details = ["If \(name) is someone else, contact them and mention \(names), who gave you the name."]
                }
                details.append(context.noNoteAdvice(for: person.node, writtenAt: first.source))
            }
            return context.step(
                .contactReferral, about: person.node, due: first.date?.adding(days: context.cadence.referralDays),
                since: first.date, title: title, details: details,
                file: person.file ?? first.source.file, line: person.file == nil ? first.source.line : 1)
        }
    }

    /// What the Referrals items naming the person say of them (`- [[Jo]] (in HR)`): what the
    /// user needs to find them. "Noted with the name: (in HR)", each remark once, with who
    /// gave the name with it when not everyone who gave it did (one item of a meeting with
    /// several people is all of theirs, not the first one's).
    private func remarks(about person: Graph.NodeID, _ context: NextStepContext) -> [String] {
        let edges = context.vault.graph.edges(.referred, to: person).filter {
            $0.isReferralPath && $0.from != Graph.owner
        }
        var remarks: [(remark: String, from: [Graph.NodeID])] = []
        for edge in edges {
            guard let remark = context.vault.remark(of: edge) else { continue }
            if let known = remarks.firstIndex(where: { $0.remark == remark }) {
                if !remarks[known].from.contains(edge.from) { remarks[known].from.append(edge.from) }
            } else {
                remarks.append((remark, [edge.from]))
            }
        }
        let referrers = Set(edges.map(\.from))
        return remarks.map { remark, from in
            let whose = Set(from) == referrers ? "" : " from \(Prose.list(from.map(context.name)))"
            return "Noted with the name\(whose): \(remark)"
        }
    }
}
