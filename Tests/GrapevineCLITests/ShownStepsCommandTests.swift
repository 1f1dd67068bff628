import Foundation
import Testing

/// A vault of three contacts written to on three days and never answered, each owed a
/// follow-up as of 2026-11-21 (steps 1, 2 and 3), and a cache folder of its own beside it.
private final class ThreeContacts {
    let folder: TemporaryFolder
    var vault: String { folder.path + "/vault" }
    var environment: [String: String] { ["XDG_CACHE_HOME": folder.path + "/cache"] }

    init(_ more: [String: String] = [:]) throws {
        folder = try TemporaryFolder()
        var files = more
        for (index, name) in ["Ann A", "Ben B", "Cat C"].enumerated() {
            files[Self.note(name)] =
                "---\nname: \(name)\nadded: 2026-09-30\n---\n\n## Log\n- 2026-10-0\(index + 1) emailed: hello\n"
        }
        try folder.write(files.mapKeys { "vault/" + $0 })
    }

    static func note(_ name: String) -> String {
        "contacts/" + name.lowercased().replacingOccurrences(of: " ", with: "-") + ".md"
    }

    func run(_ arguments: [String], today: String = "2026-11-21") async -> CommandRun {
        await CommandRun(arguments + ["--vault", vault, "--today", today], environment: environment)
    }

    func text(_ path: String) throws -> String {
        try String(contentsOfFile: vault + "/" + path, encoding: .utf8)
    }

    func followUps(_ name: String) throws -> Int {
        try text(Self.note(name)).components(separatedBy: "followed up").count - 1
    }
}

extension Dictionary {
    fileprivate func mapKeys(_ transform: (Key) -> Key) -> [Key: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}

private let shownStill =
    "The numbers grapevine next showed still name the steps you saw; run it again to see what is left.\n"

@Suite("done, skip and snooze close the step next showed")
struct ShownStepsCommandTests {
    @Test("after a log closed step 1, done 2 closes the step shown as 2, and both say the numbers still hold")
    func afterLog() async throws {
        let vault = try ThreeContacts()
        let next = await vault.run(["next"])
        #expect(next.output.contains("  2  2026-10-13  Follow up with Ben B"), "\(next.output)")
        let log = await vault.run(["log", "Ann A", "followed", "up"])
        #expect(log.output.hasSuffix(shownStill), "\(log.output)")
        let done = await vault.run(["done", "2"])
        #expect(done.status == 0, "\(done.errors)")
        #expect(done.output == "contacts/ben-b.md:8: - 2026-11-21 followed up\n" + shownStill)
        #expect(try vault.followUps("Ben B") == 1 && vault.followUps("Cat C") == 0)
        // Step 1 is gone: refused, saying what it was.
        let again = await vault.run(["skip", "1"])
        #expect(again.status == 2)
        #expect(
            again.errors.hasPrefix(
                "error: step 1 (Follow up with Ann A: no reply since 2026-10-01) is no longer open: it was closed, or "
                    + "it changed, since grapevine next showed it. Nothing was written.\n"), "\(again.errors)")
        #expect(again.errors.contains("run it again to see the steps as they are now"))
        #expect(try vault.followUps("Ann A") == 1 && vault.text(ThreeContacts.note("Cat C")).hasSuffix("hello\n"))
    }

    @Test("after a box ticked by hand, done N ticks the task shown as N")
    func afterAnEdit() async throws {
        let vault = try ThreeContacts(["notes/todo.md": "## Tasks\n- [ ] Send the deck\n- [ ] Read her paper\n"])
        let next = await vault.run(["next"])
        #expect(next.output.contains("  5  anytime     Read her paper"), "\(next.output)")
        let todo = vault.vault + "/notes/todo.md"
        try "## Tasks\n- [x] Send the deck\n- [ ] Read her paper\n".write(
            toFile: todo, atomically: true, encoding: .utf8)
        let done = await vault.run(["done", "5"])
        #expect(done.status == 0, "\(done.errors)")
        #expect(try vault.text("notes/todo.md") == "## Tasks\n- [x] Send the deck\n- [x] Read her paper\n")
    }

