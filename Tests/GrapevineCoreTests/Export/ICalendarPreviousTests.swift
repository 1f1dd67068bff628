import Testing

@testable import GrapevineCore

@Suite("iCalendar export given the previous export")
struct ICalendarPreviousTests {
    typealias Fixture = ICalendarTests

    static let later = ICalendar.Timestamp(secondsSinceEpoch: 1_796_000_000)
    static let thank = Fixture.step(
        .thankYou, title: "Thank Maria", due: LocalDate("2026-11-19"), contact: "Maria Lopez")
    static let update = Fixture.step(
        .update, title: "Update Maria", due: LocalDate("2026-12-14"), contact: "Maria Lopez")
    static let task = Fixture.step(.task, title: "Read the book")

    /// The export of `before`, then the export of `exported` (of the `open` steps) given it.
    static func refresh(
        _ before: [NextStep], to exported: [NextStep], open: [NextStep]? = nil, form: ICalendar.Form = .todos,
        interviewsBefore: [InterviewEvent] = []
    ) throws -> ContentLineReader {
        let previous = try ICalendar.PreviousExport(
            ICalendar(before, stamp: Fixture.stamp, form: form, interviews: interviewsBefore).text)
        var calendar = ICalendar(exported, stamp: later, form: form)
        calendar.carry(from: previous, openSteps: open ?? exported)
        return try ContentLineReader(calendar.text)
    }

    static func uid(_ component: ContentLineReader.Component) -> String? {
        component.property("UID")?.value
    }

    @Test("a step still open keeps its UID, with no SEQUENCE while it is unchanged and the next one when it changes")
    func stillOpen() throws {
        var moved = Self.update
        moved.due = LocalDate("2026-12-20")
        let todos = try Self.refresh([Self.thank, Self.update], to: [Self.thank, moved], open: [Self.thank, moved])
            .todos
        #expect(todos.count == 2)
        #expect(todos[0].property("SEQUENCE") == nil)
        #expect(todos[1].property("SEQUENCE")?.value == "1")
        #expect(todos[1].property("DUE")?.value == "20261220")
        #expect(todos.allSatisfy { $0.property("DTSTAMP")?.value == "20261130T005320Z" })
    }

    @Test("a to-do done since is written again: STATUS:COMPLETED, PERCENT-COMPLETE:100, COMPLETED, next SEQUENCE")
    func doneTodo() throws {
        let todos = try Self.refresh([Self.thank, Self.update], to: [Self.update]).todos
        #expect(todos.count == 2)
        let done = todos[1]
        #expect(try done.text("SUMMARY") == "Thank Maria")
        #expect(Self.uid(done) == (try Fixture.uids([Self.thank]).first))
        #expect(done.all("STATUS").map(\.value) == ["COMPLETED"])
        #expect(done.property("PERCENT-COMPLETE")?.value == "100")
        #expect(done.property("COMPLETED")?.value == "20261130T005320Z")
        #expect(done.property("SEQUENCE")?.value == "1")
        #expect(done.property("DUE")?.value == "20261119")
        #expect(try done.text("CATEGORIES") == "thank-you")
    }

    @Test("an event done since keeps its day and says it is done in its title, as RFC 5545 allows events no COMPLETED")
    func doneEvent() throws {
        let reader = try Self.refresh([Self.thank, Self.update], to: [Self.update], form: .events)
        let done = try #require(reader.events.last)
        #expect(reader.events.count == 2)
        #expect(try done.text("SUMMARY") == "Done: Thank Maria")
        #expect(done.property("X-GRAPEVINE-COMPLETED")?.value == "20261130T005320Z")
        #expect(done.property("STATUS") == nil)
        #expect(done.property("DTSTART")?.value == "20261119")
        #expect(done.property("SEQUENCE")?.value == "1")
    }

    @Test("a step done before stays as it was, once; a later export keeps carrying it")
    func doneBefore() throws {
        for form in [ICalendar.Form.todos, .events] {
            let first = try ICalendar.PreviousExport(
                ICalendar([Self.thank, Self.task], stamp: Fixture.stamp, form: form).text)
            var second = ICalendar([Self.task], stamp: Self.later, form: form)
            second.carry(from: first, openSteps: [Self.task])
            var third = ICalendar([Self.task], stamp: ICalendar.Timestamp(secondsSinceEpoch: 1_797_000_000), form: form)
            third.carry(from: try ICalendar.PreviousExport(second.text), openSteps: [Self.task])
            let done = try #require(try ContentLineReader(third.text).calendar.components.last)
            #expect(done.property("SEQUENCE")?.value == "1")
            #expect(third.doneCount == 1)
            if form == .todos {
                #expect(done.all("STATUS").map(\.value) == ["COMPLETED"])
                #expect(done.property("COMPLETED")?.value == "20261130T005320Z")
            } else {
                #expect(try done.text("SUMMARY") == "Done: Thank Maria")
                #expect(done.all("X-GRAPEVINE-COMPLETED").count == 1)
            }
        }
    }

