import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// The rules that read any note: find-contacts, task, reminder.
@Suite("Next steps from organizations, tasks and reminders")
struct NoteRuleTests {
    static let findContactsCases: [RuleCase] = [
        RuleCase(
            "a target with nobody", today: "2026-11-18",
            ["organizations/cove.md": "---\nname: Cove Creamery\ntarget: true\n---\n"], ["- Cove Creamery"]),
        RuleCase("not a target", today: "2026-11-18", ["organizations/cove.md": "---\nname: Cove Creamery\n---\n"], []),
        RuleCase(
            "somebody there on your list (added)", today: "2026-11-18",
            [
                "organizations/cove.md": "---\nname: Cove Creamery\ntarget: true\n---\n",
                "contacts/a.md": F.contact("name: Ana", "organization: Cove Creamery", "added: 2026-11-01"),
            ], []),
        RuleCase(
            "somebody there you are in touch with, without added", today: "2026-11-18",
            [
                "organizations/cove.md": "---\nname: Cove Creamery\ntarget: true\n---\n",
                "contacts/a.md": F.contact("name: Ana", "organization: Cove Creamery", log: ["2026-11-02 emailed"]),
            ], []),
        RuleCase(
            "somebody there whom someone referred", today: "2026-11-18",
            [
                "organizations/cove.md": "---\nname: Cove Creamery\ntarget: true\n---\n",
                "contacts/a.md": F.contact("name: Ana", "organization: Cove Creamery", "referred_by: Dan"),
            ], []),
        RuleCase(
            "only people of your network there (no added, never contacted)", today: "2026-11-18",
            [
                "organizations/cove.md": "---\nname: Cove Creamery\ntarget: true\n---\n",
                "contacts/a.md": F.contact("name: Ana", "organization: Cove Creamery"),
            ], ["- Cove Creamery"]),
    ]

    @Test(arguments: findContactsCases)
    func findContacts(_ row: RuleCase) throws {
        #expect(try F.steps(row.files, today: row.today, kind: .findContacts) == row.expected)
    }

