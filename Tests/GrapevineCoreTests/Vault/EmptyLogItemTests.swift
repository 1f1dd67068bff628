import Testing

@testable import GrapevineCore

/// A Log item with nothing written in it (`- `, left from a note template) is no entry: no
/// warning in `check`, no "(no date)" row in `show`.
@Suite("An empty Log item")
struct EmptyLogItemTests {
    @Test("is quiet and left out", arguments: ["- \n", "-\n", "- \n- \n", "* \t\n"])
    func quiet(_ empty: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/sophie.md": "---\nname: Sophie Turner\nadded: 2026-12-03\n---\n## Log\n- 2026-12-04 emailed\n"
                + empty
        ])
        #expect(vault.diagnostics.isEmpty)
        let contact = try #require(vault.notes.first?.contact)
        #expect(contact.log.map(\.date) == [LocalDate(valid: "2026-12-04")])
        #expect(contact.logLeftOut.isEmpty)
    }

    @Test("an item with words but no date is still a warning")
    func words() throws {
        let vault = try TemporaryVault.load([
            "contacts/sophie.md": "---\nname: Sophie Turner\n---\n## Log\n- emailed her\n"
        ])
        #expect(vault.diagnostics(.undatedLogEntry).count == 1)
    }
}
