import Foundation
import Testing

@testable import GrapevineCore

/// Trial of December 5: a page renders a note in parts (an organization's Research apart, a
/// contact's Log left out), and a reference link or footnote whose definition was in another
/// part rendered literally; two parts on one page both had `id="fn-1"`.
@Suite("Reference links and footnotes across the parts of a page")
struct NoteDefinitionsPageTests {
    static let organization = """
        ---
        name: Acme
        ---
        Acme is a snack maker[^1].

        ## Research
        Revenue grew 12% last year[^2]. See also the [annual report][ar] and [our notes][notes].

        ```
        [notes]: https://example.com/in-code
        ```

        ## People
        Met two people there.

        [^1]: Their website.
        [^2]: Annual report 2025,
            p. 4.
        [ar]: https://example.com/annual-report
        [bad]: javascript:alert(1)
        """

    static let contact = """
        ---
        name: Ann
        added: 2026-10-01
        ---
        Ann runs the sensory lab[^1]. Her [talk][t] is worth watching; [this][bad] is not a link.

        ## Log
        - 2026-10-02 emailed: intro

        [t]: https://example.com/talk
        [bad]: javascript:alert(1)

        [^1]: From her LinkedIn.
        """

    private static func pages() async throws -> (organization: String, contact: String, plain: String) {
        let folder = try TestFolder()
        try folder.write([
            "organizations/acme.md": organization, "contacts/ann.md": contact,
            "notes/plain.md": "Cites[^a] and [x].\n\n[^a]: Only once.\n\n[x]: https://example.com/x\n",
        ])
        let vault = VaultLoader.load(root: folder.root)
        let builder = SiteBuilder(
            vault: vault, today: LocalDate(valid: "2026-10-10"), isPublic: false,
            templates: try SiteTemplates(vaultRoot: folder.root))
        let out = folder.root + "/_site"
        _ = try await builder.build(into: SiteFolder.prepare(out))
        let read = { (path: String) in try String(contentsOfFile: out + "/" + path, encoding: .utf8) }
        return (try read("organizations/acme.html"), try read("contacts/ann.html"), try read("notes/plain.html"))
    }

    @Test func theResearchSectionSeesTheDefinitionsAtTheEndOfTheNote() async throws {
        let page = try await Self.pages().organization
        #expect(page.contains(#"See also the <a href="https://example.com/annual-report">annual report</a>"#))
        #expect(!page.contains("[annual report][ar]"))
        #expect(!page.contains("[^2]"))
        #expect(page.contains("<p>Annual report 2025,\np. 4."), "the footnote with its indented line")
        // A definition inside a code block defines nothing.
        #expect(page.contains("[our notes][notes]"))
        #expect(!page.contains("https://example.com/in-code\">"))
        #expect(!page.contains("javascript:"))
    }

    @Test func footnoteIdsAreUniqueOnAPage() async throws {
        let page = try await Self.pages().organization
        for id in ["fn-1", "fnref-1", "research-fn-2", "research-fnref-2"] {
            #expect(page.components(separatedBy: "id=\"\(id)\"").count == 2, "\(id) once")
        }
        #expect(page.contains(##"href="#research-fn-2""##))
        #expect(page.contains(##"href="#research-fnref-2""##))
        let ids = page.matches(of: /id="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "\(ids)")
    }

    @Test func aContactSeesTheDefinitionsAfterItsLog() async throws {
        let page = try await Self.pages().contact
        #expect(page.contains(#"Her <a href="https://example.com/talk">talk</a> is worth watching"#))
        #expect(page.contains("[this][bad] is not a link") || page.contains("this is not a link"))
        #expect(!page.contains("javascript:"))
        #expect(page.components(separatedBy: "From her LinkedIn.").count == 2, "the footnote once")
        #expect(!page.contains("[t]: "))
    }

    @Test func aNoteInOnePartHasEachFootnoteOnce() async throws {
        let page = try await Self.pages().plain
        #expect(page.components(separatedBy: "Only once.").count == 2)
        #expect(page.contains(#"<a href="https://example.com/x">x</a>"#))
    }
}