    @Test("find-contacts names the people of your network there, first, at most five")
    func findContactsNamesYourNetwork() throws {
        var files = ["organizations/cove.md": "---\nname: Cove Creamery\ntarget: true\n---\n"]
        for name in ["Zoe", "Ana", "Bo", "Cy", "Di", "Ed", "Fay"] {
            files["contacts/\(name).md"] = F.contact("name: \(name)", "organization: \"[[Cove Creamery]]\"")
        }
        let step = try #require(try F.details(files, today: "2026-11-18", kind: .findContacts).only)
        #expect(
            step.details.first
                == "You know Ana, Bo, Cy, Di, Ed and 2 more there (your network, not yet on your list): start with "
                + "them. grapevine new contact \"Ana\" puts Ana on your list.", "\(step.details)")
        #expect(step.howToClose == "done: put one of them on your list (grapevine new contact NAME)")
    }

    @Test("find-contacts names your network there warmest first, in the order grapevine path gives")
    func findContactsOrdersAsWarmIntroductions() throws {
        // Imported (source, connected, no added), written by hand, and one whose note has a Log
        // of plain dated notes only: none in your pipeline. Ben is referred by you (the owner),
        // which is no referral: nobody gave you his name.
        let files = [
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "organizations/cove.md": "---\nname: Cove Creamery\ntarget: true\n---\n",
            "contacts/zed.md": F.contact(
                "name: Zed Quill", "organization: Cove Creamery", "source: linkedin", "connected: 2024-11-05"),
            "contacts/ana.md": F.contact(
                "name: Ana Li", "organization: Cove Creamery", log: ["2026-01-04 lunch at the club"]),
            "contacts/ben.md": F.contact("name: Ben Okafor", "organization: Cove Creamery", "referred_by: Alex Kim"),
        ]
        let vault = try TemporaryVault.load(files)
        let step = try #require(
            NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-18")).steps().first {
                $0.kind == .findContacts
            })
        let ways = WarmIntroductions(
            organization: try vault.node("Cove Creamery"), in: vault, today: LocalDate(valid: "2026-11-18"))
        let order = ways.introductions.filter(\.worksThere).map(\.person.name)
        #expect(order == ["Ana Li", "Ben Okafor", "Zed Quill"])
        #expect(
            step.details.first?.hasPrefix("You know Ana Li, Ben Okafor and Zed Quill there") == true, "\(step.details)")
        #expect(step.details.contains("Ask the people you know, search alumni lists and LinkedIn."))
    }

    @Test func tasksWithAndWithoutDueDates() throws {
        let note = """
            # Plans
            - [ ] Portfolio due 2026-11-23
            - [ ] Read the report due: 2026-11-19
            - [ ] Course 📅 2026-11-30
            - [ ] Someday
            - [x] Done due 2026-11-01
            - Not a task
            """
        let steps = try F.details(["notes/plans.md": note], today: "2026-11-18", kind: .task)
        #expect(
            steps.map { "\($0.due?.description ?? "-") \($0.title) \($0.file):\($0.line)" } == [
                "2026-11-19 Read the report notes/plans.md:3", "2026-11-23 Portfolio notes/plans.md:2",
                "2026-11-30 Course notes/plans.md:4", "- Someday notes/plans.md:5",
            ])
    }

    /// Trial N, finding 4: a daily note's template line `- [ ] ` was step "anytime" with no
    /// title, and a VTODO with an empty SUMMARY.
    @Test func aTaskOrLeadWithNoTextIsNoStep() throws {
        let body = "## Leads\n- [ ] \n- [ ]\n- [ ] Analyst at Acme\n## Next steps\n- [ ]   \n- [ ] Send the deck\n"
        let files = [
            "Daily/2026-11-20.md": "## Today\n- [ ] \n- [ ]\n* [ ]\t\n- [ ] Call Nadia\n",
            "interviews/i.md": F.interview("Nadia", "2026-11-17", "thank_you: true", body: body),
        ]
        #expect(
            try F.details(files, today: "2026-11-18", kind: .task).map(\.title).sorted() == [
                "Call Nadia", "Send the deck",
            ])
        #expect(try F.details(files, today: "2026-11-18", kind: .apply).map(\.title) == ["Apply: Analyst at Acme"])
    }

    @Test func agendaAndLeadsItemsAreNotTasks() throws {
        let body = """
            ## Agenda
            - [ ] How did you start?
            - A plain question
            ## Leads
            - [ ] Req 4471
            - Intern, not posted
            ## Resources
            - [ ] The Flavor Book
            ## Next steps
            - [ ] Send the portfolio due 2026-11-20
            - Plain item, not a task
            """
        let files = [
            "contacts/n.md": F.contact("name: Nadia"),
            "interviews/i.md": F.interview("Nadia", "2026-11-17", "thank_you: true", body: body),
        ]
        let steps = try F.details(files, today: "2026-11-18", kind: .task)
        #expect(steps.map(\.title) == ["Send the portfolio", "The Flavor Book"])
        #expect(steps.map(\.contact) == ["Nadia", "Nadia"])
    }

    @Test func noTasksFromACancelledInterview() throws {
        let files = [
            "contacts/n.md": F.contact("name: Nadia"),
            "interviews/i.md": F.interview(
                "Nadia", "2026-11-17", "status: cancelled", body: "## Next steps\n- [ ] Reschedule\n"),
        ]
        #expect(try F.steps(files, today: "2026-11-18", kind: .task) == [])
    }

    @Test func remindersInEveryForm() throws {
        let files = [
            "contacts/s.md": F.contact(
                "name: Sam", "remind:", "  - \"2026-11-19 Cookie panel\"", "  - {date: 2026-12-10, text: Ask about Q1}"),
            "organizations/b.md": "---\nname: Brightfield\nremind: 2026-11-16 Check req 4471\n---\n",
        ]
        let steps = try F.details(files, today: "2026-11-18", kind: .reminder)
        #expect(
            steps.map { "\($0.due!) \($0.contact ?? "-") \($0.organization ?? "-") \($0.title) \($0.file):\($0.line)" }
                == [
                    "2026-11-16 - Brightfield Check req 4471 organizations/b.md:3",
                    "2026-11-19 Sam - Cookie panel contacts/s.md:4",
                    "2026-12-10 Sam - Ask about Q1 contacts/s.md:5",
                ])
    }

    @Test("a reminder with a date alone still says what it is about")
    func reminderWithoutText() throws {
        let files = ["contacts/s.md": F.contact("name: Sam Reyes", "remind: 2026-12-20")]
        #expect(try F.steps(files, today: "2026-12-18", kind: .reminder) == ["2026-12-20 Sam Reyes"])
        #expect(try F.details(files, today: "2026-12-18", kind: .reminder).map(\.title) == ["Reminder about Sam Reyes"])
    }

    @Test("a reminder written as a Log entry is written, 'DATE: text', is read without the colon")
    func reminderWithAColon() throws {
        let files = ["contacts/s.md": F.contact("name: Sam", "remind: \"2026-12-20: send a holiday card\"")]
        let vault = try TemporaryVault.load(files)
        #expect(vault.diagnostics.isEmpty, "\(vault.diagnostics.map(\.message))")
        #expect(vault.notes.first?.reminders.map { "\($0.date) \($0.text)" } == ["2026-12-20 send a holiday card"])
    }
}
