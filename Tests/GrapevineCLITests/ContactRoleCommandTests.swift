import Foundation
import Testing

/// A contact whose job is written `role:` shows it wherever a title is shown: `show` (and its
/// `--json`), `prep`, the drafts, the site and `check`, which no longer calls it unknown.
@Suite("A contact's role everywhere a title is shown")
struct ContactRoleCommandTests {
    static let files = [
        "contacts/priya-shah.md": """
        ---
        name: Priya Shah
        organization: "[[Acme]]"
        role: Staff Engineer
        added: 2026-11-01
        ---
        ## Log
        - 2026-11-02 emailed: intro
        - 2026-11-03 replied: happy to talk
        """,
        "interviews/2026-12-08-priya-shah.md": "---\ncontact: \"[[Priya Shah]]\"\ndate: 2026-12-08\n---\n",
        "organizations/acme.md": "---\nname: Acme\n---\n",
    ]
    static let today = ["--today", "2026-12-06"]

    private func vault() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        return folder
    }

    @Test("check is quiet about it")
    func check() async throws {
        let folder = try vault()
        let run = await CommandRun(["check", "--vault", folder.path] + Self.today)
        #expect(run.status == 0)
        #expect(!run.output.contains("role"))
    }

    @Test("show, show --json, prep and the outreach draft name the role")
    func shown() async throws {
        let folder = try vault()
        let base = ["--vault", folder.path] + Self.today
        let show = await CommandRun(["show", "Priya Shah"] + base)
        #expect(show.output.contains("\nStaff Engineer at Acme\n"))
        #expect(!show.errors.contains("not read"))
        let json = await CommandRun(["show", "Priya Shah", "--json"] + base)
        let dossier = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let details = try #require(dossier["details"] as? [[String: String]])
        #expect(details.contains { $0["label"] == "Title" && $0["value"] == "Staff Engineer" })
        let prep = await CommandRun(["prep", "Priya Shah"] + base)
        #expect(prep.output.contains("Priya Shah, Staff Engineer at Acme"))
        let draft = await CommandRun(["draft", "outreach", "Priya Shah"] + base)
        #expect(draft.output.contains("your work as Staff Engineer at Acme"))
    }

    @Test("the site's contact page names the role once, public or not", arguments: [false, true])
    func site(isPublic: Bool) async throws {
        let folder = try vault()
        let out = folder.path + "/site"
        let run = await CommandRun(
            ["site", "--vault", folder.path, "--out", out] + Self.today + (isPublic ? ["--public"] : []))
        #expect(run.status == 0)
        let page = try String(contentsOfFile: out + "/contacts/priya-shah.html", encoding: .utf8)
        #expect(page.components(separatedBy: "Staff Engineer").count == 2)
    }
}
