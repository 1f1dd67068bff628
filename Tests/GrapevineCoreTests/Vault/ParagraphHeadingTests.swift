import Testing

@testable import GrapevineCore

@Suite("A section's name written as a line of text above a list")
struct ParagraphHeadingTests {
    private func warnings(_ files: [String: String]) throws -> [String] {
        try TemporaryVault.load(files).diagnostics.filter { $0.code == .paragraphHeading }.map {
            "\($0.file):\($0.line):\($0.column) \($0.hint ?? "")"
        }
    }

    @Test("bold, plain or with a colon, in an interview or a contact: a warning with the heading to write")
    func warned() throws {
        let found = try warnings([
            "interviews/i.md":
                "---\ncontact: Ana\ndate: 2026-11-02\n---\n**Referrals:**\n- Zed Quill\n\nnext steps\n- [ ] x\n",
            "contacts/ana.md": "---\nname: Ana\n---\nSome words.\n\nLog:\r\n- 2026-11-01 emailed\n",
        ])
        #expect(
            found == [
                "contacts/ana.md:6:1 make it a heading: '## Log'",
                "interviews/i.md:5:1 make it a heading: '## Referrals'",
                "interviews/i.md:8:1 make it a heading: '## Next steps'",
            ])
    }

    @Test("not when the note has the heading, the line is text of its own, or the kind has no such section")
    func notWarned() throws {
        #expect(
            try warnings([
                "interviews/i.md":
                    "---\ncontact: Ana\ndate: 2026-11-02\n---\n## Referrals\n- Zed\n\nReferrals:\n- Yan\n",
                "contacts/ana.md": "---\nname: Ana\n---\nThe log of our talks:\n- a\n\nLog\nis a word\n- b\n",
                "notes/n.md": "Referrals:\n- Zed\n",
                "organizations/o.md": "---\nname: O\n---\nLog:\n- 2026-11-01 emailed\n",
            ]).isEmpty)
    }

    @Test("the list under such a line is still not read as the section")
    func stillNotASection() throws {
        let vault = try TemporaryVault.load([
            "interviews/i.md": "---\ncontact: Ana\ndate: 2026-11-02\n---\n**Referrals:**\n- Zed Quill\n",
            "contacts/ana.md": "---\nname: Ana\n---\n",
        ])
        #expect(vault.graph.nodes.contains { $0.name == "Zed Quill" } == false)
    }
}
