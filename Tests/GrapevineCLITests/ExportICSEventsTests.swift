import Foundation
import GrapevineCore
import Testing

/// `export ics --events` and `--previous`, read back with Python's `icalendar`.
@Suite("grapevine export ics --events and --previous")
struct ExportICSEventsTests {
    typealias Export = ExportICSCommandTests

    /// `text` written to a file in `folder`, read back by Python's icalendar.
    static func readBack(_ text: String, in folder: TemporaryFolder, name: String = "read.ics") throws -> [String: Any]
    {
        let path = folder.path + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return try #require(try PythonReader.read(PythonReader.calendar, path) as? [String: Any])
    }

    static func components(_ calendar: [String: Any]) throws -> [[String: Any]] {
        try #require(calendar["components"] as? [[String: Any]])
    }

    @Test(
        "icalendar reads the events: dated steps all day, undated ones as to-dos, interviews at their time",
        .enabled(if: PythonReader.isAvailable, PythonReader.skipReason))
    func events() async throws {
        let run = await Export.export(["--events"])
        #expect(run.status == 0)
        let folder = try TemporaryFolder()
        let calendar = try Self.readBack(run.output, in: folder)
        #expect(calendar["prodid"] as? String == "-//Grapevine//Next steps//EN")
        let components = try Self.components(calendar)
        let steps = try Export.engineSteps().filter { $0.kind != .interview }
        let interviews = components.filter { ($0["uid"] as? String)?.hasPrefix("interview-") == true }
        let stepComponents = components.filter { ($0["uid"] as? String)?.hasPrefix("interview-") == false }
        #expect(stepComponents.count == steps.count)
        #expect(interviews.count == 11)
        for (component, step) in zip(stepComponents, steps) {
            #expect(component["summary"] as? String == step.title)
            #expect(component["categories"] as? [String] == [step.kind.rawValue])
            if let due = step.due {
                #expect(component["name"] as? String == "VEVENT")
                #expect(component["dtstart"] as? String == due.description)
                #expect(component["dtend"] as? String == due.adding(days: 1).description)
            } else {
                #expect(component["name"] as? String == "VTODO")
                #expect(component["status"] as? String == "NEEDS-ACTION")
            }
        }
        let mary = try #require(interviews.first { ($0["summary"] as? String)?.contains("Mary O'Brien") == true })
        #expect(mary["dtstart"] as? String == "2026-11-20T14:00:00")
        #expect(mary["dtend"] as? String == "2026-11-20T14:30:00")
        #expect(mary["location"] as? String == "Video call")
        #expect(
            (mary["description"] as? String)?.hasPrefix("By video call, 30 minutes.\nPrepare: grapevine prep") == true)
        #expect(mary["status"] as? String == "CONFIRMED")
        let cancelled = interviews.filter { $0["status"] as? String == "CANCELLED" }
        #expect(
            cancelled.map { $0["summary"] as? String } == ["Cancelled: Interview with Ben Okafor (Larkspur Bakeworks)"])
    }

    /// A vault with an interview held on 2026-11-17 and a task: a thank-you, an update and the task are due.
    static func vault(thanked: Bool, taskDone: Bool) -> [String: String] {
        [
            ".grapevine/config.yml": "owner: Alex Kim\n",
            "contacts/maria-lopez.md": "---\nname: Maria Lopez\nadded: 2026-10-01\n---\n",
            "interviews/2026-11-17-maria-lopez.md": """
            ---
            contact: "[[Maria Lopez]]"
            date: 2026-11-17 10:00
            mode: video
            link: https://meet.google.com/abc-defg-hij
            \(thanked ? "thank_you: 2026-11-18" : "")
            update: 2026-11-18
            ---

            ## Next steps
            - [\(taskDone ? "x" : " ")] Send the reading list due 2026-11-20
            """,
        ]
    }

    @Test(
        "--previous: steps done since are written again, marked done, as icalendar reads them",
        .enabled(if: PythonReader.isAvailable, PythonReader.skipReason), arguments: [false, true])
    func previous(events: Bool) async throws {
        let folder = try TemporaryFolder()
        let vault = folder.path + "/vault"
        let calendar = folder.path + "/next.ics"
        let form = events ? ["--events"] : []
        let base = ["export", "ics", "--vault", vault, "--today", "2026-11-18", "--out", calendar] + form
        try TemporaryFolder.write(Self.vault(thanked: false, taskDone: false), into: vault)
        let first = await CommandRun(base, environment: Export.environment)
        try #require(first.status == 0, "\(first.errors)")
        try TemporaryFolder.write(Self.vault(thanked: true, taskDone: true), into: vault)
        let second = await CommandRun(
            base + ["--previous", calendar], environment: ["SOURCE_DATE_EPOCH": "1796000000"])
        try #require(second.status == 0, "\(second.errors)")
        #expect(second.output.hasSuffix(" and 2 steps marked done to \(calendar).\n"))
        let components = try Self.components(
            Self.readBack(try String(contentsOfFile: calendar, encoding: .utf8), in: folder))
        let done = components.filter {
            $0["sequence"] as? Int == 1 && ($0["uid"] as? String)?.hasPrefix("interview-") == false
        }
        #expect(done.count == 2)
        for component in done {
            if events {
                #expect(component["name"] as? String == "VEVENT")
                #expect((component["summary"] as? String)?.hasPrefix("Done: ") == true)
                #expect(component["done"] as? String == "20261130T005320Z")
                #expect(component["status"] == nil || component["status"] is NSNull)
            } else {
                #expect(component["name"] as? String == "VTODO")
                #expect(component["status"] as? String == "COMPLETED")
                #expect(component["percent"] as? String == "100")
                #expect(component["completed"] as? String == "2026-11-30T00:53:20+00:00")
            }
        }
        let summaries = done.compactMap { $0["summary"] as? String }.map {
            $0.replacingOccurrences(of: "Done: ", with: "")
        }
        #expect(summaries.sorted() == ["Send a thank-you note to Maria Lopez", "Send the reading list"])
        let open = components.filter {
            $0["sequence"] as? Int == 0 && ($0["uid"] as? String)?.hasPrefix("interview-") == false
        }
        #expect(open.allSatisfy { ($0["summary"] as? String)?.hasPrefix("Done: ") == false })
        if events {
            let meeting = try #require(components.first { ($0["uid"] as? String)?.hasPrefix("interview-") == true })
            #expect(meeting["url"] as? String == "https://meet.google.com/abc-defg-hij")
            #expect(meeting["location"] as? String == "https://meet.google.com/abc-defg-hij")
            #expect(meeting["dtend"] as? String == "2026-11-17T10:20:00")
        }
    }

    @Test("--previous must be a file 'export ics' wrote, and readable; nothing is written otherwise")
    func badPrevious() async throws {
        let folder = try TemporaryFolder()
        let foreign = folder.path + "/google.ics"
        try "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar//EN\r\nEND:VCALENDAR\r\n".write(
            toFile: foreign, atomically: false, encoding: .utf8)
        let out = folder.path + "/next.ics"
        for (previous, reason) in [
            (foreign, "PRODID is not Grapevine's"), (folder.path + "/missing.ics", "cannot be read"),
        ] {
            let run = await Export.export(["--previous", previous, "--out", out])
            #expect(run.status == 1)
            #expect(run.errors.contains("cannot use \(previous) as --previous: "))
            #expect(run.errors.contains(reason))
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }
}
