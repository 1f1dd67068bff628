import Testing

@testable import GrapevineCore

/// What the Progress page shows, as values: no HTML, no templates. The figures are those of
/// `Fixtures/report-vault/EXPECTED.md`, worked out by hand for `grapevine report`.
@Suite("The Progress page: the report's figures, before any HTML")
struct ProgressPageTests {
    static func builder(
        _ files: [String: String], today: String = "2026-11-18", isPublic: Bool = false
    ) throws -> SiteBuilder {
        let folder = try TestFolder(files)
        return SiteBuilder(
            vault: VaultLoader.load(root: folder.root), today: LocalDate(valid: today), isPublic: isPublic,
            templates: try SiteTemplates(vaultRoot: folder.root))
    }

    static func reportVault(isPublic: Bool = false, changing changes: [String: String] = [:]) throws -> ProgressPage {
        let files = try FixtureVault.files("report-vault").merging(changes) { _, new in new }
        return try builder(files, isPublic: isPublic).progressPage()
    }

    /// A bar chart's rows as (name, link, numbers, texts).
    static func rows(_ chart: ProgressPage.Chart<HorizontalBarChart>?) -> [String] {
        (chart?.drawing.rows ?? []).map { row in
            "\(row.name) \(row.href ?? "-") " + row.bars.map { "\($0.value):\($0.text ?? "")" }.joined(separator: " ")
        }
    }

