import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// An organization's Openings (`## Openings`, `## Open roles`, `## Jobs`, …) are read as an
/// interview's Leads are, through the same rule (`ApplyRule`): an opening with a deadline, or
/// an open box, is an `apply` step; a ticked one or one noted without either is not.
@Suite("Steps from an organization's Openings")
struct OpeningStepsTests {
    private static func organization(_ items: String, heading: String = "Openings") -> [String: String] {
        ["organizations/acme.md": "---\nname: Acme Foods\n---\n\n## \(heading)\n\(items)\n"]
    }

    @Test(
        "an opening with a deadline or an open box is a step; due its deadline",
        arguments: [
            ("- Data Analyst II — apply by 2026-12-01", ["2026-12-01 Apply: Data Analyst II"]),
            ("- [ ] Product Ops role, closes 2026-12-15", ["2026-12-15 Apply: Product Ops role"]),
            ("- Sensory Scientist, closes 2026-09-01", ["2026-09-01 Apply: Sensory Scientist"]),
            ("- Apply to the QA Lead opening due 2026-12-02", ["2026-12-02 Apply to the QA Lead opening"]),
            ("- [ ] QA Lead", ["- Apply: QA Lead"]),
            ("- [x] Lab Tech, apply by 2026-11-25", []),
            ("- QA Lead — [posting](https://acme.example.com/qa)", []),
            ("- ~~Filled role, apply by 2026-12-01~~", []),
            ("- None yet", []),
            ("- Data role, apply by 2026-12-01\n  - ask Sam first", ["2026-12-01 Apply: Data role"]),
        ])
    func steps(items: String, expected: [String]) throws {
        let steps = try F.details(Self.organization(items), today: "2026-11-18", kind: .apply)
        #expect(steps.map { "\($0.due?.description ?? "-") \($0.title)" } == expected)
        for step in steps {
            #expect(step.organization == "Acme Foods" && step.contact == nil && step.file == "organizations/acme.md")
            #expect(step.details.first == "An opening you noted at Acme Foods.")
        }
        #expect(try F.details(Self.organization(items), today: "2026-11-18", kind: .task).isEmpty)
    }

    /// Trial finding: `- 2026-11-20 applied to Data Analyst II` in the Log of someone at Acme
    /// left "Apply: Data Analyst II" open. An entry that names one opening closes it, as it closes
    /// a lead; one that names none, or several, or is on someone elsewhere, closes nothing.
    @Test(
        "an applied entry on someone who works there closes the one opening it names",
        arguments: [
            ("Acme Foods", "applied to Data Analyst II", ["2026-12-15 Apply: Product Ops role"]),
            ("Acme Foods", "applied: Product Ops at Acme Foods", ["2026-12-01 Apply: Data Analyst II"]),
            (
                "Acme Foods", "applied to a role",
                ["2026-12-01 Apply: Data Analyst II", "2026-12-15 Apply: Product Ops role"]
            ),
            (
                "Globex", "applied to Data Analyst II",
                ["2026-12-01 Apply: Data Analyst II", "2026-12-15 Apply: Product Ops role"]
            ),
        ])
    func appliedEntry(organization: String, entry: String, expected: [String]) throws {
        let files = Self.organization(
            "- Data Analyst II — apply by 2026-12-01\n- [ ] Product Ops role, closes 2026-12-15"
        )
        .merging([
            "contacts/sam.md": F.contact(
                "name: Sam Reyes", "organization: \(organization)", log: ["2026-11-20 \(entry)"])
        ]) { $1 }
        let steps = try F.details(files, today: "2026-11-21", kind: .apply)
        #expect(steps.map { "\($0.due?.description ?? "-") \($0.title)" } == expected)
    }

    @Test(
        "under every heading the Openings are read by",
        arguments: ["Open roles", "Open positions", "Job openings", "Jobs"])
    func headings(heading: String) throws {
        let files = Self.organization("- Data Analyst II — apply by 2026-12-01", heading: heading)
        #expect(try F.steps(files, today: "2026-11-18", kind: .apply) == ["2026-12-01 Acme Foods"])
    }

    @Test("an opening and the same lead of a meeting read their words and deadline alike")
    func sameAsLead() throws {
        let items = [
            "- Data Analyst II — apply by 2026-12-01", "- Content role, closes 2026-12-11 📅 2026-12-05",
            "- Lumen Health apply by 2026-12-08", "- Bio role, deadline: 2026-11-30",
        ]
        for item in items {
            let files = Self.organization(item).merging([
                "contacts/sam.md": F.contact("name: Sam Reyes"),
                "interviews/i.md": F.interview("\"[[Sam Reyes]]\"", "2026-11-10", body: "## Leads\n\(item)\n"),
            ]) { $1 }
            let steps = try F.details(files, today: "2026-11-18", kind: .apply)
            let lead = try #require(steps.first { $0.file == "interviews/i.md" })
            let opening = try #require(steps.first { $0.file == "organizations/acme.md" })
            #expect(opening.title == lead.title && opening.due == lead.due, "\(item)")
        }
    }

