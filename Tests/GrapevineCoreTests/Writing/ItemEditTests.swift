import Testing

@testable import GrapevineCore

private let note = """
    ---
    name: Dana Cho
    ---

    ## Tasks
    - [ ] Send the deck due 2026-11-20
    - Read her paper

    """

@Suite("ItemEdit: one line of a task or lead")
struct ItemEditTests {
    private func edit(_ change: ItemEdit.Change, line: Int = 6, text: String = "Send the deck") -> ItemEdit {
        ItemEdit(path: "contacts/dana-cho.md", line: line, text: text, change: change)
    }

    private func bytes(_ old: String, _ new: String) -> [UInt8] {
        Array(note.replacingOccurrences(of: old, with: new).utf8)
    }

    @Test("a line edited since it was read, or already ticked, is refused")
    func lineChanged() throws {
        let refused = ItemEdit.Failure.itemChanged(path: "contacts/dana-cho.md", line: 6)
        #expect(throws: refused) { try edit(.tick(note: "")).edited(bytes("Send the deck", "Send the slides")) }
        #expect(throws: refused) { try edit(.tick(note: "")).edited(bytes("- [ ] Send", "- [x] Send")) }
        #expect(throws: refused) { try edit(.tick(note: "")).edited(bytes("## Tasks\n", "## Tasks\n\n")) }
    }

    @Test(
        "tick, tick a plain item, replace a due date, add one",
        arguments: [
            (ItemEdit.Change.tick(note: ""), 6, "Send the deck", "- [x] Send the deck due 2026-11-20"),
            (.tick(note: "skipped: later"), 7, "Read her paper", "- [x] Read her paper (skipped: later)"),
            (.due(LocalDate("2026-12-01")!), 6, "Send the deck", "- [ ] Send the deck due 2026-12-01"),
            (.due(LocalDate("2026-12-01")!), 7, "Read her paper", "- Read her paper due 2026-12-01"),
        ])
    func edits(change: ItemEdit.Change, line: Int, text: String, result: String) throws {
        let edited = try edit(change, line: line, text: text).edited(Array(note.utf8))
        #expect(edited.result == result)
        var lines = note.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[line - 1] = result
        #expect(String(decoding: edited.contents, as: UTF8.self) == lines.joined(separator: "\n"))
    }

    @Test("snoozing an item due 'by' a date keeps that date and adds ' due DAY'; so does one with no due date")
    func snoozeByDate() throws {
        for (written, read, result) in [
            ("Apply by 2026-11-30", "Apply", "Apply by 2026-11-30 due 2026-12-01"),
            ("Apply (deadline: 2026-11-30)", "Apply", "Apply (deadline: 2026-11-30) due 2026-12-01"),
            ("Call Abby 2026-11-30", "Call Abby 2026-11-30", "Call Abby 2026-11-30 due 2026-12-01"),
            // The syntax is replaced where it is, and wins over the words beside it.
            ("Apply by 2026-11-30 due 2026-11-25", "Apply by 2026-11-30", "Apply by 2026-11-30 due 2026-12-01"),
            (
                "Call Abby, deadline 2026-11-30 📅 2026-11-25", "Call Abby, deadline 2026-11-30",
                "Call Abby, deadline 2026-11-30 📅 2026-12-01"
            ),
            (
                "Call Abby @due(2026-11-25) by 2026-11-30", "Call Abby by 2026-11-30",
                "Call Abby @due(2026-12-01) by 2026-11-30"
            ),
            // A date in a code span is the text's, never the one moved.
            (
                "Send `run due: 2026-11-20` to Ana", "Send run due: 2026-11-20 to Ana",
                "Send `run due: 2026-11-20` to Ana due 2026-12-01"
            ),
            (
                "Ask `@due(2026-11-21)` due: 2026-11-30", "Ask @due(2026-11-21)",
                "Ask `@due(2026-11-21)` due: 2026-12-01"
            ),
        ] {
            let text = "---\nname: Dana Cho\n---\n\n## Tasks\n- [ ] \(written)\n"
            let edited = try ItemEdit(
                path: "contacts/dana-cho.md", line: 6, text: read, change: .due(LocalDate("2026-12-01")!)
            ).edited(Array(text.utf8))
            #expect(edited.result == "- [ ] " + result)
        }
    }

