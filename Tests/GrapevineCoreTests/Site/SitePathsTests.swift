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

    @Test func collidingNamesGetNumberedInNoteOrder() throws {
        let vault = try TemporaryVault.load([
            "contacts/a/sam.md": "---\nname: Sam A\n---\n",
            "contacts/b/sam.md": "---\nname: Sam B\n---\n",
            "contacts/c/sam.md": "---\nname: Sam C\n---\n",
            "contacts/sam-2.md": "---\nname: Sam Two\n---\n",
        ])
        let paths = SitePaths(vault: vault)
        let pages = try ["contacts/a/sam.md", "contacts/b/sam.md", "contacts/c/sam.md", "contacts/sam-2.md"].map {
            paths.page(of: try vault.node(atPath: $0))
        }
        #expect(pages == ["contacts/sam.html", "contacts/sam-2.html", "contacts/sam-3.html", "contacts/sam-2-2.html"])
        let again = SitePaths(vault: vault)
        #expect(vault.graph.nodes.indices.map(paths.page(of:)) == vault.graph.nodes.indices.map(again.page(of:)))
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
