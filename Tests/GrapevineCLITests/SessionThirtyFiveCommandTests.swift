import Foundation
import GrapevineCore
import Testing

/// Answers left from session thirty-four, put right in session thirty-five: the commands' side.
@Suite("new contact's organization from a referral; '-' as a file to read")
struct SessionThirtyFiveCommandTests {
    /// Sam's interview names "Lena Ortiz at Brightfield"; Brightfield and Zephyr have notes.
    private static func vault(referral: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/sam-reyes.md": "---\nname: Sam Reyes\norganization: Brightfield\nadded: 2026-11-01\n---\n",
            "organizations/brightfield.md": "---\nname: Brightfield\n---\n",
            "organizations/zephyr.md": "---\nname: Zephyr\n---\n",
            "interviews/2026-11-25-sam-reyes.md":
                "---\ncontact: \"[[Sam Reyes]]\"\ndate: 2026-11-25\n---\n\n## Referrals\n\(referral)\n",
        ])
        return folder
    }

    private static func new(_ arguments: [String], in folder: TemporaryFolder) async -> CommandRun {
        await CommandRun(["new", "contact"] + arguments + ["--vault", folder.path, "--today", "2026-12-01"])
    }

    /// `new contact "Lena Ortiz" --referred-by "Sam Reyes"` left `organization:` empty though
    /// Sam's referral said "Lena Ortiz at Brightfield" (and `next` suggested `--org`).
    @Test(
        "where the referral says they work is written, and said, when no --org is given",
        arguments: [
            ("- Lena Ortiz at Brightfield", "Brightfield", 7), ("- Lena Ortiz (Zephyr) — data lead", "Zephyr", 7),
            ("- Lena Ortiz / Zephyr", "Zephyr", 7),
        ])
    func organizationFromReferral(referral: String, organization: String, line: Int) async throws {
        let folder = try Self.vault(referral: referral)
        let run = await Self.new(["Lena Ortiz", "--referred-by", "Sam Reyes"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let note = try String(contentsOfFile: folder.path + "/contacts/lena-ortiz.md", encoding: .utf8)
        #expect(note.contains("\norganization: \"[[\(organization)]]\"\n"), "\(note)")
        #expect(
            run.output.contains(
                "organization  \(organization)  (the referral says so: interviews/2026-11-25-sam-reyes.md:\(line); "
                    + "--org to change it)"), "\(run.output)")
    }

    @Test("--org wins, and a referral that names no organization leaves it empty")
    func organizationGivenOrUnknown() async throws {
        let given = try Self.vault(referral: "- Lena Ortiz at Brightfield")
        let run = await Self.new(["Lena Ortiz", "--org", "Zephyr"], in: given)
        #expect(run.status == 0 && !run.output.contains("the referral says so"), "\(run.output)")
        let note = try String(contentsOfFile: given.path + "/contacts/lena-ortiz.md", encoding: .utf8)
        #expect(note.contains("\norganization: \"[[Zephyr]]\"\n"), "\(note)")
        let remark = try Self.vault(referral: "- Lena Ortiz (met at the meetup)")
        #expect(await Self.new(["Lena Ortiz"], in: remark).status == 0)
        let empty = try String(contentsOfFile: remark.path + "/contacts/lena-ortiz.md", encoding: .utf8)
        #expect(empty.contains("\norganization:\n"), "\(empty)")
    }

    /// `export ics --previous -` read a file named `-` in the current folder ("cannot use - as
    /// --previous: no such file"); so did the imports. Standard input is not read: refused, exit 2.
    @Test(
        "'-' as a file to read is refused with exit 2, and a file named '-' is still read as ./-",
        arguments: [["export", "ics", "--previous", "-"], ["import", "vcard", "-"], ["import", "linkedin", "-"]])
    func dashIsRefused(arguments: [String]) async throws {
        let folder = try Self.vault(referral: "- Lena Ortiz at Brightfield")
        let run = await CommandRun(
            arguments + ["--vault", folder.path, "--today", "2026-12-01"], currentDirectory: folder.path)
        #expect(run.status == 2)
        #expect(run.errors.contains("does not read standard input ('-')"), "\(run.errors)")
        #expect(run.errors.contains("for a file named '-', write ./-"), "\(run.errors)")
        #expect(run.output.isEmpty)
    }

    @Test("a calendar in a file named '-' is read as ./-")
    func dotSlashDash() async throws {
        let folder = try Self.vault(referral: "- Lena Ortiz at Brightfield")
        let export = ["export", "ics", "--vault", folder.path, "--today", "2026-12-01"]
        let environment = ["SOURCE_DATE_EPOCH": "1764547200"]
        let first = await CommandRun(export, environment: environment, currentDirectory: folder.path)
        try folder.write(["-": first.output])
        let again = await CommandRun(
            export + ["--previous", "./-"], environment: environment, currentDirectory: folder.path)
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output == first.output)
    }
}
