import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// The Tasks plugin's marks on a task (`✅ 2026-11-12`, `⏫`) are not its words: a step's title,
/// a dossier's task and a draft leave them out (trial of session twenty-six: a thank-you said
/// "I will … join the dbt Slack ✅ 2026-11-12").
@Suite("The Tasks plugin's marks on a task")
struct TaskBookkeepingTests {
    private func item(_ line: String) throws -> ListItem {
        try #require(MarkdownParser().parse(line + "\n").items.first)
    }

    @Test(
        "done, created and cancelled days, priorities and ids leave the text; the due date is read",
        arguments: [
            ("- [x] Join the dbt Slack ✅ 2026-11-12", "Join the dbt Slack", nil),
            ("- [ ] Send her the article 📅 2026-11-20 ⏫", "Send her the article", "2026-11-20"),
            ("- [ ] Email 3 alumni this week ⏫ 📅 2026-11-23", "Email 3 alumni this week", "2026-11-23"),
            ("- [ ] Update resume 🔼 ➕ 2026-11-10 📅 2026-11-21", "Update resume", "2026-11-21"),
            ("- [ ] Call Dan 🔽", "Call Dan", nil), ("- [ ] Call Dan ⏬️", "Call Dan", nil),
            ("- [ ] Call Dan 🔺 ✅️2026-11-19", "Call Dan", nil),
            ("- [ ] Write to Ana 🆔 abc123 ⛔ def456,ghi789", "Write to Ana", nil),
            ("- [ ] Call Omar ❌ 2026-11-18", "Call Omar", nil),
            ("- [ ] Ask [[Priya Raman]] for coffee ⏫ ^blk1", "Ask [[Priya Raman]] for coffee", nil),
        ])
    func removed(line: String, text: String, due: String?) throws {
        let found = try item(line)
        #expect(found.dueDateAndText.text == text)
        #expect(found.dueDateAndText.date?.description == due)
    }

    @Test(
        "what the user reads stays: scheduled and start days, recurrence, signs as words, code, a sign alone",
        arguments: [
            ("- [ ] Apply to Globex ⏳ 2026-11-25", "Apply to Globex ⏳ 2026-11-25"),
            ("- [ ] Start the course 🛫 2026-12-01", "Start the course 🛫 2026-12-01"),
            ("- [ ] Ask Priya for coffee 🔁 every week", "Ask Priya for coffee 🔁 every week"),
            ("- [ ] Mark ✅ as done in the tracker", "Mark ✅ as done in the tracker"),
            ("- [ ] Type `⏫ ✅ 2026-11-12` in the template", "Type ⏫ ✅ 2026-11-12 in the template"),
            ("- [ ] ⏫ ✅ 2026-11-12", "⏫ ✅ 2026-11-12"), ("- [ ] Grow ⏫⏫ fast", "Grow ⏫⏫ fast"),
            ("- [ ] Note ✅ 2026-13-45", "Note ✅ 2026-13-45"),
        ])
    func kept(line: String, text: String) throws {
        #expect(try item(line).dueDateAndText.text == text)
    }

    @Test("the trial's finding: a thank-you names a finished resource without its done date")
    func thankYouDraft() throws {
        let (text, _) = try ResourcesDraftTests.thankYou([
            "Read *Storytelling with Data*", "Join the dbt Slack ✅ 2026-11-12",
        ])
        #expect(text.contains("join the dbt Slack, as you recommended."), "\(text)")
        #expect(!text.contains("✅"), "\(text)")
    }

    @Test("a task's step title has no priority, and closing it still finds the item")
    func stepTitle() throws {
        let files = [
            "notes/tracker.md": "# Outreach\n- [ ] Email 3 alumni this week ⏫ 📅 2026-11-23\n",
            "contacts/ana.md": F.contact("name: Ana Berg"),
        ]
        let steps = try F.details(files, today: "2026-11-24", kind: .task)
        let step = try #require(steps.first)
        #expect(step.title == "Email 3 alumni this week")
        let edit = ItemEdit(closing: step, .done(LocalDateTime(date: LocalDate(valid: "2026-11-24"))))
        let (_, line) = try edit.edited(Array(files["notes/tracker.md"]!.utf8))
        #expect(line == "- [x] Email 3 alumni this week ⏫ 📅 2026-11-23")
    }
}
