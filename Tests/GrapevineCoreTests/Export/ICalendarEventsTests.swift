import Testing

@testable import GrapevineCore

@Suite("iCalendar export as events")
struct ICalendarEventsTests {
    typealias Fixture = ICalendarTests

    static func interview(
        _ start: String, minutes: Int = 30, people: [InterviewEvent.Person] = [maria], mode: Interview.Mode? = .video,
        status: Interview.Status? = nil, location: String? = nil, link: String? = nil, isUpcoming: Bool = true,
        file: String = "interviews/2026-11-20-maria-lopez.md"
    ) throws -> InterviewEvent {
        InterviewEvent(
            file: file, start: try #require(LocalDateTime(start)), minutes: minutes, people: people,
            isUpcoming: isUpcoming, mode: mode, status: status, location: location, link: link)
    }

    static let maria = InterviewEvent.Person(name: "Maria Lopez", organization: "Brightfield Foods")

    static func read(_ steps: [NextStep], interviews: [InterviewEvent] = []) throws -> ContentLineReader {
        try ContentLineReader(ICalendar(steps, stamp: Fixture.stamp, form: .events, interviews: interviews).text)
    }

    @Test("a dated step is an all-day event on its due date that leaves you free; an undated one stays a to-do")
    func steps() throws {
        let reader = try Self.read([
            Fixture.step(.thankYou, title: "Thank Maria", due: LocalDate("2026-12-31"), contact: "Maria Lopez"),
            Fixture.step(.findContacts, title: "Find people at Cove Creamery", organization: "Cove Creamery"),
        ])
        let event = try #require(reader.events.first)
        #expect(reader.events.count == 1)
        #expect(event.property("DTSTART")?.parameters == ["VALUE": "DATE"])
        #expect(event.property("DTSTART")?.value == "20261231")
        #expect(event.property("DTEND")?.parameters == ["VALUE": "DATE"])
        #expect(event.property("DTEND")?.value == "20270101")
        #expect(event.property("TRANSP")?.value == "TRANSPARENT")
        #expect(try event.text("SUMMARY") == "Thank Maria")
        #expect(try event.text("CONTACT") == "Maria Lopez")
        #expect(try event.text("CATEGORIES") == "thank-you")
        #expect(event.property("DTSTAMP")?.value == "20261118T110640Z")
        #expect(event.property("STATUS") == nil)
        #expect(try reader.todos.map { try $0.text("SUMMARY") } == ["Find people at Cove Creamery"])
    }

    @Test("a step keeps its UID as an event: the same one it has as a to-do")
    func sameUIDs() throws {
        let steps = [Fixture.step(.update, title: "Update Maria", due: LocalDate("2026-12-01"), contact: "Maria Lopez")]
        #expect(try Self.read(steps).events.first?.property("UID")?.value == Fixture.uids(steps).first)
    }

    @Test("interview steps are left out: the interviews are events of their own")
    func interviewSteps() throws {
        let step = Fixture.step(.interview, title: "Interview with Maria Lopez today", due: LocalDate("2026-11-20"))
        let reader = try Self.read([step], interviews: [Self.interview("2026-11-20 14:00")])
        #expect(reader.calendar.components.count == 1)
        #expect(try reader.events.first?.text("CATEGORIES") == "interview")
        #expect(ICalendar([step], stamp: Fixture.stamp, form: .events).shownSteps.isEmpty)
    }

    @Test(
        "an interview is a timed event, in local time, for its duration",
        arguments: [
            ("2026-11-20 14:00", 30, "20261120T140000", "20261120T143000"),
            ("2026-11-20 09:05", 20, "20261120T090500", "20261120T092500"),
            ("2026-12-31 23:45", 30, "20261231T234500", "20270101T001500"),
            ("2026-11-20 10:00", 1500, "20261120T100000", "20261121T110000"),
            ("2026-11-20 10:00", -5, "20261120T100000", "20261120T100000"),
            ("2026-11-20 10:00", Int.max, "20261120T100000", "20261127T100000"),
        ])
    func timed(start: String, minutes: Int, dtstart: String, dtend: String) throws {
        let event = try #require(try Self.read([], interviews: [Self.interview(start, minutes: minutes)]).events.first)
        #expect(event.property("DTSTART")?.value == dtstart)
        #expect(event.property("DTSTART")?.parameters == [:])
        #expect(event.property("DTEND")?.value == dtend)
        #expect(event.property("STATUS")?.value == "CONFIRMED")
        #expect(try event.text("SUMMARY") == "Interview with Maria Lopez (Brightfield Foods)")
    }