    @Test("snoozing a lead due in words keeps the posting's deadline as written and adds ' due DAY' beside it")
    func snoozeLeadInWords() throws {
        for (written, read, result) in [
            (
                "Data role — apply before 2026-11-30", "Data role",
                "Data role — apply before 2026-11-30 due 2026-12-01"
            ),
            ("Content role, closes 2026-11-30", "Content role", "Content role, closes 2026-11-30 due 2026-12-01"),
            ("UX role, closing date: 2026-11-30", "UX role", "UX role, closing date: 2026-11-30 due 2026-12-01"),
            ("Lab role 2026-11-30", "Lab role 2026-11-30", "Lab role 2026-11-30 due 2026-12-01"),
            // Trial P: the Ledger team's posting closed on the 30th; the date is the employer's.
            (
                "Senior Backend Engineer, Ledger team, closes 2026-11-30", "Senior Backend Engineer, Ledger team",
                "Senior Backend Engineer, Ledger team, closes 2026-11-30 due 2026-12-01"
            ),
            // Snoozed again: the date added is the one moved.
            (
                "Content role, closes 2026-11-30 due 2026-11-25", "Content role, closes 2026-11-30",
                "Content role, closes 2026-11-30 due 2026-12-01"
            ),
        ] {
            let text = "---\ncontact: Dana Cho\ndate: 2026-11-10\n---\n## Leads\n- [ ] \(written)\n"
            let edit = ItemEdit(
                path: "interviews/dana.md", line: 6, text: read, isLead: true, change: .due(LocalDate("2026-12-01")!))
            #expect(try edit.edited(Array(text.utf8)).result == "- [ ] " + result)
        }
        // A task keeps its `apply`: a lead's text is not a task's.
        let text = "---\nname: Dana Cho\n---\n\n## Tasks\n- [ ] Call Sam, apply by 2026-11-30\n"
        let task = ItemEdit(path: "contacts/dana-cho.md", line: 6, text: "Call Sam", change: .tick(note: ""))
        #expect(throws: ItemEdit.Failure.itemChanged(path: "contacts/dana-cho.md", line: 6)) {
            try task.edited(Array(text.utf8))
        }
    }

    @Test(
        "the deadline in words a line gives, which snooze keeps",
        arguments: [
            ("- Content role, closes 2026-11-30 due 2026-12-05", "2026-11-30"),
            ("- [ ] Apply by 2026-11-30", "2026-11-30"),
            ("- [ ] Bio role, closes 2026-12-08 📅 2026-12-05", "2026-12-08"),
            ("- [ ] Apply by Friday, deadline 2026-12-03", "2026-12-03"),
            ("- [ ] Send the deck due 2026-11-20", nil),
            ("- [ ] Contract 2026-12-01 until 2027-03-01", nil),
            ("- [ ] Send `closes 2026-11-30` to Ana due 2026-12-05", nil),
        ])
    func deadlineInProse(line: String, deadline: String?) {
        #expect(ItemEdit.deadlineInProse(ofLine: line) == deadline.flatMap(LocalDate.init))
    }

    @Test("an item that goes on on the next line after a hard break gets its date before the break")
    func snoozeBeforeAHardBreak() throws {
        let text = "---\nname: Dana Cho\n---\n\n## Tasks\n- [ ] eta \\\n  continued line\n"
        let edited = try ItemEdit(
            path: "contacts/dana-cho.md", line: 6, text: "eta  continued line", change: .due(LocalDate("2026-12-24")!)
        ).edited(Array(text.utf8))
        #expect(
            String(decoding: edited.contents, as: UTF8.self)
                == "---\nname: Dana Cho\n---\n\n## Tasks\n- [ ] eta due 2026-12-24 \\\n  continued line\n")
    }

    /// Trial R: an Obsidian block id must end its line for `[[note#^blk1]]` to find it, so
    /// ` due DAY` goes before it, in a CRLF file too.
    @Test(arguments: ["\n", "\r\n"])
    func snoozeBeforeABlockID(newline: String) throws {
        let item = "- [ ] Call Sam #followup, deadline 2026-12-09 ^blk1"
        let text = ["---", "name: Dana Cho", "---", "", "## Tasks", item, ""].joined(separator: newline)
        let vault = try TemporaryVault.load(["contacts/dana-cho.md": text])
        let task = try #require(vault.notes.first?.body.openTasks.first)
        let day = try #require(LocalDate("2026-12-11"))
        let edit = ItemEdit(path: "contacts/dana-cho.md", line: 6, text: task.dueDateAndText.text, change: .due(day))
        let edited = try edit.edited(Array(text.utf8))
        #expect(edited.result == "- [ ] Call Sam #followup, deadline 2026-12-09 due 2026-12-11 ^blk1")
        #expect(String(decoding: edited.contents, as: UTF8.self).hasSuffix("due 2026-12-11 ^blk1" + newline))
    }
}

