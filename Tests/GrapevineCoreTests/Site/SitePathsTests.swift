import Foundation
import Testing

@testable import GrapevineCore

@Suite("Site paths: one page per node, relative links between them")
struct SitePathsTests {
    static let files = [
        "contacts/sam-lee.md": """
        ---
        name: Sam Lee
        organization: Acme
        referred_by: Dana Park
        tags: [design]
        ---
        Knows [[Jo Kim]].
        """,
        "contacts/jo-kim.md": "---\nname: Jo Kim\n---\n",
        "interviews/2026-01-05-sam.md": """
        ---
        contact: "[[Sam Lee]]"
        date: 2026-01-05
        ---
        Met [[Sam Lee|Sam]], see [Jo](../contacts/jo-kim.md) and [[Nobody]] and [[secret]] and [[Acme]].
        """,
        "notes/secret.md": "---\nprivate: true\ntags: [hidden]\n---\nSecret plans.\n",
        "pitch.md": "---\ntype: pitch\n---\nMy pitch.\n",
    ]

    @Test("a page's slug is the name's file slug, cut or not, and `page` for none")
    func slugIsTheFileSlug() {
        let long = String(repeating: "Ångström Ødegård ", count: 12)
        for name in [
            "Sam Lee", "José Núñez", "Hans-Jürgen Weiß", "Mary O'Brien!", "", "!!!", "東京 Office", long,
            String(repeating: "a", count: 100), String(repeating: "a", count: 101), String(long.prefix(99)) + "-x",
        ] {
            let fileSlug = NameKey.fileSlug(name)
            #expect(SitePaths.slug(name) == (fileSlug.isEmpty ? "page" : fileSlug), "\(name)")
        }
    }

