import Foundation
import GrapevineCore
import Testing

/// A vault whose files are written byte for byte.
private func vault(_ files: [String: [UInt8]]) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write([".grapevine/config.yml": "owner: Alex Kim\n"])
    for (path, bytes) in files {
        let url = URL(fileURLWithPath: folder.path + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
    return folder
}

private func log(_ arguments: [String], in folder: TemporaryFolder) async -> CommandRun {
    await CommandRun(["log"] + arguments + ["--vault", folder.path, "--today", "2026-11-21"])
}

private func bytes(_ path: String, in folder: TemporaryFolder) throws -> [UInt8] {
    Array(try #require(FileManager.default.contents(atPath: folder.path + "/" + path)))
}

private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

private let maria = """
    ---
    name: Maria Lopez
    aliases: [Mari]
    ---

    # Maria Lopez

    ## Log
    - 2026-09-28 emailed: alumni directory
    - 2026-10-01 replied: video call on the 14th

    ## Notes
    Generous, direct.

    """

@Suite("grapevine log")
struct LogCommandTests {
    @Test(
        "a message to someone of your network (no added) puts them in your pipeline: find-contacts goes, follow-ups come"
    )
    func networkContactJoinsThePipeline() async throws {
        let folder = try vault([
            "organizations/cove.md": utf8("---\nname: Cove Creamery\ntarget: true\n---\n"),
            "contacts/jun-park.md": utf8("---\nname: Jun Park\norganization: Cove Creamery\nsource: linkedin\n---\n"),
        ])
        let next = { (today: String) in
            await CommandRun(["next", "--all", "--vault", folder.path, "--today", today]).output
        }
        #expect(await next("2026-11-21").contains("Find people to talk to at Cove Creamery"))
        #expect(await !next("2026-11-21").contains("Reach out to Jun Park"))
        let result = await log(["Jun Park", "emailed", "asked for 20 minutes"], in: folder)
        #expect(result.status == 0)
        #expect(result.output.contains("Jun Park was part of your network; now you are in touch"), "\(result.output)")
        let after = await next("2026-11-21")
        #expect(!after.contains("Find people to talk to at Cove Creamery"), "\(after)")
        #expect(after.contains("Follow up with Jun Park"), "\(after)")
    }

    @Test("an event, or a plain note (a touch, which moves stay-in-touch), says the steps are numbered afresh")
    func saysStepsAreRenumbered() async throws {
        let renumbered = "Steps are numbered afresh now: run grapevine next before closing one by number.\n"
        let met =
            "---\nname: Maria Lopez\n---\n\n## Log\n- 2026-05-28 emailed\n- 2026-06-01 replied\n- 2026-06-10 met\n"
        let folder = try vault(["contacts/maria-lopez.md": utf8(met)])
        let run = { (arguments: [String]) in
            await CommandRun(arguments + ["--vault", folder.path, "--today", "2026-09-10"])
        }
        #expect(await run(["next"]).output.contains("Get back in touch with Maria Lopez"))
        let note = await run(["log", "Maria Lopez", "--note", "lunch", "with her team"])
        #expect(note.status == 0)
        #expect(note.output.hasSuffix(renumbered))
        #expect(await run(["next"]).output.hasPrefix("Nothing to do"))
        let event = await run(["log", "Maria Lopez", "called", "about the team"])
        #expect(event.status == 0)
        #expect(event.output.hasSuffix(renumbered))
    }

    @Test("appends after the last Log item, keeping every other byte, and the note reads back with it")
    func appends() async throws {
        let folder = try vault(["contacts/maria-lopez.md": utf8(maria)])
        let run = await log(["Mari", "thanked", "for both introductions"], in: folder)
        #expect(run.status == 0)
        #expect(
            run.output
                == "Added to the Log of Maria Lopez, contacts/maria-lopez.md:11\n  - 2026-11-21 thanked: for both introductions\n"
                + "Steps are numbered afresh now: run grapevine next before closing one by number.\n"
        )
        #expect(run.errors.isEmpty)
        let anchor = "video call on the 14th\n"
        let split = maria.range(of: anchor)!.upperBound
        let expected =
            utf8(String(maria[..<split])) + utf8("- 2026-11-21 thanked: for both introductions\n")
            + utf8(String(maria[split...]))
        #expect(try bytes("contacts/maria-lopez.md", in: folder) == expected)
        let loaded = VaultLoader.load(root: folder.path)
        let entries = try #require(loaded.note(atPath: "contacts/maria-lopez.md")?.contact?.log)
        #expect(entries.count == 3)
        #expect(entries.last?.event == .thanked)
        #expect(entries.last?.date == LocalDate("2026-11-21"))
        #expect(entries.last?.text == "for both introductions")
        #expect(entries.last?.position.line == 11)
    }

    @Test("a name written family name first logs to the person's note, not to a new one")
    func familyNameFirst() async throws {
        let folder = try vault(["contacts/maria-lopez.md": utf8(maria)])
        let result = await log(["Lopez, Maria", "met"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            try bytes("contacts/maria-lopez.md", in: folder)
                == utf8(
                    maria.replacing(
                        "on the 14th\n", with: "on the 14th\n- 2026-11-21 met\n")))
    }

    @Test("adds a Log section at the end of a note that has none")
    func newSection() async throws {
        let original = utf8("---\nname: Sam Reyes\n---\n\nMet at the fair.\n")
        let folder = try vault(["contacts/sam-reyes.md": original])
        #expect(await log(["Sam Reyes", "emailed", "intro"], in: folder).status == 0)
        #expect(
            try bytes("contacts/sam-reyes.md", in: folder) == original + utf8("\n## Log\n- 2026-11-21 emailed: intro\n")
        )
    }

    @Test("ends the last line of a file that had no final line break")
    func noTrailingNewline() async throws {
        let original = utf8("---\nname: Sam Reyes\n---\n## Log\n- 2026-10-01 emailed")
        let folder = try vault(["contacts/sam-reyes.md": original])
        #expect(await log(["Sam Reyes", "followed", "up"], in: folder).status == 0)
        #expect(try bytes("contacts/sam-reyes.md", in: folder) == original + utf8("\n- 2026-11-21 followed up\n"))
    }

    @Test("keeps CRLF line endings")
    func crlf() async throws {
        let original = utf8(
            "---\r\nname: Sam Reyes\r\n---\r\n\r\n## Log\r\n- 2026-10-01 emailed\r\n\r\n## Notes\r\nText\r\n")
        let folder = try vault(["contacts/sam-reyes.md": original])
        #expect(await log(["Sam Reyes", "replied", "--date", "2026-10-03"], in: folder).status == 0)
        let split = original.count - utf8("\r\n## Notes\r\nText\r\n").count
        let expected = Array(original[..<split]) + utf8("- 2026-10-03 replied\r\n") + Array(original[split...])
        #expect(try bytes("contacts/sam-reyes.md", in: folder) == expected)
    }

    @Test("finds a name written in decomposed Unicode (NFD) when typed composed (NFC), and keeps its bytes")
    func unicode() async throws {
        let original = utf8("---\nname: Jose\u{301} Nu\u{301}n\u{303}ez\n---\n## Log\n- 2026-10-20 met: cafe\u{301}\n")
        let folder = try vault(["contacts/jn.md": original])
        let run = await log(["Jos\u{E9} N\u{FA}\u{F1}ez", "thanked"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(try bytes("contacts/jn.md", in: folder) == original + utf8("- 2026-11-21 thanked\n"))
    }

    @Test("text with line breaks stays on one line; words after the event need no quotes")
    func oneLine() async throws {
        let folder = try vault(["contacts/sam.md": utf8("---\nname: Sam\n---\n")])
        #expect(await log(["Sam", "called", "first\nsecond"], in: folder).status == 0)
        #expect(await log(["Sam", "sent", "resume", "the", "short", "one"], in: folder).status == 0)
        let text = String(decoding: try bytes("contacts/sam.md", in: folder), as: UTF8.self)
        #expect(text.hasSuffix("## Log\n- 2026-11-21 called: first second\n- 2026-11-21 sent resume: the short one\n"))
    }

    @Test("an unknown event word is refused with exit status 2 and the likely word, and nothing is written")
    func unknownEvent() async throws {
        let original = utf8("---\nname: Sam\n---\n## Log\n")
        let folder = try vault(["contacts/sam.md": original])
        let run = await log(["Sam", "thnaked", "for the tour"], in: folder)
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(
            run.errors.hasPrefix(
                "error: 'thnaked' is not a Log event word; did you mean 'thanked'? Nothing was written.\n"))
        #expect(run.errors.contains("snoozed KIND until YYYY-MM-DD"))
        #expect(run.errors.contains("add --note"))
        #expect(try bytes("contacts/sam.md", in: folder) == original)
    }

    @Test(
        "a word in another form than the event word's is refused with the event word meant, as check suggests it",
        arguments: [
            (["follow-up"], "follow-up", "followed up"), (["followed-up"], "followed-up", "followed up"),
            (["follow", "up"], "follow", "followed up"), (["followup", "on my email"], "followup", "followed up"),
            (["thank-you"], "thank-you", "thanked"), (["thanks", "for the tour"], "thanks", "thanked"),
            (["reply"], "reply", "replied"), (["intro", "mentioned Dan"], "intro", "reached out"),
            (["emaild"], "emaild", "emailed"), (["sent", "application"], "sent", "applied"),
        ])
    func otherFormOfTheWord(typed: [String], quoted: String, meant: String) async throws {
        let original = utf8("---\nname: Rachel Green\n---\n## Log\n- 2026-11-01 emailed: hello\n")
        let folder = try vault(["contacts/rachel.md": original])
        let run = await log(["rachel"] + typed, in: folder)
        #expect(run.status == 2)
        #expect(
            run.errors.hasPrefix(
                "error: '\(quoted)' is not a Log event word; did you mean '\(meant)'? Nothing was written.\n"),
            "\(run.errors)")
        #expect(try bytes("contacts/rachel.md", in: folder) == original)
        // check, on the same words written by hand, suggests the same word.
        let written = utf8("---\nname: Rachel Green\n---\n## Log\n- 2026-11-20 \(typed.joined(separator: " "))\n")
        let checked = try vault(["contacts/rachel.md": written])
        let check = await CommandRun(["check", "--vault", checked.path, "--today", "2026-11-21"])
        #expect(check.output.contains("write '- 2026-11-20 \(meant)"), "\(check.output)")
    }

    @Test("with --note, a word that is not an event is written as a plain dated note")
    func plainNote() async throws {
        let folder = try vault(["contacts/sam.md": utf8("---\nname: Sam\n---\n## Log\n")])
        let run = await log(["Sam", "--note", "lunch", "with his team"], in: folder)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(
            String(decoding: try bytes("contacts/sam.md", in: folder), as: UTF8.self).hasSuffix(
                "- 2026-11-21 lunch: with his team\n"))
    }

    @Test("skipped KIND and snoozed KIND until DATE are written as SPEC §2.1 spells them")
    func closings() async throws {
        let folder = try vault(["contacts/dan.md": utf8("---\nname: Dan\n---\n## Log\n")])
        #expect(await log(["Dan", "skipped", "schedule", "a connector"], in: folder).status == 0)
        #expect(await log(["Dan", "Snoozed", "Follow-Up", "until", "2026-12-10", "away"], in: folder).status == 0)
        let text = String(decoding: try bytes("contacts/dan.md", in: folder), as: UTF8.self)
        #expect(
            text.hasSuffix(
                "- 2026-11-21 skipped schedule: a connector\n- 2026-11-21 snoozed follow-up until 2026-12-10: away\n"))
    }

    @Test(
        "skipped or snoozed with a wrong kind, or snoozed without its date, is refused with exit status 2",
        arguments: [
            (
                ["skipped", "schedul"],
                "'skipped schedul': 'schedul' is not a kind of next step; did you mean 'skipped schedule'?"
            ),
            (["skipped"], "'skipped' needs the kind of step it is about"),
            (["snoozed", "follow-up", "2026-12-10"], "write 'snoozed follow-up until YYYY-MM-DD'"),
            (["snoozed", "follow-up", "until", "next week"], "'until next' is not 'until' and a date"),
            (
                ["snoozed", "follow-up", "until", "2026-02-30"],
                "'snoozed follow-up until 2026-02-30': there is no day 2026-02-30 (February 2026 has 28 days)"
            ),
        ])
    func malformedClosings(arguments: [String], message: String) async throws {
        let original = utf8("---\nname: Dan\n---\n## Log\n")
        let folder = try vault(["contacts/dan.md": original])
        let run = await log(["Dan"] + arguments, in: folder)
        #expect(run.status == 2)
        #expect(run.errors.contains(message))
        #expect(try bytes("contacts/dan.md", in: folder) == original)
    }

    /// SPEC §5: the place in `file:line:col` form, the message as before without it.
    @Test(
        "a Log whose entries are not read (a table, items under no heading) is refused at its line",
        arguments: [
            ("## Log\n\n| date | event |\n|---|---|\n| 2026-11-02 | emailed |\n", "5:1", "the Log is a table"),
            ("##Log\n- 2026-11-02 emailed\n", "6:1", "these list items read like Log entries"),
        ])
    func unreadLogRefusedAtItsLine(body: String, place: String, problem: String) async throws {
        let text = "---\nname: Dana Lee\n---\n\n" + body
        let folder = try vault(["contacts/dana-lee.md": utf8(text)])
        let result = await log(["Dana Lee", "replied"], in: folder)
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("contacts/dana-lee.md:\(place): error: \(problem)"), "\(result.errors)")
        #expect(!result.errors.contains("line "), "\(result.errors)")
        #expect(try bytes("contacts/dana-lee.md", in: folder) == utf8(text))
    }

    /// A person's page kept outside `contacts/` with no `type:` is a plain note: looking up
    /// the person passes it over, and said "nothing is called 'Sam Reyes'. Did you mean: Sam Reyes?".
    @Test(
        "a plain note named after the person is named, with how to make it theirs",
        arguments: [
            (["log", "Sam Reyes", "met"], "a contact"), (["draft", "thank-you", "Sam Reyes"], "a contact"),
            (["new", "interview", "Sam Reyes", "--date", "2026-11-25"], "a contact"),
            (["prep", "Sam Reyes"], "a contact or an organization"),
            (["path", "Sam Reyes"], "a person or an organization"),
        ])
    func plainNoteOfThePerson(arguments: [String], wanted: String) async throws {
        let text = "---\nname: Sam Reyes\n---\n\n## Log\n- 2026-10-10 emailed\n"
        for symlinked in [false, true] {
            let folder = try vault(["people/sam.md": utf8(text)])
            if symlinked {
                try FileManager.default.createDirectory(
                    atPath: folder.path + "/contacts", withIntermediateDirectories: true)
                try FileManager.default.createSymbolicLink(
                    atPath: folder.path + "/contacts/sam-reyes.md", withDestinationPath: "../people/sam.md")
            }
            let result = await CommandRun(arguments + ["--vault", folder.path, "--today", "2026-11-21"])
            #expect(result.status == 1)
            #expect(
                result.errors.hasPrefix("error: 'Sam Reyes' is people/sam.md, a plain note, not \(wanted).\n"),
                "\(result.errors)")
            #expect(result.errors.contains("'type: contact' in its front matter"), "\(result.errors)")
            #expect(!result.errors.contains("Did you mean") && !result.errors.contains("new contact"))
            #expect(try bytes("people/sam.md", in: folder) == utf8(text))
            #expect(!FileManager.default.fileExists(atPath: folder.path + "/interviews"))
        }
    }

    @Test("someone with no note yet is refused with the command that creates it")
    func placeholder() async throws {
        let folder = try vault([
            "contacts/sam.md": utf8("---\nname: Sam\n---\n"),
            "interviews/2026-11-02-sam.md": utf8(
                "---\ncontact: Sam\ndate: 2026-11-02\n---\n## Referrals\n- Priya Shah\n"),
        ])
        let run = await log(["Priya Shah", "emailed"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.contains("Priya Shah has no note yet"))
        #expect(run.errors.contains("grapevine new contact \"Priya Shah\""))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/contacts/priya-shah.md"))
    }

    /// Trial of session twenty-six: a referral to Priya Raman, whose `People/Priya Raman.md` has
    /// no `type:`: log said "no note yet … grapevine new contact", which refused that very note.
    @Test("someone named whose plain note answers to the name is refused with how to make it theirs")
    func placeholderWithPlainNote() async throws {
        let priya = utf8("---\ntitle: Data Scientist\n---\n## Log\n- 2026-11-16 emailed\n")
        let folder = try vault([
            "contacts/sam.md": utf8("---\nname: Sam\n---\n"),
            "interviews/2026-11-02-sam.md": utf8(
                "---\ncontact: Sam\ndate: 2026-11-02\n---\n## Referrals\n- Priya Raman (data)\n"),
            "People/Priya Raman.md": priya,
        ])
        for name in ["Priya Raman", "Priya"] {
            let run = await log([name, "emailed"], in: folder)
            #expect(run.status == 1)
            #expect(
                run.errors.hasPrefix("error: '\(name)' is People/Priya Raman.md, a plain note, not a contact.\n"),
                "\(run.errors)")
            #expect(run.errors.contains("'type: contact'") && !run.errors.contains("new contact"))
        }
        #expect(try bytes("People/Priya Raman.md", in: folder) == priya)
    }

    @Test("an organization, an unknown name or an ambiguous one is refused and nothing changes")
    func refusals() async throws {
        let organization = utf8("---\nname: Acme\n---\n")
        let folder = try vault([
            "organizations/acme.md": organization,
            "contacts/sam-lee.md": utf8("---\nname: Sam Lee\n---\n"),
            "people/sam.md": utf8("---\ntype: contact\nname: Sam Lee\n---\n"),
        ])
        let acme = await log(["Acme", "emailed"], in: folder)
        #expect(acme.status == 1)
        #expect(acme.errors.contains("not a contact's note"))
        #expect(try bytes("organizations/acme.md", in: folder) == organization)
        let unknown = await log(["Nobody", "emailed"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("nothing in the vault is called 'Nobody'"))
        let ambiguous = await log(["Sam Lee", "emailed"], in: folder)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.errors.contains("contacts/sam-lee.md") && ambiguous.errors.contains("people/sam.md"))
        #expect(try bytes("contacts/sam-lee.md", in: folder) == utf8("---\nname: Sam Lee\n---\n"))
    }

    @Test(
        "bad input is a usage error",
        arguments: [["Sam", ""], ["Sam", "met", "--date", "2026-02-30"], ["Sam", "replied", "--date", "2026-11-22"]])
    func usage(arguments: [String]) async throws {
        let folder = try vault(["contacts/sam.md": utf8("---\nname: Sam\n---\n")])
        #expect(await log(arguments, in: folder).status == 2)
        #expect(try bytes("contacts/sam.md", in: folder) == utf8("---\nname: Sam\n---\n"))
    }

    @Test("an entry dated after today is refused, one dated today (with a time) is written")
    func future() async throws {
        let folder = try vault(["contacts/sam.md": utf8("---\nname: Sam\n---\n")])
        let later = await log(["Sam", "replied", "--date", "2027-01-01"], in: folder)
        #expect(later.errors.contains("--date 2027-01-01 is after today"), "\(later.errors)")
        #expect(try bytes("contacts/sam.md", in: folder) == utf8("---\nname: Sam\n---\n"))
        let today = await log(["Sam", "replied", "--date", "2026-11-21 23:59"], in: folder)
        #expect(today.status == 0, "\(today.errors)")
    }
}

