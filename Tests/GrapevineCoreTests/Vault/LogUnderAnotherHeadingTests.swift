import Testing

@testable import GrapevineCore

/// A contact's dated events under another heading than Log (or under none) are not read; a
/// warning says so, since `next` would otherwise ask to reach out to someone who replied.
@Suite("A Log under another heading")
struct LogUnderAnotherHeadingTests {
    private func warnings(_ body: String) throws -> [String] {
        let vault = try TemporaryVault.load(["contacts/ana.md": "---\nname: Ana\nadded: 2026-11-01\n---\n" + body])
        return vault.diagnostics(.logUnderAnotherHeading).map { "\($0.line):\($0.column) \($0.message)" }
    }

    @Test("a section of dated events is a Log under the wrong name")
    func misnamedSection() throws {
        #expect(
            try warnings(
                "# Ana\n\n## Contact history\n- 2026-11-02 emailed: intro\n- 2026-11-05 Replied, happy to chat\n")
                == [
                    "7:1 the 'Contact history' section reads like a Log (dated events), but only a section headed "
                        + "'Log' is read, so none of it counts"
                ])
    }

    @Test("dated events under no heading")
    func noHeading() throws {
        #expect(
            try warnings("Met at a meetup.\n\n- 2026-11-02 14:30 emailed\n- 2026-11-04 called\n") == [
                "7:1 these list items read like Log entries, but no 'Log' heading is above them, so none of them counts"
            ])
    }

    @Test(
        "not with a Log section, nor for notes with a dated line among others, nor a Log line as text",
        arguments: [
            "## Log\n- 2026-11-02 emailed\n\n## Meetings\n- 2026-11-09 met at the fair\n",
            "### Log\n- 2026-11-02 emailed\n",
            "## Notes\n- likes tea\n- has a dog\n- 2026-11-02 emailed her a photo\n",
            "## Ideas\n- 2026-11-02: a date without an event\n",
            "Log\n- 2026-11-02 emailed\n",
        ])
    func notWarned(body: String) throws {
        #expect(try warnings(body).isEmpty)
    }

    @Test("the events are still not read: the warning is all that changes")
    func stillNotRead() throws {
        let vault = try TemporaryVault.load([
            "contacts/ana.md": "---\nname: Ana\nadded: 2026-11-01\n---\n## History\n- 2026-11-02 emailed\n"
        ])
        #expect(vault.notes[0].contact?.log.isEmpty == true)
    }
}
