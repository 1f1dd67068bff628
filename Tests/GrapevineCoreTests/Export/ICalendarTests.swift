import Testing

@testable import GrapevineCore

@Suite("iCalendar export")
struct ICalendarTests {
    static let stamp = ICalendar.Timestamp(secondsSinceEpoch: 1_795_000_000)

    static func step(
        _ kind: NextStep.Kind = .task, title: String = "Send the portfolio", due: LocalDate? = nil,
        contact: String? = nil, organization: String? = nil, details: [String] = [],
        file: String = "contacts/maria-lopez.md", line: Int = 12
    ) -> NextStep {
        NextStep(
            kind: kind, due: due, contact: contact, organization: organization, title: title, details: details,
            file: file, line: line)
    }

    static func read(_ steps: [NextStep], stamp: ICalendar.Timestamp = stamp) throws -> ContentLineReader {
        try ContentLineReader(ICalendar(steps, stamp: stamp).text)
    }

    static func uids(_ steps: [NextStep]) throws -> [String] {
        try read(steps).todos.map { try #require($0.property("UID")).value }
    }

    @Test("a calendar without steps has its header and no to-dos")
    func empty() throws {
        let text = ICalendar([], stamp: Self.stamp).text
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let calendar = try ContentLineReader(text).calendar
        #expect(calendar.property("VERSION")?.value == "2.0")
        #expect(calendar.property("PRODID")?.value == "-//Grapevine//Next steps//EN")
        #expect(calendar.components.isEmpty)
    }

    @Test("every step is a to-do with UID, DTSTAMP, SUMMARY, DESCRIPTION, CATEGORIES and STATUS")
    func todoProperties() throws {
        let steps = [
            Self.step(
                .thankYou, title: "Send a thank-you note to Maria Lopez (Brightfield Foods)",
                due: LocalDate("2026-11-19"), contact: "Maria Lopez", organization: "Brightfield Foods",
                details: ["You met on 2026-11-18.", "Mention Sam Reyes."], file: "interviews/2026-11-18-maria.md",
                line: 1),
            Self.step(.findContacts, title: "Find people to talk to at Cove Creamery", organization: "Cove Creamery"),
        ]
        let todos = try Self.read(steps).todos
        try #require(todos.count == 2)
        for (todo, step) in zip(todos, steps) {
            #expect(todo.property("UID") != nil)
            #expect(todo.property("DTSTAMP")?.value == "20261118T110640Z")
            #expect(try todo.text("SUMMARY") == step.title)
            #expect(try todo.text("CATEGORIES") == step.kind.rawValue)
            #expect(todo.property("STATUS")?.value == "NEEDS-ACTION")
            #expect(try todo.text("CONTACT") == step.contact)
        }
        #expect(
            try todos[0].text("DESCRIPTION")
                == "You met on 2026-11-18.\nMention Sam Reyes.\n\ninterviews/2026-11-18-maria.md:1")
        #expect(try todos[1].text("DESCRIPTION") == "contacts/maria-lopez.md:12")
    }

    @Test("DUE is a date when the step has one, and absent when it has none")
    func due() throws {
        let todos = try Self.read([Self.step(due: LocalDate("2027-01-05")), Self.step(title: "Another")]).todos
        let due = try #require(todos[0].property("DUE"))
        #expect(due.parameters == ["VALUE": "DATE"])
        #expect(due.value == "20270105")
        #expect(todos[1].property("DUE") == nil)
    }

    @Test(
        "DTSTAMP is the given moment in UTC",
        arguments: [
            (0, "19700101T000000Z"), (1_795_000_000, "20261118T110640Z"), (951_782_399, "20000228T235959Z"),
            (951_782_400, "20000229T000000Z"), (-1, "19691231T235959Z"),
        ])
    func timestamp(seconds: Int, expected: String) {
        #expect(ICalendar.Timestamp(secondsSinceEpoch: seconds).text == expected)
    }

    static let awkwardTexts = [
        "Commas, semicolons; and a backslash \\ in one",
        "Ends with a backslash \\",
        "A literal \\n is not a line break, nor is \\;",
        "Two\nlines",
        "Blank\n\nline and trailing newline\n",
        "Colons: \"quotes\" and 'apostrophes' and\ttabs",
        "José Núñez — café ☕️ 🇧🇷 👩🏽‍🔬 東京の食品会社 " + String(repeating: "é€😀", count: 40),
        "Jose\u{301} Nu\u{303}n\u{303}ez, decomposed, " + String(repeating: "e\u{301}", count: 60),
        "\u{301} starts with a combining mark",
        String(repeating: "x", count: 74) + "é" + String(repeating: "y", count: 200),
    ]

    @Test("titles, details and names round-trip exactly", arguments: awkwardTexts)
    func roundTrip(text: String) throws {
        let step = Self.step(
            title: text, contact: text, details: [text, "and " + text], file: "notes/ç, ;\\.md", line: 7)
        let todo = try #require(try Self.read([step]).todos.first)
        #expect(Array(try #require(try todo.text("SUMMARY")).utf8) == Array(text.utf8))
        #expect(Array(try #require(try todo.text("CONTACT")).utf8) == Array(text.utf8))
        let description = text + "\n" + "and " + text + "\n\nnotes/ç, ;\\.md:7"
        #expect(Array(try #require(try todo.text("DESCRIPTION")).utf8) == Array(description.utf8))
    }

    @Test("CR and CRLF in text become line breaks; other control characters are dropped")
    func controlCharacters() throws {
        let todo = try #require(try Self.read([Self.step(title: "a\r\nb\rc\nd\u{7}e\u{0}f\u{7F}g")]).todos.first)
        #expect(try todo.text("SUMMARY") == "a\nb\nc\ndefg")
    }

    @Test("long lines fold at 75 octets, never inside a character", arguments: 0..<4)
    func folding(padding: Int) throws {
        // Each padding shifts where the 75th octet falls within the 2-, 3- and 4-byte characters.
        let title = String(repeating: "a", count: padding) + String(repeating: "é€😀", count: 50)
        let reader = try Self.read([Self.step(title: title)])
        #expect(reader.physicalLines.allSatisfy { $0.count <= 75 })
        #expect(reader.physicalLines.contains { $0.count >= 72 && $0.first == 32 })
        #expect(try reader.todos.first?.text("SUMMARY") == title)
    }

    @Test("a line of exactly 75 octets is not folded; one of 76 is")
    func foldingBoundary() {
        let exact = String(repeating: "x", count: 75)
        #expect(ContentLine.folded(exact) == exact)
        #expect(ContentLine.folded(exact + "y") == exact + "\r\n y")
    }

    @Test("the whole file uses CRLF and no line is longer than 75 octets")
    func lineEndings() throws {
        let steps = Self.awkwardTexts.enumerated().map { Self.step(title: $1, details: [$1], line: $0) }
        let text = ICalendar(steps, stamp: Self.stamp).text
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 10 {
            #expect(index > 0 && bytes[index - 1] == 13)
        }
        let reader = try ContentLineReader(text)
        #expect(reader.todos.count == steps.count)
        #expect(reader.physicalLines.allSatisfy { $0.count <= 75 })
    }
}
