import Foundation
import GrapevineCore
import Testing

@Suite("grapevine export ics")
struct ExportICSCommandTests {
    static let today = "2026-11-18"
    static let environment = ["SOURCE_DATE_EPOCH": "1795000000"]

    static func export(_ extra: [String] = [], environment: [String: String] = environment) async -> CommandRun {
        await CommandRun(
            ["export", "ics", "--vault", Repository.example, "--today", today] + extra, environment: environment)
    }

    /// Every step of the example vault on `today`, as the engine computes it.
    static func engineSteps() throws -> [NextStep] {
        let date = try #require(LocalDate(today))
        return NextStepEngine(vault: VaultLoader.load(root: Repository.example), today: date).steps()
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test("prints one to-do per next step of the vault, with CRLF line endings")
    func calendar() async throws {
        let run = await Self.export()
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(run.output.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!run.output.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = Self.lines(run.output)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        let steps = try Self.engineSteps()
        #expect(!steps.isEmpty)
        #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == steps.count)
        #expect(lines.filter { $0 == "END:VTODO" }.count == steps.count)
        #expect(lines.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20261118T110640Z" })
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(uids.count == steps.count)
        #expect(Set(uids).count == uids.count)
    }

    /// Trial of December 6, evening, finding 3: a to-do is read on other days than the
    /// export's, so it names the interview's date, never "today".
    @Test(
        "an interview's to-do names its date and time, whichever day the calendar is exported",
        arguments: [
            // The repro: exported on the day of the interview.
            ("2026-11-20 15:00", "2026-11-20", "Interview with Tom Baker (Impossible Foods) on 2026-11-20 at 15:00"),
            // Exported the day before: the same words, so the to-do does not change overnight.
            ("2026-11-20 15:00", "2026-11-19", "Interview with Tom Baker (Impossible Foods) on 2026-11-20 at 15:00"),
            // No time written: the day alone.
            ("2026-11-20", "2026-11-20", "Interview with Tom Baker (Impossible Foods) on 2026-11-20"),
        ])
    func interviewToDoNamesItsDate(date: String, today: String, summary: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/tom-baker.md": "---\nname: Tom Baker\norganization: Impossible Foods\nadded: 2026-10-20\n---\n",
            "interviews/2026-11-20-tom-baker.md": "---\ncontact: \"[[Tom Baker]]\"\ndate: \(date)\n---\n",
        ])
        let run = await CommandRun(
            ["export", "ics", "--vault", folder.path, "--today", today], environment: Self.environment)
        #expect(run.status == 0)
        // Long lines are folded: unfold them to read each property whole.
        let text = run.output.replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.contains("SUMMARY:" + summary + "\r\n"))
        #expect(!text.contains(" today"))
    }

    @Test(
        "no to-do or event of the example vault says today, tomorrow or how many days late",
        arguments: ["2026-11-12", "2026-11-17", "2026-11-20", "2026-11-24"])
    func noRelativeDays(today: String) async throws {
        for form in [[], ["--events"]] {
            let run = await CommandRun(
                ["export", "ics", "--vault", Repository.example, "--today", today] + form,
                environment: Self.environment)
            #expect(run.status == 0)
            let text = run.output.replacingOccurrences(of: "\r\n ", with: "").lowercased()
            for word in [" today", "tomorrow", "yesterday", "days late", "day late", "days ago"] {
                #expect(!text.contains(word), "\(word) on \(today) \(form)")
            }
        }
    }

    @Test("prints the same file on every run, and global options may come first")
    func repeatable() async {
        let first = await Self.export()
        let second = await CommandRun(
            ["--vault", Repository.example, "--today", Self.today, "export", "ics"], environment: Self.environment)
        #expect(second.status == 0)
        #expect(second.output == first.output)
    }

    @Test("the time stamp is now without SOURCE_DATE_EPOCH, whatever --today says")
    func stampIsNow() async throws {
        let run = await Self.export(environment: [:])
        #expect(run.status == 0)
        let stamp = try #require(Self.lines(run.output).first { $0.hasPrefix("DTSTAMP:") })
        #expect(!stamp.hasPrefix("DTSTAMP:20261118T"))
        #expect(stamp.wholeMatch(of: /DTSTAMP:\d{8}T\d{6}Z/) != nil)
    }

    @Test("--kind exports only those kinds")
    func kinds() async throws {
        let run = await Self.export(["--kind", "thank-you", "--kind", "task"])
        #expect(run.status == 0)
        let categories = Self.lines(run.output).filter { $0.hasPrefix("CATEGORIES:") }
        let expected = try Self.engineSteps().filter { $0.kind == .thankYou || $0.kind == .task }
        #expect(categories.count == expected.count)
        #expect(categories.allSatisfy { $0 == "CATEGORIES:thank-you" || $0 == "CATEGORIES:task" })
    }

    @Test("an unknown kind is bad usage")
    func unknownKind() async {
        let run = await Self.export(["--kind", "thanks"])
        #expect(run.status == 2)
        #expect(run.errors.contains("thanks"))
        #expect(run.output.isEmpty)
    }

    @Test("--out creates the file, and refuses to replace one Grapevine did not write")
    func out() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/next.ics"
        let created = await CommandRun(
            ["export", "ics", "--vault", Repository.example, "--today", Self.today, "--out", "next.ics"],
            environment: Self.environment, currentDirectory: folder.path)
        #expect(created.status == 0)
        #expect(created.output.hasPrefix("Wrote "))
        #expect(created.output.hasSuffix(" to next.ics.\n"))
        await #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.export().output)
        try "mine".write(toFile: path, atomically: false, encoding: .utf8)
        let refused = await Self.export(["--out", path])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("already exists, and 'grapevine export ics' did not write it"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["next.ics"])
    }

    @Test("--out replaces a calendar an earlier export wrote, in one step, leaving nothing beside it")
    func outReplaces() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/next.ics"
        #expect(await Self.export(["--out", path]).status == 0)
        let replaced = await Self.export(["--out", path, "--events"])
        #expect(replaced.status == 0)
        let steps = try Self.eventSteps
        #expect(replaced.output == "Wrote \(steps) next steps and 11 interviews to \(path).\n")
        let expected = await Self.export(["--events"]).output
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["next.ics"])
        let vcard = folder.path + "/contacts.vcf"
        #expect(await CommandRun(["export", "vcard", "--vault", Repository.example, "--out", vcard]).status == 0)
        let refused = await Self.export(["--out", vcard])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("did not write it"))
    }

    @Test("--previous: of two thank-yous owed to one person, the one sent is marked done and the other keeps its UID")
    func twoThankYous() async throws {
        let folder = try TemporaryFolder()
        let interview = { (date: String, more: String) in "---\ncontact: \"[[Pat Lee]]\"\ndate: \(date)\n\(more)---\n" }
        try folder.write([
            ".grapevine/config.yml": "",
            "contacts/pat-lee.md": "---\nname: Pat Lee\nadded: 2026-11-01\n---\n",
            "interviews/2026-11-10-pat.md": interview("2026-11-10", ""),
            "interviews/2026-11-20-pat.md": interview("2026-11-20", ""),
        ])
        let export = ["export", "ics", "--vault", folder.path, "--today", "2026-12-05", "--kind", "thank-you"]
        // Each to-do's UID and STATUS, by the interview date its description names.
        let todos = { (text: String) in
            Dictionary(
                text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "BEGIN:VTODO").dropFirst().map
                {
                    todo in
                    let lines = Self.lines(todo)
                    let value = { (name: String) in lines.first { $0.hasPrefix(name + ":") }?.dropFirst(name.count + 1)
                    }
                    let met = value("DESCRIPTION").map { String($0.dropFirst("You met on ".count).prefix(10)) } ?? ""
                    return (met, [value("UID"), value("STATUS")].map { String($0 ?? "") })
                }, uniquingKeysWith: { first, _ in first })
        }
        let before = todos(await CommandRun(export, environment: Self.environment).output)
        let (first, second) = (try #require(before["2026-11-10"]?[0]), try #require(before["2026-11-20"]?[0]))
        #expect(first != second)
        try folder.write([".previous.ics": await CommandRun(export, environment: Self.environment).output])
        try folder.write(["interviews/2026-11-10-pat.md": interview("2026-11-10", "thank_you: 2026-11-11\n")])
        let run = await CommandRun(
            export + ["--previous", folder.path + "/.previous.ics"], environment: Self.environment)
        #expect(run.status == 0)
        #expect(todos(run.output) == ["2026-11-10": [first, "COMPLETED"], "2026-11-20": [second, "NEEDS-ACTION"]])
    }

    /// How many steps `--events` writes on `today`: all but the interview steps.
    static var eventSteps: Int {
        get throws { try engineSteps().filter { $0.kind != .interview }.count }
    }

    @Test("a SOURCE_DATE_EPOCH that is not a number fails with a sentence")
    func badEpoch() async {
        let run = await Self.export(environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(run.status == 1)
        #expect(run.errors.contains("SOURCE_DATE_EPOCH is 'yesterday'"))
    }

    @Test("help explains the command with examples", arguments: [["export", "--help"], ["export", "ics", "--help"]])
    func help(arguments: [String]) async {
        let run = await CommandRun(arguments)
        #expect(run.status == 0)
        #expect(run.output.contains("grapevine export ics > ~/grapevine.ics"))
        #expect(run.output.contains("grapevine export ics --events --previous cal.ics --out cal.ics"))
    }
}
