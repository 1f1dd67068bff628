import Testing

@testable import GrapevineCore

/// Logseq writes every heading in a bullet (`- ## Log`, the entries nested under it): such a
/// heading opens no section, so `check` says which section is not read and why.
@Suite("A section's heading inside a list item (Logseq outlines)")
struct ItemHeadingTests {
    private func warnings(_ files: [String: String]) throws -> [String] {
        try TemporaryVault.load(files).diagnostics.filter {
            [.headingInListItem, .logUnderAnotherHeading].contains($0.code)
        }.map { "\($0.file):\($0.line):\($0.column) \($0.code.rawValue) \($0.message)" }
    }

    @Test("the tester's Logseq pages: one warning per unread section, none telling to add the heading there")
    func logseqPages() throws {
        let found = try warnings([
            "pages/Maria Lopez.md":
                "---\ntype: contact\nname: Maria Lopez\nadded: 2026-11-01\n---\n\n- ## Log\n\t- 2026-11-02 emailed: intro\n"
                + "\t- 2026-11-03 replied: sure\n",
            "pages/2026-11-20 Maria Lopez.md":
                "---\ntype: interview\ncontact: \"[[Maria Lopez]]\"\ndate: 2026-11-20\nthank_you: 2026-11-20\n---\n\n"
                + "- ## Referrals\n\t- [[Priya Shah]] — QA lead at Gamma\n- ## Leads\n\t- [ ] Pilot plant technician "
                + "opening due 2026-12-15\n- ### Agenda:\n\t- [ ] How did you start?\n- ## Notes\n\t- she was kind\n",
        ])
        let unread = "opens no section and the list under it is not read as"
        #expect(
            found == [
                "pages/2026-11-20 Maria Lopez.md:8:3 heading-in-list-item the heading 'Referrals' is inside a list "
                    + "item, so it \(unread) Referrals",
                "pages/2026-11-20 Maria Lopez.md:10:3 heading-in-list-item the heading 'Leads' is inside a list "
                    + "item, so it \(unread) Leads",
                "pages/2026-11-20 Maria Lopez.md:12:3 heading-in-list-item the heading 'Agenda:' is inside a list "
                    + "item, so it \(unread) Agenda",
                "pages/Maria Lopez.md:7:3 heading-in-list-item the heading 'Log' is inside a list item, so it "
                    + "\(unread) Log",
            ])
    }

    @Test("not when the note has the section, the heading is not first in its item, or the kind reads no such section")
    func notWarned() throws {
        #expect(
            try warnings([
                "contacts/a.md": "---\nname: A\n---\n## Log\n- 2026-11-02 emailed\n\n- ## Log\n  - x\n",
                "contacts/b.md": "---\nname: B\n---\n- some text\n\n  ## Log\n",
                "notes/n.md": "- ## Log\n  - 2026-11-02 emailed\n",
                "organizations/o.md": "---\nname: O\n---\n- ## Referrals\n  - Zed\n",
            ]).isEmpty)
    }

    @Test("the heading's title is read without its emphasis, in a quote's list too; a later heading is not one")
    func title() {
        let document = MarkdownParser().parse("- ## **Referrals** from [[Ana]]\n  - Zed\n> - ### Log\n- x\n  # Late\n")
        #expect(document.itemHeadings.map(\.title) == ["Referrals from [[Ana]]", "Log"])
        #expect(document.itemHeadings.map(\.level) == [2, 3])
        #expect(document.sections.isEmpty)
    }
}
