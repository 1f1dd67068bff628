/// `try-another` (the "3" of 3B7): your first unanswered message to C at organization O went
/// out on day d, and nobody else at O was contacted since. Due d + `try_another_business_days`
/// business days. The step is about C; the detail names whom at O to write to instead, and
/// first who could put in a word with C: someone who gave you C's name and whom you met.
///
/// 3B7 is for getting in where you know no one: no step when you met someone else at O within
/// `stay_in_touch_days` before d (`hasWayIn`); writing to a stranger there would go around them,
/// and C's own follow-up still comes.
struct TryAnotherRule: NextStepRule {
    let endsWithTheSearch = true
    let findsByPerson = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.people).compactMap { person in
            guard let file = person.file, let first = person.unansweredOutreach.first,
                let organization = context.organizationName(of: person.node)
            else { return nil }
            guard !context.colleagueContacted(of: person.node, onOrAfter: first.date),
                !Self.hasWayIn(besides: person.node, since: first.date, context)
            else { return nil }
            let colleagues = context.colleagues(of: person.node)
            var details = [Self.askReferrer(of: person.node, context)].compactMap { $0 }
            if let others = Self.othersToWrite(colleagues, context) {
                details.append(others)
            } else if details.isEmpty {
                details.append(Self.nobodyNew(at: organization, colleagues: colleagues, context))
            }
            return context.step(
                .tryAnother, about: person.node,
                due: context.cadence.adding(businessDays: context.cadence.tryAnotherBusinessDays, to: first.date),
                since: first.date,
                title:
                    "Write to someone else at \(organization): \(context.name(person.node)) has not answered since \(first.date)",
                details: details, file: file, line: first.position.line)
        }
    }

    /// Whether you met someone else at `person`'s organization (a held interview, a `met` entry)
    /// within `stay_in_touch_days` before `date`: you have a way in there (trial P: Grace Liu
    /// unanswered at Stripe, where you had met Priya and Kofi). Contact on or after `date` is
    /// `NextStepContext.colleagueContacted`'s.
    private static func hasWayIn(besides person: Graph.NodeID, since date: LocalDate, _ context: NextStepContext)
        -> Bool
    {
        let from = date.adding(days: -context.cadence.stayInTouchDays)
        return context.colleagues(of: person).contains { colleague in
            colleague.logged([.met], onOrAfter: from)
                || colleague.meetings.contains { $0.date >= from && $0.isHeld(asOf: context.today, now: context.now) }
        }
    }

    /// "Ask 陈伟 (met on 2026-11-26), who gave you the name, to put in a word with Mei Lin, or
    /// wait for an answer.": someone who gave you the name and whom you met is a warmer way in
    /// than a stranger at the organization; `nil` when nobody like that referred them.
    private static func askReferrer(of person: Graph.NodeID, _ context: NextStepContext) -> String? {
        let met = context.referrers(of: person).compactMap { referrer -> String? in
            guard case .met(let date) = context.progress(with: referrer) else { return nil }
            return "\(context.name(referrer)) (met on \(date))"
        }
        guard !met.isEmpty else { return nil }
        return "Ask \(met.joined(separator: " or ")), who gave you the name, to put in a word with "
            + "\(context.name(person)), or wait for an answer."
    }

    /// Whom to write to instead (SPEC §1.3: *another* person there): the people at the
    /// organization you have not contacted yet, a few by name; `nil` for nobody.
    static func othersToWrite(_ colleagues: [Person], _ context: NextStepContext) -> String? {
        let uncontacted = colleagues.filter { !$0.wasContacted(onOrAfter: nil) }.map { context.name($0.node) }
        guard !uncontacted.isEmpty else { return nil }
        let named = Array(uncontacted.prefix(3)) + (uncontacted.count > 3 ? ["\(uncontacted.count - 3) more"] : [])
        return "Others there you have not contacted yet: \(Prose.list(named))."
    }

    /// When there is nobody new there: someone you already wrote to, met or heard from is no
    /// one new, so the detail says so and to find someone new.
    private static func nobodyNew(at organization: String, colleagues: [Person], _ context: NextStepContext)
        -> String
    {
        if colleagues.isEmpty { return "Nobody else at \(organization) is in your vault yet: find someone." }
        let available = colleagues.filter { !hasDeclined($0) }
        if available.isEmpty {
            return "Everyone else at \(organization) in your vault has declined: find someone new."
        }
        let contacted = Prose.list(available.map { context.name($0.node) })
        return "You have already contacted everyone else at \(organization) in your vault (\(contacted)): "
            + "find someone new there."
    }

    /// Whether someone declined, and has not answered or met you since: no one to write to next.
    private static func hasDeclined(_ person: Person) -> Bool {
        guard let declined = person.last(.declined) else { return false }
        return !person.logged([.reply, .met], onOrAfter: declined.date.adding(days: 1))
    }
}
