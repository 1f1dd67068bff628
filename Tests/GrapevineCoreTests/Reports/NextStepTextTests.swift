import Testing

@testable import GrapevineCore

@Suite("next as text")
struct NextStepTextTests {
    let today = LocalDate("2026-11-18")!

    /// Three steps: one a day overdue, one eight days overdue with an empty detail line, one undated.
    var agenda: NextStepAgenda {
        var steps = [
            NextStep(
                kind: .followUp, due: LocalDate("2026-11-17"), title: "Follow up with Ana",
                details: ["One short note."],
                file: "contacts/ana.md", line: 12),
            NextStep(
                kind: .thankYou, due: LocalDate("2026-11-10"), title: "Thank Bo", details: ["", "Within a day."],
                file: "contacts/bo.md", line: 3),
            NextStep(kind: .task, due: nil, title: "Update the CV", file: "notes/cv.md", line: 1),
        ]
        for index in steps.indices { steps[index].number = index + 1 }
        steps.sort { ($0.due ?? .init(daysSinceEpoch: .max)) < ($1.due ?? .init(daysSinceEpoch: .max)) }
        return NextStepAgenda(steps: steps, today: today)
    }

    @Test("plain text: numbers right-aligned, late days counted, each step's way to close it")
    func plain() {
        let text = NextStepText(agenda).text
        #expect(text.contains("\n  2  2026-11-10  Thank Bo\n"))
        #expect(text.contains("contacts/bo.md:3  thank-you, 8 days late\n"))
        #expect(text.contains("contacts/ana.md:12  follow-up, 1 day late\n"))
        #expect(text.contains("close: grapevine done 1  (or skip 1 / snooze 1 --until DATE)\n"))
        #expect(text.contains("\n  3  anytime     Update the CV\n"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test("colour styles each piece as TextStyle does a string, and nothing else changes")
    func colored() {
        let style = TextStyle(isColored: true)
        let text = NextStepText(agenda, style: style).text
        #expect(text.contains(style.red("2026-11-10") + "  Thank Bo\n"))
        #expect(text.contains(style.cyan("contacts/bo.md:3  thank-you, 8 days late") + "\n"))
        #expect(text.contains(style.dim("Within a day.") + "\n"))
        #expect(text.contains("  " + style.dim("close: grapevine done 2  (or skip 2 / snooze 2 --until DATE)") + "\n"))
        // An empty detail line stays empty, as `style.dim("")` is.
        #expect(text.contains("Thank Bo\n" + String(repeating: " ", count: 17) + "\n"))
        // Without the escape sequences, the coloured text is the plain one.
        var stripped = TerminalText.unsealed(text)
        for code in TextStyle.codes { stripped = stripped.replacing("\u{1B}[\(code)m", with: "") }
        #expect(stripped == NextStepText(agenda).text)
    }
}
