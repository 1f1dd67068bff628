import Testing

@testable import GrapevineCore

/// Links and embeds of attachments (`[[cv.pdf]]`, `![[photo.png]]`), as Obsidian writes them:
/// files, not notes.
@Suite("Attachments linked from notes")
struct AttachmentLinkTests {
    @Test(
        "a link or embed of an attachment asks for no note; a name with a dot still does",
        arguments: [
            ("![[cv.png]]", false), ("[[Scan 2026.PDF]]", false), ("[[report.pdf#page=2]]", false),
            ("![[deck.pptx|the deck]]", false), ("[[Dr. Smith]]", true), ("[[notes.v2]]", true),
            ("[[Acme Inc.]]", true),
        ])
    func noMissingNote(link: String, isMissing: Bool) throws {
        let vault = try TemporaryVault.load([
            "contacts/dana.md": "---\nname: Dana Lee\nadded: 2026-10-01\n---\nFrom the fair: \(link)\n"
        ])
        #expect(vault.diagnostics(.missingNote).isEmpty == !isMissing, "\(vault.diagnostics.map(\.message))")
    }

    @Test("an embed on a page is its name, or its link, without the '!' of its syntax")
    func embedOnAPage() {
        let html = MarkdownHTML.render("See ![[cv.png]] and ![[Dana Lee]]. Wow!", resolve: { target in
            target == .wiki("Dana Lee") ? "dana-lee.html" : nil
        })
        #expect(html == "<p>See cv.png and <a href=\"dana-lee.html\">Dana Lee</a>. Wow!</p>\n")
    }
}
