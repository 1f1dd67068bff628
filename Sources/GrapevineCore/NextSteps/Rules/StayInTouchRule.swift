/// `stay-in-touch`: a contact met at least once whose last touch (a Log entry, an interview, a
/// thank-you or update date) was on day t. Due t + `stay_in_touch_days`. Nothing while a
/// meeting with them is coming up.
struct StayInTouchRule: NextStepRule {
    let findsByPerson = true

    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.subjects.people).compactMap { person in
            guard let file = person.file else { return nil }
            let today = context.today
            let met =
                person.meetings.contains { $0.isHeld(asOf: today, now: context.now) }
                || person.log.contains { $0.event == .met && $0.date <= today }
            guard met, !person.meetings.contains(where: { $0.isUpcoming(asOf: today, now: context.now) }),
                let last = LastTouch.date(
                    log: person.log,
                    held: person.meetings.lazy.filter { $0.isHeld(asOf: today, now: context.now) }.flatMap(
                        \.touchDates),
                    today: today)
            else { return nil }
            return context.step(
                .stayInTouch, about: person.node, due: last.adding(days: context.cadence.stayInTouchDays), since: last,
                title: "Get back in touch with \(context.nameWithOrganization(person.node))",
                details: ["Last in touch on \(last): share news, an article, or thanks for their advice."],
                file: file, line: 1)
        }
    }
}