@Suite("commands that write, on a note saved as UTF-16")
struct UTF16NoteWritingTests {
    /// `text` as Notepad's "Unicode" saves it: UTF-16, little-endian, with a byte order mark.
    static func utf16(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    }

    @Test("log, done, snooze, skip and merge leave it byte for byte and say it is UTF-16, not that it is broken")
    func refusedAsUTF16() async throws {
        let wen = Self.utf16(
            "---\nname: Wen Li\n---\n\n## Log\n- 2026-11-01 emailed: intro\n- [ ] send deck due 2026-11-10\n")
        let folder = try vault([
            "contacts/wen-li.md": wen,
            "contacts/wen-li-2.md": utf8("---\nname: Wen L.\n---\nMet at the fair.\n"),
        ])
        let commands = [
            ["log", "Wen Li", "replied", "thanks"], ["done", "1"], ["snooze", "1", "--until", "2026-12-01"],
            ["skip", "1"], ["merge", "Wen Li", "Wen L."],
        ]
        for command in commands {
            let run = await CommandRun(command + ["--vault", folder.path, "--today", "2026-11-21"])
            #expect(run.status == 1, "\(command): \(run.output) \(run.errors)")
            #expect(run.errors.contains("contacts/wen-li.md: "), "\(command): \(run.errors)")
            #expect(run.errors.contains("saved as UTF-16"), "\(command): \(run.errors)")
            #expect(!run.errors.contains("not valid UTF-8"), "\(command): \(run.errors)")
            #expect(!run.errors.contains("error: contacts/wen-li.md: error:"), "\(command): \(run.errors)")
            #expect(try bytes("contacts/wen-li.md", in: folder) == wen, "\(command)")
        }
        // Still read: the task is a step, and the contact is named.
        let next = await CommandRun(["next", "--vault", folder.path, "--today", "2026-11-21"])
        #expect(next.output.contains("send deck"))
    }
}

