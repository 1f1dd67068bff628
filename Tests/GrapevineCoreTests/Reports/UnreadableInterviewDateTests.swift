import Testing

@testable import GrapevineCore

/// An interview whose `date:` cannot be read is neither scheduled nor held: `show` says the
/// date cannot be read, and where.
@Suite("An interview's unreadable date in a dossier")
struct UnreadableInterviewDateTests {
    static func dossier(date: String) throws -> Dossier {
        let vault = try TemporaryVault.load([
            "contacts/ivy.md": "---\nname: Ivy\nadded: 2026-11-01\n---\n",
            "interviews/ivy.md": "---\ncontact: Ivy\n\(date)\n---\n## Notes\nGreat talk.\n",
        ])
        return DossierBuilder(vault: vault, today: LocalDate(valid: "2026-11-10")).dossier(for: try vault.node("Ivy"))
    }

    @Test("the date as written and its line, instead of 'no date  scheduled'")
    func unreadableDate() throws {
        let dossier = try Self.dossier(date: "date: 05.11.2026")
        let meeting = try #require(dossier.interviews.only)
        #expect(meeting.status == .undated)
        #expect(meeting.unreadableDate == "05.11.2026" && meeting.dateLine == 3)
        let text = DossierText(dossier).text
        #expect(
            text.contains("date not readable: '05.11.2026' (interviews/ivy.md:3)  20 min  interviews/ivy.md"), "\(text)"
        )
        #expect(!text.contains("scheduled"), "\(text)")
    }

    @Test("quiet: a readable date is held or scheduled as before")
    func readableDate() throws {
        #expect(try Self.dossier(date: "date: 2026-11-05").interviews.map(\.status) == [.held])
        #expect(try Self.dossier(date: "date: 2026-11-20").interviews.map(\.status) == [.scheduled])
        #expect(try Self.dossier(date: "date: 2026-11-05").interviews.first?.unreadableDate == nil)
    }
}
