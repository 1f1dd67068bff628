import Foundation
import GrapevineCore
import Testing

/// A copy of the example vault, for commands that write.
private func exampleCopy() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try FileManager.default.removeItem(atPath: folder.path)
    try FileManager.default.copyItem(atPath: Repository.example, toPath: folder.path)
    return folder
}

private let today = "2026-11-18"

private func run(_ arguments: [String], in folder: TemporaryFolder) async -> CommandRun {
    await CommandRun(arguments + ["--vault", folder.path, "--today", today])
}

/// `next --json --all`: every step of the day.
private func steps(in folder: TemporaryFolder, _ arguments: String...) async throws -> [[String: Any]] {
    let output = await run(["next", "--json"] + (arguments.isEmpty ? ["--all"] : arguments), in: folder).output
    return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
}

/// Every `.md` file of the vault, path → lines (a CRLF's `\r` kept, so line endings count).
private func snapshot(_ folder: TemporaryFolder) throws -> [String: [String]] {
    var files: [String: [String]] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)!
    while let path = enumerator.nextObject() as? String {
        guard path.hasSuffix(".md"), !path.hasPrefix(".") else { continue }
        let text = try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
        files[path] = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    return files
}

/// The lines `after` has that `before` does not, when `after` is `before` with lines inserted or
/// one line replaced; `nil` when the files differ in any other way.
func addedLines(_ before: [String], _ after: [String]) -> [String]? {
    if before.count == after.count {
        let changed = before.indices.filter { before[$0] != after[$0] }
        return changed.count == 1 ? [after[changed[0]]] : (changed.isEmpty ? [] : nil)
    }
    var added: [String] = []
    var index = 0
    for line in after {
        if index < before.count, before[index] == line { index += 1 } else { added.append(line) }
    }
    return index == before.count ? added : nil
}

/// Checks that exactly one file changed, by the one line `output` reports (a new `## Log`
/// heading and blank line allowed around a first Log entry), and returns that line.
private func expectOneLine(_ before: [String: [String]], _ after: [String: [String]], output: String) throws -> String {
    let changed = after.keys.filter { before[$0] != after[$0] }
    try #require(changed.count == 1, "changed: \(changed)")
    let added = try #require(addedLines(before[changed[0]]!, after[changed[0]]!))
    let written = added.filter { !$0.isEmpty && $0 != "## Log" }
    try #require(written.count == 1, "\(added)")
    #expect(output.hasPrefix(changed[0] + ":"), "\(output)")
    #expect(output.contains(written[0].trimmingCharacters(in: .whitespaces)), "\(output)")
    return written[0]
}

