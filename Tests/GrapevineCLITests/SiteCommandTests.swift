import Foundation
import TestSupport
import Testing

/// `grapevine site` end to end. Only behaviour any markup must have is checked: which files
/// exist, where links lead, what text appears; never class names or nesting (except the
/// graph's placeholder box, which must be told apart from a contact's somehow).
@Suite("grapevine site")
struct SiteCommandTests {
    static let today = ["--today", "2026-11-18"]

    /// Builds Vault-Example into a fresh folder.
    static func buildExample(public isPublic: Bool) async throws -> (TemporaryFolder, String, CommandRun) {
        let folder = try TemporaryFolder()
        let out = folder.path + "/site"
        let run = await CommandRun(
            ["site", "--vault", Repository.example, "--out", out] + today + (isPublic ? ["--public"] : []))
        return (folder, out, run)
    }

    // MARK: The folder

    @Test("refuses a non-empty folder it did not make, and writes nothing into it")
    func refusesForeignFolder() async throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/mine"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "my own work".write(toFile: out + "/index.html", atomically: false, encoding: .utf8)
        let run = await CommandRun(["site", "--vault", Repository.example, "--out", out] + Self.today)
        #expect(run.status == 1)
        #expect(run.errors.contains("error:"))
        #expect(run.errors.contains(out) || run.errors.contains("mine"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["index.html"])
        #expect(try String(contentsOfFile: out + "/index.html", encoding: .utf8) == "my own work")
    }

    @Test("builds into an empty folder, and again into the same folder")
    func emptyFolderThenRebuild() async throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/empty"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let first = await CommandRun(["site", "--vault", Repository.example, "--out", out] + Self.today)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Wrote"))
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/.grapevine-site"))
        let before = try SiteHTML.read(out)

        let second = await CommandRun(["site", "--vault", Repository.example, "--out", out] + Self.today)
        #expect(second.status == 0, "\(second.errors)")
        #expect(!second.output.contains("removed"))
        #expect(try SiteHTML.read(out) == before)
        // Nothing changed in between: every page is already up to date.
        let pages = try #require(first.output.split(separator: " ").dropFirst().first.flatMap { Int($0) })
        #expect(second.output.hasPrefix("Wrote 0 files to \(out) (\(pages) more were already up to date)."))
    }

    @Test("a deleted note's page goes on rebuild; a file the user added stays")
    func rebuildRemovesStalePages() async throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/dan-moore.md": "---\nname: Dan Moore\n---\nDan.\n",
            "contacts/gone-gus.md": "---\nname: Gone Gus\nreferred_by: \"[[Dan Moore]]\"\n---\nGus.\n",
        ])
        let out = vault.path + "/out"
        let first = await CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(first.status == 0, "\(first.errors)")
        let gusPage = try #require(try SiteHTML.read(out).keys.first { $0.contains("gone-gus") })
        try "notes of mine".write(toFile: out + "/my-notes.txt", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: vault.path + "/contacts/gone-gus.md")

        let second = await CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("removed 1 page"))
        #expect(!FileManager.default.fileExists(atPath: out + "/" + gusPage))
        #expect(try String(contentsOfFile: out + "/my-notes.txt", encoding: .utf8) == "notes of mine")
        let files = try SiteHTML.read(out)
        #expect(!files.values.contains { $0.contains("Gone Gus") })
    }

    /// F7: the page of a note stays where it was when another note of its slug comes or goes,
    /// and so do the links to it; only the page of the note that went goes.
    @Test("a note of the same slug that comes or goes moves no other note's page")
    func sameSlugNotesKeepTheirPages() async throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/a/sam.md": "---\nname: Sam Archer\n---\n",
            "contacts/b/sam.md": "---\nname: Sam Baker\n---\n",
            "contacts/c/sam.md": "---\nname: Sam Cole\n---\n",
            "notes/who.md": "---\ntitle: Who\n---\n[[Sam Baker]] and [[Sam Cole]].\n",
        ])
        let out = vault.path + "/out"
        // Each Sam's page, by the title it shows, and the pages `notes/who.html` links to.
        func build() async throws -> (pages: [String: String], links: Set<String>) {
            let run = await CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
            #expect(run.status == 0, "\(run.errors)")
            let files = try SiteHTML.read(out)
            var pages: [String: String] = [:]
            for name in ["Sam Archer", "Sam Baker", "Sam Cole"] {
                pages[name] = files.keys.first { files[$0]?.contains("<title>\(name) ·") == true }
            }
            return (pages, SiteHTML.linkTargets(in: try #require(files["notes/who.html"]), on: "notes/who.html"))
        }
        let first = try await build()
        #expect(first.pages["Sam Archer"] == "contacts/sam.html")
        #expect(Set(first.pages.values).count == 3)
        try FileManager.default.removeItem(atPath: vault.path + "/contacts/b/sam.md")
        let second = try await build()
        #expect(second.pages["Sam Baker"] == nil)
        #expect(second.pages["Sam Archer"] == first.pages["Sam Archer"])
        #expect(second.pages["Sam Cole"] == first.pages["Sam Cole"])
        #expect(!FileManager.default.fileExists(atPath: out + "/" + (first.pages["Sam Baker"] ?? "")))
        try vault.write(["contacts/b/sam.md": "---\nname: Sam Baker\n---\n"])
        let third = try await build()
        #expect(third.pages == first.pages)
        #expect(third.links == first.links)
        #expect(try first.links.contains(#require(first.pages["Sam Cole"])))
    }

    @Test("--out naming a file is an error, and the file is left alone")
    func outIsAFile() async throws {
        let folder = try TemporaryFolder()
        let file = folder.path + "/plain.txt"
        try "keep".write(toFile: file, atomically: false, encoding: .utf8)
        let run = await CommandRun(["site", "--vault", Repository.example, "--out", file] + Self.today)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("error:"))
        #expect(run.errors.contains("plain.txt"))
        #expect(!run.errors.contains("Fatal"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep")
    }

    // MARK: Links

    @Test("every link of every page leads to a file of the site, and is relative", arguments: [false, true])
    func everyLinkResolves(isPublic: Bool) async throws {
        let (folder, out, run) = try await Self.buildExample(public: isPublic)
        _ = folder
        #expect(run.status == 0, "\(run.errors)")
        let files = try SiteHTML.read(out)
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count > 40)
        var checked = 0
        for page in pages {
            for url in SiteHTML.urls(in: files[page]!) {
                let lowered = url.lowercased()
                #expect(!url.hasPrefix("/") && !lowered.hasPrefix("file:"), "\(page): \(url) is not relative")
                #expect(!url.contains("\\"), "\(page): \(url)")
                if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:")
                    || url.hasPrefix("#")
                {
                    continue
                }
                #expect(!lowered.hasPrefix("javascript:") && !lowered.hasPrefix("data:"), "\(page): \(url)")
                let target = SiteHTML.target(of: url, on: page)
                #expect(
                    target.map { files[$0] != nil } == true,
                    "\(page): \(url) leads to \(target ?? "outside the site"), which is not a file of the site")
                checked += 1
            }
        }
        #expect(checked >= 300, "only \(checked) links checked")
    }

    @Test("--public leaves out email and phone of Vault-Example's contacts")
    func publicExampleHasNoPrivateFields() async throws {
        let (folder, out, run) = try await Self.buildExample(public: true)
        _ = folder
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("public"))
        let all = try SiteHTML.read(out).values.joined(separator: "\n")
        #expect(!all.contains("maria.lopez@brightfield.example.com"))
        #expect(!all.contains("555-0142"))

        let (folder2, out2, run2) = try await Self.buildExample(public: false)
        _ = folder2
        #expect(run2.status == 0)
        let full = try SiteHTML.read(out2).values.joined(separator: "\n")
        #expect(full.contains("maria.lopez@brightfield.example.com"))
        #expect(full.contains("555-0142"))
    }

    // MARK: Graph

    @Test("the graph is an SVG linking each person to their page; a placeholder is drawn differently")
    func graph() async throws {
        let (folder, out, run) = try await Self.buildExample(public: false)
        _ = folder
        #expect(run.status == 0, "\(run.errors)")
        let files = try SiteHTML.read(out)
        let graph = try #require(files["graph.html"])
        #expect(graph.contains("<svg"))
        let targets = Set(SiteHTML.urls(in: graph).compactMap { SiteHTML.target(of: $0, on: "graph.html") })
        for page in ["contacts/maria-lopez.html", "contacts/sam-reyes.html", "contacts/jose-nunez.html"] {
            #expect(files[page] != nil, "no page \(page)")
            #expect(targets.contains(page), "graph.html does not link \(page)")
        }
        // One link per person with a page: every contact page is linked from the graph.
        let contactPages = files.keys.filter { $0.hasPrefix("contacts/") && $0.hasSuffix(".html") }
        #expect(contactPages.count == 20)
        for page in contactPages { #expect(targets.contains(page), "graph.html does not link \(page)") }
        // People named in notes but without a note of their own have pages too, linked alike.
        let placeholderPages = files.keys.filter { $0.hasPrefix("people/") && $0.hasSuffix(".html") }
        #expect(placeholderPages.contains("people/priya-shah.html"))
        for page in placeholderPages { #expect(targets.contains(page), "graph.html does not link \(page)") }
        let personLinks = SiteHTML.urls(in: graph).compactMap { SiteHTML.target(of: $0, on: "graph.html") }
            .filter { $0.hasPrefix("contacts/") }
        #expect(personLinks.count >= contactPages.count)

        let priya = try #require(SiteHTML.box(named: "Priya Shah", in: graph))
        let maria = try #require(SiteHTML.box(named: "Maria Lopez", in: graph))
        #expect(SiteHTML.classes(of: priya) != SiteHTML.classes(of: maria))
        #expect(!SiteHTML.classes(of: priya).isEmpty)
    }

    // MARK: Templates

    @Test("a layout.html in .grapevine/templates replaces the built-in one on every page")
    func customLayout() async throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            ".grapevine/templates/layout.html":
                "<!doctype html><title>{{title}}</title><p>CUSTOM-LAYOUT</p>\n{{$main}}{{/main}}\n",
            "contacts/dan-moore.md": "---\nname: Dan Moore\ntags: [friend]\n---\nDan's unique body text.\n",
            "contacts/eve-stone.md": "---\nname: Eve Stone\nreferred_by: \"[[Dan Moore]]\"\n---\n",
        ])
        let out = vault.path + "/out"
        let run = await CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        let files = try SiteHTML.read(out)
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count >= 8)
        for (path, html) in pages {
            #expect(html.contains("CUSTOM-LAYOUT"), "\(path) does not use the custom layout")
            #expect(!html.contains("Skip to content"), "\(path) still has the built-in layout")
        }
        #expect(
            pages.values.contains { $0.contains("Dan&#39;s unique body text") || $0.contains("Dan's unique body text") }
        )
    }

    @Test("a log-entry.html and a link.html in .grapevine/templates replace the built-in parts on the page")
    func customLogEntryPart() async throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/templates/log-entry.html":
                "<li class=\"my-entry\" data-when=\"{{date}}\">{{word}}: {{{text}}} [{{event}}]</li>\n",
            ".grapevine/templates/link.html": "{{#href}}<a class=\"my-link\" href=\"{{href}}\">{{name}}</a>{{/href}}"
                + "{{^href}}<b>{{name}}</b>{{/href}}",
            ".grapevine/templates/url.html": "<a class=\"my-url\" href=\"{{href}}\">{{url}}</a>",
            "contacts/dan-moore.md": """
            ---
            name: Dan Moore
            referred_by: "[[Eve O'Neil]]"
            ---
            ## Log
            - 2026-11-02 emailed asked about [[Eve O'Neil]] & "HACCP"
            - 2026-11-05 met coffee near https://example.com/a
            """,
        ])
        let out = vault.path + "/out"
        let run = await CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        let page = try String(contentsOfFile: out + "/contacts/dan-moore.html", encoding: .utf8)
        #expect(page.contains(#"<ol class="timeline">"#), "the list around the entries is the page's")
        // Every value is escaped as in the built-in part; the entry's text comes with its links,
        // each drawn by the link and URL parts.
        #expect(
            page.contains(
                #"<li class="my-entry" data-when="2026-11-02">emailed: asked about "#
                    + #"<a class="my-link" href="../people/eve-oneil.html">Eve O&#39;Neil</a> &amp; &quot;HACCP&quot; "#
                    + "[outreach]</li>"),
            "\(page)")
        #expect(
            page.contains(
                #"<li class="my-entry" data-when="2026-11-05">met: coffee near "#
                    + #"<a class="my-url" href="https://example.com/a">https://example.com/a</a> [met]</li>"#))
        #expect(!page.contains(#"<span class="event"#), "the built-in Log entry is not used")
        // The link part names every person: here who referred Dan, and you (no page) on the chain.
        #expect(page.contains(#"Referred by <a class="my-link" href="../people/eve-oneil.html">Eve O&#39;Neil</a>."#))
        #expect(page.contains("<li><b>You</b></li>"))
    }

    @Test("a Log entry dated after today is marked on the contact page as show marks it, and a part can use it")
    func futureLogEntries() async throws {
        let files = [
            "contacts/dan-moore.md": """
            ---
            name: Dan Moore
            ---
            ## Log
            - 2026-11-02 emailed: asked about coffee
            - \(Self.today[1]) replied: today is counted
            - 2026-12-24 called: planned ahead
            - 2062-11-05 met: a typo of the year
            """
        ]
        let builtIn = try TemporaryFolder()
        try builtIn.write(files)
        let run = await CommandRun(["site", "--vault", builtIn.path, "--out", builtIn.path + "/out"] + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        let page = try String(contentsOfFile: builtIn.path + "/out/contacts/dan-moore.html", encoding: .utf8)
        let marked = page.split(separator: "\n").filter { $0.contains("(after today, not counted yet)") }
        #expect(marked.count == 2, "\(marked)")
        #expect(marked.allSatisfy { $0.hasPrefix(#"<li class="future">"#) })
        #expect(marked.first?.contains("planned ahead") == true && marked.last?.contains("a typo of the year") == true)
        let custom = try TemporaryFolder()
        var customFiles = files
        customFiles[".grapevine/templates/log-entry.html"] = "<li>{{date}}{{#future}} later{{/future}}</li>\n"
        try custom.write(customFiles)
        let customRun = await CommandRun(["site", "--vault", custom.path, "--out", custom.path + "/out"] + Self.today)
        #expect(customRun.status == 0, "\(customRun.errors)")
        let customPage = try String(contentsOfFile: custom.path + "/out/contacts/dan-moore.html", encoding: .utf8)
        #expect(customPage.contains("<li>2026-11-02</li>") && customPage.contains("<li>2026-12-24 later</li>"))
    }

    /// Trial 29: `show` now lists a Log line whose date it cannot read; the contact's page left
    /// it out without a word. It is listed there too, with the date as written and why it does
    /// not count.
    @Test("a Log line whose date is not read is on the contact page, saying so, as show says it")
    func logLinesLeftOut() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/dan-moore.md": """
            ---
            name: Dan Moore
            ---
            ## Log
            - 2026-11-02 emailed: asked about coffee
            - 11/18/2026 thanked: sent a card
            - 2026-11-10 replied
            """
        ])
        let run = await CommandRun(["site", "--vault", folder.path, "--out", folder.path + "/out"] + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        let page = try String(contentsOfFile: folder.path + "/out/contacts/dan-moore.html", encoding: .utf8)
        let lines = page.split(separator: "\n").filter { $0.contains("class=\"event") }
        #expect(lines.count == 3, "\(lines)")
        #expect(
            lines.last.map(String.init)
                == #"<li class="not-read"><span class="written">11/18/2026</span> <span class="event event-thanked">"#
                + #"thanked</span> sent a card <span class="not-counted">(line 6, not counted: date not read; write "#
                + #"2026-11-18)</span></li>"#, "\(lines)")
    }

    @Test("every part of a page can be printed and overridden by name")
    func partsArePrintable() async {
        for name in ["log-entry.html", "step.html", "link.html", "meeting.html", "contact-row.html"] {
            let run = await CommandRun(["site", "--print-template", name])
            #expect(run.status == 0, "\(name): \(run.errors)")
            #expect(run.output.contains("{{"), "\(name)")
        }
    }

    @Test("a custom style.css replaces the built-in stylesheet")
    func customStyle() async throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/templates/style.css": "body { color: rebeccapurple; } /* CUSTOM-STYLE */\n",
            "contacts/dan-moore.md": "---\nname: Dan Moore\n---\n",
        ])
        let out = vault.path + "/out"
        let run = await CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try String(contentsOfFile: out + "/style.css", encoding: .utf8).contains("CUSTOM-STYLE"))
    }

    @Test("a broken template is an error at its file, line and column; nothing is written")
    func brokenTemplate() async throws {
        let vault = try TemporaryFolder()
        try vault.write([
            ".grapevine/templates/layout.html": "<html>\n<body>\n{{#x}}\n{{$main}}{{/main}}\n</body>\n",
            "contacts/dan-moore.md": "---\nname: Dan Moore\n---\n",
        ])
        let out = vault.path + "/out"
        let run = await CommandRun(["site", "--vault", vault.path, "--out", out] + Self.today)
        #expect(run.status == 1)
        let pattern = try Regex(#"\.grapevine/templates/layout\.html:\d+:\d+: error:"#)
        #expect(run.errors.contains(pattern), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: out + "/index.html"))
    }

    @Test("a template extending one that does not exist is an error at the tag; nothing is written")
    func missingParentTemplate() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/ann.md": "---\nname: Ann\n---\nhello\n",
            ".grapevine/templates/contact.html": "{{<mylayout}}{{$main}}<p>{{name}}</p>{{/main}}{{/mylayout}}",
        ])
        let run = await CommandRun(["site", "--vault", folder.path, "--out", folder.path + "/out"])
        #expect(run.status == 1)
        #expect(
            run.errors.contains(
                ".grapevine/templates/contact.html:1:1: error: there is no site template 'mylayout' to extend; "
                    + "the templates are layout, dashboard,"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test("--print-template prints a built-in template; an unknown name is an error listing the names")
    func printTemplate() async {
        let css = await CommandRun(["site", "--print-template", "style.css"])
        #expect(css.status == 0)
        #expect(css.output.contains("{") && css.output.contains("}"))
        #expect(css.output.contains("body") || css.output.contains(":root"))
        #expect(!css.output.contains("<html"))

        let layout = await CommandRun(["site", "--print-template", "layout.html"])
        #expect(layout.status == 0)
        #expect(layout.output.contains("{{$main}}"))

        let unknown = await CommandRun(["site", "--print-template", "nope.html"])
        #expect(unknown.status == 1)
        #expect(unknown.output.isEmpty)
        #expect(unknown.errors.contains("nope.html"))
        #expect(unknown.errors.contains("style.css"))
    }
}
