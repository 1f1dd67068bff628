import Testing

@testable import GrapevineCore

/// What the dashboard and the table of contacts show, as values: no HTML, no templates.
@Suite("Fixed pages: the dashboard and the contacts table, before any HTML")
struct FixedPageTests {
    private static func builder(today: String = "2026-10-10", isPublic: Bool = false) throws -> SiteBuilder {
        let folder = try TestFolder()
        try folder.write(NotePageTests.files)
        return SiteBuilder(
            vault: VaultLoader.load(root: folder.root), today: LocalDate(valid: today), isPublic: isPublic,
            templates: try SiteTemplates(vaultRoot: folder.root))
    }

    @Test func theDashboardGroupsStepsCountsTheFunnelAndListsInterviewsToCome() throws {
        let page = try Self.builder().dashboardPage()
        // Every step of a group is counted; at most fifty are listed.
        for group in page.groups {
            #expect(group.count >= group.steps.count)
            #expect(group.steps.count <= SiteBuilder.dashboardStepLimit)
        }
        let listed = page.groups.map(\.count).reduce(0, +)
        #expect(page.summary.hasPrefix("\(listed) next step"))
        #expect(page.funnel.first?.label == "contacts")
        #expect(page.funnel.first?.count == 4)
        // The interview on 2026-10-14 is still to come on 2026-10-10.
        let upcoming = try #require(page.upcoming.first)
        #expect(upcoming.date.description == "2026-10-14")
        #expect(upcoming.href == "interviews/2026-10-14-maria-lopez.html")
        #expect(upcoming.with == [PageLink(name: "Maria Lopez", href: "contacts/maria-lopez.html")])
        #expect(upcoming.organization == PageLink(name: "Acme Foods", href: "organizations/acme-foods.html"))
        #expect(upcoming.mode == "video")
    }

    @Test func theDashboardListsNoInterviewOnceItIsPast() throws {
        #expect(try Self.builder(today: "2026-11-18").dashboardPage().upcoming.isEmpty)
    }

    @Test func theContactsTableHasARowAContactByName() throws {
        let page = try Self.builder().contactsPage()
        #expect(page.rows.map(\.person.name) == ["Ana Pereira", "Leo Marsh", "Maria Lopez", "Sam Reyes"])
        let maria = try #require(page.rows.first { $0.person.name == "Maria Lopez" })
        #expect(maria.person.href == "contacts/maria-lopez.html")
        #expect(maria.organization?.name == "Acme Foods")
        #expect(maria.jobTitle == "R&D manager")
        #expect(maria.referredBy.map(\.name) == ["Sam Reyes"])
        #expect(maria.status.code == "scheduled")
        #expect(maria.lastTouch?.description == "2026-10-01")
    }
}
