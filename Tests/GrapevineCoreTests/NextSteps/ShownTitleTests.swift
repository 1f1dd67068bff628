import Foundation
import Testing

@testable import GrapevineCore

/// Items written with wikilinks (`- [ ] Email [[Sam Park|Sam]] the deck`) read as words
/// wherever a step is shown, and stay as written where the step is named.
@Suite("Steps from items with wikilinks")
struct ShownTitleTests {
    static let files = [
        "contacts/dana-reyes.md": """
        ---
        name: Dana Reyes
        organization: "[[Brightline Bank]]"
        added: 2026-10-01
        ---
        ## Log
        - 2026-10-02 emailed
        - 2026-10-03 replied
        - [ ] Email [[Sam Park|Sam]] the deck 📅 2026-11-20
        - [ ] Read the report from [[Brightline Bank]]

        """,
        "contacts/sam-park.md": "---\nname: Sam Park\nadded: 2026-10-01\n---\n",
        "interviews/2026-10-10-dana-reyes.md": """
        ---
        contact: "[[Dana Reyes]]"
        date: 2026-10-10 15:00
        thank_you: 2026-10-10
        ---
        ## Resources
        - [x] Read *Designing Data-Intensive Applications* by [[Martin K]]
        ## Leads
        - [x] Analyst opening at [[Brightline Bank#Jobs|Brightline]]

        """,
        "interviews/2026-11-17-sam-park.md": """
        ---
        contact: "[[Sam Park]]"
        date: 2026-11-17 10:00
        ---
        ## Resources
        - [ ] The [[Brightline Bank]] annual report
        ## Leads
        - [ ] Data lead at [[Brightline Bank|Brightline]]

        """,
    ]

    static let today = LocalDate(valid: "2026-11-18")

    static func steps(in folder: TestFolder) -> (Vault, [NextStep]) {
        let vault = VaultLoader.load(root: folder.root)
        return (vault, NextStepEngine(vault: vault, today: today).steps())
    }

    @Test("the title reads as words; the item as written stays the step's title")
    func shownTitle() throws {
        let (_, steps) = Self.steps(in: try TestFolder(Self.files))
        let tasks = steps.filter { $0.kind == .task && $0.file == "contacts/dana-reyes.md" }
        #expect(tasks.map(\.title) == ["Email [[Sam Park|Sam]] the deck", "Read the report from [[Brightline Bank]]"])
        #expect(tasks.map(\.shownTitle) == ["Email Sam the deck", "Read the report from Brightline Bank"])
    }

    @Test("next as text, the update's lines, the calendar's summary and the site show the words")
    func shownEverywhere() throws {
        let folder = try TestFolder(Self.files)
        let (vault, found) = Self.steps(in: folder)
        var steps = found
        for index in steps.indices { steps[index].number = index + 1 }
        let text = NextStepText(NextStepAgenda(steps: steps, today: Self.today)).text
        #expect(text.contains("2026-11-20  Email Sam the deck\n"))
        #expect(text.contains("anytime     Read the report from Brightline Bank\n"))
        #expect(text.contains("You followed up on: Read Designing Data-Intensive Applications by Martin K."))
        #expect(text.contains("You acted on: Analyst opening at Brightline."))
        #expect(text.contains("Mention what they recommended: The Brightline Bank annual report."))
        #expect(text.contains("Say you would like to apply: Data lead at Brightline."))
        #expect(!text.contains("[["))

        let calendar = try ContentLineReader(ICalendar(steps, stamp: .init(secondsSinceEpoch: 1_795_000_000)).text)
        let summaries = calendar.todos.compactMap { $0.property("SUMMARY")?.value }
        #expect(summaries.contains("Email Sam the deck"))
        #expect(!summaries.contains { $0.contains("[[") })

        let builder = SiteBuilder(
            vault: vault, today: Self.today, isPublic: false, templates: try SiteTemplates(vaultRoot: folder.root))
        let shown = builder.dashboardPage().groups.flatMap(\.steps)
        #expect(shown.map(\.title).contains("Email Sam the deck"))
        #expect(!shown.contains { $0.title.contains("[[") || $0.details.contains { $0.contains("[[") } })
    }

    @Test("show lists the open tasks as words")
    func dossier() throws {
        let (vault, _) = Self.steps(in: try TestFolder(Self.files))
        let dana = try #require(vault.index(ofPath: "contacts/dana-reyes.md").map(Graph.node(ofNote:)))
        let tasks = DossierBuilder(vault: vault, today: Self.today).dossier(for: dana).openTasks
        #expect(tasks.map(\.text) == ["Email Sam the deck", "Read the report from Brightline Bank"])
    }

    @Test("done still finds the item by what is written")
    func doneTicksTheItem() throws {
        let folder = try TestFolder(Self.files)
        let (vault, steps) = Self.steps(in: folder)
        let step = try #require(steps.first { $0.kind == .task && $0.due != nil })
        let day = LocalDateTime(date: Self.today, minutes: nil)
        let record = try ClosingRecord(closing: step, .done(day), in: vault, leavingOpen: steps)
        try ClosingRecords([record], in: vault).write(inVault: folder.root)
        let text = try String(contentsOfFile: folder.root + "/contacts/dana-reyes.md", encoding: .utf8)
        #expect(text.contains("- [x] Email [[Sam Park|Sam]] the deck 📅 2026-11-20"))
    }
}
