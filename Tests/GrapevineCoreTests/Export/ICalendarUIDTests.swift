import Testing

@testable import GrapevineCore

@Suite("iCalendar UIDs")
struct ICalendarUIDTests {
    typealias Fixture = ICalendarTests

    static let steps = [
        Fixture.step(.thankYou, title: "Send a thank-you note to Maria Lopez", contact: "Maria Lopez", line: 1),
        Fixture.step(.update, title: "Send Maria Lopez an update", contact: "Maria Lopez", line: 1),
        Fixture.step(.task, title: "Send the portfolio", contact: "Maria Lopez", line: 30),
        Fixture.step(.task, title: "Read the book", contact: "Maria Lopez", line: 31),
        Fixture.step(.findContacts, title: "Find people at Cove Creamery", organization: "Cove Creamery"),
        Fixture.step(.reminder, title: "Check req 4471", due: LocalDate("2026-12-01"), file: "pitch.md", line: 3),
    ]

    @Test("UIDs are unique, look like <hex>@grapevine, and are the same on every run")
    func uniqueAndRepeatable() throws {
        let first = try Fixture.uids(Self.steps)
        #expect(Set(first).count == Self.steps.count)
        for uid in first {
            #expect(uid.wholeMatch(of: /[0-9a-f]{16}@grapevine/) != nil)
        }
        let later = ICalendar.Timestamp(secondsSinceEpoch: 1_900_000_000)
        let second = try Fixture.read(Self.steps, stamp: later).todos.map { $0.property("UID")?.value }
        #expect(second == first)
        #expect(try Fixture.uids(Self.steps.reversed()) == first.reversed())
    }

    @Test("the algorithm is pinned: changing it would duplicate every to-do people imported")
    func pinned() throws {
        let step = Fixture.step(.thankYou, title: "Thank Maria", contact: "Maria Lopez", file: "interviews/a.md")
        let identity = "thank-you\u{1F}contact\u{1F}Maria Lopez"
        #expect(ICalendar.identity(of: step) == identity)
        #expect(try Fixture.uids([step]) == [FNV1a.hex(identity.utf8) + "@grapevine"])
        #expect(FNV1a.hex(identity.utf8) == "610530082bc0b49f")
    }

    @Test("a UID stays when the user edits the file above the step, or the step's date and details change")
    func stableUnderEdits() throws {
        let before = try Fixture.uids(Self.steps)
        let edited = Self.steps.map { step in
            var step = step
            step.line += 5
            step.due = step.due?.adding(days: 3) ?? LocalDate("2026-12-24")
            step.details.append("Something happened since.")
            return step
        }
        #expect(try Fixture.uids(edited) == before)
    }

    @Test("a step about a person keeps its UID when its title is worded differently or its file changes")
    func personStepIgnoresWordingAndFile() throws {
        let followUp = Fixture.step(
            .followUp, title: "Follow up with Victor Lam: no reply since 2026-11-02", contact: "Victor Lam",
            file: "interviews/2026-11-01-dan.md")
        var later = followUp
        later.title = "Follow up with Victor Lam: no reply since 2026-11-20"
        later.file = "contacts/victor-lam.md"
        #expect(try Fixture.uids([followUp]) == Fixture.uids([later]))
        var moveOn = followUp
        moveOn.kind = .moveOn
        #expect(try Fixture.uids([followUp]) != Fixture.uids([moveOn]))
    }

    @Test("a task, lead or reminder is known by its file and text")
    func itemStepsUseTheirText() throws {
        for kind in [NextStep.Kind.task, .apply, .reminder] {
            let one = Fixture.step(kind, title: "Send the portfolio", contact: "Maria Lopez")
            var other = one
            other.title = "Send the reading list"
            #expect(try Fixture.uids([one]) != Fixture.uids([other]))
            other = one
            other.file = "notes/elsewhere.md"
            #expect(try Fixture.uids([one]) != Fixture.uids([other]))
        }
    }

    @Test("a reminder is known by its day too: two alike on two days are two reminders")
    func remindersByDay() throws {
        var one = Fixture.step(.reminder, title: "Call Pat", due: LocalDate("2026-12-01"), file: "pitch.md", line: 3)
        one.since = one.due
        var other = one
        other.since = LocalDate("2026-12-15")
        other.due = other.since
        #expect(try Fixture.uids([one]) != Fixture.uids([other]))
        var snoozed = one
        snoozed.due = LocalDate("2026-12-20")
        #expect(try Fixture.uids([one]) == Fixture.uids([snoozed]))
    }

    @Test("a step's occurrence follows its hash, whatever else is exported: the rules count it from the vault")
    func occurrence() throws {
        let first = Fixture.step(
            .thankYou, title: "Thank Maria", contact: "Maria Lopez", file: "interviews/2026-10-14-maria-lopez.md")
        var second = first
        second.file = "interviews/2026-11-20-maria-lopez.md"
        second.occurrence = 2
        let plain = try Fixture.uids([first])[0]
        let numbered = String(plain.dropLast(10)) + "-2@grapevine"
        #expect(try Fixture.uids([second, first]) == [numbered, plain])
        #expect(try Fixture.uids([second]) == [numbered])
    }

    @Test("steps the vault cannot tell apart are numbered by place with the next free -N, kept when both move")
    func collisions() throws {
        let first = Fixture.step(.followUp, title: "Follow up", contact: "Pat Lee", file: "contacts/pat-lee/1.md")
        let second = Fixture.step(.followUp, title: "Follow up", contact: "Pat Lee", file: "contacts/pat-lee/2.md")
        let plain = try Fixture.uids([first])[0]
        let uids = try Fixture.uids([second, first])
        #expect(uids == [plain.dropLast(10) + "-2@grapevine", plain])
        var moved = [first, second]
        for index in moved.indices { moved[index].line += 3 }
        #expect(try Fixture.uids(moved) == [plain, plain.dropLast(10) + "-2@grapevine"])
        var taken = first
        taken.occurrence = 2
        taken.file = "contacts/pat-lee/3.md"
        #expect(
            try Fixture.uids([second, first, taken]) == [
                plain.dropLast(10) + "-3@grapevine", plain, plain.dropLast(10) + "-2@grapevine",
            ])
    }
}
