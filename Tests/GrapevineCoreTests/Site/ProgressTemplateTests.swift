import TestSupport
import Testing

@testable import GrapevineCore

/// The Progress page, the warm introductions and the dashboard's headline as the built-in
/// templates (or a user's) write them, on the hand-worked fixture vaults.
@Suite("Progress, warm introductions and the headline, rendered")
struct ProgressTemplateTests {
    /// Every file of the site of `files` as of 2026-11-18, site-relative path to text.
    static func site(_ files: [String: String], isPublic: Bool = false) async throws -> [String: String] {
        let folder = try TestFolder(files)
        let builder = SiteBuilder(
            vault: VaultLoader.load(root: folder.root), today: LocalDate(valid: "2026-11-18"), isPublic: isPublic,
            templates: try SiteTemplates(vaultRoot: folder.root))
        _ = try await builder.build(into: SiteFolder.prepare(folder.root + "/_site"))
        return try SiteHTML.read(folder.root + "/_site")
    }

    static func reportVault(isPublic: Bool = false, adding extra: [String: String] = [:]) async throws -> [String:
        String]
    {
        try await site(try FixtureVault.files("report-vault").merging(extra) { _, new in new }, isPublic: isPublic)
    }

    /// Ann Archer's note marked private.
    static func privateAnn() throws -> [String: String] {
        let ann = try #require(try FixtureVault.files("report-vault")["contacts/ann-archer.md"])
        return ["contacts/ann-archer.md": ann.replacingOccurrences(of: "---\nname:", with: "---\nprivate: true\nname:")]
    }

    @Test func theProgressPageDrawsEachChartWithItsNumbersAlsoAsText() async throws {
        let html = try #require(try await Self.reportVault()[SitePaths.progress])
        // Four charts, each named by its title and described by its numbers.
        let charts = SiteHTML.tags(in: html).filter {
            $0.name == "svg" && $0.attributes.contains { $0.name == "aria-labelledby" }
        }
        #expect(charts.count == 4)
        for id in ["funnel-chart", "weeks-chart", "connectors-chart", "targets-chart"] {
            #expect(html.contains(#"<title id="\#(id)-title">"#), "no title for \(id)")
            #expect(html.contains(#"<desc id="\#(id)-desc">"#), "no description for \(id)")
        }
        #expect(html.contains("contacts 15, reached out 11, replied 9, met 5, referrals 9, leads 3."))
        // The figures of EXPECTED.md, written beside the bars.
        for text in [
            ">15<", ">11 · 73% of contacts<", ">9 · 82% of reached out<", ">5 · 56% of replied<", ">4 names<",
            ">led to 5<", ">1 name<", ">4 known<", ">3 met<", ">82%<", ">2.25<", ">0.5<",
        ] {
            #expect(html.contains(text), "\(text) is not on the page")
        }
        // The week of 2026-11-09: Finn, Hal and Kim written to, Hal's reply.
        let week = try #require(html.range(of: ">2026-W46<"))
        #expect(html[week.upperBound...].prefix(120).contains("<td>3</td><td>1</td><td>0</td><td>0</td>"))
    }

    /// The trial's finding: three weeks of columns were stretched to the stylesheet's 32rem, so
    /// "W45" and "Nov 2" were drawn three times the size of the text around them.
    @Test func everyChartIsDrawnAtItsOwnSizeSoItsTextIsTheSizeOfThePagesSmallText() async throws {
        let files = try await Self.reportVault()
        let html = try #require(files[SitePaths.progress])
        let charts = SiteHTML.tags(in: html).filter {
            $0.name == "svg" && $0.attributes.contains { $0.name == "aria-labelledby" }
        }
        #expect(charts.count == 4)
        for chart in charts {
            let value = { (name: String) in chart.attributes.first { $0.name == name }?.value }
            let box = try #require(value("viewbox")).split(separator: " ").map(String.init)
            // One user unit is one CSS pixel: 11 and 13 units are the 11px and 13px of small text.
            #expect(value("width") == box[2])
            #expect(value("height") == box[3])
        }
        // A wider one scrolls in its figure rather than shrinking; nothing stretches a narrow one.
        let style = try #require(files["style.css"])
        #expect(!style.contains("min-width: 32rem"))
        #expect(style.contains("figure.chart > svg.chart { display: block; height: auto; }"))
        #expect(style.contains("figure.chart { margin: .5rem 0 1rem; overflow-x: auto; }"))
    }

