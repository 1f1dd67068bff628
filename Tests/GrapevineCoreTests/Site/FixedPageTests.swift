import Testing

@testable import GrapevineCore

/// What the dashboard, the table of contacts, the tag pages and the graph page show, as values:
/// no HTML, no templates.
@Suite("Fixed pages: the dashboard, the contacts table, tags and the graph, before any HTML")
struct FixedPageTests {
    private static func builder(
        today: String = "2026-10-10", isPublic: Bool = false, adding extra: [String: String] = [:]
    ) async throws -> SiteBuilder {
        let folder = try TestFolder()
        try folder.write(NotePageTests.files.merging(extra) { _, new in new })
        return SiteBuilder(
            vault: VaultLoader.load(root: folder.root), today: LocalDate(valid: today), isPublic: isPublic,
            templates: try SiteTemplates(vaultRoot: folder.root))
    }

    @Test func theDashboardGroupsStepsCountsTheFunnelAndListsInterviewsToCome() async throws {
        let page = try await Self.builder().dashboardPage()
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

    @Test func theDashboardListsNoInterviewOnceItIsPast() async throws {
        #expect(try await Self.builder(today: "2026-11-18").dashboardPage().upcoming.isEmpty)
    }

    @Test func theContactsTableHasARowAContactByName() async throws {
        let page = try await Self.builder().contactsPage()
        #expect(page.rows.map(\.person.name) == ["Ana Pereira", "Leo Marsh", "Maria Lopez", "Sam Reyes"])
        let maria = try #require(page.rows.first { $0.person.name == "Maria Lopez" })
        #expect(maria.person.href == "contacts/maria-lopez.html")
        #expect(maria.organization?.name == "Acme Foods")
        #expect(maria.jobTitle == "R&D manager")
        #expect(maria.referredBy.map(\.name) == ["Sam Reyes"])
        #expect(maria.status.code == "scheduled")
        #expect(maria.lastTouch?.description == "2026-10-01")
    }

    @Test func theTagsPageCountsNotesByFoldedTag() async throws {
        // `R-and-D` folds to Maria's `r-and-d`: one tag, two notes, named as first spelled.
        let builder = try await Self.builder(adding: [
            "notes/lab-visit.md": "---\ntitle: Lab visit\ntags: [R-and-D, tasting]\n---\nNotes.\n"
        ])
        let page = builder.tagsPage()
        #expect(page.tags.map(\.link.name) == ["r-and-d", "tasting"])
        #expect(page.tags.map(\.count) == [2, 1])
        #expect(page.tags.first?.link.href == "tags/r-and-d.html")
        let tag = builder.tagPage("r-and-d", at: "tags/r-and-d.html")
        #expect(tag.name == "r-and-d")
        #expect(tag.notes.map(\.link.name) == ["Maria Lopez", "Lab visit"])
        #expect(tag.notes.map(\.link.href) == ["../contacts/maria-lopez.html", "../notes/lab-visit.html"])
        #expect(tag.notes.map(\.kind) == [.contact, .note])
        #expect(tag.notes.first?.jobTitle == "R&D manager")
    }

    @Test func theGraphPageCountsPeopleAndReferrals() async throws {
        // Sam → Maria → Ana → Leo, and Maria → Priya (named in the interview's Referrals, with
        // no note yet): five people, four referrals (Maria → Ana, written twice, is one).
        let page = try await Self.builder().graphCounts()
        #expect(page.people == 5)
        #expect(page.referrals == 4)
    }
}
