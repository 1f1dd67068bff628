import Foundation
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

    @Test(arguments: [false, true])
    func hostileNotesCannotInjectMarkup(isPublic: Bool) throws {
        let site = try BuiltSite(Self.hostileFiles, isPublic: isPublic)
        let pages = site.files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count >= 8)

        for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
            let tags = Scan.tags(in: html)
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
                #expect(tag.name != "svg" || path == SitePaths.graph, "\(path) has an <svg> element")
            }
            // The regular expression a reviewer would try, outside quoted values.
            #expect(
                Scan.matches(#"<[a-z][^>"']*\son[a-z]+\s*="#, in: html).isEmpty,
                "\(path) has an event attribute: \(Scan.matches(#"<[a-z][^>"']*\son[a-z]+\s*="#, in: html))")
            for url in Scan.urls(in: html) {
                #expect(Scan.isSafe(url), "\(path) links to an unsafe URL: \(url)")
            }
            for (url, _) in Scan.brokenLinks(in: html, on: path, files: site.files) {
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
        #expect(evilPage.contains("JaVaScRiPt:alert(1)"))
        let organization = try #require(site.page(of: vault.node(atPath: "organizations/evil-corp.md")))
        #expect(try #require(site.files[organization]).contains("&lt;script&gt;alert(1)&lt;/script&gt; Corp"))
        let interview = try #require(site.page(of: vault.node(atPath: "interviews/2026-10-05-evil.md")))
        #expect(try #require(site.files[interview]).contains("&lt;svg onload=alert(1)&gt;"))

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

    @Test func publicPagesLeaveOutPrivateNotesAndFields() throws {
        let site = try BuiltSite(Self.privateFiles, isPublic: true)
        #expect(site.files.keys.contains { $0.hasPrefix("contacts/dan-moore") })
        #expect(site.files.keys.contains { $0.hasPrefix("contacts/pat-public") })
        let note = try #require(site.files.first { $0.key.hasPrefix("notes/public-note") }?.value)
        #expect(note.contains("an old friend"))
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
            for (url, _) in Scan.brokenLinks(in: html, on: path, files: site.files) {
                Issue.record("\(path) links to \(url), which is not a file of the site")
            }
        }
    }

    @Test func publicSearchIndexLeavesOutPrivateNotesAndFields() throws {
        let site = try BuiltSite(Self.privateFiles, isPublic: true)
        let index = try #require(site.files[SitePaths.searchIndex])
        #expect(index.contains("Pat Public"))
        for secret in Self.secrets {
            #expect(!index.contains(secret), "search-index.js has \(secret)")
        }
    }

    /// A public note's own prose names the private contact in a bare wikilink: it becomes
    /// "(private)".
    @Test func publicSiteHidesPrivateNamesInPublicWikilinks() throws {
        var files = Self.privateFiles
        files["notes/public-note.md"] = "Public note that mentions [[Secret Sam]] and [[Dan Moore]].\n"
        let site = try BuiltSite(files, isPublic: true)
        for (path, text) in site.files {
            #expect(!text.contains("Secret Sam"), "\(path) shows Secret Sam")
        }
        let note = try #require(site.files.first { $0.key.hasPrefix("notes/public-note") }?.value)
        #expect(note.contains("mentions (private) and"))
    }

    @Test func publicPagesLeaveOutAPrivateOrganizationOfAPublicContact() throws {
        var files = Self.privateFiles
        files["organizations/hushco.md"] = "---\nname: Hushco Ltd\nprivate: true\n---\nHUSHBODY\n"
        files["contacts/pat-public.md"] = "---\nname: Pat Public\norganization: \"[[Hushco Ltd]]\"\n---\nPat.\n"
        let site = try BuiltSite(files, isPublic: true)
        #expect(site.files.keys.contains { $0.hasPrefix("contacts/pat-public") })
        for (path, text) in site.files {
            #expect(!text.contains("Hushco"), "\(path) shows Hushco")
            #expect(!text.contains("HUSHBODY"), "\(path) shows HUSHBODY")
        }
        #expect(!site.files.keys.contains { $0.contains("hushco") })
    }

    /// An interview with a private contact is about them: it is left out too.
    @Test func publicInterviewOfAPrivateContactDoesNotNameThem() throws {
        var files = Self.privateFiles
        files["interviews/2026-10-06-coffee.md"] =
            "---\ncontact: \"[[Secret Sam]]\"\ndate: 2026-10-06\n---\n## Notes\n- public interview text\n"
        let site = try BuiltSite(files, isPublic: true)
        for (path, text) in site.files {
            #expect(!text.contains("Secret Sam"), "\(path) shows Secret Sam")
        }
    }

    /// A step links to the page it is about, except on that page itself.
    @Test func stepsLinkToTheirContactExceptOnTheContactsOwnPage() throws {
        let site = try BuiltSite(
            ["contacts/quinn-yu.md": "---\nname: Quinn Yu\n---\n## Log\n- 2026-10-01 emailed: asked for 20 minutes\n"],
            isPublic: false)
        let dashboard = try #require(site.files[SitePaths.dashboard])
        #expect(dashboard.contains("<a href=\"contacts/quinn-yu.html\">Follow up with Quinn Yu"))
        let page = try #require(site.files["contacts/quinn-yu.html"])
        #expect(page.contains("Follow up with Quinn Yu"))
        #expect(!page.contains("<a href=\"quinn-yu.html\">Follow up"))
    }

    @Test func privateSiteShowsEverything() throws {
        let site = try BuiltSite(Self.privateFiles, isPublic: false)
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

    @Test func graphLinksToPrivateContactOnlyInThePrivateSite() throws {
        let full = try BuiltSite(Self.privateFiles, isPublic: false)
        let sam = try #require(full.page(of: full.vault.node("Secret Sam")))
        let pat = try #require(full.page(of: full.vault.node("Pat Public")))
        let fullGraph = try #require(full.files[SitePaths.graph])
        #expect(Scan.linkTargets(in: fullGraph, on: SitePaths.graph).contains(sam))
        #expect(Scan.linkTargets(in: fullGraph, on: SitePaths.graph).contains(pat))

        let shared = try BuiltSite(Self.privateFiles, isPublic: true)
        let sharedGraph = try #require(shared.files[SitePaths.graph])
        let targets = Scan.linkTargets(in: sharedGraph, on: SitePaths.graph)
        #expect(!targets.contains(sam))
        #expect(!targets.contains { $0.lowercased().contains("sam") })
        #expect(targets.contains(try #require(shared.page(of: shared.vault.node("Pat Public")))))
        #expect(targets.contains(try #require(shared.page(of: shared.vault.node("Dan Moore")))))
    }

    // MARK: Graph

    @Test func graphLinksEveryPersonAndMarksPlaceholders() throws {
        let site = try BuiltSite(Self.privateFiles, isPublic: false)
        let graph = try #require(site.files[SitePaths.graph])
        #expect(graph.contains("<svg"))
        let targets = Scan.linkTargets(in: graph, on: SitePaths.graph)
        let people = site.vault.graph.nodes.indices.filter { site.vault.graph.nodes[$0].isPerson }
        for person in people {
            let page = try #require(site.page(of: person), "\(site.vault.graph.nodes[person].name) has no page")
            #expect(targets.contains(page), "graph.html does not link \(page)")
        }
        // Hidden Hank has no note: his box is drawn unlike a contact's.
        let hank = try #require(Scan.box(named: "Hidden Hank", in: graph))
        let pat = try #require(Scan.box(named: "Pat Public", in: graph))
        #expect(Scan.classes(of: hank) != Scan.classes(of: pat))
    }

    // MARK: Rebuilding

    @Test func rebuildRemovesPagesOfDeletedNotesButKeepsTheUsersFiles() throws {
        let root = try Scratch()
        try root.write(Self.privateFiles)
        let out = root.path + "/out"
        let first = try BuiltSite.build(root: root.path, out: out, isPublic: false)
        let patPage = try #require(
            first.paths.page(of: try first.vault.node("Pat Public")))
        #expect(FileManager.default.fileExists(atPath: out + "/" + patPage))
        try "mine".write(toFile: out + "/my-notes.txt", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: root.path + "/contacts/pat-public.md")

        let second = try BuiltSite.build(root: root.path, out: out, isPublic: false)
        #expect(second.summary.removed.contains(patPage))
        #expect(!FileManager.default.fileExists(atPath: out + "/" + patPage))
        #expect(FileManager.default.fileExists(atPath: out + "/" + SitePaths.dashboard))
        #expect(try String(contentsOfFile: out + "/my-notes.txt", encoding: .utf8) == "mine")
    }
}

// MARK: - Support

/// A fresh folder, removed when released.
private final class Scratch {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("grapevine-site-builder-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ files: [String: String]) throws {
        for (relative, text) in files {
            let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }
}

/// A vault written to disk and built into a site; every file of the site read back.
private struct BuiltSite {
    let vault: Vault
    let paths: SitePaths
    let summary: SiteBuilder.Summary
    /// Site-relative path → contents, marker excluded.
    let files: [String: String]

    init(_ vaultFiles: [String: String], isPublic: Bool) throws {
        let root = try Scratch()
        try root.write(vaultFiles)
        self = try Self.build(root: root.path, out: root.path + "/_site", isPublic: isPublic)
    }

    static func build(root: String, out: String, isPublic: Bool) throws -> BuiltSite {
        let vault = VaultLoader.load(root: root)
        let builder = SiteBuilder(
            vault: vault, today: LocalDate(valid: "2026-11-18"), isPublic: isPublic,
            templates: try SiteTemplates(vaultRoot: root))
        let summary = try builder.build(into: SiteFolder.prepare(out))
        return BuiltSite(vault: vault, paths: builder.paths, summary: summary, files: try Self.read(out))
    }

    private init(vault: Vault, paths: SitePaths, summary: SiteBuilder.Summary, files: [String: String]) {
        self.vault = vault
        self.paths = paths
        self.summary = summary
        self.files = files
    }

    static func read(_ folder: String) throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                relative != SiteFolder.markerName
            else { continue }
            files[relative] = String(decoding: try #require(FileManager.default.contents(atPath: full)), as: UTF8.self)
        }
        return files
    }

    func page(of node: Graph.NodeID) -> String? {
        paths.page(of: node)
    }
}

/// Markup-independent looks at HTML.
private enum Scan {
    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    /// The first capture group of every match.
    static func captures(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            (1..<match.numberOfRanges).lazy.compactMap { Range(match.range(at: $0), in: text) }.first
                .map { String(text[$0]) }
        }
    }

    /// A start tag: its lowercased name and attributes (names lowercased, values with
    /// entities decoded), and for `script` and `style` the raw text up to the end tag.
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        var rawText = ""
    }

    /// Every start tag of `html`, read the way a browser does: quoted values may hold `>`,
    /// comments are skipped, and `script` and `style` hold raw text.
    static func tags(in html: String) -> [Tag] {
        let bytes = Array(html.utf8)
        var tags: [Tag] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func text(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }
        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.utf8)
            var position = start
            while position + pattern.count <= bytes.count {
                if zip(bytes[position..<position + pattern.count], pattern).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                    return position
                }
                position += 1
            }
            return nil
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            if text(index, min(index + 4, bytes.count)) == "<!--" {
                index = (find("-->", from: index + 4) ?? bytes.count) + 3
                continue
            }
            var position = index + 1
            let closing = bytes[position] == UInt8(ascii: "/")
            if closing { position += 1 }
            guard position < bytes.count, isLetter(bytes[position]) else {
                index += 1
                continue
            }
            let nameStart = position
            while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: "/"),
                bytes[position] != UInt8(ascii: ">")
            {
                position += 1
            }
            var tag = Tag(name: text(nameStart, position).lowercased(), attributes: [])
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
                if isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") {
                    position += 1
                    continue
                }
                let attributeStart = position
                position += 1
                while position < bytes.count, !isSpace(bytes[position]),
                    ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[position])
                {
                    position += 1
                }
                let attribute = text(attributeStart, position).lowercased()
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                var value = ""
                if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                    if position < bytes.count,
                        bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
                    {
                        let quote = bytes[position]
                        let valueStart = position + 1
                        position = valueStart
                        while position < bytes.count, bytes[position] != quote { position += 1 }
                        value = text(valueStart, position)
                        position += 1
                    } else {
                        let valueStart = position
                        while position < bytes.count, !isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                            position += 1
                        }
                        value = text(valueStart, position)
                    }
                }
                tag.attributes.append((attribute, decodeEntities(value)))
            }
            index = position + 1
            guard !closing else { continue }
            if tag.name == "script" || tag.name == "style" {
                let end = find("</" + tag.name, from: index) ?? bytes.count
                tag.rawText = text(min(index, end), end)
                index = end
            }
            tags.append(tag)
        }
        return tags
    }

    /// Attributes whose value a browser follows as a URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background", "cite",
        "ping", "codebase", "manifest",
    ]

    /// The value of every URL attribute, entities decoded.
    static func urls(in html: String) -> [String] {
        tags(in: html).flatMap { tag in tag.attributes.filter { urlAttributes.contains($0.name) }.map(\.value) }
    }

    /// Whether a URL is relative or uses http, https or mailto, as a browser reads it
    /// (leading spaces and controls trimmed, tabs and newlines removed).
    static func isSafe(_ url: String) -> Bool {
        let cleaned = String(
            String.UnicodeScalarView(
                url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            )
        )
        .trimmingCharacters(in: CharacterSet(charactersIn: " ").union(.controlCharacters)).lowercased()
        guard let colon = cleaned.firstIndex(of: ":") else { return true }
        let scheme = cleaned[..<colon]
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return ["http", "https", "mailto"].contains(scheme)
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t"]
            var decoded: String?
            if let value = named[entity.lowercased()] {
                decoded = value
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"),
                let code = UInt32(entity.dropFirst(2), radix: 16)
            {
                decoded = Unicode.Scalar(code).map { String(Character($0)) }
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()) {
                decoded = Unicode.Scalar(code).map { String(Character($0)) }
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    /// A link's target as a site-relative path, or `nil` for external links and fragments.
    static func target(of url: String, on page: String) -> String? {
        let lowered = url.lowercased()
        if lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("mailto:")
            || url.hasPrefix("#") || url.isEmpty
        {
            return nil
        }
        var path = url
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncoding ?? path
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "", ".": continue
            case "..": if parts.popLast() == nil { return "../" + path }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Site-relative targets of every `href` on `page`.
    static func linkTargets(in html: String, on page: String) -> Set<String> {
        Set(
            tags(in: html).flatMap { $0.attributes.filter { $0.name == "href" }.map(\.value) }.compactMap {
                target(of: $0, on: page)
            })
    }

    /// Links on `page` that are absolute or do not lead to a file of the site.
    static func brokenLinks(in html: String, on page: String, files: [String: String]) -> [(String, String?)] {
        urls(in: html).compactMap { url in
            if url.hasPrefix("/") || url.lowercased().hasPrefix("file:") { return (url, nil) }
            guard let target = target(of: url, on: page) else { return nil }
            return files[target] == nil ? (url, target) : nil
        }
    }

    /// The innermost element of the graph that draws `name`: the markup from the nearest
    /// element start with a `class` before the name's text.
    static func box(named name: String, in html: String) -> String? {
        guard let start = html.range(of: "<svg"),
            let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex)
        else { return nil }
        let svg = html[start.lowerBound..<end.upperBound]
        guard let nameRange = svg.range(of: ">" + name + "<") else { return nil }
        let before = svg[..<nameRange.lowerBound]
        var searchEnd = before.endIndex
        while let open = before[..<searchEnd].range(of: "<", options: .backwards) {
            let tag = before[open.lowerBound...].prefix { $0 != ">" }
            if tag.contains("class=") && !tag.hasPrefix("<text") && !tag.hasPrefix("<tspan") {
                return String(tag)
            }
            searchEnd = open.lowerBound
        }
        return nil
    }

    static func classes(of tag: String) -> Set<String> {
        Set(captures(#"class\s*=\s*"([^"]*)""#, in: tag).flatMap { $0.split(separator: " ").map(String.init) })
    }
}
