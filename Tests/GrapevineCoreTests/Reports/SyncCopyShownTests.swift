import Foundation
import TestSupport
import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A sync tool's copy of a note (`… (Marisol's conflicted copy …).md`, `… (Selective Sync
/// Conflict).md`) makes no steps (`SyncCopyStepsTests`); session 32: `show` still gave the stale
/// copy's "replied on …; schedule a meeting", and the site built it a page of its own, listed in
/// the table of contacts and the search.
@Suite("A sync tool's copy in show and on the site")
struct SyncCopyShownTests {
    static let copies = [
        "contacts/Ana Silva (Marisol's conflicted copy 2026-11-20).md",
        "contacts/Ana Silva (Selective Sync Conflict).md",
    ]

    /// Ana replied on 2026-10-28 and was met on 2026-11-17; the copies were made before the
    /// meeting. A plain note links to the first copy by its file name.
    static func files() -> [String: String] {
        let contact = F.contact(
            "name: Ana Silva", "added: 2026-10-23", log: ["2026-10-26 emailed: intro", "2026-10-28 replied: yes"])
        var files = [
            "contacts/Ana Silva.md": contact,
            "interviews/2026-11-17 Ana Silva.md": F.interview(
                "\"[[Ana Silva]]\"", "2026-11-17", "thank_you: 2026-11-18"),
            "notes/sync.md": "# Sync\nSee [[Ana Silva (Marisol's conflicted copy 2026-11-20)]].\n",
        ]
        for copy in copies { files[copy] = contact }
        return files
    }

    static let today = LocalDate(valid: "2026-12-07")

    @Test("show on a copy names its original and gives no status of its own", arguments: copies)
    func dossierOfCopy(copy: String) throws {
        let vault = try TemporaryVault.load(Self.files())
        let node = Graph.node(ofNote: try #require(vault.index(ofPath: copy)))
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: node)
        #expect(dossier.status == nil)
        #expect(dossier.copyOf?.file == "contacts/Ana Silva.md")
        let text = DossierText(dossier).text
        #expect(!text.contains("schedule a meeting"), "\(text)")
        #expect(
            text.contains("Copy of  contacts/Ana Silva.md (a sync tool's copy: no steps or status of its own;"),
            "\(text)")
        // The original is as it was.
        let original = DossierBuilder(vault: vault, today: Self.today).dossier(
            for: Graph.node(ofNote: try #require(vault.index(ofPath: "contacts/Ana Silva.md"))))
        #expect(original.copyOf == nil && original.status == .met(on: LocalDate(valid: "2026-11-17")))
    }

    /// Session 33: OneDrive's copy of Zoë's interview (with a thank-you the original lacks) was
    /// listed in her dossier as a second meeting, "thanked", its tasks twice, and its thank-you
    /// was her last touch, here and in `stay-in-touch`.
    @Test("a person's dossier and last touch leave out a copy of an interview")
    func interviewCopyInDossier() throws {
        let interview = F.interview(
            "\"[[Ana Silva]]\"", "2026-11-17", body: "## Next steps\n- [ ] Send my PRD sample\n")
        var files = Self.files()
        for copy in Self.copies { files[copy] = nil }
        files["interviews/2026-11-17 Ana Silva.md"] = interview
        files["interviews/2026-11-17 Ana Silva-DESKTOP-3K2J7QX.md"] = interview.replacingOccurrences(
            of: "date: 2026-11-17", with: "date: 2026-11-17\nthank_you: 2026-11-19")
        let vault = try TemporaryVault.load(files)
        let node = Graph.node(ofNote: try #require(vault.index(ofPath: "contacts/Ana Silva.md")))
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: node)
        #expect(dossier.interviews.map(\.file) == ["interviews/2026-11-17 Ana Silva.md"])
        #expect(dossier.openTasks.map(\.file) == ["interviews/2026-11-17 Ana Silva.md"])
        #expect(dossier.lastTouch == LocalDate(valid: "2026-11-17"))
        let step = try #require(try F.details(files, today: "2027-03-01", kind: .stayInTouch).only)
        #expect(step.due == LocalDate(valid: "2027-02-15"))
    }

    /// Session 33: `show "Acme Corp"` listed Ana twice among its people, the stale copy as
    /// "replied on 2026-10-28; schedule a meeting".
    @Test("an organization's people leave out a copy of someone's note")
    func organizationPeople() throws {
        var files = Self.files()
        files["organizations/acme.md"] = "---\nname: Acme\n---\n"
        files = files.mapValues {
            $0.replacingOccurrences(of: "name: Ana Silva\n", with: "name: Ana Silva\norganization: Acme\n")
        }
        let vault = try TemporaryVault.load(files)
        let acme = Graph.node(ofNote: try #require(vault.index(ofPath: "organizations/acme.md")))
        let dossier = DossierBuilder(vault: vault, today: Self.today).dossier(for: acme)
        #expect(dossier.people.map(\.person.file) == ["contacts/Ana Silva.md"])
    }

    @Test("the site builds no page for a copy, and a link to one leads to the original's page")
    func noPageForCopy() async throws {
        let folder = try TestFolder(Self.files())
        let vault = VaultLoader.load(root: folder.root)
        let builder = SiteBuilder(
            vault: vault, today: Self.today, isPublic: false,
            templates: try SiteTemplates(vaultRoot: folder.root, fillingIn: true))
        _ = try await builder.build(into: SiteFolder.prepare(folder.root + "/_site"))
        let pages = try SiteHTML.read(folder.root + "/_site")
        #expect(pages.keys.filter { $0.lowercased().contains("conflict") }.isEmpty, "\(pages.keys.sorted())")
        #expect(pages["contacts/ana-silva.html"] != nil)
        let note = try #require(pages["notes/sync.html"])
        #expect(note.contains("href=\"../contacts/ana-silva.html\""), "\(note)")
        let table = try #require(pages[SitePaths.contacts])
        #expect(table.components(separatedBy: "contacts/ana-silva.html").count == 2, "one row for Ana")
        #expect(!table.contains("schedule a meeting"))
    }

    @Test("a public site with a private note left out still leads a link to a copy to the original")
    func publicSite() throws {
        var files = Self.files()
        files["contacts/priv.md"] = "---\nname: Priv Person\nprivate: true\n---\n"
        let folder = try TestFolder(files)
        let vault = VaultLoader.load(root: folder.root)
        let builder = SiteBuilder(
            vault: vault, today: Self.today, isPublic: true, templates: try SiteTemplates(vaultRoot: folder.root))
        let copy = Graph.node(ofNote: try #require(vault.index(ofPath: Self.copies[0])))
        #expect(builder.paths.page(of: copy) == nil)
        #expect(builder.paths.link(to: copy, from: "notes/sync.html") == "../contacts/ana-silva.html")
        #expect(!builder.paths.isLeftOut(copy))
        #expect(builder.linkNames[copy] == "Ana Silva")
    }
}
