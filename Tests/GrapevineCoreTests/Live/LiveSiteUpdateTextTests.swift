import Foundation
import Testing

@testable import GrapevineCore

/// Session 32: `grapevine serve` printed the name of the note that changed as it is, so a
/// `git pull` bringing in `contacts/bea⎋[31m⏎lin.md` split its line and sent the escape on.
@Suite("serve's line for an update names the note escaped")
struct LiveSiteUpdateTextTests {
    @Test("a note with an escape and a line break in its name, added while serving")
    func hostileName() async throws {
        let vault = try TestFolder([".grapevine/config.yml": "owner: Alex Kim\n"])
        let output = try TestFolder()
        let site = try await LiveSite(
            root: vault.root, folder: output.root + "/site",
            settings: LiveSite.Settings(isPublic: false) { (LocalDate(year: 2026, month: 12, day: 7)!, nil) })
        try vault.write(["contacts/bea\u{1B}[31m\nlin.md": "---\nname: Bea Lin\n---\n"])
        let update = try #require(await site.refresh())
        #expect(update.notes == ["contacts/bea\u{1B}[31m\nlin.md"])
        #expect(update.text.hasPrefix(#"contacts/bea\u{1B}[31m\nlin.md changed: rendered "#), "\(update.text)")
        #expect(!update.text.contains("\u{1B}") && !update.text.contains("\n"), "\(update.text)")
    }
}
