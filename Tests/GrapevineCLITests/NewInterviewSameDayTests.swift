import Foundation
import GrapevineCore
import Testing

/// `grapevine new interview` when the day's file name is taken: a second meeting that day gets
/// `-2.md`; the same meeting again is refused with what to do, never "file exists" alone.
@Suite("grapevine new interview, a second meeting the same day")
struct NewInterviewSameDayTests {
    static let files = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/sam-reyes.md": "---\nname: Sam Reyes\nadded: 2026-11-01\n---\n",
        "people/sam-reyes.md": "---\ntype: contact\nname: Samuel Reyes\nadded: 2026-11-01\n---\n",
    ]

    private func run(_ arguments: [String], in folder: TemporaryFolder) async -> CommandRun {
        await CommandRun(["new", "interview"] + arguments + ["--vault", folder.path, "--today", "2026-11-21"])
    }

    private func interviews(in folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path + "/interviews").sorted()
    }

    @Test("a second meeting with its time gets -2, a third -3; the first, with no time, is pointed out")
    func secondMeetingWithATime() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        #expect(await run(["Sam Reyes", "--date", "2026-11-20"], in: folder).status == 0)
        let second = await run(["Sam Reyes", "--date", "2026-11-20 15:00"], in: folder)
        #expect(second.status == 0)
        #expect(second.output.hasPrefix("Created interviews/2026-11-20-sam-reyes-2.md\n"))
        #expect(
            second.errors
                == "note: interviews/2026-11-20-sam-reyes.md is also with Sam Reyes on 2026-11-20, with no time: "
                + "give it its own ('date: 2026-11-20 HH:MM'), or check takes the two notes for one meeting.\n")
        let text = try String(contentsOfFile: folder.path + "/interviews/2026-11-20-sam-reyes-2.md", encoding: .utf8)
        #expect(text.hasPrefix("---\ncontact: \"[[Sam Reyes]]\"\ndate: 2026-11-20 15:00\n"))
        let third = await run(["Sam Reyes", "--date", "2026-11-20 17:30"], in: folder)
        #expect(third.output.hasPrefix("Created interviews/2026-11-20-sam-reyes-3.md\n"))
        #expect(
            try interviews(in: folder) == [
                "2026-11-20-sam-reyes-2.md", "2026-11-20-sam-reyes-3.md", "2026-11-20-sam-reyes.md",
            ])
    }

    @Test(
        "the same meeting again (no time, or the same time) is refused, with how to open it or give a time",
        arguments: [(nil, ["Sam Reyes"]), ("2026-11-21 10:00", ["contacts/sam-reyes", "--date", "2026-11-21 10:00"])]
            as [(String?, [String])])
    func sameMeetingRefused(first: String?, again: [String]) async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        #expect(await run(["Sam Reyes"] + (first.map { ["--date", $0] } ?? []), in: folder).status == 0)
        let before = try interviews(in: folder)
        let refused = await run(again, in: folder)
        #expect(refused.status == 1)
        let at = first ?? "2026-11-21"
        #expect(
            refused.errors
                == "error: interviews/2026-11-21-sam-reyes.md is already your interview with Sam Reyes on \(at); "
                + "nothing was created.\nTo write up that meeting, open interviews/2026-11-21-sam-reyes.md.\n"
                + "For a second meeting that day, give its time: grapevine new interview \(Shell.argument(again[0])) "
                + "--date \"2026-11-21 HH:MM\"\n")
        #expect(try interviews(in: folder) == before)
    }

    @Test("a file of that name that is not this meeting (another person's, a plain note, one called off) is passed by")
    func takenByAnotherNote() async throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.files)
        #expect(await run(["Sam Reyes"], in: folder).status == 0)
        // Samuel's note has the same file name as Sam's: the day's name is taken by Sam's meeting.
        let samuel = await run(["people/sam-reyes"], in: folder)
        #expect(samuel.status == 0)
        #expect(samuel.output.hasPrefix("Created interviews/2026-11-21-sam-reyes-2.md\n  with  Samuel Reyes\n"))
        #expect(samuel.errors.isEmpty)
        try folder.write(["interviews/2026-11-22-sam-reyes.md": "Questions to ask Sam.\n"])
        let plain = await run(["Sam Reyes", "--date", "2026-11-22"], in: folder)
        #expect(plain.output.hasPrefix("Created interviews/2026-11-22-sam-reyes-2.md\n"))
        try folder.write([
            "interviews/2026-11-23-sam-reyes.md": "---\ncontact: Sam Reyes\ndate: 2026-11-23\nstatus: cancelled\n---\n"
        ])
        let rescheduled = await run(["Sam Reyes", "--date", "2026-11-23"], in: folder)
        #expect(rescheduled.output.hasPrefix("Created interviews/2026-11-23-sam-reyes-2.md\n"))
    }
}

/// A person named by a title-style file name keeps its spelling where `new interview` writes it.
@Suite("grapevine new interview, a person named by a title-style file name")
struct NewInterviewTitleNameTests {
    @Test("the contact link is the file name as written: particles are not capitalised")
    func particlesKeptAsWritten() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/Jean le Rond d'Alembert.md": "---\ntitle: Head of Data Science\n---\n",
            "contacts/van der Berg, Pieter.md": "---\ntitle: CTO\n---\n",
        ])
        let run = await CommandRun(
            ["new", "interview", "d'Alembert", "--date", "2026-11-26 14:30", "--vault", folder.path, "--today",
             "2026-11-23"])
        #expect(run.status == 0, "\(run.errors)")
        let path = folder.path + "/interviews/2026-11-26 Jean le Rond d'Alembert.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("---\ncontact: \"[[Jean le Rond d'Alembert]]\"\n"))
        let shown = await CommandRun(["show", "Pieter", "--vault", folder.path, "--today", "2026-11-23"])
        #expect(shown.output.hasPrefix("van der Berg, Pieter\n"), "\(shown.output)")
    }
}
