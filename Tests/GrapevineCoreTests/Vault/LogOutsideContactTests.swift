import Testing

@testable import GrapevineCore

/// A Log of dated events in a note that is not a contact's (a networking journal, an
/// organization's note) is not read; a warning says so, with the command that writes each
/// entry where it counts.
@Suite("A Log outside a contact's note")
struct LogOutsideContactTests {
    @Test("a journal's Log and an organization's are named, with the person the first entry links to")
    func warned() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana Silva\nadded: 2026-11-01\n---\n",
            "notes/journal.md":
                "# Networking\n\n## Log\n- 2026-11-03 emailed [[Ana Silva]]: intro\n- 2026-11-05 called Ben\n",
            "organizations/acme.md": "---\nname: Acme\n---\n## Log\n- 2026-11-04 emailed the recruiter\n",
        ])
        let warnings = vault.diagnostics(.logOutsideContact)
        #expect(warnings.map(\.located) == ["warning notes/journal.md:3:1", "warning organizations/acme.md:4:1"])
        #expect(
            warnings.map(\.message) == [
                "a Log is read only in a contact's note, and this is a plain note's: none of its entries counts",
                "a Log is read only in a contact's note, and this is an organization's: none of its entries counts",
            ])
        #expect(
            warnings.map { $0.hint ?? "" } == [
                "write each entry in the Log of the person it is about: 'grapevine log \"Ana Silva\" EVENT' does",
                "write each entry in the Log of the person it is about: 'grapevine log NAME EVENT' does",
            ])
        // Still not read: Ana has no Log entry, and the warning is all that changes.
        #expect(vault.notes.first { $0.name == "Ana Silva" }?.contact?.log.isEmpty == true)
    }

    @Test("a plain note whose Log names nobody may be the person's own note: the hint says how to make it a contact's")
    func personNoteWithoutType() throws {
        let vault = try TemporaryVault.load([
            "People/Ana Silva.md": "---\ntags: [person]\n---\n# Ana Silva\n## Log\n- 2026-11-02 emailed\n"
        ])
        let warning = try #require(vault.diagnostics(.logOutsideContact).only)
        #expect(
            warning.hint
                == "if this note is about one person, make it theirs: 'type: contact' in its front matter (between "
                + "'---' lines at the top); if not, write each entry in the Log of the person it is about: "
                + "'grapevine log NAME EVENT' does")
    }

    @Test(
        "not for a contact's Log, a Log of things that are not events, or a Log section that is text",
        arguments: [
            "contacts/bo.md": "---\nname: Bo\n---\n## Log\n- 2026-11-03 emailed\n",
            "notes/project.md": "## Log\n- 2026-11-03 set up the repository\n- 2026-11-04 wrote the tests\n",
            "notes/diary.md": "## Log\nEmailed Ana on 2026-11-03.\n",
            "interviews/2026-11-10-bo.md": "---\ncontact: Bo\ndate: 2026-11-10\n---\n## Notes\n- 2026-11-10 met\n",
        ])
    func notWarned(path: String, text: String) throws {
        let vault = try TemporaryVault.load([path: text])
        #expect(vault.diagnostics(.logOutsideContact).isEmpty)
    }
}
