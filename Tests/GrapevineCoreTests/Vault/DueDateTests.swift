import Testing

@testable import GrapevineCore

/// A task's or lead's due date written in another form than YYYY-MM-DD is an error with the
/// ISO form to write: without it the item silently has no due date, and is never overdue.
@Suite("Due dates as people write them")
struct DueDateTests {
    static func vault(_ items: [String]) throws -> Vault {
        try TemporaryVault.load(["notes/todo.md": "# Todo\n" + items.map { "- \($0)\n" }.joined()])
    }

    @Test(arguments: [
        (
            "[ ] call Sam due 12/01/2026", 20, "'12/01/2026' is not a due date",
            "write the date as YYYY-MM-DD: '2026-12-01' (or '2026-01-12' if the day comes first)"
        ),
        ("[ ] book due 2026-2-3", 16, "'2026-2-3' is not a due date", "write the date as YYYY-MM-DD: '2026-02-03'"),
        (
            "[ ] pay invoice due Dec 3", 23, "'Dec 3' is not a due date",
            "write the date as YYYY-MM-DD: 'YYYY-12-03'"
        ),
        (
            "[ ] renew passport, Due: 25.12.2026", 28, "'25.12.2026' is not a due date",
            "write the date as YYYY-MM-DD: '2026-12-25'"
        ),
        (
            "[ ] Send Wang Fang the dbt talk due 06.12.2026", 39, "'06.12.2026' is not a due date",
            "write the date as YYYY-MM-DD: '2026-12-06'"
        ),
        (
            "[ ] send deck due 2026-13-45", 21, "invalid due date '2026-13-45'",
            "write the date as YYYY-MM-DD, with a real month and day"
        ),
        (
            "[ ] write 📅 2026-11-31", 15, "invalid due date '2026-11-31'",
            "write the date as YYYY-MM-DD, with a real month and day"
        ),
        (
            "[ ] apply to the QA opening due 11/30", 35, "'11/30' is not a due date",
            "write the date as YYYY-MM-DD: 'YYYY-11-30'"
        ),
        (
            "[ ] Zoë’s **due** 13/01/2026 form", 21, "'13/01/2026' is not a due date",
            "write the date as YYYY-MM-DD: '2026-01-13'"
        ),
    ])
    func anotherFormIsAnErrorAtTheDate(item: String, column: Int, message: String, hint: String) throws {
        let vault = try Self.vault([item])
        let problem = try #require(vault.diagnostics(inFile: "notes/todo.md").only)
        #expect(problem.code == .invalidDueDate)
        #expect(problem.located == "error notes/todo.md:2:\(column)")
        #expect(problem.message.hasPrefix(message))
        #expect(problem.hint == hint)
        // The item is still a task, with no due date: `next` lists it as one to do any time.
        #expect(vault.notes[0].body.openTasks.only?.dueDate == nil)
    }

    @Test(arguments: [
        "[ ] email Kim due 2026-12-02",
        "[ ] email Kim due: 2026-12-02 14:00",
        "[ ] look at overdue 3/4/2026 items",
        "[ ] say why it is due to the holidays 12/01/2026",
        "[ ] ask which residue 12/01/2026 means",
        "[ ] due Friday",
        "[x] done long ago due 12/01/2026",
        "not a task, due 12/01/2026",
    ])
    func aReadableDateOrNoDateAtAllIsFine(item: String) throws {
        #expect(try Self.vault([item]).diagnostics(inFile: "notes/todo.md").isEmpty)
    }

    @Test func aQuestionOnTheAgendaIsNotATask() throws {
        let vault = try TemporaryVault.load([
            "interviews/i.md": """
            ---
            contact: Sam Park
            date: 2026-11-10
            ---
            ## Agenda
            - [ ] what is due 12/01/2026?

            ## Leads
            - Analyst opening, due 1/12/2026
            - [x] Old opening, due 1/12/2026
            """
        ])
        let problems = vault.diagnostics(.invalidDueDate)
        #expect(problems.map(\.located) == ["error interviews/i.md:9:24"], "the open lead only")
    }