    @Test func eachKindOfNodeHasItsFolder() throws {
        let vault = try TemporaryVault.load(Self.files)
        let paths = SitePaths(vault: vault)
        #expect(paths.page(of: try vault.node(atPath: "contacts/sam-lee.md")) == "contacts/sam-lee.html")
        #expect(
            paths.page(of: try vault.node(atPath: "interviews/2026-01-05-sam.md")) == "interviews/2026-01-05-sam.html")
        #expect(paths.page(of: try vault.node(atPath: "pitch.md")) == "notes/pitch.html")
        #expect(paths.page(of: try vault.node("Acme")) == "organizations/acme.html")
        #expect(paths.page(of: try vault.node("Dana Park")) == "people/dana-park.html")
        #expect(paths.page(of: Graph.owner) == nil)
        #expect(paths.page(ofTag: "Design") == "tags/design.html")
    }

    @Test func collidingNamesKeepOnePlainPathAndSuffixTheOthersByTheirOwnFile() throws {
        let vault = try TemporaryVault.load([
            "contacts/a/sam.md": "---\nname: Sam A\n---\n",
            "contacts/b/sam.md": "---\nname: Sam B\n---\n",
            "contacts/c/sam.md": "---\nname: Sam C\n---\n",
            "contacts/sam-2.md": "---\nname: Sam Two\n---\n",
        ])
        let paths = SitePaths(vault: vault)
        let pages = try ["contacts/a/sam.md", "contacts/b/sam.md", "contacts/c/sam.md", "contacts/sam-2.md"].map {
            try #require(paths.page(of: try vault.node(atPath: $0)))
        }
        #expect(pages[0] == "contacts/sam.html")
        #expect(Self.isSuffixed(pages[1], slug: "sam"), "\(pages[1])")
        #expect(Self.isSuffixed(pages[2], slug: "sam"), "\(pages[2])")
        #expect(pages[1] != pages[2])
        // A slug that only looks like a suffixed one keeps its own plain path.
        #expect(pages[3] == "contacts/sam-2.html")
        let again = SitePaths(vault: vault)
        #expect(vault.graph.nodes.indices.map(paths.page(of:)) == vault.graph.nodes.indices.map(again.page(of:)))
    }

    /// Notes of one slug, in folders of every depth and spelled in every way that slugs alike.
    static let sams = [
        "contacts/sam.md", "contacts/Sam.md", "contacts/a/sam.md", "contacts/b/sam.md", "contacts/b/old/sam.md",
        "people/SAM!.md", "contacts/Säm.md",
    ]

    /// A vault of `sams` but `left`, with notes of other slugs around them.
    static func samVault(without left: String? = nil) throws -> Vault {
        var files = ["contacts/sam-2.md": "---\nname: Sam Two\n---\n", "contacts/jo.md": "---\nname: Jo\n---\n"]
        for (number, path) in sams.enumerated() where path != left {
            files[path] = "---\ntype: contact\nname: Sam \(number)\ntags: [sam, Säm]\n---\n[[Jo]], [[Dana]].\n"
        }
        return try TemporaryVault.load(files)
    }

    /// The page of every note, by path.
    static func pagesByPath(_ vault: Vault) -> [String: String] {
        let paths = SitePaths(vault: vault)
        var pages: [String: String] = [:]
        for index in vault.notes.indices {
            pages[vault.notes[index].path] = paths.page(of: Graph.node(ofNote: index))
        }
        return pages
    }

    /// F7: a note that goes (or comes back) moves no other note's address, but for the one of
    /// its slug that takes the plain path when it held it (or gives it back when it comes).
    @Test(arguments: sams)
    func removingOrAddingANoteMovesNoOtherAddress(left: String) throws {
        let all = Self.pagesByPath(try Self.samVault())
        let without = Self.pagesByPath(try Self.samVault(without: left))
        #expect(without[left] == nil)
        let moved = without.keys.filter { without[$0] != all[$0] }
        if all[left] == "contacts/sam.html" {
            #expect(moved.count == 1, "\(moved)")
            #expect(moved.allSatisfy { without[$0] == "contacts/sam.html" }, "\(moved)")
        } else {
            #expect(moved.isEmpty, "moved: \(moved)")
        }
        #expect(all["contacts/sam-2.md"] == "contacts/sam-2.html")
        #expect(all["contacts/jo.md"] == "contacts/jo.html")
        #expect(Set(all.values).count == all.count)
    }

    /// The plain path goes to the note in the fewest folders, whatever the other paths are.
    @Test func theNoteInTheFewestFoldersKeepsThePlainPath() throws {
        let pages = Self.pagesByPath(try Self.samVault())
        #expect(pages["contacts/Sam.md"] == "contacts/sam.html")
        let deep = Self.pagesByPath(try Self.samVault(without: "contacts/Sam.md"))
        #expect(deep["contacts/Säm.md"] == "contacts/sam.html")
        #expect(deep["contacts/a/sam.md"] == pages["contacts/a/sam.md"])
    }

    /// A tag's page does not depend on which note used it first, nor on the tags of other slugs.
    @Test func tagPagesDoNotDependOnNoteOrder() throws {
        let first = try TemporaryVault.load([
            "contacts/a.md": "---\nname: A\ntags: [C++]\n---\n", "contacts/b.md": "---\nname: B\ntags: [c]\n---\n",
        ])
        let second = try TemporaryVault.load([
            "contacts/a.md": "---\nname: A\ntags: [c]\n---\n", "contacts/b.md": "---\nname: B\ntags: [C++]\n---\n",
        ])
        let (one, two) = (SitePaths(vault: first), SitePaths(vault: second))
        #expect(one.page(ofTag: "c") == "tags/c.html")
        #expect(Self.isSuffixed(one.page(ofTag: "c++"), slug: "c", folder: "tags"))
        #expect(one.allTagPages == two.allTagPages)
    }

    /// Names that would escape the site, are too long, slug to nothing or look alike: every
    /// page is one file in its folder, with a name a file system takes, and no two pages
    /// share a name, not even case-insensitively.
    @Test func hostileNamesStayInTheirFolder() throws {
        let long = String(repeating: "Ω", count: 120)
        let vault = try TemporaryVault.load([
            "contacts/???.md": "---\nname: What\n---\n",
            "contacts/!!!.md": "---\nname: Bang\n---\n",
            "contacts/page.md": "---\nname: Page\n---\n",
            "contacts/..md": "---\nname: Dot\n---\n",
            "contacts/\(long)a.md": "---\nname: Long A\n---\n",
            "contacts/\(long)b.md": "---\nname: Long B\n---\n",
            "contacts/Sam.md": "---\nname: Sam\n---\n",
            "contacts/Ѕаm.md": "---\nname: Cyrillic Sam\n---\n",
            "contacts/ｓａｍ.md": "---\nname: Wide Sam\n---\n",
            "notes/links.md": "---\ntitle: Links\n---\n[[../../etc/passwd]] [[/root/.ssh]] [[..]] [[\(long)]]\n",
        ])
        let paths = SitePaths(vault: vault)
        let pages = vault.graph.nodes.indices.compactMap(paths.page(of:))
        #expect(pages.count == vault.graph.nodes.count - 1)
        #expect(Set(pages.map { $0.lowercased() }).count == pages.count)
        for page in pages {
            let parts = page.split(separator: "/", omittingEmptySubsequences: false)
            #expect(parts.count == 2 && !parts[0].isEmpty && parts[1].hasSuffix(".html"), "\(page)")
            #expect(!parts[1].hasPrefix(".") && parts[1].utf8.count <= 255, "\(page)")
            #expect(!page.contains("\\") && !page.contains(".."), "\(page)")
        }
        #expect(paths.page(of: try vault.node(atPath: "contacts/Sam.md")) == "contacts/sam.html")
    }

    /// Whether `page` is `folder/slug--` and eight lowercase hexadecimal digits: the page of a
    /// node whose slug another node's page has.
    static func isSuffixed(_ page: String?, slug: String, folder: String = "contacts") -> Bool {
        guard let page, page.hasPrefix(folder + "/" + slug + "--"), page.hasSuffix(".html") else { return false }
        let hash = page.dropFirst(folder.count + slug.count + 3).dropLast(5)
        return hash.count == 8 && hash.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    @Test func everyNodePageIsUnique() throws {
        var files = Self.files
        files["contacts/team/sam-lee.md"] = "---\nname: Sam Lee Jr\n---\n"
        files["contacts/Sam Lee.md"] = "---\nname: Sam Lee Sr\n---\n"
        files["organizations/acme-inc.md"] = "---\nname: Acme Inc\n---\n"
        let vault = try TemporaryVault.load(files)
        let pages = vault.graph.nodes.indices.compactMap(SitePaths(vault: vault).page(of:))
        #expect(pages.count == vault.graph.nodes.count - 1)
        #expect(Set(pages.map { $0.lowercased() }).count == pages.count)
    }

    @Test(arguments: [
        ("index.html", "contacts/sam.html", "contacts/sam.html"),
        ("contacts/sam.html", "contacts/jo.html", "jo.html"),
        ("contacts/sam.html", "interviews/x.html", "../interviews/x.html"),
        ("contacts/sam.html", "index.html", "../index.html"),
        ("tags/a/b.html", "tags/c.html", "../c.html"),
        ("tags/a/b.html", "people/x y.html", "../../people/x%20y.html"),
        ("contacts/sam.html", "contacts/sam.html", "sam.html"),
        ("index.html", "people/josé?#.html", "people/jos%C3%A9%3F%23.html"),
    ])
    func relativeLinksReachTheirTarget(from: String, to: String, expected: String) {
        let link = SitePaths.relative(from: from, to: to)
        #expect(link == expected)
        #expect(Self.follow(link, from: from) == to)
    }

    @Test func linksMadeOnceAreTheRelativeLinks() throws {
        var files = Self.files
        files["contacts/José Ñúñez.md"] = "---\nname: José Ñúñez\n---\n"
        files["notes/what?#.md"] = "---\ntitle: What\n---\n"
        let vault = try TemporaryVault.load(files)
        let paths = SitePaths(vault: vault)
        let pages = vault.graph.nodes.indices.compactMap(paths.page(of:))
        let from = pages + [SitePaths.dashboard, "tags/a.html", "deep/er/page.html", "elsewhere/page.html"]
        for node in vault.graph.nodes.indices {
            for page in from {
                #expect(
                    paths.link(to: node, from: page)
                        == paths.page(of: node).map { SitePaths.relative(from: page, to: $0) })
            }
        }
        #expect(paths.link(to: Graph.owner, from: SitePaths.dashboard) == nil)
    }

    @Test func wikilinksAndMarkdownLinksMapToPages() throws {
        let vault = try TemporaryVault.load(Self.files)
        let paths = SitePaths(vault: vault)
        let interview = try #require(vault.index(ofPath: "interviews/2026-01-05-sam.md"))
        let resolve = paths.resolver(forNote: interview)
        #expect(resolve(.wiki("Sam Lee")) == "../contacts/sam-lee.html")
        #expect(resolve(.url("../contacts/jo-kim.md")) == "../contacts/jo-kim.html")
        #expect(resolve(.url("../contacts/jo-kim.md#log")) == "../contacts/jo-kim.html")
        #expect(resolve(.wiki("Acme")) == "../organizations/acme.html")
        #expect(resolve(.wiki("Nobody")) == nil)
        #expect(resolve(.url("../contacts/nobody.md")) == nil)
        #expect(resolve(.url("photo.png")) == nil)
        let onDashboard = paths.resolver(forNote: interview, on: SitePaths.dashboard)
        #expect(onDashboard(.wiki("Sam Lee")) == "contacts/sam-lee.html")
    }

    @Test func renderedNotesLinkToPagesAndShowMissingTargetsAsText() throws {
        let vault = try TemporaryVault.load(Self.files)
        let paths = SitePaths(vault: vault)
        let interview = try #require(vault.index(ofPath: "interviews/2026-01-05-sam.md"))
        let html = MarkdownHTML.render(
            vault.notes[interview].bodyMarkdownWithoutTitle, resolve: paths.resolver(forNote: interview))
        #expect(html.contains("<a href=\"../contacts/sam-lee.html\">Sam</a>"))
        #expect(html.contains("<a href=\"../contacts/jo-kim.html\">Jo</a>"))
        #expect(!html.contains("Nobody</a>"))
    }

    @Test func privateNotesHaveNoPageAndNoLinks() throws {
        let vault = try TemporaryVault.load(Self.files)
        let paths = SitePaths(vault: vault) { vault.note(for: $0)?.privacy != .marked }
        let secret = try vault.node(atPath: "notes/secret.md")
        #expect(paths.page(of: secret) == nil)
        #expect(paths.page(ofTag: "hidden") == nil)
        let interview = try #require(vault.index(ofPath: "interviews/2026-01-05-sam.md"))
        #expect(paths.resolver(forNote: interview)(.wiki("secret")) == nil)
        #expect(paths.resolver(forNote: try #require(vault.index(ofPath: "notes/secret.md")))(.wiki("Sam Lee")) == nil)
        #expect(SitePaths(vault: vault).resolver(forNote: interview)(.wiki("secret")) == "../notes/secret.html")
    }

    /// Where a browser on `page` lands when it follows `link`: joined, `..` collapsed, decoded.
    static func follow(_ link: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/").map(String.init) {
            if part == ".." { parts.removeLast() } else { parts.append(part.removingPercentEncoding ?? part) }
        }
        return parts.joined(separator: "/")
    }
}
