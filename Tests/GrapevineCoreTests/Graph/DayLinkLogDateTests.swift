import Testing

@testable import GrapevineCore

/// `- [[2026-11-19]] met` in a contact's Log is the entry's date, a day: no "missing note" for
/// it, even on the day of an interview (whose file the warning's hint would have named, and
/// whose link there would leave the entry without a date).
@Suite("A Log entry dated by a link to its day")
struct DayLinkLogDateTests {
    static func vault(log: String, more: String = "") throws -> Vault {
        try TemporaryVault.load([
            "People/Maria Lopez.md": "---\ntype: contact\nadded: 2026-10-30\n---\n## Log\n\(log)\n\(more)",
            "Interviews/2026-11-19 Maria Lopez.md":
                "---\ntype: interview\ncontact: \"[[Maria Lopez]]\"\ndate: 2026-11-19\n---\n",
        ])
    }

    @Test(
        "is quiet on the day of an interview",
        arguments: ["- [[2026-11-19]] met: video call", "- [[2026-11-19]] met: see [[2026-11-19 Maria Lopez]]"])
    func quiet(_ log: String) throws {
        let vault = try Self.vault(log: log)
        #expect(vault.diagnostics(.missingNote).isEmpty)
        #expect(vault.notes.compactMap(\.contact).first?.log.map(\.date) == [LocalDate(valid: "2026-11-19")])
    }

    @Test("a link to that day elsewhere in the note still asks whether the interview was meant")
    func elsewhere() throws {
        let vault = try Self.vault(log: "- 2026-11-19 met", more: "\nNotes from [[2026-11-19]].\n")
        #expect(vault.diagnostics(.missingNote).only?.located == "warning People/Maria Lopez.md:8:12")
    }
}
