/// `schedule`: C replied on day r, after your last message, and no meeting with C has been
/// held or set since (no interview dated on/after r that was not called off, no `met` entry),
/// and C has not declined. Due r + `schedule_days`.
struct ScheduleRule: NextStepRule {
    func steps(_ context: NextStepContext, _ part: Part) -> [NextStep] {
        part.of(context.people).compactMap { person in
            guard let file = person.file, let reply = person.last(.reply)
            else { return nil }
            let lastMessage = person.log.filter { $0.event?.isOutreach == true }.map(\.date).max()
            guard lastMessage.map({ reply.date >= $0 }) != false,
                !person.meetings.contains(where: { $0.interview.status == nil && $0.date >= reply.date }),
                !person.logged([.met, .declined], onOrAfter: reply.date)
            else { return nil }
            var details = ["They replied on \(reply.date)."]
            if !reply.text.isEmpty { details.append("\u{201C}\(reply.text)\u{201D}") }
            details.append("Then: grapevine new interview \"\(context.name(person.node))\" --date YYYY-MM-DD")
            return context.step(
                .schedule, about: person.node, due: reply.date.adding(days: context.cadence.scheduleDays),
                title: "Schedule a meeting with \(context.nameWithOrganization(person.node))", details: details,
                file: file, line: reply.position.line)
        }
    }
}
