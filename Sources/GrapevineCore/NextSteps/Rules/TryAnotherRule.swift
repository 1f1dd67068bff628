/// `try-another` (the "3" of 3B7): your first unanswered message to C at organization O went
/// out on day d, and nobody else at O was contacted since. Due d + `try_another_business_days`
/// business days. The step is about C.
struct TryAnotherRule: NextStepRule {
    let findsByPerson = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.people).compactMap { person in
            guard let file = person.file, let first = person.unansweredOutreach.first,
                let organization = context.organizationName(of: person.node)
            else { return nil }
            guard !context.colleagueContacted(of: person.node, onOrAfter: first.date) else { return nil }
            let everyone = context.colleagues(of: person.node)
            let colleagues = everyone.filter { !Self.hasDeclined($0) }
            let others = colleagues.prefix(3).map { context.name($0.node) }
            let more = colleagues.count > 3 ? " and \(colleagues.count - 3) more" : ""
            let detail =
                !others.isEmpty
                ? "Others there: \(others.joined(separator: ", "))\(more)."
                : everyone.isEmpty
                    ? "Nobody else at \(organization) is in your vault yet: find someone."
                    : "Everyone else at \(organization) in your vault has declined: find someone new."
            return context.step(
                .tryAnother, about: person.node,
                due: context.cadence.adding(businessDays: context.cadence.tryAnotherBusinessDays, to: first.date),
                since: first.date,
                title:
                    "Write to someone else at \(organization): \(context.name(person.node)) has not answered since \(first.date)",
                details: [detail], file: file, line: first.position.line)
        }
    }

    /// Whether someone declined, and has not answered or met you since: no one to write to next.
    private static func hasDeclined(_ person: Person) -> Bool {
        guard let declined = person.last(.declined) else { return false }
        return !person.logged([.reply, .met], onOrAfter: declined.date.adding(days: 1))
    }
}