    @Test("an interview at the end of time is still an event, not a crash; its end, past 9999, is a DURATION")
    func endOfTime() throws {
        let reader = try Self.read([], interviews: [Self.interview("9999-12-31 23:00", minutes: Int.max)])
        let event = try #require(reader.events.first)
        #expect(event.property("DTSTART")?.value == "99991231T230000")
        #expect(event.property("DTEND") == nil)
        #expect(event.property("DURATION")?.value == "PT10080M")
        let earlier = try Self.read([], interviews: [Self.interview("9999-12-31 10:00", minutes: 30)]).events.first
        #expect(earlier?.property("DTEND")?.value == "99991231T103000")
        #expect(earlier?.property("DURATION") == nil)
    }

    @Test("an all-day event on 9999-12-31 has no DTEND, which RFC 5545 reads as one day: there is no next day")
    func lastDay() throws {
        let reminder = Fixture.step(.reminder, title: "Someday", due: LocalDate.latest, file: "pitch.md", line: 3)
        let reader = try Self.read([reminder], interviews: [Self.interview("9999-12-31")])
        #expect(reader.events.count == 2)
        for event in reader.events {
            #expect(event.property("DTSTART")?.value == "99991231")
            #expect(event.property("DTEND") == nil)
        }
        let dayBefore = Fixture.step(.reminder, title: "Someday", due: LocalDate("9999-12-30"), file: "pitch.md")
        #expect(try Self.read([dayBefore]).events.first?.property("DTEND")?.value == "99991231")
    }

    @Test("an interview with a date and no time is an all-day event")
    func allDay() throws {
        let event = try #require(try Self.read([], interviews: [Self.interview("2026-11-20")]).events.first)
        #expect(event.property("DTSTART")?.parameters == ["VALUE": "DATE"])
        #expect(event.property("DTSTART")?.value == "20261120")
        #expect(event.property("DTEND")?.value == "20261121")
    }

