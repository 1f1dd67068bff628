import Foundation
import TestSupport
import Testing

@testable import GrapevineCore

/// Pages, dossiers and prep sheets of notes whose bodies once crashed `site`, `show` and
/// `prep`, or leaked their front matter into the page.
@Suite("Pages and reports of hostile note bodies")
struct HostileMarkdownPageTests {
    static let table = "Some text\n| a | b |\n|---|---|\n| 1 | 2 |\n"

    static let files: [String: String] = [
        "contacts/tab.md": table,
        "contacts/front.md": "---\nname: Front\norganization: \"[[Acme]]\"\nemail: front@example.com\n---\n" + table,
        "contacts/controls.md":
            "---\nname: Controls\n---\n## Log\n- \u{0}2026-10-01 emailed\u{B}\n-\u{B}x\n\u{C}- [ ] \u{0}\r- y\r\n",
        "contacts/deep.md": "---\nname: Deep\n---\n" + String(repeating: "> ", count: 50_000) + "x\n\n"
            + String(repeating: "- ", count: 20_000) + "y\n",
        "organizations/acme.md": "---\nname: Acme\n---\n## Research\n" + table,
        "interviews/2026-11-20-front.md": "---\ncontact: \"[[Front]]\"\ndate: 2026-11-20 10:00\n---\n## Agenda\n"
            + table,
    ]

    static let today = LocalDate(valid: "2026-11-18")

    @Test func pagesShowTheTableAndNeverTheFrontMatter() async throws {
        let folder = try TestFolder()
        try folder.write(Self.files)
        let vault = VaultLoader.load(root: folder.root)
        let builder = SiteBuilder(
            vault: vault, today: Self.today, isPublic: false,
            templates: try SiteTemplates(vaultRoot: folder.root, fillingIn: true))
        _ = try await builder.build(into: SiteFolder.prepare(folder.root + "/_site"))
        let pages = try SiteHTML.read(folder.root + "/_site")
        for name in ["Tab", "Front", "Acme"] {
            let page = try #require(builder.paths.page(of: try vault.node(name)).flatMap { pages[$0] }, "\(name)")
            #expect(page.contains("<p>Some text</p>") && page.contains("<td>1</td>"), "\(name)")
            #expect(!page.contains("<hr") && !page.contains("name:") && !page.contains("email:"), "\(name)")
        }
        let deep = try #require(builder.paths.page(of: try vault.node("Deep")).flatMap { pages[$0] })
        #expect(deep.contains("<blockquote>"))
    }

    /// cmark-gfm's inline parser and HTML renderer keep no recursion of their own: deep
    /// inline nesting and long runs of openers render, in time linear in their length.
    @Test(arguments: [
        String(repeating: "*a **b ", count: 40_000) + "c" + String(repeating: " b** a*", count: 40_000),
        String(repeating: "[", count: 100_000) + "x" + String(repeating: "](u)", count: 100_000),
        String(repeating: "![", count: 50_000) + "x" + String(repeating: "](i.png)", count: 50_000),
        String(repeating: "<", count: 100_000) + String(repeating: "_", count: 100_000)
            + String(repeating: "`", count: 5_000),
        String(repeating: "> ", count: 100_000) + "[[Deep]] www.example.com ~~x~~",
    ])
    func deepInlineNestingRenders(markdown: String) {
        let html = MarkdownHTML.render(markdown) { _ in "page.html" }
        #expect(html.hasPrefix("<"))
    }

    @Test func dossiersAndPrepSheets() throws {
        let vault = try TemporaryVault.load(Self.files)
        for name in ["Tab", "Front", "Acme", "Controls", "Deep"] {
            let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node(name))
            let text = DossierText(dossier).text
            #expect(!text.contains("name:") && !text.contains("email:") && !text.contains("---\n"), "\(name)")
        }
        let acme = DossierBuilder(vault: vault, today: Self.today).dossier(for: try vault.node("Acme"))
        #expect(acme.research == Self.table.trimmingWhitespace())
        let interview = try #require(vault.notes.firstIndex { $0.kind == .interview })
        let sheet = try #require(PrepSheetBuilder(vault: vault, today: Self.today).sheet(forInterviewNote: interview))
        let text = PrepSheetText(sheet).text
        #expect(text.contains("Some text") && !text.contains("name:") && !text.contains("email:"))
        #expect(vault.diagnostics(inFile: "contacts/deep.md").map(\.code) == [.deepNesting])
    }
}