    @Test("a number next did not show is refused, saying which it showed, or that it showed none")
    func numbersNotShown() async throws {
        let vault = try ThreeContacts(["notes/todo.md": "## Tasks\n- [ ] Book the venue due 2026-12-20\n"])
        _ = await vault.run(["next", "--kind", "follow-up", "--within", "0"])
        let done = await vault.run(["done", "4"])
        #expect(done.status == 2)
        #expect(
            done.errors.hasPrefix(
                "error: there is no step 4 in the list grapevine next showed for 2026-11-21 (steps 1–3).\n"),
            "\(done.errors)")
        let nothing = try ThreeContacts()
        for name in ["Ann A", "Ben B", "Cat C"] { _ = await nothing.run(["log", name, "replied"]) }
        _ = await nothing.run(["skip", "1", "2", "3"])
        #expect(await nothing.run(["next"]).output.hasPrefix("Nothing to do"))
        let snooze = await nothing.run(["snooze", "1", "--until", "2026-12-01"])
        #expect(snooze.status == 2)
        #expect(snooze.errors.hasPrefix("error: grapevine next showed no steps for 2026-11-21, so there is no step 1."))
    }

    @Test("with no list for that --today, or none kept, numbers are the day's, as before; the vault holds no list")
    func noList() async throws {
        let vault = try ThreeContacts()
        let before = try FileManager.default.subpathsOfDirectory(atPath: vault.vault).sorted()
        _ = await vault.run(["next"])
        #expect(try FileManager.default.subpathsOfDirectory(atPath: vault.vault).sorted() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: vault.folder.path + "/cache/grapevine").count == 1)
        _ = await vault.run(["log", "Ann A", "followed", "up"], today: "2026-11-22")
        let otherDay = await vault.run(["done", "1"], today: "2026-11-22")
        #expect(otherDay.output.hasPrefix("contacts/ben-b.md:8: - 2026-11-22 followed up\n"), "\(otherDay.output)")
        #expect(
            otherDay.output.hasSuffix(
                "Steps are numbered afresh now: run grapevine next before closing one by number.\n"))
        let unkept = await CommandRun(["done", "1", "--vault", vault.vault, "--today", "2026-11-22"])
        #expect(unkept.output.hasPrefix("contacts/cat-c.md:8: - 2026-11-22 followed up\n"), "\(unkept.output)")
    }

    @Test("two done 1 at the same moment: one writes, the other refuses; never a second line, never another step")
    func twoAtOnce() async throws {
        for _ in 0..<3 {
            let vault = try ThreeContacts()
            _ = await vault.run(["next"])
            let runs = try [0, 1].map { _ in
                try Run(["done", "1", "--vault", vault.vault, "--today", "2026-11-21"], vault.environment)
            }
            let ended = runs.map { $0.wait() }
            #expect(ended.filter { $0.status == 0 }.count == 1, "\(ended.map(\.errors))")
            #expect(try vault.followUps("Ann A") == 1 && vault.followUps("Ben B") == 0)
            let refusal = try #require(ended.first { $0.status != 0 }?.errors)
            #expect(
                refusal.contains("changed since it was read") || refusal.contains("is no longer open"), "\(refusal)")
        }
    }

    @Test("two steps closed in one note by one command are both written")
    func twoInOneNote() async throws {
        let vault = try ThreeContacts(["notes/todo.md": "## Tasks\n- [ ] Send the deck\n- [ ] Read her paper\n"])
        _ = await vault.run(["next"])
        let done = await vault.run(["done", "4", "5"])
        #expect(done.status == 0, "\(done.errors)")
        #expect(try vault.text("notes/todo.md") == "## Tasks\n- [x] Send the deck\n- [x] Read her paper\n")
    }
}

@Suite("done on a thank-you to someone with no note, met with others")
struct ThankYouWithoutNoteTests {
    static let files = [
        "contacts/nadia.md": "---\nname: Nadia Rahman\nadded: 2026-10-01\n---\n\n## Log\n- 2026-10-05 emailed\n"
            + "- 2026-10-06 replied\n",
        "interviews/2026-11-17-nadia.md":
            "---\ncontact:\n  - \"[[Nadia Rahman]]\"\n  - Ghost Person\ndate: 2026-11-17 10:00\n---\n",
    ]

    private func run(_ arguments: [String], _ folder: TemporaryFolder) async -> CommandRun {
        await CommandRun(arguments + ["--vault", folder.path, "--today", "2026-11-21"])
    }

    @Test("is refused while another's thank-you is open, saying what to write; closed together it is written")
    func refusedThenTogether() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        let next = await run(["next"], folder)
        #expect(next.output.contains("No note yet: grapevine new contact \"Ghost Person\""), "\(next.output)")
        #expect(next.output.contains("close: create the note (above), then grapevine done 2 (or skip, snooze)"))
        let interview = folder.path + "/interviews/2026-11-17-nadia.md"
        let before = try String(contentsOfFile: interview, encoding: .utf8)
        let refused = await run(["done", "2"], folder)
        #expect(refused.status == 2)
        #expect(refused.errors.contains("it would also close the thank-you to Nadia Rahman (step 1), still open"))
        #expect(refused.errors.contains("grapevine new contact \"Ghost Person\""))
        #expect(refused.errors.contains("grapevine done 1 2, or write 'thank_you: 2026-11-21' in the front matter"))
        #expect(try String(contentsOfFile: interview, encoding: .utf8) == before)
        let together = await run(["done", "1", "2"], folder)
        #expect(together.status == 0, "\(together.errors)")
        #expect(together.output.contains("interviews/2026-11-17-nadia.md:6: thank_you: 2026-11-21\n"))
        #expect(await run(["next"], folder).output.hasPrefix("Nothing to do"))
    }

    @Test("once the others are thanked, thank_you: in the interview closes only theirs, and is written")
    func othersThanked() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        _ = await run(["log", "Nadia Rahman", "thanked"], folder)
        let next = await run(["next"], folder)
        #expect(!next.output.contains("No note yet"), "\(next.output)")
        let done = await run(["done", "1"], folder)
        #expect(done.status == 0, "\(done.errors)")
        #expect(done.output.hasPrefix("interviews/2026-11-17-nadia.md:6: thank_you: 2026-11-21\n"))
    }
}

/// A `grapevine` process of the built binary, with an environment of its own.
private struct Run {
    let process = Process()
    let errors = Pipe()

    init(_ arguments: [String], _ environment: [String: String]) throws {
        process.executableURL = ExecutableTests.binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "GRAPEVINE_VAULT" }
            .merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
    }

    func wait() -> (status: Int32, errors: String) {
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
