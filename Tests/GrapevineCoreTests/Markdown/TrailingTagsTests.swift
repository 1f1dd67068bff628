import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// Session 35: a task's title kept the Obsidian tags that file it (`- [ ] email Sam about the
/// role #todo` was the step "email Sam about the role #todo"). Tags at the end of a task are how
/// it is filed (Obsidian's Tasks plugin queries them, and hides them with `hide tags`), not what
/// to do: the title leaves them out, and they stay the note's tags.
@Suite("Tags at the end of a task")
struct TrailingTagsTests {
    private func item(_ line: String) throws -> ListItem {
        try #require(MarkdownParser().parse(line + "\n").items.first)
    }

    @Test(
        "the tags that end a task leave its text; those among its words, and a text of tags alone, stay",
        arguments: [
            ("- [ ] email Sam about the role #todo", "email Sam about the role", nil),
            ("- [ ] email Sam #todo #job-search/2026 due 2026-12-01", "email Sam", "2026-12-01"),
            ("- [ ] email Sam due 2026-12-01 #todo", "email Sam", "2026-12-01"),
            ("- [ ] email Sam #todo ⏫", "email Sam", nil),
            ("- [ ] ask #mentors about Sam", "ask #mentors about Sam", nil),
            ("- [ ] call back at 5 #2", "call back at 5 #2", nil),
            ("- [ ] learn C#", "learn C#", nil),
            ("- [ ] #todo", "#todo", nil),
            ("- [ ] read about `#todo`", "read about #todo", nil),
        ])
    func removed(line: String, text: String, due: String?) throws {
        let found = try item(line)
        #expect(found.dueDateAndText.text == text)
        #expect(found.dueDateAndText.date?.description == due)
    }

    @Test("the step's title has no tag, the note keeps it, and done ticks the item")
    func stepAndNote() throws {
        let line = "- [ ] email Sam about the role #todo"
        let folder = try TestFolder(["contacts/sam.md": F.contact("name: Sam Reyes", body: "## To do\n\(line)\n")])
        let vault = VaultLoader.load(root: folder.root)
        #expect(vault.notes.first?.tags == ["todo"])
        let day = LocalDate(valid: "2026-12-01")
        let steps = NextStepEngine(vault: vault, today: day).steps()
        let task = try #require(steps.first { $0.kind == .task })
        #expect(task.title == "email Sam about the role")
        let record = try ClosingRecord(
            closing: task, .done(LocalDateTime(date: day, minutes: nil)), in: vault, leavingOpen: steps)
        try ClosingRecords([record], in: vault).write(inVault: folder.root)
        let text = try String(contentsOfFile: folder.root + "/contacts/sam.md", encoding: .utf8)
        #expect(text.hasSuffix("- [x] email Sam about the role #todo\n"), "\(text)")
    }
}
