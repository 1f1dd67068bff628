import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A lead whose closing date is written in a form that is not read (`closes 12/15/2026`): its apply
/// step is due by the default rule, says the date is not read and how to write it (the hint
/// `check` gives), and `next` never says how late it is, since the real deadline is not known.
@Suite("A lead whose closing date is not read")
struct UnreadDeadlineTests {
    /// Dana told you of `lead` on 2026-11-19, a Thursday.
    private static func files(_ lead: String) -> [String: String] {
        [
            "contacts/dana.md": F.contact("name: Dana Ortiz"),
            "interviews/2026-11-19-dana.md": F.interview(
                "\"[[Dana Ortiz]]\"", "2026-11-19", "thank_you: 2026-11-19", body: "## Leads\n- \(lead)\n"),
        ]
    }

    /// The apply step on `today`, and `next`'s text of it.
    private static func step(_ lead: String, today: String) throws -> (NextStep, String) {
        let vault = try TemporaryVault.load(files(lead))
        let day = LocalDate(valid: today)
        let steps = NextStep.numbered(NextStepEngine(vault: vault, today: day).steps(), today: day)
        let step = try #require(steps.first { $0.kind == .apply })
        return (step, NextStepText(NextStepAgenda(steps: [step], today: day, all: true)).text)
    }