    @Test func theProgressPageIsInTheNavigationOfEveryPageAndItsLinksResolve() async throws {
        let files = try await Self.reportVault()
        let progress = try #require(files[SitePaths.progress])
        #expect(SiteHTML.brokenLinks(in: progress, on: SitePaths.progress, files: files).isEmpty)
        for url in SiteHTML.urls(in: progress) {
            #expect(!url.hasPrefix("/") && !url.contains(":"), "\(url) is not a relative link")
        }
        // Names are linked to their pages, a placeholder's too.
        let links = SiteHTML.linkTargets(in: progress, on: SitePaths.progress)
        for page in ["contacts/ann-archer.html", "people/quinn-quade.html", "organizations/acme-foods.html"] {
            #expect(links.contains(page), "no link to \(page)")
        }
        for page in [SitePaths.dashboard, "contacts/ann-archer.html", "organizations/acme-foods.html"] {
            let html = try #require(files[page])
            #expect(
                SiteHTML.linkTargets(in: html, on: page).contains(SitePaths.progress), "\(page) does not link to it")
        }
    }

    @Test func aUsersTemplatesForThePageAndForABarAreUsed() async throws {
        let files = try await Self.reportVault(adding: [
            ".grapevine/templates/progress.html":
                "{{<layout}}{{$main}}<p>Mine, as of {{asOf}}.</p>{{{funnel}}}{{/main}}{{/layout}}",
            ".grapevine/templates/chart-bar.html":
                #"<rect class="mine" width="{{width}}" height="{{height}}"/><text>[{{text}}]</text>"#,
        ])
        let html = try #require(files[SitePaths.progress])
        #expect(html.contains("<p>Mine, as of 2026-11-18.</p>"))
        #expect(html.contains("<text>[11 · 73% of contacts]</text>"))
        #expect(!html.contains("Top connectors"))
    }

    @Test func aPublicSiteNamesNoPrivateNoteOnTheProgressPageOrInWarmIntroductions() async throws {
        let privateSite = try await Self.reportVault(adding: try Self.privateAnn())
        #expect(try #require(privateSite[SitePaths.progress]).contains("Ann Archer"))
        #expect(try #require(privateSite["organizations/acme-foods.html"]).contains("Ann Archer"))

        let files = try await Self.reportVault(isPublic: true, adding: try Self.privateAnn())
        for page in [SitePaths.progress, "organizations/acme-foods.html", SitePaths.dashboard] {
            let html = try #require(files[page])
            #expect(!html.contains("Ann Archer") && !html.contains("ann-archer"), "\(page) names Ann Archer")
        }
        let progress = try #require(files[SitePaths.progress])
        #expect(progress.contains("contacts 14,"))
        // `target` and `motivation` are private by default.
        #expect(!progress.contains("Target organizations"))
        #expect(!progress.contains("motivation"))
    }

    @Test func anEmptyVaultSaysThereIsNothingYetWithNoChart() async throws {
        let html = try #require(try await Self.site([".grapevine/config.yml": "owner: Alex Kim\n"])[SitePaths.progress])
        #expect(!html.contains("<svg"))
        #expect(html.contains("No contacts yet"))
        #expect(html.contains("Nothing dated yet"))
        #expect(html.contains("Nobody has given you a name yet"))
        #expect(html.contains("No organization is a target yet"))
    }

    @Test func organizationPagesListTheWarmIntroductionsOfPathWithNamesLinked() async throws {
        let files = try await Self.site(try FixtureVault.files("path-vault"))
        let html = try #require(files["organizations/acme-foods.html"])
        // The actions of EXPECTED.md, in its order, each name a link.
        let actions = [
            #"ask <a href="../contacts/ava-stone.html">Ava Stone</a> for another name at Acme Foods"#,
            #"thank <a href="../contacts/ola-berg.html">Ola Berg</a> and ask for another name at Acme Foods"#,
            #"ask <a href="../contacts/ben-ortiz.html">Ben Ortiz</a> to introduce you to <a href="../contacts/nia-obi.html">Nia Obi</a>"#,
            #"schedule a meeting with <a href="../contacts/ivy-chen.html">Ivy Chen</a>"#,
            #"<a href="../contacts/lou-grant.html">Lou Grant</a> declined on 2026-10-05: ask someone else there"#,
            #"meet <a href="../contacts/kai-lee.html">Kai Lee</a> on 2026-11-25 10:00"#,
            #"wait for <a href="../contacts/cara-diaz.html">Cara Diaz</a> to reply"#,
            #"ask <a href="../contacts/ava-stone.html">Ava Stone</a> to introduce you to <a href="../contacts/jo-kim.html">Jo Kim</a>"#,
            #"write to <a href="../contacts/dev-patel.html">Dev Patel</a>, mentioning <a href="../contacts/cara-diaz.html">Cara Diaz</a>"#,
            #"write to <a href="../contacts/nia-obi.html">Nia Obi</a>, mentioning <a href="../contacts/ben-ortiz.html">Ben Ortiz</a>"#,
        ]
        let positions = try actions.map { action in try #require(html.range(of: action), "\(action)").lowerBound }
        #expect(positions == positions.sorted())
        #expect(SiteHTML.brokenLinks(in: html, on: "organizations/acme-foods.html", files: files).isEmpty)
    }

    /// Twenty-three people at O'Neil & Sons, one met, the others not contacted.
    static let bigEmployer: [String: String] = {
        var files = [
            "organizations/oneil.md": "---\nname: O'Neil & Sons\n---\n",
            "contacts/amy-met.md":
                "---\nname: Amy Met\norganization: O'Neil & Sons\nadded: 2026-09-01\n---\n## Log\n- 2026-10-01 met: coffee\n",
        ]
        for number in 1...22 {
            files["contacts/person-\(number).md"] = "---\nname: Person \(number)\norganization: O'Neil & Sons\n---\n"
        }
        return files
    }()

    @Test func aBigEmployersPageListsTheWarmestAndSaysHowManyMorePathLists() async throws {
        let files = try await Self.site(Self.bigEmployer)
        let html = try #require(files["organizations/oneil.html"])
        let listed = html.components(separatedBy: #"<li class="warmth-"#).count - 1
        #expect(listed == SiteBuilder.introductionLimit)
        // The one met comes first; the name in the command is quoted for a shell and escaped.
        let amy = try #require(html.range(of: "Amy Met"))
        #expect(html[..<amy.lowerBound].components(separatedBy: #"<li class="warmth-"#).count == 2)
        #expect(
            html.contains(
                "And 3 more: <code>grapevine path &#39;O&#39;\\&#39;&#39;Neil &amp; Sons&#39;</code> lists everyone."))
    }

    @Test func theDashboardSaysWhatIsDueInPlainWords() async throws {
        let html = try #require(try await Self.reportVault()[SitePaths.dashboard])
        // Ann Archer's two meetings owe one update (one a person), not two.
        #expect(html.contains("13 overdue, 6 this week"))
        #expect(html.contains("Also 1 step with no due date, and 7 due later."))
    }
}