    @Test("where: the note's location, else the link to join, else how you meet; the link also as URL")
    func place() throws {
        let link = "https://us02web.zoom.us/j/123?pwd=abc"
        let events = try Self.read(
            [],
            interviews: [
                Self.interview("2026-11-20 14:00", link: link),
                Self.interview(
                    "2026-11-21 14:00", mode: .inPerson, location: "Millbrook plant, main gate", file: "b.md"),
                Self.interview("2026-11-22 14:00", mode: .phone, file: "c.md"),
                Self.interview("2026-11-23 14:00", mode: .inPerson, file: "d.md"),
            ]
        ).events
        #expect(try events.map { try $0.text("LOCATION") } == [link, "Millbrook plant, main gate", "Phone call", nil])
        #expect(events[0].property("URL")?.value == link)
        #expect(events[1].property("URL") == nil)
        let description = try #require(try events[0].text("DESCRIPTION"))
        #expect(
            description
                == "By video call, 30 minutes.\nJoin: \(link)\nPrepare: grapevine prep \"Maria Lopez\"\n\n"
                + "interviews/2026-11-20-maria-lopez.md")
    }

    @Test("a cancelled interview is a cancelled event; a no-show and a past one say nothing of preparing")
    func calledOff() throws {
        let events = try Self.read(
            [],
            interviews: [
                Self.interview("2026-11-20 14:00", status: .cancelled),
                Self.interview("2026-11-21 14:00", status: .noShow, file: "b.md"),
                Self.interview("2026-10-01 14:00", isUpcoming: false, file: "c.md"),
            ]
        ).events
        #expect(events.map { $0.property("STATUS")?.value } == ["CANCELLED", "CONFIRMED", "CONFIRMED"])
        #expect(
            try events.map { try $0.text("SUMMARY") } == [
                "Cancelled: Interview with Maria Lopez (Brightfield Foods)",
                "No-show: Interview with Maria Lopez (Brightfield Foods)",
                "Interview with Maria Lopez (Brightfield Foods)",
            ])
        #expect(try events.allSatisfy { try !($0.text("DESCRIPTION") ?? "").contains("Prepare") })
    }

    @Test("people from one organization are named once; from several, each with theirs")
    func people() throws {
        let leo = InterviewEvent.Person(name: "Leo Marsh", organization: "Brightfield Foods")
        let sam = InterviewEvent.Person(name: "Sam Reyes", organization: nil)
        #expect(
            try Self.interview("2026-11-20", people: [Self.maria, leo]).title
                == "Interview with Maria Lopez and Leo Marsh (Brightfield Foods)")
        #expect(
            try Self.interview("2026-11-20", people: [Self.maria, sam]).title
                == "Interview with Maria Lopez (Brightfield Foods) and Sam Reyes")
        #expect(try Self.interview("2026-11-20", people: []).title == "Interview")
    }

    @Test("an interview's UID comes from its note's path and is never a step's")
    func interviewUID() throws {
        let event = try Self.interview("2026-11-20 14:00")
        var moved = event
        moved.start = try #require(LocalDateTime("2026-11-27 09:00"))
        moved.people = []
        #expect(ICalendar.uid(of: event) == ICalendar.uid(of: moved))
        #expect(ICalendar.uid(of: event) == "interview-" + FNV1a.hex(event.file.utf8) + "@grapevine")
        #expect(!ICalendar.isStepUID(ICalendar.uid(of: event)))
        #expect(try Fixture.uids([Fixture.step()]).allSatisfy(ICalendar.isStepUID))
        for uid in [
            "0123456789abcdef@grapevine", "0123456789abcdef-2@grapevine", "0123456789abcdef-12@grapevine",
            "0123456789abcdef-2-3@grapevine",
        ] {
            #expect(ICalendar.isStepUID(uid), "\(uid)")
        }
        for uid in [
            "0123456789abcdeF@grapevine", "0123456789abcde@grapevine", "0123456789abcdef-@grapevine",
            "0123456789abcdef-x@grapevine", "0123456789abcdef-2-@grapevine", "0123456789abcdef@grapevine.example",
            "0123456789abcdef0@grapevine",
            "@grapevine", "",
        ] {
            #expect(!ICalendar.isStepUID(uid), "\(uid)")
        }
    }

    @Test("the interviews of a vault: dated ones, with people, organization, location and the link to join")
    func fromVault() throws {
        let vault = try TemporaryVault.load([
            "contacts/maria-lopez.md": "---\nname: Maria Lopez\norganization: Brightfield Foods\n---\n",
            "interviews/2026-11-20-maria.md": """
            ---
            contact: "[[Maria Lopez]]"
            date: 2026-11-20 14:00
            duration: 25
            mode: video
            ---
            Join at [the call](https://meet.google.com/abc-defg-hij), and read [this](https://example.com/a).
            """,
            "interviews/2026-10-01-maria.md": """
            ---
            contact: "[[Maria Lopez]]"
            date: 2026-10-01
            location: Café Lune, 4th Street
            link: https://example.com/room
            status: cancelled
            ---
            """,
            "interviews/undated.md": "---\ncontact: \"[[Maria Lopez]]\"\n---\n",
        ])
        let events = InterviewEvent.all(in: vault, today: try #require(LocalDate("2026-11-18")))
        #expect(events.map(\.file) == ["interviews/2026-10-01-maria.md", "interviews/2026-11-20-maria.md"])
        #expect(events[0].location == "Café Lune, 4th Street")
        #expect(events[0].link == "https://example.com/room")
        #expect(events[0].status == .cancelled)
        #expect(!events[0].isUpcoming)
        #expect(events[1].link == "https://meet.google.com/abc-defg-hij")
        #expect(events[1].minutes == 25)
        #expect(events[1].isUpcoming)
        #expect(events[1].people == [Self.maria])
        #expect(events[1].title == "Interview with Maria Lopez (Brightfield Foods)")
    }

    @Test(
        "the host of a web address",
        arguments: [
            ("https://us02web.zoom.us/j/1", "us02web.zoom.us"), ("HTTPS://Meet.Google.com/x", "meet.google.com"),
            ("https://user:pw@teams.microsoft.com:443/l", "teams.microsoft.com"), ("https://", nil),
            ("mailto:a@b", nil),
        ])
    func host(address: String, expected: String?) {
        #expect(address.webAddressHost == expected)
    }

    @Test("the to-dos form writes no interviews, whatever it is given")
    func todosHaveNoInterviews() throws {
        let calendar = ICalendar([], stamp: Fixture.stamp, interviews: [try Self.interview("2026-11-20 14:00")])
        #expect(try ContentLineReader(calendar.text).calendar.components.isEmpty)
    }
}