    @Test func theEditorOffersTheISODate() throws {
        let text = "# Todo\n- [ ] call Sam due 12/01/2026\n"
        let folder = try TestFolder(["notes/todo.md": text])
        var live = LiveVault(root: folder.root)
        let offset = text.utf8.count - 5
        let fixes = live.fixes(inNote: "notes/todo.md", range: offset..<offset, today: LocalDate(valid: "2026-11-18"))
        #expect(
            fixes.map(\.title).filter { $0.hasPrefix("Write") } == [
                "Write the date as 2026-12-01", "Write the date as 2026-01-12 (the day first)",
            ])
    }

    @Test(
        "'by' and 'deadline' before a date say when an item is due, as 'due' does",
        arguments: [
            ("[ ] Apply to the Data Analyst role by 2026-11-30", "2026-11-30", "Apply to the Data Analyst role"),
            ("[ ] Send the deck By: 2026-11-30", "2026-11-30", "Send the deck"),
            ("[ ] Portfolio review (deadline 2026-12-04)", "2026-12-04", "Portfolio review"),
            ("[ ] Renew passport, deadline: 2026-12-10, then book", "2026-12-10", "Renew passport, then book"),
            // TaskPaper's and Things' `@due(…)`, Dataview's `[due:: …]`: their brackets go with the date.
            ("[ ] Update resume @due(2026-11-20)", "2026-11-20", "Update resume"),
            ("[ ] Send deck [due:: 2026-11-25] to Ana", "2026-11-25", "Send deck to Ana"),
            // And the other words of a deadline (`DueMarker`).
            ("[ ] Send the deck before 2026-11-30", "2026-11-30", "Send the deck"),
            ("[ ] Form closes on 2026-11-30", "2026-11-30", "Form"),
            ("[ ] Report due by 2026-11-30", "2026-11-30", "Report"),
        ])
    func byAndDeadline(item: String, due: String, text: String) throws {
        let vault = try Self.vault([item])
        #expect(vault.diagnostics(inFile: "notes/todo.md").isEmpty)
        let task = try #require(vault.notes[0].body.openTasks.only)
        #expect(task.dueDate?.description == due)
        #expect(task.textWithoutDue == text)
    }

    @Test(
        "'by' inside a word, or before something other than a date, says nothing about when",
        arguments: [
            "[ ] Call Abby 2026-11-30", "[ ] Check the standby 2026-11-30 list", "[ ] Reply by Friday",
            "[ ] Read the overdue 2026-11-30 items", "[ ] Ask about the deadline",
            "[ ] Email due(2026-11-30) people", "[ ] Write to @dueling(2026-11-30)",
        ])
    func byInProse(item: String) throws {
        let vault = try Self.vault([item])
        #expect(vault.notes[0].body.openTasks.only?.dueDate == nil)
        #expect(
            vault.diagnostics(inFile: "notes/todo.md").allSatisfy { $0.code == .dateNotDue },
            "no error: only 'due' and 📅 before another form are errors")
    }

    @Test(
        "a date in another form after 'by', 'before' or 'closes' is a warning with the ISO form",
        arguments: [
            (
                "[ ] Reply by 12/01/2026", 16,
                "write the date as YYYY-MM-DD: '2026-12-01' (or '2026-01-12' if the day comes first)"
            ),
            ("[ ] Apply before Dec 9", 20, "write the date as YYYY-MM-DD: 'YYYY-12-09'"),
            ("[ ] Form closes on 2026-12-9", 22, "write the date as YYYY-MM-DD: '2026-12-09'"),
        ])
    func anotherFormAfterWords(item: String, column: Int, hint: String) throws {
        let vault = try Self.vault([item])
        let problem = try #require(vault.diagnostics(inFile: "notes/todo.md").only)
        #expect(problem.code == .invalidDueDate)
        #expect(problem.located == "warning notes/todo.md:2:\(column)")
        #expect(problem.message.hasSuffix("so the task has none"))
        #expect(problem.hint == hint)
    }

    @Test(
        "an ISO date no word announces, in an open task or lead with no due date, is a warning at the date",
        arguments: [
            ("[ ] Call Sam on 2026-12-05", 19),
            ("[ ] Prepare for the 2026-12-06 interview", 23),
            ("[ ] 2026-12-08 apply to Lumen", 7),
            // One warning an item, at the first such date; the same date said to be another
            // before it is not the one pointed at.
            ("[ ] Lab role 2026-12-23, or 2026-12-24", 16),
            ("[ ] Posted 2026-12-23, Lab role 2026-12-23", 35),
        ])
    func unmarkedDate(item: String, column: Int) throws {
        let vault = try Self.vault(["[ ] Plain task", item])
        let problem = try #require(vault.diagnostics(inFile: "notes/todo.md").last)
        #expect(problem.code == .dateNotDue)
        #expect(problem.located == "warning notes/todo.md:3:\(column)")
        #expect(problem.message.contains("is not read as this task's due date"))
        #expect(problem.hint?.hasPrefix("if it is when the task is due, write 'due 20") == true)
    }

    @Test(
        "a date that says what it is, or an item with a due date, is no warning",
        arguments: [
            "[ ] Grad role, posted 2026-11-20", "[ ] Send notes discussed on 2026-11-24",
            "[ ] Follow up after 2026-12-07", "[ ] Thank Sam, met on 2026-11-20",
            "[ ] Book room for 2026-12-01 to 2026-12-03", "[ ] Contract 2027-01-04 until 2027-03-01",
            "[ ] Read [[2026-11-24]] notes", "[ ] Update sheet ✅ 2026-11-20", "[ ] Plan ⏳ 2026-11-20",
            "[ ] See `2026-11-20` in the log", "[ ] Open notes/2026-11-20-sam.md", "[ ] Ask about 2026-11-20-draft",
            "[ ] Send deck 2026-11-20 version due 2026-12-01", "[x] Done 2026-12-01", "Not a task 2026-12-01",
            "[ ] ~~Call 2026-12-01~~ no need", "[ ] Send the summary of 2026-11-20", "[ ] Busy since 2026-11-20",
        ])
    func quietDates(item: String) throws {
        let vault = try Self.vault([item])
        #expect(vault.diagnostics(inFile: "notes/todo.md").filter { $0.code == .dateNotDue }.isEmpty)
    }

    @Test(
        "a date written another way with its year, in an open task, is the same warning with the ISO form",
        arguments: [
            ("[ ] Bewerbung abschicken bis 30.11.2026", 32, "30.11.2026", "2026-11-30"),
            ("[ ] Call Sam 30/11/2026", 16, "30/11/2026", "2026-11-30"),
            ("[ ] Send the deck, 6 Nov 2026", 22, "6 Nov 2026", "2026-11-06"),
            ("[ ] Portfolio review Nov 6, 2026 (Lumen)", 24, "Nov 6, 2026", "2026-11-06"),
            ("[ ] Envoyer le dossier avant le 1er décembre 2026 ou 02.12.2026", 56, "02.12.2026", "2026-12-02"),
            ("[ ] Réunion le 13.11.2026 15h", 18, "13.11.2026", "2026-11-13"),
        ])
    func unmarkedDateWrittenAnotherWay(item: String, column: Int, written: String, iso: String) throws {
        let vault = try Self.vault([item])
        let problem = try #require(vault.diagnostics(inFile: "notes/todo.md").only, "\(item)")
        #expect(problem.code == .dateNotDue)
        #expect(problem.located == "warning notes/todo.md:2:\(column)")
        let message = "'\(written)' is not read as this task's due date: `next` lists it as one to do any time"
        #expect(problem.message == message)
        #expect(
            problem.hint
                == "if it is when the task is due, write 'due \(iso)' or 'by \(iso)'; "
                + "if it is another date, say which ('met on \(iso)', 'after \(iso)')")
        #expect(vault.notes[0].body.openTasks.only?.dueDate == nil)
    }

    @Test(
        "text that only looks like a date, or a date that says what it is, is no warning",
        arguments: [
            "[ ] Upgrade to Python 3.12.10", "[ ] Pay 1.500.000 EUR", "[ ] Read 30.11.2026.md",
            "[ ] Version 1.2.2026.4", "[ ] Call +49 30 1234 5678", "[ ] Ask about `30.11.2026`",
            "[ ] Grad role, posted 30.11.2026", "[ ] Thank Sam, met on 6 Nov 2026", "[ ] Pay 3/4 of 2026 fees",
            "[ ] Room 12.11", "[ ] Order 1.12.26", "[ ] Send it by 30.11.2026 (noon)",
            // Either day: not read (a warning would have to guess which to write).
            "[ ] Call Sam 06/11/2026",
        ])
    func quietWrittenDates(item: String) throws {
        let vault = try Self.vault([item])
        #expect(vault.diagnostics(inFile: "notes/todo.md").filter { $0.code == .dateNotDue }.isEmpty, "\(item)")
    }

    /// Trial N, finding 3: `closes Dec 15` in the Leads of an interview of 2026-11-19 had the
    /// hint `YYYY-12-15`; the year is the one that puts the day on or after the interview's
    /// (a task in a daily note: after its file's day), never one before it. Session 34: in an
    /// interview with a date the lead's deadline is read so (`due-date-without-year`, a warning
    /// that says the day); elsewhere it is not read.
    @Test(
        "a deadline without its year: the hint has the year that puts it on or after the note's day",
        arguments: [
            ("interviews/i.md", "date: 2026-11-19 13:30", "UX Research Intern (spring), closes Dec 15", "2026-12-15"),
            ("interviews/i.md", "date: 2026-11-19", "Analyst, apply by Nov 19", "2026-11-19"),
            ("interviews/i.md", "date: 2026-11-19", "Analyst, apply by Jan 5", "2027-01-05"),
            ("interviews/i.md", "date: 2026-11-19", "Analyst, closes 10/31", "2027-10-31"),
            ("interviews/i.md", "date: 2026-11-19", "Analyst, closes 29 Feb", "2028-02-29"),
            ("interviews/2026-11-19 Ann.md", "date: nope", "Analyst, closes Dec 15", "2026-12-15"),
            ("Daily/2026-12-20.md", "type: note", "[ ] renew badge due Jan 3", "2027-01-03"),
            ("notes/todo.md", "type: note", "[ ] renew badge due Jan 3", "YYYY-01-03"),
        ])
    func yearlessDeadline(path: String, field: String, item: String, meant: String) throws {
        let lead = item.hasPrefix("[ ]") ? item : "[ ] " + item
        let section = item.hasPrefix("[ ]") ? "## Tasks" : "## Leads"
        let vault = try TemporaryVault.load([path: "---\ncontact: Ann Lee\n\(field)\n---\n\(section)\n- \(lead)\n"])
        let problem = try #require(
            vault.diagnostics.filter { $0.code == .invalidDueDate || $0.code == .dueDateWithoutYear }.only)
        #expect(problem.hint == "write the date as YYYY-MM-DD: '\(meant)'")
        #expect(problem.severity == .warning || item.contains("due"))
        let read = section == "## Leads" && field.hasPrefix("date: 2026")
        #expect(problem.code == (read ? .dueDateWithoutYear : .invalidDueDate))
        #expect(!read || problem.message.hasSuffix("is read as \(meant), the first such day on or after the interview"))
    }

    @Test("a lead's deadline written the German way: the warning, with the ISO form to write")
    func germanLeadDeadline() throws {
        let vault = try TemporaryVault.load([
            "interviews/i.md": """
            ---
            contact: Wang Fang
            date: 2026-11-12
            ---
            ## Leads
            - [ ] Senior Risk Analyst at N26, Bewerbungsschluss 30.11.2026
            """
        ])
        let problem = try #require(vault.diagnostics(.dateNotDue).only)
        #expect(problem.located == "warning interviews/i.md:6:53")
        #expect(
            problem.message
                == "'30.11.2026' is not read as this lead's deadline: `next` counts its apply step from the interview")
        #expect(
            problem.hint
                == "if it is the deadline, write 'apply by 2026-11-30' or 'due 2026-11-30'; "
                + "if it is another date, say which ('posted 2026-11-30', 'from 2026-11-30')")
    }

    @Test func theEditorOffersToWriteADateWrittenAnotherWayAsTheDueDate() throws {
        let fix = try Self.dueDateFix(in: "# Todo\n- [ ] Bewerbung abschicken bis 30.11.2026\n")
        #expect(fix.title == "Make 2026-11-30 the due date ('due 2026-11-30')")
        #expect(fix.edits == [.replace(path: "notes/todo.md", range: 38..<48, text: "due 2026-11-30")])
    }

    @Test("a lead's date no word announces: the warning says how to make it the deadline")
    func unmarkedLeadDate() throws {
        let vault = try TemporaryVault.load([
            "interviews/i.md": """
            ---
            contact: Sam Park
            date: 2026-11-10
            ---
            ## Leads
            - [ ] Lab role 2026-12-23
            - [ ] Data role — apply before 2026-12-09
            - [x] Old role 2026-11-01
            """
        ])
        let problem = try #require(vault.diagnostics(.dateNotDue).only)
        #expect(problem.located == "warning interviews/i.md:6:16")
        #expect(
            problem.message
                == "'2026-12-23' is not read as this lead's deadline: `next` counts its apply step from the interview")
        #expect(
            problem.hint
                == "if it is the deadline, write 'apply by 2026-12-23' or 'due 2026-12-23'; "
                + "if it is another date, say which ('posted 2026-12-23', 'from 2026-12-23')")
    }

    /// The editor's "Make … the due date" fix for the date near the end of `notes/todo.md`'s `text`.
    private static func dueDateFix(in text: String) throws -> Fix {
        let folder = try TestFolder(["notes/todo.md": text])
        var live = LiveVault(root: folder.root)
        let offset = text.utf8.count - 5
        return try #require(
            live.fixes(inNote: "notes/todo.md", range: offset..<offset, today: LocalDate(valid: "2026-11-18")).first {
                $0.title.hasPrefix("Make")
            })
    }

    @Test func theEditorOffersToMakeTheDateTheDueDate() throws {
        let fix = try Self.dueDateFix(in: "# Todo\n- [ ] Call Sam on 2026-12-05\n")
        #expect(fix.title == "Make 2026-12-05 the due date ('due 2026-12-05')")
        // `on` becomes `due`: "Call Sam due 2026-12-05", not "on due".
        #expect(fix.edits == [.replace(path: "notes/todo.md", range: 22..<25, text: "due ")])
        let unannounced = try Self.dueDateFix(in: "# Todo\n- [ ] Call Sam 2026-12-05\n")
        #expect(unannounced.edits == [.replace(path: "notes/todo.md", range: 22..<22, text: "due ")])
    }

    @Test("a date on the second line of an item is pointed at there")
    func secondLine() throws {
        let vault = try TemporaryVault.load([
            "notes/todo.md": "# Todo\n- [ ] Call Sam about the role\n  on 2026-12-05\n"
        ])
        #expect(vault.diagnostics(.dateNotDue).map(\.located) == ["warning notes/todo.md:3:6"])
    }

    @Test(
        "a marker inside a code span is text about the syntax, not when the item is due",
        arguments: [
            ("[ ] Send the script `run due: 2026-11-20` to Ana", nil, "Send the script run due: 2026-11-20 to Ana"),
            (
                "[ ] Ask about `@due(2026-11-21)` syntax due: 2026-12-01", "2026-12-01",
                "Ask about @due(2026-11-21) syntax"
            ),
            ("[ ] Explain ``a `due 2026-11-20` b`` by 2026-12-02", "2026-12-02", "Explain a `due 2026-11-20` b"),
            // A backtick never closed, or escaped, opens no span.
            ("[ ] Fix the ` quote due 2026-11-20", "2026-11-20", "Fix the ` quote"),
            ("[ ] Fix \\`due 2026-11-20` now", "2026-11-20", "Fix ` ` now"),
            ("[ ] Fix ``due 2026-11-20` now", "2026-11-20", "Fix `` ` now"),
        ] as [(String, String?, String)])
    func inCode(item: String, due: String?, text: String) throws {
        let vault = try Self.vault([item, "[ ] Explain `due 12/01/2026` to Kim"])
        #expect(vault.diagnostics(inFile: "notes/todo.md").isEmpty, "a form in code is no error either")
        let task = try #require(vault.notes[0].body.openTasks.first)
        #expect(task.dueDate?.description == due)
        #expect(task.textWithoutDue == text)
    }

    /// Items are ruled out by `DueMarker.holdsDate` before markers are looked for: a date
    /// anywhere counts, at the very start or end too; a date that is not one does not.
    @Test(arguments: [
        ("2026-11-30", true), ("Apply by 2026-11-30", true), ("2026-11-30 is the day", true),
        ("Read the 2-Hour Job Search", false), ("call 555-0100-22", false), ("due 2026-13-01", false),
        ("due 26-11-30", false), ("x2026-11-30y", true), ("", false),
    ])
    func anItemWithoutADateIsRuledOutFirst(text: String, holds: Bool) {
        #expect(DueMarker.holdsDate(Array(text.utf8)) == holds)
    }
}
