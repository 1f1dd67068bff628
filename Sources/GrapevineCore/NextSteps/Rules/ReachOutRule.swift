/// `reach-out`: a contact you were never in touch with, whom nobody referred, and with no
/// unanswered message to anyone else at their organization. Due their `added` date. An empty
/// contact note is a slip `check` reports, not someone to reach out to. Someone you thanked,
/// updated or sent a résumé is someone you are in touch with.
///
/// A message 3B7 has given up on is no longer open: once someone there is past their last
/// follow-up (`FollowUpRule.moveOnDay`), the step comes, due that day if it is after `added`.
/// Without this a colleague who never answered hid the contact for good (trial 27: Ethan
/// Brooks, while Dana Whitfield at Northwind Health had ignored two follow-ups).
struct ReachOutRule: NextStepRule {
    let endsWithTheSearch = true
    let findsByPerson = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.people).compactMap { person in
            guard let file = person.file, let added = person.added else { return nil }
            guard context.referrers(of: person.node).isEmpty, !person.wasContacted(onOrAfter: nil),
                !person.log.contains(where: { [.thanked, .updated, .resumeSent].contains($0.event) })
            else { return nil }
            var details: [String] = []
            var due = added
            for colleague in context.colleagues(of: person.node) where !colleague.unansweredOutreach.isEmpty {
                guard let movedOn = FollowUpRule.moveOnDay(of: colleague, context) else { return nil }
                due = max(due, movedOn)
                details.append(
                    "\(context.name(colleague.node)), also there, has not answered since "
                        + "\(colleague.unansweredOutreach[0].date), follow-ups included: someone new is the way in.")
            }
            if let met = MetInPerson(source: person.source, log: person.log) {
                details.append(met.detail)
            } else if Self.isConnection(source: person.source, connected: person.connected) {
                details.append("You are connected on LinkedIn: say how you know each other.")
            } else if let source = person.source?.trimmingWhitespace(), Prose.isRemark(source) {
                details.append("How you found them, as you noted it: \(source) — say so in your words.")
            } else if let source = person.source {
                details.append("You found them through \(Self.describe(source: source)) — say so.")
            }
            details.append("Keep it short, connection first, and ask for advice, not a job.")
            return context.step(
                .reachOut, about: person.node, due: due, since: added,
                title: "Reach out to \(context.nameWithOrganization(person.node))", details: details, file: file,
                line: 1)
        }
    }

    /// Whether a contact is one of your LinkedIn connections (a `connected:` date, which the
    /// import writes) whom nothing says you found another way: someone you know or have met, whom
    /// a message must not greet as a profile just come across.
    static func isConnection(source: String?, connected: LocalDate?) -> Bool {
        let source = source?.trimmingWhitespace().lowercased() ?? ""
        return connected != nil && (source.isEmpty || source == "linkedin")
    }

    /// A `source` as people say it: "LinkedIn", "a meetup", "your alumni network"; else with an
    /// article where the outreach draft gives it one ("a former colleague"), else as written
    /// (`Config 2026`, a URL).
    static func describe(source: String) -> String {
        let source = source.trimmingWhitespace()
        switch source.lowercased() {
        case "linkedin": return "LinkedIn"
        case "alumni", "alumni directory", "alumni network": return "your alumni network"
        case "meetup", "event", "conference", "talk", "panel": return "a " + source.lowercased()
        default: return Prose.withArticle(source)
        }
    }
}
