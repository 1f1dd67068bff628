import Testing

/// Session 33 kept a name with a line break (`name: "Ana\nLopez"`, an escaped newline in
/// quoted YAML) on its line in `next`, `show` and `search`; session 34 in `prep`, `report`
/// and the drafts, where it split a row, a heading or a sentence in two.
@Suite("A name with a line break stays on its line in prep, report and the drafts")
struct NameLineBreakTests {
    static let files = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "organizations/zephyr.md": "---\nname: \"Zephyr\\nLabs\"\ntarget: true\n---\n",
        "contacts/eve.md": "---\nname: \"Eve\\nBreak\"\norganization: \"[[zephyr]]\"\nadded: 2026-11-01\n---\n"
            + "## Log\n- 2026-11-02 emailed: hi\n- 2026-11-03 replied: yes\n",
        "contacts/omar.md": "---\nname: \"Omar\\nSaid\"\norganization: \"[[zephyr]]\"\nreferred_by: \"[[eve]]\"\n"
            + "added: 2026-11-21\n---\n## Log\n- 2026-11-22 emailed: Eve suggested you\n- 2026-11-23 replied: sure\n",
        "interviews/2026-11-20-eve.md": "---\ncontact: \"[[eve]]\"\ndate: 2026-11-20\n---\n## Referrals\n- [[omar]]\n",
        "interviews/2026-11-25-omar.md": "---\ncontact: \"[[omar]]\"\ndate: 2026-11-25\n---\n",
        "interviews/2026-12-05-eve.md": "---\ncontact: \"[[eve]]\"\ndate: 2026-12-05\n---\n",
    ]

    @Test(
        "no line starts with the part of a name after its line break",
        arguments: [
            ["prep", "eve"], ["report"], ["draft", "thank-you", "eve"], ["draft", "update", "eve"],
            ["draft", "tell-referrer", "eve"], ["draft", "outreach", "omar"], ["draft", "follow-up", "eve"],
        ])
    func staysOnItsLine(command: [String]) async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        let run = await CommandRun(command + ["--vault", folder.path, "--today", "2026-12-01"])
        let text = run.output + run.errors
        #expect(!text.isEmpty)
        let broken = text.split(separator: "\n").filter { line in
            ["Break", "Said", "Labs"].contains { line.hasPrefix($0) }
        }
        #expect(broken.isEmpty, "\(command): \(text)")
        #expect(text.contains(#"\n"#), "\(command): the line break is shown escaped: \(text)")
    }
}
