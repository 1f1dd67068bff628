import Foundation
import TestSupport
import Testing

@testable import GrapevineCore

/// The whole site as `SiteBuilder` writes it: these tests look only at behaviour any correct
/// markup must have (what is escaped, what is left out, where links lead), never at class
/// names or element nesting.
@Suite("Site builder: safe, private and self-contained pages")
struct SiteBuilderTests {
    // MARK: Hostile notes

    /// Notes that try every way into the page: raw HTML, script URLs in Markdown and in front
    /// matter, hostile names, tags, aliases, Log entries, agenda items and referrals.
    static let hostileFiles: [String: String] = [
        ".grapevine/config.yml": """
        owner: "<script>alert(1)</script> Owner"
        site:
          title: "<script>alert(1)</script> site"
        """,
        "contacts/evil.md": #"""
        ---
        name: "\"><svg onload=alert(1)>"
        title: "<img src=x onerror=alert(1)>"
        organization: "[[<script>alert(1)</script> Corp]]"
        website: "javascript:alert(1)"
        linkedin: " JaVaScRiPt:alert(1)"
        blog: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="
        homepage: "vbscript:msgbox(1)"
        portfolio: "java&#x09;script:alert(1)"
        email: "\"><script>alert(1)</script>@example.com"
        location: "<iframe src=\"javascript:alert(1)\"></iframe>"
        custom_note: "<a href=\"javascript:alert(1)\">click</a>"
        tags: ["<script>alert(1)</script>", "x\" onmouseover=\"alert(1)"]
        aliases: ["<object data=\"javascript:alert(1)\"></object>"]
        referred_by: "[[<script>alert(1)</script>]]"
        remind: "2026-12-01 <img src=x onerror=alert(1)>"
        ---
        # <script>alert(1)</script> heading

        Body <script>alert(1)</script> and <img src=x onerror=alert(1)> and
        <a href="javascript:alert(1)">raw link</a> and [x](javascript:alert(1)) and
        [d](data:text/html,<script>alert(1)</script>) and [v](vbscript:msgbox(1)) and
        [[<script>alert(1)</script>]] and [[x" onmouseover="alert(1)]] and <iframe src="javascript:alert(1)"></iframe>
        and <object data="x"></object> and <svg onload=alert(1)> and ![i](javascript:alert(1)).

        ## Log
        - 2026-10-01 emailed: <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>
        - 2026-10-02 met: [[<script>alert(1)</script>]] <a href="javascript:alert(1)">a</a>

        ## Tasks
        - [ ] <script>alert(1)</script> task [x](javascript:alert(1)) due 2026-12-01
        """#,
        "interviews/2026-10-05-evil.md": #"""
        ---
        contact: "[[\"><svg onload=alert(1)>]]"
        date: 2026-10-05
        title: "<script>alert(1)</script> interview"
        tags: ["<img src=x onerror=alert(1)>"]
        ---
        # Meeting <script>alert(1)</script>

        ## Agenda
        - [ ] <script>alert(1)</script> agenda [x](javascript:alert(1))
        - [x] <img src=x onerror=alert(1)> asked

        ## Notes
        - <a href="javascript:alert(1)">note</a> <svg onload=alert(1)>

        ## Referrals
        - [[<script>alert(2)</script> Person]] — <img src=x onerror=alert(1)> lead
        - <b onmouseover=alert(1)>Bold</b> Person — [x](javascript:alert(1))

        ## Next steps
        - [ ] <script>alert(1)</script> step
        """#,
        "organizations/evil-corp.md": """
        ---
        name: "<script>alert(1)</script> Corp"
        website: "javascript:alert(1)"
        posting: "  javascript:alert(1)"
        industry: "<img src=x onerror=alert(1)>"
        aliases: ["<svg onload=alert(1)>"]
        ---
        Org body <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>
        """,
        "notes/evil-note.md": """
        ---
        title: "<script>alert(1)</script> note"
        tags: [ok, "<iframe>"]
        link: "javascript:alert(1)"
        ---
        Note <script>alert(1)</script> [[<script>]] [x](javascript:alert(1)) <img src=x onerror=alert(1)>
        [ok](https://example.com) [m](mailto:a@example.com) [dd](DATA:text/html,x)
        """,
    ]

    /// SPEC §2.2's interview has a "Next steps" section of its own: the steps Grapevine works
    /// out go under a heading of their own, so the page does not show "Next steps" twice.
    @Test("an interview's own Next steps section and the steps worked out have a heading each")
    func ownNextStepsAndWorkedOutStepsAreTwoHeadings() async throws {
        let site = try await BuiltSite(
            [
                "contacts/sam.md": "---\nname: Sam Reyes\n---\n",
                "interviews/2026-10-05-sam.md":
                    "---\ncontact: Sam Reyes\ndate: 2026-10-05\n---\n## Next steps\n- [ ] send Sam the deck due 2026-10-09\n",
            ], isPublic: false)
        let path = try #require(site.files.keys.first { $0.hasPrefix("interviews/") })
        let headings = SiteHTML.captures("<h2[^>]*>([^<]*)</h2>", in: site.files[path]!)
        #expect(headings.filter { $0 == "Next steps" }.count == 1, "\(headings)")
        #expect(headings.contains("What to do next"), "\(headings)")
        #expect(site.files[path]!.contains("send Sam the deck"))
    }

    @Test(arguments: [false, true])
    func hostileNotesCannotInjectMarkup(isPublic: Bool) async throws {
        let site = try await BuiltSite(Self.hostileFiles, isPublic: isPublic)
        let pages = site.files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count >= 8)

        for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
            let tags = SiteHTML.tags(in: html)
            let scripts = tags.filter { $0.name == "script" }
            if path == SitePaths.search || path == SitePaths.contacts {
                for script in scripts {
                    #expect(!script.rawText.contains("alert("), "a note's text inside a script on \(path)")
                    let source = script.attributes.first { $0.name == "src" }?.value
                    #expect(
                        source == nil || source == SitePaths.searchIndex, "\(path) loads the script \(source ?? "")")
                }
            } else {
                #expect(scripts.isEmpty, "\(path) has a script element")
            }
            for tag in tags {
                for attribute in tag.attributes where attribute.name.hasPrefix("on") {
                    Issue.record(
                        "\(path): <\(tag.name)> has the event attribute \(attribute.name)=\"\(attribute.value)\"")
                }
                #expect(
                    !["img", "iframe", "object", "embed", "frame", "frameset", "base", "applet", "video", "audio"]
                        .contains(tag.name), "\(path) has a <\(tag.name)> element")
                #expect(
                    tag.name != "meta" || !tag.attributes.contains { $0.name == "http-equiv" },
                    "\(path) has a <meta http-equiv>")
                #expect(
                    tag.name != "svg" || [SitePaths.graph, SitePaths.progress].contains(path),
                    "\(path) has an <svg> element")
            }
            // The regular expression a reviewer would try, outside quoted values.
            #expect(
                SiteHTML.matches(#"<[a-z][^>"']*\son[a-z]+\s*="#, in: html).isEmpty,
                "\(path) has an event attribute: \(SiteHTML.matches(#"<[a-z][^>"']*\son[a-z]+\s*="#, in: html))")
            for url in SiteHTML.urls(in: html) {
                #expect(SiteHTML.isSafe(url), "\(path) links to an unsafe URL: \(url)")
            }
            for (url, _) in SiteHTML.brokenLinks(in: html, on: path, files: site.files) {
                Issue.record("\(path) links to \(url), which is not a file of the site")
            }
        }
        // Nothing was silently dropped: the hostile text is shown, escaped.
        let vault = site.vault
        let evil = try #require(site.page(of: vault.node(atPath: "contacts/evil.md")))
        let evilPage = try #require(site.files[evil])
        #expect(evilPage.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(evilPage.contains("&lt;svg onload=alert(1)&gt;"))
        #expect(evilPage.contains("&lt;script&gt;"))
        // `linkedin` is not a public field: only the full site shows it.
        #expect(evilPage.contains("JaVaScRiPt:alert(1)") != isPublic)
        let organization = try #require(site.page(of: vault.node(atPath: "organizations/evil-corp.md")))
        #expect(try #require(site.files[organization]).contains("&lt;script&gt;alert(1)&lt;/script&gt; Corp"))
        let interview = try #require(site.page(of: vault.node(atPath: "interviews/2026-10-05-evil.md")))
        #expect(try #require(site.files[interview]).contains("&lt;svg onload=alert(1)&gt;"))
        // The placeholder `<script>` referred the evil contact: a connector, named in a chart.
        #expect(try #require(site.files[SitePaths.progress]).contains("&lt;script&gt;alert(1)&lt;/script&gt;"))

        let index = try #require(site.files[SitePaths.searchIndex])
        #expect(!index.contains("<"))
        #expect(index.contains("svg onload=alert(1)"))
    }

    // MARK: --public

    /// Secret Sam is private: referred by Dan (public), referring Pat (public), linked from a
    /// public note, with a private interview; Dan and Pat have email, phone and salary.
    static let privateFiles: [String: String] = [
        ".grapevine/config.yml": "owner: Alex Kim\nprivate_fields: [email, phone, salary]\n",
        "contacts/dan-moore.md": """
        ---
        name: Dan Moore
        email: dan.moore@leak-check.example
        phone: 555-0177
        salary: 987654
        tags: [public-tag]
        ---
        Dan is a public contact.

        ## Log
        - 2026-10-01 emailed: said hello
        """,
        "contacts/secret-sam.md": """
        ---
        name: Secret Sam
        private: true
        referred_by: "[[Dan Moore]]"
        email: secret.sam@hidden.example
        tags: [sam-only-tag]
        aliases: [Sammy Undercover]
        remind: "2026-12-01 Call SAMREMINDER about the thing"
        ---
        Sam body PRIVBODYXYZZY.

        ## Log
        - 2026-10-03 met: PRIVLOGQUUX
        """,
        "contacts/pat-public.md": """
        ---
        name: Pat Public
        referred_by: "[[Secret Sam]]"
        email: pat.public@leak-check.example
        phone: 555-0188
        ---
        Pat is public.
        """,
        "interviews/2026-10-04-secret-sam.md": """
        ---
        contact: "[[Secret Sam]]"
        date: 2026-10-04
        private: true
        ---
        ## Notes
        - INTERVIEWPRIVFROB

        ## Referrals
        - [[Pat Public]] — public person
        - Hidden Hank — only named here
        """,
        "notes/public-note.md": """
        ---
        tags: [public-tag]
        ---
        Public note that mentions [[Secret Sam|an old friend]] and [[Dan Moore]].
        """,
    ]

    /// Text that only private notes and private fields hold.
    static let secrets = [
        "Secret Sam", "secret-sam", "Sammy Undercover", "PRIVBODYXYZZY", "PRIVLOGQUUX", "SAMREMINDER",
        "INTERVIEWPRIVFROB", "Hidden Hank", "sam-only-tag", "secret.sam@hidden.example",
        "dan.moore@leak-check.example", "555-0177", "987654", "pat.public@leak-check.example", "555-0188",
    ]

    @Test func publicPagesLeaveOutPrivateNotesAndFields() async throws {
        let site = try await BuiltSite(Self.privateFiles, isPublic: true)
        #expect(site.files.keys.contains { $0.hasPrefix("contacts/dan-moore") })
        #expect(site.files.keys.contains { $0.hasPrefix("contacts/pat-public") })
        let note = try #require(site.files.first { $0.key.hasPrefix("notes/public-note") }?.value)
        #expect(note.contains("mentions (private) and"), "the label of a link to a private note is hidden too")
        for (path, text) in site.files.sorted(by: { $0.key < $1.key }) where path != SitePaths.searchIndex {
            for secret in Self.secrets {
                #expect(!text.contains(secret), "\(path) shows \(secret)")
            }
        }
        #expect(site.files[SitePaths.searchIndex] != nil)
        #expect(!site.files.keys.contains { $0.lowercased().contains("sam") })
        #expect(!site.files.keys.contains { $0.hasPrefix("interviews/") })
        #expect(!site.files.keys.contains { $0.lowercased().contains("hank") })
        for (path, html) in site.files where path.hasSuffix(".html") {
            for (url, _) in SiteHTML.brokenLinks(in: html, on: path, files: site.files) {
                Issue.record("\(path) links to \(url), which is not a file of the site")
            }
        }
    }

    @Test func publicSearchIndexLeavesOutPrivateNotesAndFields() async throws {
        let site = try await BuiltSite(Self.privateFiles, isPublic: true)
        let index = try #require(site.files[SitePaths.searchIndex])
        #expect(index.contains("Pat Public"))
        for secret in Self.secrets {
            #expect(!index.contains(secret), "search-index.js has \(secret)")
        }
    }

    /// A public note's own prose names the private contact in a bare wikilink: it becomes
    /// "(private)".
    @Test func publicSiteHidesPrivateNamesInPublicWikilinks() async throws {
        var files = Self.privateFiles
        files["notes/public-note.md"] = "Public note that mentions [[Secret Sam]] and [[Dan Moore]].\n"
        let site = try await BuiltSite(files, isPublic: true)
        for (path, text) in site.files {
            #expect(!text.contains("Secret Sam"), "\(path) shows Secret Sam")
        }
        let note = try #require(site.files.first { $0.key.hasPrefix("notes/public-note") }?.value)
        #expect(note.contains("mentions (private) and"))
    }

    @Test func publicPagesLeaveOutAPrivateOrganizationOfAPublicContact() async throws {
        var files = Self.privateFiles
        files["organizations/hushco.md"] = "---\nname: Hushco Ltd\nprivate: true\n---\nHUSHBODY\n"
        files["contacts/pat-public.md"] = "---\nname: Pat Public\norganization: \"[[Hushco Ltd]]\"\n---\nPat.\n"
        let site = try await BuiltSite(files, isPublic: true)
        #expect(site.files.keys.contains { $0.hasPrefix("contacts/pat-public") })
        for (path, text) in site.files {
            #expect(!text.contains("Hushco"), "\(path) shows Hushco")
            #expect(!text.contains("HUSHBODY"), "\(path) shows HUSHBODY")
        }
        #expect(!site.files.keys.contains { $0.contains("hushco") })
    }

    /// An interview with a private contact is about them: it is left out too.
    @Test func publicInterviewOfAPrivateContactDoesNotNameThem() async throws {
        var files = Self.privateFiles
        files["interviews/2026-10-06-coffee.md"] =
            "---\ncontact: \"[[Secret Sam]]\"\ndate: 2026-10-06\n---\n## Notes\n- public interview text\n"
        let site = try await BuiltSite(files, isPublic: true)
        for (path, text) in site.files {
            #expect(!text.contains("Secret Sam"), "\(path) shows Secret Sam")
        }
    }

    /// A step links to the page it is about, except on that page itself.
    @Test func stepsLinkToTheirContactExceptOnTheContactsOwnPage() async throws {
        let site = try await BuiltSite(
            ["contacts/quinn-yu.md": "---\nname: Quinn Yu\n---\n## Log\n- 2026-10-01 emailed: asked for 20 minutes\n"],
            isPublic: false)
        let dashboard = try #require(site.files[SitePaths.dashboard])
        #expect(dashboard.contains("<a href=\"contacts/quinn-yu.html\">Follow up with Quinn Yu"))
        let page = try #require(site.files["contacts/quinn-yu.html"])
        #expect(page.contains("Follow up with Quinn Yu"))
        #expect(!page.contains("<a href=\"quinn-yu.html\">Follow up"))
    }

    /// `show` prints what a Referrals item says besides the name ("Noted with the name"); the
    /// site's "Who they led to" and "How you reached them" said nothing of it.
    @Test("the people a contact led to, and how you reached someone, say what the Referrals item says of them")
    func referralRemarks() async throws {
        let files = [
            "contacts/ann.md": "---\nname: Ann Ames\n---\n",
            "contacts/jo.md": "---\nname: Jo Park\n---\n",
            "contacts/bo.md": "---\nname: Bo Lee\n---\n",
            "interviews/2026-11-02-ann.md": """
            ---
            contact: "[[Ann Ames]]"
            date: 2026-11-02
            ---
            ## Referrals
            - [[Jo Park]] (in HR, ask [[Bo Lee]] first)
            - [[Bo Lee]]
            """,
        ]
        let site = try await BuiltSite(files, isPublic: false)
        // Without the brackets around all of it, as `show` prints it.
        let remark = #"in HR, ask <a href="bo.html">Bo Lee</a> first"#
        let ann = try #require(site.files["contacts/ann.html"])
        #expect(
            ann.contains(#"Jo Park</a> <time datetime="2026-11-02">2026-11-02</time> <span class="remark">"# + remark))
        #expect(ann.contains(#"Bo Lee</a> <time datetime="2026-11-02">2026-11-02</time></li>"#), "no remark, none said")
        let jo = try #require(site.files["contacts/jo.html"])
        #expect(jo.contains(#"<li><a href="ann.html">Ann Ames</a> gave you the name: "# + remark + "</li>"), "\(jo)")
        #expect(site.files["contacts/bo.html"]?.contains("class=\"remarks\"") == false)
        // The words are `show`'s.
        let dossier = DossierBuilder(vault: site.vault, today: LocalDate(valid: "2026-11-18"))
            .dossier(for: try site.vault.node("Jo Park"))
        #expect(dossier.remarks.map(\.text) == ["in HR, ask [[Bo Lee]] first"])
        // The part is a template of its own.
        var mine = files
        mine[".grapevine/templates/remark.html"] = "<li class=\"mine\">{{{text}}}, said {{{by}}}</li>\n"
        let own = try await BuiltSite(mine, isPublic: false)
        #expect(own.files["contacts/jo.html"]?.contains(#"<li class="mine">"# + remark + ", said <a") == true)
    }

    /// "Who they led to" is a tree: each person in the list of whoever passed their name on.
    @Test func ledToNestsEachPersonUnderWhoeverPassedTheirNameOn() async throws {
        func contact(_ name: String, referredBy referrer: String? = nil) -> String {
            "---\nname: \(name)\n" + (referrer.map { "referred_by: \"[[\($0)]]\"\n" } ?? "") + "---\n"
        }
        let site = try await BuiltSite(
            [
                "contacts/ann.md": contact("Ann"), "contacts/bo.md": contact("Bo", referredBy: "Ann"),
                "contacts/di.md": contact("Di", referredBy: "Ann"), "contacts/cy.md": contact("Cy", referredBy: "Bo"),
                "contacts/ed.md": contact("Ed", referredBy: "Cy"),
            ], isPublic: false)
        let page = try #require(site.files["contacts/ann.html"])
        let start = try #require(page.range(of: "id=\"led-to\"")).upperBound
        let end = try #require(page.range(of: "</section>", range: start..<page.endIndex)).lowerBound
        // Each person's list parent: the person whose item holds the list they are in.
        var parent: [String: String] = [:]
        var lastAt: [Int: String] = [:]
        var depth = -1
        for token in SiteHTML.matches(#"<ul\b|</ul>|<a href="[^"]*""#, in: String(page[start..<end])) {
            if token == "<ul" {
                depth += 1
            } else if token == "</ul>" {
                depth -= 1
            } else {
                let person = String(token.dropFirst(#"<a href=""#.count).dropLast(".html\"".count))
                parent[person] = depth > 0 ? lastAt[depth - 1] : "none"
                lastAt[depth] = person
            }
        }
        #expect(parent == ["bo": "none", "di": "none", "cy": "bo", "ed": "cy"])
        #expect(depth == -1, "every list is closed")
    }

    @Test(arguments: [true, false])
    func aQuoteBeforeACombiningMarkCannotCloseAnAttributeInAUsersTemplate(fillingIn: Bool) async throws {
        // swift-mustache escapes whole characters, and `"` with U+0301 is one character it
        // does not know: its own escaping would leave the quote as it is.
        let site = try await BuiltSite(
            [
                "contacts/eve.md": "---\nname: 'Eve\"\u{301} onmouseover=alert(1) x='\n---\n",
                ".grapevine/templates/contact.html": "<p title=\"{{name}}\">{{name}}</p>\n",
            ], isPublic: false, fillingIn: fillingIn)
        let page = try #require(site.files["contacts/eve.html"])
        let paragraph = try #require(SiteHTML.tags(in: page).first { $0.name == "p" })
        #expect(paragraph.attributes.map(\.name) == ["title"])
        #expect(Array(page.utf8).firstRange(of: Array("&quot;\u{301} onmouseover".utf8)) != nil)
        #expect(Array(page.utf8).firstRange(of: Array("\"\u{301}".utf8)) == nil)
    }

    @Test(arguments: [false, true])
    func filledInPagesEqualMustachesOwn(isPublic: Bool) async throws {
        for files in [Self.hostileFiles, Self.privateFiles] {
            let filled = try await BuiltSite(files, isPublic: isPublic)
            let rendered = try await BuiltSite(files, isPublic: isPublic, fillingIn: false)
            #expect(filled.files.keys.sorted() == rendered.files.keys.sorted())
            for (path, html) in rendered.files.sorted(by: { $0.key < $1.key }) {
                #expect(filled.files[path] == html, "\(path) differs when filled in")
            }
        }
    }

    @Test func notesWithWindowsLineEndingsRenderAsWithUnixOnes() async throws {
        // The body without its Log is read in parts around the sections shown apart; in a file
        // with `\r\n` line endings the parts are rejoined with `\n`.
        let note = """
            ---
            name: Ann Lee
            ---
            # Ann Lee

            Met at the **meetup**; see [[Bo Diaz]].

            ## Log
            - 2026-10-01 met: coffee

            ## Notes
            - Prefers ~~calls~~ email
            - [ ] Send the deck

            ```
            code stays
            ```
            """
        let unix = try await BuiltSite(
            ["contacts/ann.md": note, "contacts/bo.md": "---\nname: Bo Diaz\n---\n"], isPublic: false)
        let windows = try await BuiltSite(
            ["contacts/ann.md": note.replacing("\n", with: "\r\n"), "contacts/bo.md": "---\nname: Bo Diaz\n---\n"],
            isPublic: false)
        let page = try #require(unix.files["contacts/ann.html"])
        #expect(page.contains("<del>calls</del>") && page.contains("href=\"bo.html\"") && !page.contains("coffee</p>"))
        #expect(windows.files["contacts/ann.html"] == page)
    }

    @Test("the dashboard names the files with errors, escaped, through its part; a public one names none")
    func dashboardNoticeOfFilesWithErrors() async throws {
        var files = Self.privateFiles
        files["contacts/<b>bad</b>.md"] = "---\nname: Bad\nadded: 14/11/2026\n---\n"
        let site = try await BuiltSite(files, isPublic: false)
        let dashboard = try #require(site.files["index.html"])
        #expect(dashboard.contains("1 file has errors"), "\(dashboard)")
        #expect(dashboard.contains("<code>contacts/&lt;b&gt;bad&lt;/b&gt;.md:3</code>"))
        #expect(dashboard.contains("grapevine check"))
        let publicSite = try await BuiltSite(files, isPublic: true)
        let publicDashboard = try #require(publicSite.files["index.html"])
        #expect(!publicDashboard.contains("has errors") && !publicDashboard.contains("&lt;b&gt;bad"))
    }

    /// Session 33: the dashboard listed only the files with errors; a warning (a Log line with no
    /// date, an unread key) showed only in the terminal. The files with warnings are listed below
    /// the steps, folded, each at its first with how many more it has, counted in the headline.
    @Test("the dashboard lists the files with warnings below the steps, folded, counted; a public one none")
    func dashboardNoticeOfFilesWithWarnings() async throws {
        var files = Self.privateFiles
        files["contacts/<b>bad</b>.md"] = "---\nname: Bad\nadded: 14/11/2026\n---\n"
        files["contacts/wren.md"] = "---\nname: Wren Ode\n---\n## Log\n- called her\n- wrote back\n"
        files["contacts/yves.md"] = "---\nname: Yves Lam\n---\n## Log\n- met at the fair\n"
        let site = try await BuiltSite(files, isPublic: false)
        let dashboard = try #require(site.files["index.html"])
        // Below the steps, folded: a warning does not make a step wrong, as an error can.
        let warned = try #require(dashboard.range(of: "<details class=\"warned-files\""), "\(dashboard)")
        let errors = try #require(dashboard.range(of: "<section class=\"unread-files\""))
        let steps = try #require(dashboard.range(of: "<section class=\"agenda\""))
        #expect(errors.lowerBound < steps.lowerBound && steps.lowerBound < warned.lowerBound)
        #expect(
            dashboard.contains(
                "<code>contacts/wren.md:5</code> this Log entry has no date "
                    + "<span class=\"more\">(and 1 more)</span></li>"), "\(dashboard)")
        #expect(dashboard.contains("<code>contacts/yves.md:5</code> this Log entry has no date</li>"))
        let vault = try TemporaryVault.load(files)
        let warnings = vault.diagnostics.filter {
            $0.severity == .warning && !$0.code.isStrictOnly && $0.code != .referralNotCounted
        }
        let headline = "\(warnings.count) warnings in \(Set(warnings.map(\.file)).count) files"
        #expect(dashboard.contains("<summary>\(headline)</summary>"), "\(dashboard)")
        let publicDashboard = try #require(try await BuiltSite(files, isPublic: true).files["index.html"])
        #expect(!publicDashboard.contains("warned-files") && !publicDashboard.contains("wren.md"))
    }

    @Test("the dashboard names the Referrals items it did not count, escaped, through its part; a public one none")
    func dashboardNoticeOfUncountedReferrals() async throws {
        var files = Self.privateFiles
        files["organizations/r-and-d.md"] = "---\nname: R&D Lab\n---\n"
        files["interviews/2026-11-02-dan-moore.md"] = """
            ---
            contact: "[[Dan Moore]]"
            date: 2026-11-02
            ---

            ## Referrals
            - [[R&D Lab]]
            - [[Dan Moore]], who knows everyone at Lumen
            """
        let dashboard = try #require(try await BuiltSite(files, isPublic: false).files["index.html"])
        #expect(dashboard.contains("2 Referrals items are not counted as referrals"), "\(dashboard)")
        #expect(
            dashboard.contains(
                "<code>interviews/2026-11-02-dan-moore.md:7</code> it names &#39;R&amp;D Lab&#39;, an "
                    + "organization (organizations/r-and-d.md), not a person"), "\(dashboard)")
        #expect(
            dashboard.contains("<code>interviews/2026-11-02-dan-moore.md:8</code> it names Dan Moore, who you met here")
        )
        #expect(dashboard.contains("<code>- Their Name at [[Organization]]</code>"))
        let publicDashboard = try #require(try await BuiltSite(files, isPublic: true).files["index.html"])
        #expect(!publicDashboard.contains("not counted") && !publicDashboard.contains("it names"))
        files[".grapevine/templates/uncounted-referral.html"] =
            #"<li class="mine">{{reason}} ({{file}}, line {{line}})</li>"#
        let restyled = try #require(try await BuiltSite(files, isPublic: false).files["index.html"])
        #expect(
            restyled.contains(
                #"<li class="mine">it names Dan Moore, who you met here "#
                    + "(interviews/2026-11-02-dan-moore.md, line 8)</li>"
            ))
    }

    @Test("after search_ended the dashboard's page says so under its lede, public or not")
    func dashboardSaysTheSearchEnded() async throws {
        var files = Self.privateFiles
        files[".grapevine/config.yml"] = (files[".grapevine/config.yml"] ?? "") + "\nsearch_ended: 2026-11-01\n"
        for isPublic in [false, true] {
            let dashboard = try #require(try await BuiltSite(files, isPublic: isPublic).files["index.html"])
            #expect(
                dashboard.contains(
                    #"<p class="search-ended" role="note">Your search ended on 2026-11-01 (search_ended in "#
                        + ".grapevine/config.yml): steps to reach new people, follow up, schedule, prepare and "
                        + "apply are left out.</p>"), "\(dashboard)")
        }
        let ongoing = try #require(try await BuiltSite(Self.privateFiles, isPublic: false).files["index.html"])
        #expect(!ongoing.contains("search-ended"))
    }

    @Test func privateSiteShowsEverything() async throws {
        let site = try await BuiltSite(Self.privateFiles, isPublic: false)
        let all = site.files.values.joined(separator: "\n")
        for secret in Self.secrets {
            #expect(all.contains(secret), "\(secret) is missing from the private site")
        }
        let sam = try #require(site.page(of: site.vault.node("Secret Sam")))
        #expect(try #require(site.files[sam]).contains("PRIVBODYXYZZY"))
        let interviewNode = try site.vault.node(atPath: "interviews/2026-10-04-secret-sam.md")
        let interview = try #require(site.page(of: interviewNode))
        #expect(try #require(site.files[interview]).contains("INTERVIEWPRIVFROB"))
    }

    @Test func graphLinksToPrivateContactOnlyInThePrivateSite() async throws {
        let full = try await BuiltSite(Self.privateFiles, isPublic: false)
        let sam = try #require(full.page(of: full.vault.node("Secret Sam")))
        let pat = try #require(full.page(of: full.vault.node("Pat Public")))
        let fullGraph = try #require(full.files[SitePaths.graph])
        #expect(SiteHTML.linkTargets(in: fullGraph, on: SitePaths.graph).contains(sam))
        #expect(SiteHTML.linkTargets(in: fullGraph, on: SitePaths.graph).contains(pat))

        let shared = try await BuiltSite(Self.privateFiles, isPublic: true)
        let sharedGraph = try #require(shared.files[SitePaths.graph])
        let targets = SiteHTML.linkTargets(in: sharedGraph, on: SitePaths.graph)
        #expect(!targets.contains(sam))
        #expect(!targets.contains { $0.lowercased().contains("sam") })
        #expect(targets.contains(try #require(shared.page(of: shared.vault.node("Pat Public")))))
        #expect(targets.contains(try #require(shared.page(of: shared.vault.node("Dan Moore")))))
    }

    // MARK: Graph

    @Test func graphLinksEveryPersonAndMarksPlaceholders() async throws {
        let site = try await BuiltSite(Self.privateFiles, isPublic: false)
        let graph = try #require(site.files[SitePaths.graph])
        #expect(graph.contains("<svg"))
        let targets = SiteHTML.linkTargets(in: graph, on: SitePaths.graph)
        let people = site.vault.graph.nodes.indices.filter { site.vault.graph.nodes[$0].isPerson }
        for person in people {
            let page = try #require(site.page(of: person), "\(site.vault.graph.nodes[person].name) has no page")
            #expect(targets.contains(page), "graph.html does not link \(page)")
        }
        // Hidden Hank has no note: his box is drawn unlike a contact's.
        let hank = try #require(SiteHTML.box(named: "Hidden Hank", in: graph))
        let pat = try #require(SiteHTML.box(named: "Pat Public", in: graph))
        #expect(SiteHTML.classes(of: hank) != SiteHTML.classes(of: pat))
    }

    // MARK: Rebuilding

    @Test func rebuildRemovesPagesOfDeletedNotesButKeepsTheUsersFiles() async throws {
        let folder = try TestFolder()
        try folder.write(Self.privateFiles)
        let out = folder.root + "/out"
        let first = try await BuiltSite.build(root: folder.root, out: out, isPublic: false)
        let patPage = try #require(
            first.paths.page(of: try first.vault.node("Pat Public")))
        #expect(FileManager.default.fileExists(atPath: out + "/" + patPage))
        try "mine".write(toFile: out + "/my-notes.txt", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder.root + "/contacts/pat-public.md")

        let second = try await BuiltSite.build(root: folder.root, out: out, isPublic: false)
        #expect(second.summary.removed.contains(patPage))
        #expect(!FileManager.default.fileExists(atPath: out + "/" + patPage))
        #expect(FileManager.default.fileExists(atPath: out + "/" + SitePaths.dashboard))
        #expect(try String(contentsOfFile: out + "/my-notes.txt", encoding: .utf8) == "mine")
    }

    @Test func eachFixedPageIsATaskOfItsOwnAndTheOthersGoSixteenATask() {
        let pages: [SiteBuilder.Page] =
            [.searchIndex, .contacts, .style] + (0..<40).map(SiteBuilder.Page.node) + [.tag("a")]
        let chunks = SiteBuilder.chunks(of: pages)
        #expect(chunks.map(\.count) == [1, 1, 1, 16, 16, 9])
        #expect(chunks.flatMap { $0 } == Array(pages.indices))
        #expect(SiteBuilder.chunks(of: []).isEmpty)
    }

    @Test func pagesThatCannotBeWrittenFailTheBuildWithTheFirstInPageOrderAndTheRestAreWritten() async throws {
        let folder = try TestFolder(
            Dictionary(
                uniqueKeysWithValues: (0..<60).map { ("contacts/person-\($0).md", "---\nname: Person \($0)\n---\n") })
        )
        let vault = VaultLoader.load(root: folder.root)
        let builder = SiteBuilder(
            vault: vault, today: LocalDate(valid: "2026-11-18"), isPublic: false,
            templates: try SiteTemplates(vaultRoot: folder.root))
        let out = folder.root + "/out"
        _ = try await builder.build(into: SiteFolder.prepare(out))
        // Node pages come in node order, after the fixed pages.
        let pages = vault.graph.nodes.indices.compactMap { builder.paths.page(of: $0) }
        for blocked in [pages[40], pages[10], pages[25]] {
            try FileManager.default.removeItem(atPath: out + "/" + blocked)
            try FileManager.default.createSymbolicLink(atPath: out + "/" + blocked, withDestinationPath: "/dev/null")
        }
        try FileManager.default.removeItem(atPath: out + "/" + pages[50])
        do {
            _ = try await builder.build(into: SiteFolder.prepare(out))
            Issue.record("a build through symlinks succeeded")
        } catch {
            #expect(error.path == out + "/" + pages[10])
        }
        #expect(FileManager.default.fileExists(atPath: out + "/" + pages[50]))
    }
}

// MARK: - Support

/// A vault written to disk and built into a site; every file of the site read back.
private struct BuiltSite {
    let vault: Vault
    let paths: SitePaths
    let summary: SiteBuilder.Summary
    /// Site-relative path → contents, marker excluded.
    let files: [String: String]

    init(_ vaultFiles: [String: String], isPublic: Bool, fillingIn: Bool = true) async throws {
        let folder = try TestFolder()
        try folder.write(vaultFiles)
        self = try await Self.build(
            root: folder.root, out: folder.root + "/_site", isPublic: isPublic, fillingIn: fillingIn)
    }

    static func build(root: String, out: String, isPublic: Bool, fillingIn: Bool = true) async throws -> BuiltSite {
        let vault = VaultLoader.load(root: root)
        let builder = SiteBuilder(
            vault: vault, today: LocalDate(valid: "2026-11-18"), isPublic: isPublic,
            templates: try SiteTemplates(vaultRoot: root, fillingIn: fillingIn))
        let summary = try await builder.build(into: SiteFolder.prepare(out))
        return BuiltSite(vault: vault, paths: builder.paths, summary: summary, files: try SiteHTML.read(out))
    }

    private init(vault: Vault, paths: SitePaths, summary: SiteBuilder.Summary, files: [String: String]) {
        self.vault = vault
        self.paths = paths
        self.summary = summary
        self.files = files
    }

    func page(of node: Graph.NodeID) -> String? {
        paths.page(of: node)
    }
}