/// Maria told you of two openings when you met on 2026-11-09.
private let leadsVault = [
    "contacts/maria-lopez.md": utf8(
        "---\nname: Maria Lopez\norganization: Acme Foods\nadded: 2026-10-01\n---\n\n## Log\n"
            + "- 2026-10-20 emailed: intro\n- 2026-10-21 replied\n- 2026-11-10 thanked\n"),
    "interviews/2026-11-09-maria-lopez.md": utf8(
        "---\ncontact: \"[[Maria Lopez]]\"\ndate: 2026-11-09\n---\n\n## Leads\n"
            + "- [ ] Associate product developer posting, closes 📅 2026-11-20\n- [ ] QA Chemist opening\n"),
]

@Suite("grapevine log applied")
struct LogAppliedTests {
    private func run(_ arguments: [String], _ folder: TemporaryFolder, today: String) async -> CommandRun {
        await CommandRun(arguments + ["--vault", folder.path, "--today", today])
    }

    @Test("the trial's repro: applied naming the lead closes its apply step, and the update tells Maria")
    func closesTheLead() async throws {
        let folder = try vault(leadsVault)
        let logged = await run(
            ["log", "Maria", "applied", "Associate product developer posting"], folder, today: "2026-11-20")
        #expect(logged.status == 0, "\(logged.errors)")
        #expect(
            logged.output.contains(
                "That closes the lead 'Associate product developer posting' "
                    + "(interviews/2026-11-09-maria-lopez.md:7): next no longer asks you to apply for it.\n"),
            "\(logged.output)")
        let next = await run(["next", "--kind", "apply"], folder, today: "2026-11-23")
        #expect(!next.output.contains("Associate product developer"), "\(next.output)")
        #expect(next.output.contains("Apply: QA Chemist opening"))
        let update = await run(["draft", "update", "Maria"], folder, today: "2026-12-09")
        #expect(update.output.contains("Associate product developer posting"), "\(update.output)")
        let thanks = await run(["draft", "thank-you", "Maria"], folder, today: "2026-11-23")
        #expect(!thanks.output.contains("Associate product developer"), "\(thanks.output)")
        #expect(thanks.output.contains("QA Chemist opening"))
        // The box is still the user's to tick; nothing but the Log entry was written.
        #expect(
            try bytes("interviews/2026-11-09-maria-lopez.md", in: folder)
                == leadsVault["interviews/2026-11-09-maria-lopez.md"])
    }

    @Test(
        "applied that names no lead, or both, closes none, and says which are open and how to close one",
        arguments: [
            (
                [String](),
                "the entry does not say which of these open leads from your interviews with Maria Lopez it was:"
            ),
            (
                ["at Impossible Foods"],
                "'at Impossible Foods' names none of the open leads from your interviews with Maria Lopez:"
            ),
        ])
    func namesNoLead(text: [String], said: String) async throws {
        let folder = try vault(leadsVault)
        let logged = await run(["log", "Maria", "applied"] + text, folder, today: "2026-11-20")
        #expect(logged.status == 0, "\(logged.errors)")
        #expect(logged.output.contains("It closes no lead: \(said)\n"), "\(logged.output)")
        #expect(
            logged.output.contains(
                "  interviews/2026-11-09-maria-lopez.md:7  Associate product developer posting\n"))
        #expect(logged.output.contains("  interviews/2026-11-09-maria-lopez.md:8  QA Chemist opening\n"))
        #expect(
            logged.output.contains(
                "Close the one you applied for: tick its box in the interview note, or grapevine done"))
        let next = await run(["next", "--kind", "apply"], folder, today: "2026-11-23")
        #expect(
            next.output.components(separatedBy: "Your Log says you applied (2026-11-20").count == 3, "\(next.output)")
    }

    @Test("applied dated before the interview, or about someone else, closes nothing and says nothing of leads")
    func notAboutTheseLeads() async throws {
        let folder = try vault(
            leadsVault.merging(["contacts/sam.md": utf8("---\nname: Sam Reyes\n---\n")]) { $1 })
        for arguments in [
            ["log", "Maria", "applied", "QA Chemist opening", "--date", "2026-11-08"],
            ["log", "Sam", "applied", "QA Chemist opening"],
        ] {
            let logged = await run(arguments, folder, today: "2026-11-20")
            #expect(logged.status == 0, "\(logged.errors)")
            #expect(!logged.output.contains("lead"), "\(logged.output)")
        }
        let next = await run(["next", "--kind", "apply"], folder, today: "2026-11-23")
        #expect(next.output.contains("Apply: QA Chemist opening"), "\(next.output)")
    }

    private static let openingsVault = [
        "contacts/joost.md": utf8(
            "---\nname: Joost van der Berg\norganization: CareBridge Health\nadded: 2026-10-01\n---\n\n## Log\n"
                + "- 2026-10-02 emailed\n"),
        "organizations/carebridge.md": utf8(
            "---\nname: CareBridge Health\ntarget: true\n---\n\n## Openings\n"
                + "- [ ] Associate Product Manager, Clinical Workflows — closes 2026-12-18\n"
                + "- [ ] Product Analyst (contract)\n- [ ] Senior Product Analyst\n"),
    ]

    /// Trial finding (session 28): `log NAME applied …` closed an organization's opening, but said
    /// nothing about it; it says which lead it closes, so it says which opening too.
    @Test("applied naming an opening of their organization says it closes that opening")
    func closesAnOpening() async throws {
        let folder = try vault(Self.openingsVault)
        let logged = await run(
            ["log", "Joost", "applied", "Associate Product Manager, Clinical Workflows"], folder, today: "2026-12-07")
        #expect(logged.status == 0, "\(logged.errors)")
        #expect(
            logged.output.contains(
                "That closes the opening 'Associate Product Manager, Clinical Workflows' at CareBridge Health "
                    + "(organizations/carebridge.md:7): next no longer asks you to apply for it.\n"),
            "\(logged.output)")
        #expect(!logged.output.contains("lead"), "\(logged.output)")
        let next = await run(["next", "--kind", "apply", "--all"], folder, today: "2026-12-07")
        #expect(!next.output.contains("Associate Product Manager"), "\(next.output)")
        #expect(next.output.contains("Product Analyst (contract)"), "\(next.output)")
    }

    @Test("applied naming several openings of their organization closes none and lists them; naming none says nothing")
    func namesSeveralOpenings() async throws {
        let folder = try vault(Self.openingsVault)
        let logged = await run(["log", "Joost", "applied", "Product Analyst"], folder, today: "2026-12-07")
        #expect(logged.status == 0, "\(logged.errors)")
        #expect(
            logged.output.contains(
                "It closes no opening: 'Product Analyst' names more than one opening at CareBridge Health:\n"
                    + "  organizations/carebridge.md:8  Product Analyst (contract)\n"
                    + "  organizations/carebridge.md:9  Senior Product Analyst\n"),
            "\(logged.output)")
        let other = await run(["log", "Joost", "applied", "a job at Globex"], folder, today: "2026-12-07")
        #expect(!other.output.contains("opening"), "\(other.output)")
    }
}