    @Test(
        "due by the default, the date's ISO form in the details, and no lateness",
        arguments: [
            ("Data Analyst, req 123 — closes 12/15/2026", "12/15/2026", "2026-12-15", "2026-11-21"),
            ("Data Analyst, req 123 — closes 12/15/2026", "12/15/2026", "2026-12-15", "2026-12-07"),
            ("Lab Tech, apply by 5 Jan 2027", "5 Jan 2027", "2027-01-05", "2026-11-30"),
        ])
    func notRead(lead: String, written: String, iso: String, today: String) throws {
        let (step, text) = try Self.step(lead, today: today)
        #expect(step.due == LocalDate(valid: "2026-11-20"))
        #expect(step.deadlineNotRead)
        #expect(
            step.details.last
                == "Its closing date '\(written)' is not read (not YYYY-MM-DD): this step is due as for a lead without "
                + "one, not on it; write the date as YYYY-MM-DD: '\(iso)'.")
        #expect(text.contains("interviews/2026-11-19-dana.md:7  apply, closing date not read\n"), "\(text)")
        #expect(!text.contains(" late"), "\(text)")
    }

    /// Session 34: `posting closes Dec 11` was warned about by `check` (with the day,
    /// 2026-12-11) while the apply step fell due by the default. A lead's deadline written
    /// without its year is read as the first such day on or after the interview, as the
    /// warning now says; one with two readings (`12/11`) is still not read.
    @Test(
        "a lead's deadline without its year is its due date, the first such day on or after the interview",
        arguments: [
            ("QA Chemist, posting closes Dec 11", "2026-12-11"), ("Lab Tech, apply by Jan 5", "2027-01-05"),
            ("Analyst due Nov 30", "2026-11-30"), ("Analyst, closes 11/30", "2026-11-30"),
            // Before the interview's day: next year's, as `check` says.
            ("Analyst, closes Nov 2", "2027-11-02"),
        ])
    func readWithoutYear(lead: String, iso: String) throws {
        let (step, text) = try Self.step(lead, today: "2026-11-21")
        #expect(step.due == LocalDate(valid: iso))
        #expect(!step.deadlineNotRead && !step.title.hasSuffix(NextStep.notReadMark))
        #expect(!step.details.contains { $0.contains("not read") }, "\(step.details)")
        #expect(text.contains("interviews/2026-11-19-dana.md:7  apply\n"), "\(text)")
        let vault = try TemporaryVault.load(Self.files(lead))
        let checked = CheckReport(vault: vault, strict: false, today: LocalDate(valid: "2026-11-21")).diagnostics
        let warning = try #require(checked.only)
        #expect(warning.code == .dueDateWithoutYear && warning.severity == .warning)
        #expect(warning.message.contains("is read as \(iso)"), "\(warning.message)")
        #expect(warning.hint == "write the date as YYYY-MM-DD: '\(iso)'")
        // An update a month on does not ask to apply for an opening closed since.
        let open = FollowThrough.isOpen(
            try #require(vault.notes.compactMap(\.interview).first?.leads.first),
            meeting: LocalDate(valid: "2026-11-19"), today: LocalDate(valid: iso).adding(days: 1))
        #expect(!open)
    }

    @Test("a lead's deadline without its year that could be either day is still not read")
    func eitherWayRoundNotRead() throws {
        let (step, _) = try Self.step("Analyst, closes 12/11", today: "2026-11-21")
        #expect(step.due == LocalDate(valid: "2026-11-20") && step.deadlineNotRead)
        #expect(step.details.last?.hasSuffix("'2026-12-11' (or '2027-11-12' if the day comes first).") == true)
    }

    @Test("check's hint and the step's are the same reading")
    func sameHintAsCheck() throws {
        let vault = try TemporaryVault.load(Self.files("Data Analyst — closes 12/15/2026"))
        let hint = try #require(vault.diagnostics(.invalidDueDate).first?.hint)
        let (step, _) = try Self.step("Data Analyst — closes 12/15/2026", today: "2026-11-21")
        #expect(step.details.last?.hasSuffix("; \(hint).") == true)
    }

    /// Session 31: an organization's opening `closes Dec 18` gives no year of its own (no
    /// meeting, no date in the file's name): check's hint and the step said `YYYY-12-18`. Both
    /// now say the year it is read in, the next such day on or after today
    /// (`NoteReader.yearOfDueDates`, the rule of a lead's deadline).
    @Test(
        "an opening's deadline without a year: check's hint and the step's give the year as of today",
        arguments: [("2026-12-07", "2026-12-18"), ("2026-12-18", "2026-12-18"), ("2026-12-20", "2027-12-18")])
    func openingWithoutYear(today: String, iso: String) throws {
        let vault = try TemporaryVault.load([
            "organizations/acme.md": "---\nname: Acme\n---\n## Openings\n- QA Chemist, closes Dec 18\n"
        ])
        let day = LocalDate(valid: today)
        let hint = "write the date as YYYY-MM-DD: '\(iso)'"
        let checked = CheckReport(vault: vault, strict: false, today: day).diagnostics
        #expect(checked.filter { $0.code == .invalidDueDate }.map(\.hint) == [hint])
        let file = try #require(vault.notes.first)
        let live = CheckReport.diagnostics(vault.diagnostics, note: file, strict: false, today: day)
        #expect(live.filter { $0.code == .invalidDueDate }.map(\.hint) == [hint])
        let step = try #require(NextStepEngine(vault: vault, today: day).steps().first { $0.kind == .apply })
        #expect(step.details.last?.hasSuffix("; \(hint).") == true, "\(step.details)")
    }

    /// Session 31: `Apply: QA Chemist, closes Dec 18` beside `anytime` (or the default's day)
    /// read as if the tool knew the deadline. The title keeps the words, marked as not read;
    /// `done` still finds the item by them (`ApplyRule.text(ofTitle:)`).
    @Test("the title says the deadline is not read, and done still ticks the item")
    func titleSaysNotRead() throws {
        let (lead, _) = try Self.step("Data Analyst — closes 12/15/2026", today: "2026-11-21")
        #expect(lead.title == "Apply: Data Analyst — closes 12/15/2026 (date not read)")
        let (read, _) = try Self.step("Data Analyst — closes 2026-12-15", today: "2026-11-21")
        #expect(read.title == "Apply: Data Analyst")
        let folder = try TestFolder([
            "organizations/acme.md": "---\nname: Acme\n---\n## Openings\n- Apply to the QA opening by Dec 18\n"
        ])
        let vault = VaultLoader.load(root: folder.root)
        let day = LocalDate(valid: "2026-12-07")
        let steps = NextStepEngine(vault: vault, today: day).steps()
        let opening = try #require(steps.first { $0.kind == .apply })
        #expect(opening.title == "Apply to the QA opening by Dec 18 (date not read)")
        let record = try ClosingRecord(
            closing: opening, .done(LocalDateTime(date: day, minutes: nil)), in: vault, leavingOpen: steps)
        try ClosingRecords([record], in: vault).write(inVault: folder.root)
        let text = try String(contentsOfFile: folder.root + "/organizations/acme.md", encoding: .utf8)
        #expect(text.hasSuffix("- [x] Apply to the QA opening by Dec 18\n"), "\(text)")
    }

    /// Session 32: a task's due date not read (`due Dec 15`) left its title as written, with
    /// nothing to say why it was "anytime"; a lead's said so. A task now says it as a lead does.
    @Test(
        "a task whose due date is not read says so as a lead does, and done still ticks it",
        arguments: [
            ("Send portfolio due Dec 15", "Dec 15", "2026-12-15"),
            ("Call Bo 📅 12/15/2026", "12/15/2026", "2026-12-15"),
        ])
    func taskNotRead(task: String, written: String, iso: String) throws {
        let folder = try TestFolder(["notes/todo.md": "# Todo\n- [ ] \(task)\n- [ ] Call Cy due 2026-12-09\n"])
        let vault = VaultLoader.load(root: folder.root)
        let day = LocalDate(valid: "2026-12-07")
        let steps = NextStep.numbered(NextStepEngine(vault: vault, today: day).steps(), today: day)
        let step = try #require(steps.first { $0.kind == .task && $0.due == nil })
        #expect(step.title == "\(task) (date not read)")
        #expect(step.deadlineNotRead)
        // `check`'s hint, as of the same day (the note gives no year).
        let checked = CheckReport(vault: vault, strict: false, today: day).diagnostics
        let hint = try #require(checked.first { $0.code == .invalidDueDate }?.hint)
        #expect(
            step.details.last
                == "Its due date '\(written)' is not read (not YYYY-MM-DD): this step is due on no day; \(hint).")
        #expect(hint.hasSuffix("'\(iso)'"))
        // The task whose date is read is as it was.
        let read = try #require(steps.first { $0.kind == .task && $0.due != nil })
        #expect(read.title == "Call Cy" && !read.deadlineNotRead && read.details.isEmpty)
        let record = try ClosingRecord(
            closing: step, .done(LocalDateTime(date: day, minutes: nil)), in: vault, leavingOpen: steps)
        try ClosingRecords([record], in: vault).write(inVault: folder.root)
        let text = try String(contentsOfFile: folder.root + "/notes/todo.md", encoding: .utf8)
        #expect(text.contains("- [x] \(task)\n"), "\(text)")
    }

    @Test(
        "a date that is read, or none written, still counts the days late",
        arguments: [
            ("QA Chemist, closes 2026-11-21", "1 day late"), ("Lab Tech", "2 days late"),
            ("Lab Tech, posted Dec 1", "2 days late"),
        ])
    func readOrNone(lead: String, late: String) throws {
        let (step, text) = try Self.step(lead, today: "2026-11-22")
        #expect(!step.deadlineNotRead)
        #expect(text.contains("apply, \(late)\n"), "\(text)")
        #expect(!step.details.contains { $0.hasPrefix("Its closing date") })
    }

    @Test("not yet due by the default: no lateness to leave out, the date still said not to be read")
    func notYetDue() throws {
        let (step, text) = try Self.step("Data Analyst — closes 12/15/2026", today: "2026-11-19")
        #expect(step.details.last?.hasPrefix("Its closing date '12/15/2026' is not read") == true)
        #expect(text.contains("interviews/2026-11-19-dana.md:7  apply\n"), "\(text)")
    }

    /// Trial R: a lead snoozed past the deadline its words give (`snooze` keeps that date and
    /// adds ` due DAY`) says so, before and after the deadline; one due before it says nothing.
    /// Trial 29: a lead due on its deadline (`closes 2026-12-01`) that has passed said only "6
    /// days late"; it says the deadline has passed too.
    @Test(
        arguments: [
            ("Infra role, deadline: 2026-12-29 due 2027-01-05", "2026-12-20", "It closes 2026-12-29, before"),
            ("Infra role, deadline: 2026-12-29 due 2027-01-05", "2027-01-02", "Its deadline, 2026-12-29, has passed"),
            ("Infra role, deadline: 2026-12-29 due 2026-12-22", "2026-12-20", nil),
            ("Infra role, deadline: 2026-12-29", "2026-12-20", nil),
            ("Infra role, deadline: 2026-12-29", "2026-12-29", nil),
            ("Infra role, closes 2026-12-01", "2026-12-07", "Its deadline, 2026-12-01, has passed"),
            ("Infra role, deadline: 2026-12-29 due 2026-12-22", "2026-12-30", "Its deadline, 2026-12-29, has passed"),
        ])
    func snoozedPastTheDeadline(lead: String, today: String, said: String?) throws {
        let (step, _) = try Self.step(lead, today: today)
        let closing = step.details.first { $0.hasPrefix("It closes") || $0.hasPrefix("Its deadline,") }
        #expect((closing != nil) == (said != nil), "\(step.details)")
        if let said { #expect(closing?.hasPrefix(said) == true, "\(step.details)") }
    }

    /// Session 35: a lead due on its deadline written without its year kept the words in its
    /// title ("Apply: Product analyst opening, posting closes Dec 11") where one with an ISO
    /// deadline drops them; and snoozed past it (or with it passed), it said nothing of the
    /// deadline, where the ISO one says "It closes …". Both read as the ISO deadline does, and
    /// `done` still finds the item by its title.
    @Test(
        "a deadline without its year leaves the title and is said when passed or snoozed past, as an ISO one",
        arguments: [
            ("Product analyst opening, posting closes Dec 11", "2026-12-01", nil),
            ("Product analyst opening, posting closes Dec 11", "2026-12-14", "Its deadline, 2026-12-11, has passed"),
            (
                "Product analyst opening, posting closes Dec 11 due 2026-12-20", "2026-12-01",
                "It closes 2026-12-11, before"
            ),
            ("Product analyst opening, posting closes Dec 11 due 2026-12-08", "2026-12-01", nil),
        ])
    func deadlineWithoutYearAsISO(lead: String, today: String, said: String?) throws {
        let iso = lead.replacing("Dec 11", with: "2026-12-11")
        let (step, _) = try Self.step(lead, today: today)
        let (twin, _) = try Self.step(iso, today: today)
        #expect(step.due == twin.due)
        let unsnoozed = !lead.contains(" due ")
        #expect(
            step.title
                == (unsnoozed ? "Apply: Product analyst opening" : twin.title.replacing("2026-12-11", with: "Dec 11")))
        let closing = { (step: NextStep) in
            step.details.first { $0.hasPrefix("It closes") || $0.hasPrefix("Its deadline,") }
        }
        #expect(closing(step) == closing(twin), "\(step.details)")
        #expect((closing(step) != nil) == (said != nil), "\(step.details)")
        if let said { #expect(closing(step)?.hasPrefix(said) == true, "\(step.details)") }
        // `done` ticks the item its title came from.
        let folder = try TestFolder(Self.files(lead))
        let vault = VaultLoader.load(root: folder.root)
        let day = LocalDate(valid: today)
        let steps = NextStepEngine(vault: vault, today: day).steps()
        let found = try #require(steps.first { $0.kind == .apply })
        let record = try ClosingRecord(
            closing: found, .done(LocalDateTime(date: day, minutes: nil)), in: vault, leavingOpen: steps)
        try ClosingRecords([record], in: vault).write(inVault: folder.root)
        let text = try String(contentsOfFile: folder.root + "/interviews/2026-11-19-dana.md", encoding: .utf8)
        #expect(text.hasSuffix("- [x] \(lead)\n"), "\(text)")
    }
}