    @Test func theRatesAreTheReportsWithWhatTheyComeFrom() throws {
        let page = try Self.reportVault()
        #expect(page.asOf == LocalDate(valid: "2026-11-18"))
        #expect(
            page.rates.map(\.label) == [
                "Response rate", "Median days to a reply", "Interviews per week", "Referrals per interview",
            ])
        #expect(page.rates.map(\.value) == ["82%", "2", "0.5", "2.25"])
        #expect(
            page.rates.map(\.detail) == [
                "9 of 11 people reached out to replied", "first message to first answer, 7 people",
                "2 held in the 28 days to 2026-11-18", "9 referrals from 4 held interviews",
            ])
    }

    @Test func theFunnelHasABarAStageEachPersonStageAShareOfTheOneBefore() throws {
        let funnel = try #require(try Self.reportVault().funnel)
        #expect(
            Self.rows(funnel) == [
                "contacts - 15:15", "reached out - 11:11 · 73% of contacts", "replied - 9:9 · 82% of reached out",
                "met - 5:5 · 56% of replied", "referrals - 9:9", "leads - 3:3",
            ])
        #expect(funnel.summary == "contacts 15, reached out 11, replied 9, met 5, referrals 9, leads 3.")
    }

    @Test func everyWeekFromTheFirstDatedEventIsDrawnWithItsFourCounts() throws {
        let page = try Self.reportVault()
        let weeks = try #require(page.weeks)
        #expect(weeks.drawing.weeks.map(\.week) == (37...47).map { "2026-W\($0)" })
        let counts = weeks.drawing.weeks.map { $0.bars.map(\.value) }
        #expect(
            counts == [
                [0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], [1, 1, 0, 0], [1, 0, 1, 2], [1, 2, 0, 0], [1, 0, 2, 2],
                [0, 0, 0, 0], [2, 1, 0, 1], [3, 1, 0, 0], [0, 0, 1, 3],
            ])
        // The table says the same, with no row of earlier weeks.
        #expect(page.weekRows.map(\.counts) == counts)
        #expect(page.weekRows.first?.when == "Sep 7")
        #expect(page.weekRows.first?.monday == LocalDate(valid: "2026-09-07"))
        #expect(page.weeksNote == "All 11 weeks, from the week of 2026-09-07.")
        #expect(weeks.summary.hasPrefix("In these weeks: 10 outreach, 5 replies, 4 interviews and 8 referrals."))
    }

    @Test func connectorsAreLinkedToTheirPagesAPlaceholderToItsOwn() throws {
        #expect(
            Self.rows(try Self.reportVault().connectors) == [
                "Ann Archer contacts/ann-archer.html 4:4 names 5:led to 5",
                "Gia Grant contacts/gia-grant.html 3:3 names 2:led to 2",
                "Hal Hart contacts/hal-hart.html 2:2 names 1:led to 1",
                "Ben Baker contacts/ben-baker.html 1:1 name 1:led to 1",
                "Quinn Quade people/quinn-quade.html 1:1 name 1:led to 1",
            ])
    }

    @Test func targetsByMotivationWithPeopleKnownAndMet() throws {
        let page = try Self.reportVault()
        #expect(page.showsTargets)
        let targets = try #require(page.targets)
        #expect(
            Self.rows(targets) == [
                "Acme Foods organizations/acme-foods.html 4:4 known 3:3 met",
                "Delta Dairy organizations/delta-dairy.html 2:2 known 1:1 met",
                "Birch Labs organizations/birch-labs.html 3:3 known 0:0 met",
                "Cedar Co organizations/cedar-co.html 2:2 known 0:0 met",
            ])
        #expect(
            targets.drawing.rows.map(\.note)
                == ["motivation 3 of 3 · posting", "motivation 3 of 3", "motivation 2 of 3", "posting"])
    }

    @Test func theChartDrawsTheTwentyMostWantedTargetsAndSaysHowManyMore() throws {
        // 25 targets: motivation 3 for the first five, none for the rest (by name: Org 10 … Org 25,
        // then Org 6 … Org 9, which are left out); one person at each but Org 6 and Org 7.
        var files: [String: String] = [:]
        for number in 1...25 {
            let motivation = number <= 5 ? "motivation: 3\n" : ""
            files["organizations/org-\(number).md"] = "---\nname: Org \(number)\ntarget: true\n\(motivation)---\n"
            if number != 6, number != 7 {
                files["contacts/person-\(number).md"] =
                    "---\nname: Person \(number)\norganization: Org \(number)\n---\n"
            }
        }
        let page = try Self.builder(files).progressPage()
        let targets = try #require(page.targets)
        #expect(targets.drawing.rows.count == SiteBuilder.progressTargets)
        #expect(targets.drawing.rows.prefix(5).map(\.name) == (1...5).map { "Org \($0)" })
        #expect(
            page.moreTargets
                == "The first 20 of 25 targets are drawn; 5 more, 2 with nobody there yet, are on their own pages.")
        #expect(try Self.reportVault().moreTargets == nil)
    }

    @Test func aPublicSiteLeavesPrivateNotesOutOfEveryFigureAndKeepsTargetsPrivate() throws {
        // Ann Archer, the top connector, made private: her note, and her two interviews with it.
        let ann = try #require(try FixtureVault.files("report-vault")["contacts/ann-archer.md"])
        let page = try Self.reportVault(
            isPublic: true,
            changing: [
                "contacts/ann-archer.md": ann.replacingOccurrences(of: "---\nname:", with: "---\nprivate: true\nname:")
            ])
        #expect(Self.rows(page.funnel).first == "contacts - 14:14")
        #expect(!Self.rows(page.connectors).contains { $0.contains("Ann") })
        let summary = try #require(page.connectors?.summary)
        #expect(!summary.contains("Ann"))
        // Her interviews are private: 2 held ones remain, with the referrals made in them.
        #expect(page.rates[3].detail == "6 referrals from 2 held interviews")
        // `target` is not a public field: no chart says which organizations you want.
        #expect(!page.showsTargets)
        #expect(page.targets == nil)
    }

    @Test func aPublicSiteThatPublishesTargetsButNotMotivationListsThemByName() throws {
        let page = try Self.reportVault(
            isPublic: true,
            changing: [
                ".grapevine/config.yml": "owner: Robin Vale\nignore: [\"EXPECTED.md\"]\npublic_fields: [target]\n"
            ])
        #expect(page.showsTargets)
        let targets = try #require(page.targets)
        #expect(targets.drawing.rows.map(\.name) == ["Acme Foods", "Birch Labs", "Cedar Co", "Delta Dairy"])
        #expect(targets.drawing.rows.allSatisfy { $0.note == nil })
    }

    @Test func anEmptyVaultHasNoChartsAndSaysSo() throws {
        let page = try Self.builder([".grapevine/config.yml": "owner: Alex Kim\n"]).progressPage()
        #expect(page.funnel == nil)
        #expect(page.weeks == nil)
        #expect(page.weekRows.isEmpty)
        #expect(page.connectors == nil)
        #expect(page.targets == nil)
        #expect(page.weeksNote.hasPrefix("Nothing dated yet"))
        #expect(page.rates.map(\.value) == ["–", "–", "0", "–"])
    }

    @Test func aLongSearchDrawsTheLastSixteenWeeksAndAddsUpTheRest() throws {
        // One outreach a week for 30 weeks, from Monday 2026-04-27 (W18) to W47.
        let log = (0..<30).map { "- \(LocalDate(valid: "2026-04-27").adding(days: 7 * $0)) emailed" }
        let page = try Self.builder([
            "contacts/kim.md": "---\nname: Kim\nadded: 2026-04-01\n---\n## Log\n" + log.joined(separator: "\n") + "\n"
        ]).progressPage()
        let weeks = try #require(page.weeks)
        #expect(weeks.drawing.weeks.count == SiteBuilder.progressWeeks)
        #expect(weeks.drawing.weeks.first?.week == "2026-W32")
        #expect(page.weekRows.count == 17)
        #expect(
            page.weekRows.first
                == ProgressPage.WeekRow(week: "earlier", monday: nil, when: "14 weeks", counts: [14, 0, 0, 0]))
        #expect(
            page.weeksNote
                == "The last 16 of 30 weeks, from the week of 2026-08-03; the table's first row adds up the 14 before.")
    }
}
