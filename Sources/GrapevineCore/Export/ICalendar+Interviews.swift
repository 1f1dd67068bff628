extension ICalendar {
    /// An interview as an event: from its time for its duration, or all day when the note
    /// gives no time; where (`InterviewEvent.place`), the link to join, and how to prepare.
    func event(_ interview: InterviewEvent) -> Component {
        var properties = Self.when(interview)
        properties.append("SUMMARY:" + ContentLine.escaped(interview.title))
        if let place = interview.place { properties.append("LOCATION:" + ContentLine.escaped(place)) }
        if let link = interview.link { properties.append("URL:" + ContentLine.uri(link)) }
        properties += [
            "DESCRIPTION:" + ContentLine.escaped(Self.description(of: interview)), "CATEGORIES:interview",
            "STATUS:" + (interview.status == .cancelled ? "CANCELLED" : "CONFIRMED"),
        ]
        return Component(name: "VEVENT", uid: Self.uid(of: interview), properties: properties)
    }

    /// An interview's UID: the FNV-1a hash of its note's path, `interview-<16 hex>@grapevine`,
    /// which no step's UID can be. Its date, time and people may change; its file rarely does.
    static func uid(of interview: InterviewEvent) -> String {
        "interview-" + FNV1a.hex(interview.file.utf8) + uidSuffix
    }

    /// `DTSTART` and `DTEND` (`DURATION` when the end would be after 9999-12-31): local time
    /// with no time zone (a "floating" time, which calendar apps show in the zone they are
    /// in), as the vault writes times.
    private static func when(_ interview: InterviewEvent) -> [String] {
        let day = interview.start.date
        guard let minutes = interview.start.minutes else { return allDay(day) }
        let length = min(max(interview.minutes, 0), longestInterview)
        let end = minutes + length
        let start = "DTSTART:" + dateText(day) + "T" + timeText(minutes: minutes) + "00"
        // An end after 9999-12-31 has no date (dates stop there): the length says it instead.
        guard end / 1440 <= day.days(until: LocalDate.latest) else { return [start, "DURATION:PT\(length)M"] }
        return [start, "DTEND:" + dateText(day.adding(days: end / 1440)) + "T" + timeText(minutes: end % 1440) + "00"]
    }

    /// The longest an interview's event lasts, in minutes: a week. `check` warns above 30
    /// minutes already; this keeps a `duration` of a billion minutes from ending in the year
    /// 3900 (or overflowing).
    static let longestInterview = 7 * 24 * 60

    /// How you meet and for how long, the link, how to prepare; then a blank line and the note.
    static func description(of interview: InterviewEvent) -> String {
        var lines = [interview.how]
        if interview.status == .cancelled { lines.insert("Cancelled.", at: 0) }
        if interview.status == .noShow { lines.insert("They did not come (no-show).", at: 0) }
        if let link = interview.link { lines.append("Join: " + link) }
        if interview.status == nil, interview.isUpcoming, let name = interview.people.first?.name {
            lines.append("Prepare: grapevine prep \(Shell.argument(name))")
        }
        return lines.joined(separator: "\n") + "\n\n" + interview.file
    }
}
