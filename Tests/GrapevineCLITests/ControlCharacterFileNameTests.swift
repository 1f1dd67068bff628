import Foundation
import Testing

/// Session 31: a vault file whose name holds a line break or a tab (`contacts/a⏎b.md`, made by
/// a script or another OS) split `check`'s `file:line:col:` line in two, and the `file:line`
/// of `next` and `show`. Text output escapes the name (`contacts/a\nb.md`); `--json` keeps it.
@Suite("file names with control characters stay on one line")
struct ControlCharacterFileNameTests {
    static let options = ["--today", "2026-12-07"]

    /// A contact with an invalid date in a file named with a line break, one with an unread
    /// due date in a file named with a tab.
    static func vault() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/a\nb.md": "---\nname: Bea Lin\nadded: 2026-13-01\n---\n",
            "contacts/t\tx.md": "---\nname: Tam Orr\nadded: 2026-12-01\n---\n- [ ] call back due 12/15/2026\n",
        ])
        return folder
    }

    @Test("check: each problem's first line names the file escaped; --json gives the real name")
    func check() async throws {
        let folder = try Self.vault()
        let run = await CommandRun(["check", "--vault", folder.path] + Self.options)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines.contains { $0.hasPrefix(#"contacts/a\nb.md:3:8: error: invalid date '2026-13-01'"#) }, "\(run.output)"
        )
        #expect(lines.contains { $0.hasPrefix(#"contacts/t\tx.md:5:21: error: "#) }, "\(run.output)")
        #expect(!lines.contains("b.md:3:8: error: invalid date '2026-13-01' for 'added'"), "\(run.output)")
        let json = await CommandRun(["check", "--json", "--vault", folder.path] + Self.options)
        let problems = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(Set(problems.compactMap { $0["file"] as? String }) == ["contacts/a\nb.md", "contacts/t\tx.md"])
    }

    @Test("next and show: file:line escaped, and the closing warning's places too")
    func nextAndShow() async throws {
        let folder = try Self.vault()
        let next = await CommandRun(["next", "--vault", folder.path] + Self.options)
        #expect(next.output.contains(#"contacts/t\tx.md:1  reach-out"#), "\(next.output)")
        #expect(next.output.contains(#"contacts/t\tx.md:5  task"#), "\(next.output)")
        #expect(next.errors.contains(#"contacts/t\tx.md:5; run"#), "\(next.errors)")
        #expect(!(next.output + next.errors).contains("\t"))
        let show = await CommandRun(["show", "Tam Orr", "--vault", folder.path] + Self.options)
        #expect(show.output.contains(#"contacts/t\tx.md:5"#) && !show.output.contains("\t"), "\(show.output)")
    }
}
