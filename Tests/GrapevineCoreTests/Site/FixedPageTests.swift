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

    @Test("serve's box of problems says whose they are: the note's, or on the dashboard the settings' and files'")
    func serveProblemsTitle() throws {
        let folder = try TestFolder()
        let templates = try SiteTemplates(vaultRoot: folder.root)
        let title = { (page: String) in
            String(decoding: templates.liveReloadPart(page: page, version: "1", problems: "x"), as: UTF8.self)
        }
        #expect(title("index.html").contains("grapevine serve: problems in the vault settings and files"))
        #expect(title("contacts/ana.html").contains("grapevine serve: problems in this note"))
    }

    @Test func theDashboardGroupsStepsCountsTheFunnelAndListsInterviewsToCome() async throws {
        let page = try await Self.builder().dashboardPage()
        // Every step of a group is counted; at most fifty are listed.
        for group in page.groups {
            #expect(group.count >= group.steps.count)
            #expect(group.steps.count <= SiteBuilder.dashboardStepLimit)
        }
        // The headline counts the groups with a due date; the rest follows it.
        let count = { (group: String) in page.groups.first { $0.group == group }?.count ?? 0 }
        #expect(
            page.headline
                == DashboardPage.headline(overdue: count("overdue"), today: count("today"), soon: count("soon")))
        #expect(page.summary == DashboardPage.rest(anytime: count("anytime"), later: page.later))
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

    @Test(
        "the headline: what is due in plain words, the groups with none left out",
        arguments: [
            (0, 0, 0, "Nothing due this week"), (9, 5, 11, "9 overdue, 5 due today, 11 this week"),
            (0, 2, 0, "2 due today"), (3, 0, 4, "3 overdue, 4 this week"), (1, 0, 0, "1 overdue"),
        ])
    func headline(overdue: Int, today: Int, soon: Int, headline: String) {
        #expect(DashboardPage.headline(overdue: overdue, today: today, soon: soon) == headline)
    }

    @Test(
        "after the headline, the steps with no date and those due later",
        arguments: [
            (0, 0, nil), (3, 0, "Also 3 steps with no due date."), (1, 0, "Also 1 step with no due date."),
            (0, 40, "Also 40 steps due later."), (3, 40, "Also 3 steps with no due date, and 40 due later."),
        ] as [(Int, Int, String?)])
    func rest(anytime: Int, later: Int, text: String?) {
        #expect(DashboardPage.rest(anytime: anytime, later: later) == text)
    }

    /// Two notes with errors: a date that cannot be read, and front matter that does not end.
    static let brokenFiles = [
        "contacts/zed.md": "---\nname: Zed Ray\nadded: 14/11/2026\n---\n",
        "contacts/broken.md": "---\nname: Broken\n",
    ]

    @Test("the dashboard lists each file with errors at its first, and a public site none")
    func theDashboardSaysWhatItLeftOut() async throws {
        let page = try await Self.builder(adding: Self.brokenFiles).dashboardPage()
        #expect(page.unreadFiles.map { "\($0.file):\($0.line)" } == ["contacts/broken.md:1", "contacts/zed.md:3"])
        #expect(page.unreadFiles.allSatisfy { !$0.message.isEmpty })
        #expect(page.unreadHeadline == "2 files have errors")
        #expect(try await Self.builder(isPublic: true, adding: Self.brokenFiles).dashboardPage().unreadFiles.isEmpty)
        let clean = try await Self.builder().dashboardPage()
        #expect(clean.unreadFiles.isEmpty && clean.unreadHeadline == nil)
    }

    /// Referrals items that count no referral: the person met (linked, and again by an alias),
    /// and an organization alone; one that counts (a name before the organization) beside them.
    static let uncountedItems = [
        "interviews/2026-10-20-sam-reyes.md": """
        ---
        contact: "[[Sam Reyes]]"
        date: 2026-10-20
        ---

        ## Referrals
        - [[Sam Reyes]]'s old colleague Karim Benali at Lumen
        - [[Acme Foods]]
        - Dana Voss at [[Acme Foods]] — runs the pilot plant
        """,
        "interviews/2026-10-01-maria-lopez.md": """
        ---
        contact: "[[Maria Lopez]]"
        date: 2026-10-01
        ---

        ## Referrals
        - [[Mari]], who will ask around
        """,
    ]

    @Test("the dashboard lists each Referrals item that counts no referral, with why; a public site none")
    func theDashboardSaysWhichReferralsItDidNotCount() async throws {
        let page = try await Self.builder(adding: Self.uncountedItems).dashboardPage()
        #expect(
            page.uncountedReferrals.map { "\($0.file):\($0.line) \($0.reason)" } == [
                "interviews/2026-10-01-maria-lopez.md:7 it names Maria Lopez, who you met here",
                "interviews/2026-10-20-sam-reyes.md:7 'Sam Reyes's old colleague Karim Benali' is not a person's name",
                "interviews/2026-10-20-sam-reyes.md:8 it names 'Acme Foods', an organization "
                    + "(organizations/acme-foods.md), not a person",
            ])
        #expect(page.uncountedHeadline == "3 Referrals items are not counted as referrals")
        // Not files with errors: a warning leaves the file read.
        #expect(page.unreadFiles.isEmpty)
        let publicPage = try await Self.builder(isPublic: true, adding: Self.uncountedItems).dashboardPage()
        #expect(publicPage.uncountedReferrals.isEmpty && publicPage.uncountedHeadline == nil)
        let one = try await Self.builder(adding: [
            "interviews/2026-10-20-sam-reyes.md": """
            ---
            contact: Sam Reyes
            date: 2026-10-20
            ---
            ## Referrals
            - [[Acme Foods]]
            """
        ]).dashboardPage()
        #expect(one.uncountedHeadline == "1 Referrals item is not counted as a referral")
        let clean = try await Self.builder().dashboardPage()
        #expect(clean.uncountedReferrals.isEmpty && clean.uncountedHeadline == nil)
    }

    @Test("after search_ended the dashboard says first which steps are left out, as next does; before that day, nothing")
    func theDashboardSaysTheSearchEnded() async throws {
        let ended = [".grapevine/config.yml": "search_ended: 2026-10-05\n"]
        let page = try await Self.builder(today: "2026-10-10", adding: ended).dashboardPage()
        let config = try await Self.builder(adding: ended).vault.config
        #expect(page.searchEnded == config.searchEndedNotice(asOf: LocalDate(valid: "2026-10-10")))
        #expect(page.searchEnded?.hasPrefix("Your search ended on 2026-10-05") == true)
        #expect(try await Self.builder(today: "2026-10-04", adding: ended).dashboardPage().searchEnded == nil)
        #expect(try await Self.builder().dashboardPage().searchEnded == nil)
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