    @Test("a step open again is written open, as the next revision")
    func reopened() throws {
        let done = try ICalendar.PreviousExport(Self.refresh([Self.thank], to: []).physicalText)
        var calendar = ICalendar([Self.thank], stamp: Self.later)
        calendar.carry(from: done, openSteps: [Self.thank])
        let todos = try ContentLineReader(calendar.text).todos
        #expect(todos.count == 1)
        #expect(todos[0].property("STATUS")?.value == "NEEDS-ACTION")
        #expect(todos[0].property("SEQUENCE")?.value == "2")
        #expect(calendar.doneCount == 0)
    }

    @Test("a step still open that this export leaves out (--kind) is not marked done")
    func leftOutIsNotDone() throws {
        let reader = try Self.refresh([Self.thank, Self.update], to: [Self.update], open: [Self.thank, Self.update])
        #expect(reader.todos.count == 1)
        #expect(try reader.todos[0].text("SUMMARY") == "Update Maria")
    }

    @Test("an interview's event is never marked done")
    func interviewsAreNotSteps() throws {
        let interview = try ICalendarEventsTests.interview("2026-11-20 14:00")
        let reader = try Self.refresh([], to: [], form: .events, interviewsBefore: [interview])
        #expect(reader.calendar.components.isEmpty)
    }

    @Test("a file Grapevine did not write cannot be the previous export")
    func foreignFile() {
        let google =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nEND:VCALENDAR\r\n"
        #expect(throws: ICalendar.PreviousExport.Problem.self) { try ICalendar.PreviousExport(google) }
        #expect(throws: ICalendar.PreviousExport.Problem.self) { try ICalendar.PreviousExport("") }
    }

    @Test(
        "a SEQUENCE that is not a 32-bit number counts as 0",
        arguments: ["9223372036854775807", "-4", "three", "2147483648"])
    func oddSequence(value: String) throws {
        let uid = try #require(try Fixture.uids([Self.thank]).first)
        let text =
            "BEGIN:VCALENDAR\r\nPRODID:-//Grapevine//Next steps//EN\r\nBEGIN:VTODO\r\nUID:\(uid)\r\n"
            + "SEQUENCE:\(value)\r\nSUMMARY:Thank Maria\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
        var calendar = ICalendar([], stamp: Self.later)
        calendar.carry(from: try ICalendar.PreviousExport(text), openSteps: [])
        #expect(try ContentLineReader(calendar.text).todos.first?.property("SEQUENCE")?.value == "1")
    }

    @Test("what an app added (an alarm, folded lines, LF endings) does not get in the way")
    func appEdits() throws {
        let uid = try #require(try Fixture.uids([Self.thank]).first)
        let text = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Grapevine//Next steps//EN
            BEGIN:VTODO
            UID:\(uid)
            DTSTAMP:20261118T110640Z
            SEQUENCE:3
            DUE;VALUE=DATE:20261119
            SUMMARY:Thank
              Maria
            BEGIN:VALARM
            ACTION:DISPLAY
            TRIGGER:-PT15M
            END:VALARM
            STATUS:NEEDS-ACTION
            END:VTODO
            END:VCALENDAR

            """
        var calendar = ICalendar([], stamp: Self.later)
        calendar.carry(from: try ICalendar.PreviousExport(text), openSteps: [])
        let done = try #require(try ContentLineReader(calendar.text).todos.first)
        #expect(done.property("SEQUENCE")?.value == "4")
        #expect(try done.text("SUMMARY") == "Thank Maria")
        #expect(done.components.isEmpty)
        #expect(done.property("ACTION") == nil)
        #expect(done.all("STATUS").map(\.value) == ["COMPLETED"])
    }
}

extension ContentLineReader {
    /// The text read, as it was written.
    var physicalText: String {
        physicalLines.map { String(decoding: $0, as: UTF8.self) + "\r\n" }.joined()
    }
}
