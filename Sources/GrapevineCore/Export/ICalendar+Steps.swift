extension ICalendar {
    /// A step as a to-do: due on its date, if it has one.
    func todo(_ step: NextStep, uid: String) -> Component {
        var properties: [String] = []
        if let due = step.due { properties.append("DUE;VALUE=DATE:" + Self.dateText(due)) }
        properties += about(step)
        properties.append("STATUS:NEEDS-ACTION")
        return Component(name: "VTODO", uid: uid, properties: properties)
    }

    /// A dated step as an all-day event on its due date. It does not make you busy
    /// (`TRANSP:TRANSPARENT`): it is something to do that day, not a meeting.
    func event(_ step: NextStep, uid: String) -> Component {
        let properties = Self.allDay(step.due ?? LocalDate.earliest) + about(step) + ["TRANSP:TRANSPARENT"]
        return Component(name: "VEVENT", uid: uid, properties: properties)
    }

    /// What a step's to-do and event both say: the title, the details, the person, the kind.
    private func about(_ step: NextStep) -> [String] {
        var lines = [
            "SUMMARY:" + ContentLine.escaped(step.shownTitle),
            "DESCRIPTION:" + ContentLine.escaped(Self.description(of: step)),
        ]
        if let contact = step.contact { lines.append("CONTACT:" + ContentLine.escaped(contact)) }
        lines.append("CATEGORIES:" + ContentLine.escaped(step.kind.rawValue))
        return lines
    }

    /// The details, one per line, then a blank line and the `file:line` to edit.
    static func description(of step: NextStep) -> String {
        let location = "\(step.file):\(step.line)"
        return step.details.isEmpty ? location : step.details.joined(separator: "\n") + "\n\n" + location
    }
}
