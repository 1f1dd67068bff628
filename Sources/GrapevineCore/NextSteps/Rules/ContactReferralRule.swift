/// `contact-referral`: someone gave you B's name on day d (the interview date, else B's
/// `added`), and you have not been in touch with B since. Due d + `referral_days`; undated
/// without a date. One step per person, dated by the earliest referral and naming every referrer.
///
/// B may have no note yet: the step then points at where the referral was written.
struct ContactReferralRule: NextStepRule {
    func steps(_ context: NextStepContext) -> [NextStep] {
        context.people.compactMap { person in
            let referrals = context.vault.graph.edges(.referred, to: person.node).filter { $0.from != Graph.owner }
            guard let first = referrals.min(by: Self.earlier) else { return nil }
            guard !person.wasContacted(onOrAfter: first.date) else { return nil }
            let names = referrals.map { context.name($0.from) }
            let who = context.name(person.node)
            var details = ["Mention \(names.joined(separator: " and ")), who gave you the name."]
            if person.note == nil {
                details.append("No note yet: grapevine new contact \"\(who)\"")
            }
            return context.step(
                .contactReferral, about: person.node, due: first.date?.adding(days: context.cadence.referralDays),
                title:
                    "Contact \(context.nameWithOrganization(person.node)), referred by \(names.joined(separator: " and "))",
                details: details, file: person.note?.path ?? first.source.file,
                line: person.note == nil ? first.source.line : 1)
        }
    }

    /// Dated referrals first, oldest first.
    private static func earlier(_ a: Graph.Edge, _ b: Graph.Edge) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?): return x < y
        case (_?, nil): return true
        default: return false
        }
    }
}