@Suite("grapevine done, skip, snooze")
struct ClosingCommandTests {
    /// The first step of a kind whose person has a note (the example's first referral has none).
    private static func step(_ kind: String, in folder: TemporaryFolder) async throws -> [String: Any] {
        try #require(
            try await steps(in: folder).first {
                $0["kind"] as? String == kind && !($0["detail"] as! String).contains("No note yet")
            })
    }

    static let logged: [(kind: String, line: String)] = [
        ("thank-you", "- 2026-11-18 thanked"), ("send-resume", "- 2026-11-18 sent resume"),
        ("update", "- 2026-11-18 updated"), ("thank-referrer", "- 2026-11-18 thanked"),
        ("contact-referral", "- 2026-11-18 reached out"), ("reach-out", "- 2026-11-18 reached out"),
        ("follow-up", "- 2026-11-18 followed up"), ("move-on", "- 2026-11-18 skipped move-on: moved on"),
        ("stay-in-touch", "- 2026-11-18 messaged"), ("task", "- [x] "), ("apply", "- [x] "),
    ]

    @Test("done writes what the step asked for, one line, and next no longer shows it", arguments: logged)
    func done(kind: String, line: String) async throws {
        let folder = try exampleCopy()
        let step = try await Self.step(kind, in: folder)
        let before = try snapshot(folder)
        let result = await run(["done", "\(step["number"]!)"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let written = try expectOneLine(before, try snapshot(folder), output: result.output)
        #expect(written.hasPrefix(line), "\(written)")
        let again = try await steps(in: folder).first { $0["id"] as? String == step["id"] as? String }
        if kind == "stay-in-touch" {
            // Keeping in touch never ends: the message starts the next 90 days.
            #expect(again?["due"] as? String == "2027-02-16")
        } else {
            #expect(again == nil)
        }
    }

    @Test(
        "done refuses the kinds that are done by recording something else, saying what, writing nothing",
        arguments: [
            ("schedule", "grapevine new interview \"Derek Vaughn\""), ("prepare", "grapevine prep"),
            ("try-another", "grapevine log NAME emailed"), ("find-contacts", "grapevine new contact"),
            ("reminder", "remind:"), ("interview", "status: cancelled"),
        ])
    func doneRefuses(kind: String, instead: String) async throws {
        let folder = try exampleCopy()
        let step = try await Self.step(kind, in: folder)
        let before = try snapshot(folder)
        let result = await run(["done", step["id"] as! String], in: folder)
        #expect(result.status == 2)
        #expect(result.errors.contains(instead), "\(result.errors)")
        #expect(result.errors.contains("Nothing was written."))
        #expect(try snapshot(folder) == before)
    }

    @Test("done on a schedule step whose interview note has no date yet says to write the date there")
    func doneOnAMeetingWithoutADate() async throws {
        let folder = try exampleCopy()
        let schedule = try await Self.step("schedule", in: folder)
        let name = try #require(schedule["contact"] as? String)
        try folder.write(["interviews/tbd.md": "---\ncontact: \(name)\ndate: TBD\n---\n"])
        let result = await run(["done", schedule["id"] as! String], in: folder)
        #expect(result.status == 2)
        #expect(result.errors.contains("write its date in interviews/tbd.md as date: YYYY-MM-DD"), "\(result.errors)")
        #expect(!result.errors.contains("grapevine new interview"))
    }

    @Test("done, skip and snooze of an organization's opening tick it or date it, as for a lead")
    func opening() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            "organizations/acme.md": "---\nname: Acme Foods\n---\n\n## Open roles\n"
                + "- Data Analyst II — apply by 2026-12-01\n- [ ] Ops role, closes 2026-12-15\n- Lab role, closes 2026-12-20\n",
            ".grapevine/config.yml": "owner: Alex Kim\n",
        ])
        let ids = try await steps(in: folder).filter { $0["kind"] as? String == "apply" }.map { $0["id"] as! String }
        try #require(ids.count == 3)
        #expect(await run(["done", ids[0]], in: folder).status == 0)
        #expect(await run(["snooze", ids[1], "--until", "2026-12-10"], in: folder).status == 0)
        #expect(await run(["skip", ids[2], "--reason", "filled"], in: folder).status == 0)
        #expect(
            try String(contentsOfFile: folder.path + "/organizations/acme.md", encoding: .utf8).hasSuffix(
                "- [x] Data Analyst II — apply by 2026-12-01\n- [ ] Ops role, closes 2026-12-15 due 2026-12-10\n"
                    + "- [x] Lab role, closes 2026-12-20 (skipped: filled)\n"))
        let left = try await steps(in: folder).filter { $0["kind"] as? String == "apply" }
        #expect(left.map { $0["due"] as? String } == ["2026-12-10"])
    }

    @Test("skip and snooze of a reminder, even one on a person, say to edit its remind: entry, writing nothing")
    func reminderIsClosedByItsEntry() async throws {
        let folder = try exampleCopy()
        let sam = try #require(
            try await steps(in: folder).first {
                $0["kind"] as? String == "reminder" && $0["contact"] as? String == "Sam Reyes"
            })
        #expect(sam["close"] as? String == "done, skip or snooze: change or remove the remind: entry")
        let before = try snapshot(folder)
        for arguments in [["skip", "\(sam["number"]!)"], ["snooze", "\(sam["number"]!)", "--until", "2026-12-15"]] {
            let result = await run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(
                result.errors.contains("remind: entry") && result.errors.contains("contacts/sam-reyes.md:13"),
                "\(result.errors)")
        }
        #expect(try snapshot(folder) == before)
    }

    @Test(
        "skip writes 'skipped KIND' on the person (a task or lead is ticked, marked skipped); next no longer shows it",
        arguments: ["thank-you", "follow-up", "schedule", "prepare", "try-another", "stay-in-touch", "task", "apply"])
    func skip(kind: String) async throws {
        let folder = try exampleCopy()
        let step = try await Self.step(kind, in: folder)
        let before = try snapshot(folder)
        let result = await run(["skip", "\(step["number"]!)", "--reason", "not needed\nafter all"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let written = try expectOneLine(before, try snapshot(folder), output: result.output)
        if kind == "task" || kind == "apply" {
            #expect(written.hasPrefix("- [x] ") && written.hasSuffix(" (skipped: not needed after all)"), "\(written)")
        } else {
            #expect(written.hasSuffix("- 2026-11-18 skipped \(kind): not needed after all"), "\(written)")
        }
        #expect(try await !steps(in: folder).contains { $0["id"] as? String == step["id"] as? String })
    }

    @Test(
        "snooze writes 'snoozed KIND until D' (a task or lead gets the due date); next shows the step due D",
        arguments: ["thank-you", "follow-up", "move-on", "schedule", "reach-out", "task", "apply"])
    func snooze(kind: String) async throws {
        let folder = try exampleCopy()
        let step = try await Self.step(kind, in: folder)
        let before = try snapshot(folder)
        let result = await run(["snooze", "\(step["number"]!)", "--until", "2026-12-15"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let written = try expectOneLine(before, try snapshot(folder), output: result.output)
        if kind == "task" || kind == "apply" {
            #expect(written.contains("2026-12-15") && !written.contains("[x]"), "\(written)")
        } else {
            #expect(written.hasSuffix("- 2026-11-18 snoozed \(kind) until 2026-12-15"), "\(written)")
        }
        let again = try #require(try await steps(in: folder).first { $0["id"] as? String == step["id"] as? String })
        #expect(again["due"] as? String == "2026-12-15")
        #expect(try await !steps(in: folder, "--within", "7").contains { $0["id"] as? String == step["id"] as? String })
    }

    @Test("snooze --reason of a task or a lead says the reason is not written; of another step, it is")
    func snoozeReason() async throws {
        for kind in ["task", "apply", "follow-up"] {
            let folder = try exampleCopy()
            let step = try await Self.step(kind, in: folder)
            let before = try snapshot(folder)
            let result = await run(
                ["snooze", "\(step["number"]!)", "--until", "2026-12-15", "--reason", "after the fair"], in: folder)
            #expect(result.status == 0, "\(result.errors)")
            let written = try expectOneLine(before, try snapshot(folder), output: result.output)
            let isItem = kind != "follow-up"
            #expect(result.errors.contains("note: the reason is not written") == isItem, "\(kind): \(result.errors)")
            #expect(result.errors.contains(kind == "apply" ? "snoozing a lead" : "snoozing a task") == isItem)
            #expect(written.hasSuffix(": after the fair") == !isItem, "\(written)")
        }
    }

    @Test("an unknown number or id, or a step about someone with no note, is exit 2 with what to do")
    func unknown() async throws {
        let folder = try exampleCopy()
        let before = try snapshot(folder)
        let number = await run(["done", "999"], in: folder)
        #expect(number.status == 2)
        #expect(number.errors.contains("there is no step 999 as of 2026-11-18"))
        #expect(number.errors.contains("grapevine next"))
        let id = await run(["skip", "0123abcd"], in: folder)
        #expect(id.status == 2)
        #expect(id.errors.contains("no step has the id '0123abcd'"))
        // An id with a line break or an escape sequence is echoed escaped, on one line.
        let broken = await run(["done", "ab\ncd\u{1B}[2J"], in: folder)
        #expect(broken.status == 2)
        #expect(broken.errors.contains(#"no step has the id 'ab\ncd\u{1B}[2J' as of"#), "\(broken.errors)")
        let priya = try #require(
            try await steps(in: folder).first { ($0["detail"] as! String).contains("No note yet") })
        let placeholder = await run(["snooze", "\(priya["number"]!)", "--until", "2026-12-01"], in: folder)
        #expect(placeholder.status == 2)
        #expect(placeholder.errors.contains("grapevine new contact \"Priya Shah\""))
        #expect(try snapshot(folder) == before)
    }

    @Test("done --date after today and snooze --until today or before are exit 2, writing nothing")
    func datesOnTheWrongSide() async throws {
        let folder = try exampleCopy()
        let before = try snapshot(folder)
        let future = await run(["done", "1", "--date", "2026-11-19"], in: folder)
        #expect(future.status == 2)
        #expect(future.errors.contains("--date 2026-11-19 is after today (2026-11-18)"), "\(future.errors)")
        let past = await run(["snooze", "1", "--until", "2026-11-18"], in: folder)
        #expect(past.status == 2)
        #expect(past.errors.contains("is not after today"), "\(past.errors)")
        #expect(try snapshot(folder) == before)
        let today = await run(["done", "3", "--date", "2026-11-18 09:30"], in: folder)
        #expect(today.status == 0, "\(today.errors)")
    }

    @Test(
        "done --date before the day a step started from is exit 2, writing nothing for any step; on that day it closes")
    func dateBeforeTheStep() async throws {
        let folder = try exampleCopy()
        let before = try snapshot(folder)
        let thanks = try await Self.step("thank-you", in: folder)
        let schedule = try await Self.step("schedule", in: folder)
        // A thank-you is due the day after the interview it started from.
        let due = try #require(thanks["due"] as? String)
        let met = try #require(LocalDate(due)).adding(days: -1)
        let (since, early) = (met.description, met.adding(days: -1).description)
        let refused = await run(
            ["done", "\(schedule["number"]!)", "\(thanks["number"]!)", "--date", early], in: folder)
        #expect(refused.status == 2)
        #expect(refused.errors.contains("--date \(early) is before \(since)"), "\(refused.errors)")
        #expect(refused.errors.contains("Nothing was written."))
        #expect(try snapshot(folder) == before)
        let onTheDay = await run(["done", "\(thanks["number"]!)", "--date", since], in: folder)
        #expect(onTheDay.status == 0, "\(onTheDay.errors)")
        #expect(try await steps(in: folder).allSatisfy { $0["id"] as? String != thanks["id"] as? String })
    }

    @Test(
        "with several steps, one that cannot be closed refuses them all: nothing is written, and the others are named",
        arguments: [["done"], ["skip"], ["snooze", "--until", "2026-12-15"]])
    func severalOneRefused(command: [String]) async throws {
        let folder = try exampleCopy()
        // A step each command closes, then one it cannot (a reminder, or for done a meeting), then another.
        let followUp = try await Self.step("follow-up", in: folder)
        let task = try await Self.step("task", in: folder)
        let refused = try await Self.step(command[0] == "done" ? "schedule" : "reminder", in: folder)
        let numbers = [followUp, refused, task].map { "\($0["number"]!)" }
        let before = try snapshot(folder)
        let result = await run([command[0]] + numbers + command.dropFirst(), in: folder)
        #expect(result.status == 2)
        #expect(result.output.isEmpty, "\(result.output)")
        #expect(result.errors.hasPrefix("error: step \(numbers[1]) ("), "\(result.errors)")
        #expect(
            result.errors.hasSuffix(
                "Nothing was written. Steps \(numbers[0]) and \(numbers[2]) can be closed: name them again without "
                    + "\(numbers[1]).\n"), "\(result.errors)")
        #expect(try snapshot(folder) == before)
        // Named again without it, both are written.
        let again = await run([command[0], numbers[0], numbers[2]] + command.dropFirst(), in: folder)
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.split(separator: "\n").count == 3, "\(again.output)")
    }

    @Test("the trial's done 4 2 3 5: a follow-up, a task, a referral and a try-another; nothing written, then three")
    func trialOfDecember6() async throws {
        let folder = try exampleCopy()
        var chosen: [[String: Any]] = []
        for kind in ["follow-up", "task", "contact-referral", "try-another"] {
            chosen.append(try await Self.step(kind, in: folder))
        }
        let numbers = chosen.map { "\($0["number"]!)" }
        let before = try snapshot(folder)
        let result = await run(["done"] + numbers, in: folder)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("this step is done by writing to someone else at"), "\(result.errors)")
        #expect(result.errors.components(separatedBy: "Nothing was written").count == 2, "\(result.errors)")
        #expect(
            result.errors.contains(
                "Nothing was written. Steps \(numbers[0]), \(numbers[1]) and \(numbers[2]) can be closed: name them "
                    + "again without \(numbers[3])."))
        #expect(try snapshot(folder) == before)
    }

    @Test("with several steps refused, each refusal is printed once, in order, and nothing is written")
    func severalRefused() async throws {
        let folder = try exampleCopy()
        let refused = try await steps(in: folder).filter {
            ["schedule", "prepare", "find-contacts"].contains($0["kind"] as! String)
        }
        try #require(refused.count >= 2)
        let before = try snapshot(folder)
        let result = await run(["done", "\(refused[0]["number"]!)", "\(refused[1]["number"]!)"], in: folder)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        let errorLines = result.errors.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errorLines.count == 2)
        #expect(errorLines.first?.hasPrefix("error: step \(refused[0]["number"]!) (") == true)
        #expect(errorLines.last?.hasPrefix("error: step \(refused[1]["number"]!) (") == true)
        // Said once, after both.
        #expect(result.errors.components(separatedBy: "Nothing was written.").count == 2)
        #expect(result.errors.hasSuffix("\nNothing was written.\n"))
        #expect(try snapshot(folder) == before)
    }

    @Test("several steps at once are found in the one list first, so renumbering does not shift them")
    func several() async throws {
        let folder = try exampleCopy()
        let all = try await steps(in: folder)
        var chosen: [[String: Any]] = []
        for kind in ["follow-up", "update", "task"] { chosen.append(try await Self.step(kind, in: folder)) }
        let result = await run(["done"] + chosen.map { "\($0["number"]!)" }, in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let left = Set(try await steps(in: folder).compactMap { $0["id"] as? String })
        for step in chosen { #expect(!left.contains(step["id"] as! String)) }
        #expect(left.count >= all.count - 3 - 1)
    }
}

/// A contact note with a BOM, CRLF line endings and no final newline, whose Log is followed by
/// tasks: a follow-up is due (step 1) and two tasks are open (steps 2 and 3).
private let dana: [UInt8] =
    [0xEF, 0xBB, 0xBF]
    + Array(
        ("---\r\nname: Dana Cho\r\n---\r\n\r\n# Dana Cho\r\n\r\n## Log\r\n- 2026-11-02 emailed: hello\r\n\r\n"
            + "## Tasks\r\n- [ ] Send the deck due 2026-11-20\r\n- [ ] Read her paper").utf8)

@Suite("done, skip, snooze keep every other byte")
struct ClosingBytesTests {
    private func vault() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write([".grapevine/config.yml": "owner: Alex Kim\n"])
        try FileManager.default.createDirectory(atPath: folder.path + "/contacts", withIntermediateDirectories: true)
        try Data(dana).write(to: URL(fileURLWithPath: folder.path + "/contacts/dana-cho.md"))
        return folder
    }

    private func replacing(_ old: String, with new: String) -> [UInt8] {
        let text = String(decoding: dana.dropFirst(3), as: UTF8.self)
        return [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: old, with: new).utf8)
    }

    @Test(
        "a Log entry, a ticked box, a due date: CRLF stays CRLF, the BOM and the missing final newline survive",
        arguments: [
            (
                ["done", "1"], "- 2026-11-02 emailed: hello\r\n",
                "- 2026-11-02 emailed: hello\r\n- 2026-11-21 followed up\r\n"
            ),
            (["done", "2"], "- [ ] Send the deck", "- [x] Send the deck"),
            // The Log entry moves the tasks down a line; they are ticked all the same.
            (
                ["done", "3", "1", "2"],
                "- 2026-11-02 emailed: hello\r\n\r\n## Tasks\r\n- [ ] Send the deck due 2026-11-20\r\n- [ ] Read her paper",
                "- 2026-11-02 emailed: hello\r\n- 2026-11-21 followed up\r\n\r\n## Tasks\r\n"
                    + "- [x] Send the deck due 2026-11-20\r\n- [x] Read her paper"
            ),
            (["done", "3"], "- [ ] Read her paper", "- [x] Read her paper"),
            (["skip", "3"], "- [ ] Read her paper", "- [x] Read her paper (skipped)"),
            (["snooze", "2", "--until", "2026-12-01"], "due 2026-11-20", "due 2026-12-01"),
            (["snooze", "3", "--until", "2026-12-01"], "Read her paper", "Read her paper due 2026-12-01"),
            (
                ["snooze", "1", "--until", "2026-12-01", "--reason", "away"], "- 2026-11-02 emailed: hello\r\n",
                "- 2026-11-02 emailed: hello\r\n- 2026-11-21 snoozed follow-up until 2026-12-01: away\r\n"
            ),
        ])
    func bytes(arguments: [String], old: String, new: String) async throws {
        let folder = try vault()
        let result = await CommandRun(arguments + ["--vault", folder.path, "--today", "2026-11-21"])
        #expect(result.status == 0, "\(result.errors)")
        let after = Array(try #require(FileManager.default.contents(atPath: folder.path + "/contacts/dana-cho.md")))
        #expect(String(decoding: after, as: UTF8.self) == String(decoding: replacing(old, with: new), as: UTF8.self))
        #expect(after == replacing(old, with: new))
    }

    /// SPEC §5: a refusal that knows its line says it as diagnostics do, `file:line:col: error:`.
    @Test("done on an interview whose thank_you: is written (false) points at the key, and writes nothing")
    func thankYouAlreadyWritten() async throws {
        let folder = try TemporaryFolder()
        let interview = "---\ncontact: \"[[Zoe Park]]\"\ndate: 2026-11-17\nthank_you: false\n---\n\n## Notes\nKind.\n"
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n", "interviews/2026-11-17-zoe-park.md": interview,
        ])
        let result = await CommandRun(["done", "1", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(result.status == 1)
        #expect(
            result.errors.contains(
                "interviews/2026-11-17-zoe-park.md:4:1: error: 'thank_you' is already in the front matter; change it by "
                    + "hand. Nothing was written."), "\(result.errors)")
        let after = try String(contentsOfFile: folder.path + "/interviews/2026-11-17-zoe-park.md", encoding: .utf8)
        #expect(after == interview)
    }

    @Test(
        "done on a thank-you to someone with no note writes thank_you: in the interview's front matter",
        arguments: ["\n", "\r\n"])
    func thankYouInFrontMatter(newline: String) async throws {
        let folder = try TemporaryFolder()
        let interview = ["---", "contact: \"[[Zoe Park]]\"", "date: 2026-11-17", "---", "", "## Notes", "Kind."]
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "interviews/2026-11-17-zoe-park.md": interview.joined(separator: newline) + newline,
        ])
        let result = await CommandRun(["done", "1", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("interviews/2026-11-17-zoe-park.md:4: thank_you: 2026-11-18\n"))
        var expected = interview
        expected.insert("thank_you: 2026-11-18", at: 3)
        let after = try String(contentsOfFile: folder.path + "/interviews/2026-11-17-zoe-park.md", encoding: .utf8)
        #expect(after == expected.joined(separator: newline) + newline)
        let next = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-18", "--kind", "thank-you"])
        #expect(next.output.hasPrefix("Nothing to do"), "\(next.output)")
    }

    @Test("done on a thank-you fills a thank_you: the interview has with no value, on its own line")
    func blankThankYou() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "interviews/2026-11-17-zoe-park.md":
                "---\ncontact: \"[[Zoe Park]]\"\nthank_you:\ndate: 2026-11-17\n---\n\n## Notes\nKind.\n",
        ])
        let result = await CommandRun(["done", "1", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("interviews/2026-11-17-zoe-park.md:3: thank_you: 2026-11-18\n"))
        let after = try String(contentsOfFile: folder.path + "/interviews/2026-11-17-zoe-park.md", encoding: .utf8)
        #expect(
            after == "---\ncontact: \"[[Zoe Park]]\"\nthank_you: 2026-11-18\ndate: 2026-11-17\n---\n\n## Notes\nKind.\n"
        )
    }

    /// Priya referred Kofi and Lena; you met both; one thank-referrer step names both (session
    /// 31; before, two steps were about her).
    private static let twoReferrals: [String: String] = [
        ".grapevine/config.yml": "owner: Marcus Bell\n",
        "contacts/priya.md": "---\nname: Priya Raman\nadded: 2026-11-01\n---\n## Log\n- 2026-11-02 emailed\n",
        "contacts/kofi.md": "---\nname: Kofi Boateng\nreferred_by: \"[[Priya Raman]]\"\nadded: 2026-11-05\n---\n",
        "contacts/lena.md": "---\nname: Lena Park\nreferred_by: \"[[Priya Raman]]\"\nadded: 2026-11-05\n---\n",
        "interviews/2026-11-11-kofi.md": "---\ncontact: \"[[Kofi Boateng]]\"\ndate: 2026-11-11\nthank_you: true\n---\n",
        "interviews/2026-11-12-lena.md": "---\ncontact: \"[[Lena Park]]\"\ndate: 2026-11-12\nthank_you: true\n---\n",
    ]

    /// Trial P, finding 4: `done 8 9` for "Tell Priya Raman that you met Kofi Boateng" and
    /// "… Lena Park" wrote `- 2026-11-12 thanked` twice; one line closes both. Since session
    /// 31 they are one step, which one line closes (the record written once for several
    /// steps: `oneThankYouField`).
    @Test(
        "telling a referrer about two people is one step, closed by one line",
        arguments: [
            (["done"], "- 2026-11-12 thanked"),
            (["skip", "--reason", "told her"], "- 2026-11-12 skipped thank-referrer: told her"),
            (["snooze", "--until", "2026-11-20"], "- 2026-11-12 snoozed thank-referrer until 2026-11-20"),
        ])
    func sameRecordOnce(command: [String], line: String) async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.twoReferrals)
        let options = ["--vault", folder.path, "--today", "2026-11-12"]
        let next = await CommandRun(["next", "--kind", "thank-referrer", "--json"] + options)
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(next.output.utf8)) as? [[String: Any]])
        #expect(shown.map { $0["title"] as? String } == ["Tell Priya Raman that you met Kofi Boateng and Lena Park"])
        let numbers = shown.map { "\($0["number"]!)" }
        let result = await CommandRun([command[0]] + numbers + command.dropFirst() + options)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("contacts/priya.md:7: \(line)\n"), "\(result.output)")
        #expect(result.output.components(separatedBy: "contacts/priya.md").count == 2, "\(result.output)")
        let after = try String(contentsOfFile: folder.path + "/contacts/priya.md", encoding: .utf8)
        #expect(after == "---\nname: Priya Raman\nadded: 2026-11-01\n---\n## Log\n- 2026-11-02 emailed\n\(line)\n")
        let again = await CommandRun(["next", "--kind", "thank-referrer"] + options)
        #expect(!again.output.contains("Tell Priya"), "\(again.output)")
    }

    @Test("two thank-yous to people with no note, from one interview, are one thank_you: line")
    func oneThankYouField() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "interviews/2026-11-17-panel.md":
                "---\ncontact: [\"[[Zoe Park]]\", \"[[Yan Li]]\"]\ndate: 2026-11-17\n---\n",
        ])
        let result = await CommandRun(["done", "1", "2", "--vault", folder.path, "--today", "2026-11-18"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("interviews/2026-11-17-panel.md:4: thank_you: 2026-11-18\n"))
        #expect(result.output.components(separatedBy: "thank_you").count == 2, "\(result.output)")
        let after = try String(contentsOfFile: folder.path + "/interviews/2026-11-17-panel.md", encoding: .utf8)
        #expect(
            after == "---\ncontact: [\"[[Zoe Park]]\", \"[[Yan Li]]\"]\ndate: 2026-11-17\nthank_you: 2026-11-18\n---\n")
    }

    /// Trial 27: Jess's interview note was copied from Noah's and kept his `thank_you:` (or
    /// `update:`). `next` does not count it; `done` must neither log beside it, leaving the
    /// wrong date, nor change the line the user wrote: it refuses, naming the line and what to
    /// write there, whether Jess has a note of her own or is only named in the interview.
    @Test(
        "done on a thank-you or update whose interview holds that date before the meeting refuses, naming the line",
        arguments: [
            ("thank-you", "thank_you: 2026-10-06", true), ("thank-you", "thank_you: 2026-10-06", false),
            ("update", "update: 2026-10-01", true), ("update", "update: 2026-10-01", false),
        ])
    func sentBeforeMeeting(kind: String, stale: String, hasNote: Bool) async throws {
        let folder = try TemporaryFolder()
        let thanked = kind == "update" ? "thank_you: 2026-10-13\n" : ""
        var files = [
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "interviews/2026-10-12-jess.md":
                "---\ncontact: \"[[Jess Moreno]]\"\ndate: 2026-10-12\n\(stale)\n\(thanked)---\n\n## Notes\nKind.\n",
        ]
        if hasNote {
            files["contacts/jess-moreno.md"] = "---\nname: Jess Moreno\n---\n\n## Log\n- 2026-10-01 emailed\n"
        }
        try folder.write(files)
        let options = ["--vault", folder.path, "--today", "2026-11-18"]
        let next = await CommandRun(["next", "--json", "--kind", kind] + options)
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(next.output.utf8)) as? [[String: Any]])
        try #require(shown.count == 1, "\(next.output)")
        let before = try snapshot(folder)
        let result = await CommandRun(["done", "\(shown[0]["number"]!)"] + options)
        #expect(result.status == 2, "\(result.output)")
        let key = String(stale.prefix { $0 != ":" })
        #expect(
            result.errors.contains("interviews/2026-10-12-jess.md:4 says '\(stale)', before the meeting on 2026-10-12"))
        #expect(
            result.errors.contains("change line 4 of interviews/2026-10-12-jess.md to '\(key): 2026-11-18'"),
            "\(result.errors)")
        #expect(try snapshot(folder) == before)
    }
}
