import Foundation
import Testing

/// A vault written by hand, Obsidian-style, with deadlines in words in its Leads (a tester's):
/// `next`, `draft`, `check` and `snooze` read them as the due dates they are.
@Suite("Deadlines written in words, end to end")
struct DeadlineWordsTests {
    static let interview = """
        ---
        contact: Ana Souza
        date: 2026-11-24
        ---
        ## Leads
        - [ ] Junior UX Researcher at Lumen Health, apply by 2026-12-08
        - [ ] Data role — apply before 2026-12-09
        - [ ] Ops role (deadline: 2026-12-10)
        - [ ] Content role, closes 2026-12-11
        - [ ] Lab role 2026-12-12

        ## Next steps
        - [ ] Write to Sam by 2026-12-02

        """

    private static func vault() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write([
            "contacts/ana-souza.md": "---\nname: Ana Souza\nadded: 2026-11-01\n---\n",
            "interviews/2026-11-24-ana-souza.md": interview,
        ])
        return folder
    }

    private static func steps(_ folder: TemporaryFolder, today: String = "2026-12-01") async throws -> [[String: Any]] {
        let run = await CommandRun(["next", "--json", "--all", "--vault", folder.path, "--today", today])
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    }

    @Test("next: each lead is due on its deadline, named without the words that announced it")
    func next() async throws {
        let folder = try Self.vault()
        let steps = try await Self.steps(folder).filter { ["apply", "task"].contains($0["kind"] as? String) }
        #expect(
            steps.map { "\($0["due"] as? String ?? "-") \($0["title"] as? String ?? "")" } == [
                "2026-11-25 Apply: Lab role 2026-12-12",
                "2026-12-02 Write to Sam",
                "2026-12-08 Apply: Junior UX Researcher at Lumen Health",
                "2026-12-09 Apply: Data role",
                "2026-12-10 Apply: Ops role",
                "2026-12-11 Apply: Content role",
            ])
    }

    @Test("draft thank-you: the openings, in the words of a message")
    func draft() async throws {
        let folder = try Self.vault()
        let run = await CommandRun([
            "draft", "thank-you", "Ana", "--vault", folder.path, "--today", "2026-11-24",
        ])
        #expect(run.status == 0, "\(run.errors)")
        #expect(
            run.output.contains(
                "I would also like to apply for the openings you mentioned: Junior UX Researcher at Lumen Health; "
                    + "Data role; Ops role; Content role; Lab role 2026-12-12."), "\(run.output)")
        #expect(!run.output.contains(", apply"))
    }

    @Test("check: the date no word announces is a warning at it; the deadlines in words are none")
    func check() async throws {
        let folder = try Self.vault()
        let run = await CommandRun(["check", "--vault", folder.path, "--today", "2026-12-01"])
        #expect(run.status == 0)
        #expect(
            run.output.hasPrefix(
                "interviews/2026-11-24-ana-souza.md:10:16: warning: '2026-12-12' is not read as this lead's deadline"),
            "\(run.output)")
        #expect(run.output.contains("1 warning in 1 file"), "\(run.output)")
    }

    @Test("snooze of a lead due in words keeps the deadline and adds 'due' beside it; done then ticks it")
    func snooze() async throws {
        let folder = try Self.vault()
        let data = try #require(try await Self.steps(folder).first { $0["title"] as? String == "Apply: Data role" })
        let run = await CommandRun([
            "snooze", "\(data["number"]!)", "--until", "2026-12-05", "--vault", folder.path, "--today", "2026-12-01",
        ])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty, "before the deadline: no warning, \(run.errors)")
        let text = try String(
            contentsOfFile: folder.path + "/interviews/2026-11-24-ana-souza.md", encoding: .utf8)
        #expect(
            text
                == Self.interview.replacingOccurrences(
                    of: "before 2026-12-09", with: "before 2026-12-09 due 2026-12-05"))
        // The step now says the deadline it would otherwise hide.
        let again = try #require(try await Self.steps(folder).first { $0["due"] as? String == "2026-12-05" })
        #expect(again["title"] as? String == "Apply: Data role — apply before 2026-12-09")
        let done = await CommandRun([
            "done", "\(again["number"]!)", "--vault", folder.path, "--today", "2026-12-01",
        ])
        #expect(done.status == 0, "\(done.errors)")
        #expect(try await !Self.steps(folder).contains { $0["id"] as? String == again["id"] as? String })
    }

    @Test("snooze past a deadline in words warns, keeps the employer's date, and next shows it (trial P)")
    func snoozePastTheDeadline() async throws {
        let folder = try Self.vault()
        let content = try #require(
            try await Self.steps(folder).first { $0["title"] as? String == "Apply: Content role" })
        let run = await CommandRun([
            "snooze", "\(content["number"]!)", "--until", "2026-12-15", "--reason", "waiting on Ana", "--vault",
            folder.path, "--today", "2026-12-01",
        ])
        #expect(run.status == 0, "\(run.errors)")
        #expect(
            run.errors.contains(
                "warning: interviews/2026-11-24-ana-souza.md:9: 2026-12-15 is after 2026-12-11, the deadline the item "
                    + "gives in words, which is kept as written"), "\(run.errors)")
        #expect(run.errors.contains("note: the reason is not written"), "\(run.errors)")
        let text = try String(
            contentsOfFile: folder.path + "/interviews/2026-11-24-ana-souza.md", encoding: .utf8)
        #expect(
            text
                == Self.interview.replacingOccurrences(
                    of: "closes 2026-12-11", with: "closes 2026-12-11 due 2026-12-15"))
        let again = try #require(try await Self.steps(folder).first { $0["due"] as? String == "2026-12-15" })
        #expect(again["title"] as? String == "Apply: Content role, closes 2026-12-11")
        // A task's own `by` is kept too.
        let task = try #require(try await Self.steps(folder).first { $0["title"] as? String == "Write to Sam" })
        let later = await CommandRun([
            "snooze", "\(task["number"]!)", "--until", "2026-12-04", "--vault", folder.path, "--today", "2026-12-01",
        ])
        #expect(later.errors.contains("2026-12-04 is after 2026-12-02"), "\(later.errors)")
        let after = try String(contentsOfFile: folder.path + "/interviews/2026-11-24-ana-souza.md", encoding: .utf8)
        #expect(after.contains("- [ ] Write to Sam by 2026-12-02 due 2026-12-04\n"))
    }
}