    /// Session 33: one opening written in the Leads of an interview with someone at Acme and in
    /// Acme's Openings gave two "apply" steps. The same address, or the same title at the same
    /// organization, is one opening: one step, the lead's, naming the other place, due the
    /// earlier date; either box ticked closes it. Another address, or another firm, is another.
    @Test(
        "one opening in a lead and in the organization's Openings is one step",
        arguments: [
            (
                "Acme Foods", "- Designer https://acme.example/jobs/1 apply by 2026-12-20",
                "- [ ] UX Designer role — https://acme.example/jobs/1/ closes 2026-12-18",
                ["2026-12-18 interviews/i.md Apply: Designer https://acme.example/jobs/1"]
            ),
            (
                "Acme Foods", "- Data Analyst II", "- Data Analyst II — apply by 2026-12-01",
                ["2026-12-01 interviews/i.md Apply: Data Analyst II"]
            ),
            ("Acme Foods", "- [x] Data Analyst II", "- Data Analyst II — apply by 2026-12-01", []),
            ("Acme Foods", "- Data Analyst II", "- [x] Data Analyst II — apply by 2026-12-01", []),
            (
                "Acme Foods", "- Designer https://acme.example/jobs/1",
                "- Designer https://acme.example/jobs/2 due 2026-12-18",
                [
                    "2026-11-11 interviews/i.md Apply: Designer https://acme.example/jobs/1",
                    "2026-12-18 organizations/acme.md Apply: Designer https://acme.example/jobs/2",
                ]
            ),
            (
                "Globex", "- Data Analyst II", "- Data Analyst II — apply by 2026-12-01",
                [
                    "2026-11-11 interviews/i.md Apply: Data Analyst II",
                    "2026-12-01 organizations/acme.md Apply: Data Analyst II",
                ]
            ),
        ])
    func oneOpeningInTwoPlaces(works: String, lead: String, opening: String, expected: [String]) throws {
        let files = Self.organization(opening).merging([
            "contacts/sam.md": F.contact("name: Sam Reyes", "organization: \(works)"),
            "interviews/i.md": F.interview("\"[[Sam Reyes]]\"", "2026-11-10", body: "## Leads\n\(lead)\n"),
        ]) { $1 }
        let steps = try F.details(files, today: "2026-11-18", kind: .apply)
        #expect(steps.map { "\($0.due?.description ?? "-") \($0.file) \($0.title)" } == expected)
        if expected.count == 1 {
            #expect(
                steps.first?.details.contains("Also in the Openings of Acme Foods (organizations/acme.md:6).") == true)
        }
    }

    @Test("a closing date not read: a step due on no day that says so, and check's warning")
    func unreadDeadline() throws {
        let files = Self.organization("- [ ] Product Ops role, closes 12/15\n- Lab role, apply by Dec 9")
        let steps = try F.details(files, today: "2026-11-18", kind: .apply)
        #expect(
            steps.map(\.title) == [
                "Apply: Product Ops role, closes 12/15 (date not read)",
                "Apply: Lab role, apply by Dec 9 (date not read)",
            ])
        #expect(steps.allSatisfy { $0.due == nil && $0.deadlineNotRead })
        #expect(
            steps.allSatisfy {
                $0.details.contains { $0.hasPrefix("Its closing date '") && $0.contains("due on no day") }
            })
        let vault = try TemporaryVault.load(files)
        #expect(
            vault.diagnostics(.invalidDueDate).map(\.message) == [
                "'12/15' is not a due date grapevine can read (YYYY-MM-DD), so the opening has no deadline",
                "'Dec 9' is not a due date grapevine can read (YYYY-MM-DD), so the opening has no deadline",
            ])
    }

    @Test("a date that is not read as the deadline is warned about as in a lead")
    func unmarkedDate() throws {
        let vault = try TemporaryVault.load(Self.organization("- Lab Manager 2026-12-20"))
        #expect(
            vault.diagnostics(.dateNotDue).map(\.message) == [
                "'2026-12-20' is not read as this opening's deadline: `next` does not remind you of it"
            ])
    }

    @Test("a box in a section of another name, or in another note's Jobs, is still a task")
    func stillTasks() throws {
        let files = [
            "organizations/acme.md": "---\nname: Acme Foods\n---\n\n## Notes\n- [ ] Ask about the Data role\n",
            "contacts/sam.md": F.contact("name: Sam Reyes", body: "## Jobs\n- [ ] Send Sam the Data role link\n"),
        ]
        #expect(
            try F.details(files, today: "2026-11-18", kind: .task).map(\.title).sorted() == [
                "Ask about the Data role", "Send Sam the Data role link",
            ])
        #expect(try F.details(files, today: "2026-11-18", kind: .apply).isEmpty)
    }
}
