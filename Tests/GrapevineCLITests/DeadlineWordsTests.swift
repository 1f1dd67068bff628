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

    @Test("snooze of a lead due in words moves its date in place: the step keeps its id")
    func snooze() async throws {
        let folder = try Self.vault()
        let data = try #require(try await Self.steps(folder).first { $0["title"] as? String == "Apply: Data role" })
        let run = await CommandRun([
            "snooze", "\(data["number"]!)", "--until", "2026-12-20", "--vault", folder.path, "--today", "2026-12-01",
        ])
        #expect(run.status == 0, "\(run.errors)")
        let text = try String(
            contentsOfFile: folder.path + "/interviews/2026-11-24-ana-souza.md", encoding: .utf8)
        #expect(text.contains("- [ ] Data role — apply before 2026-12-20\n"))
        let again = try #require(try await Self.steps(folder).first { $0["id"] as? String == data["id"] as? String })
        #expect(again["due"] as? String == "2026-12-20")
        #expect(again["title"] as? String == "Apply: Data role")
        // And `done` ticks it.
        let done = await CommandRun([
            "done", "\(again["number"]!)", "--vault", folder.path, "--today", "2026-12-01",
        ])
        #expect(done.status == 0, "\(done.errors)")
        #expect(try await !Self.steps(folder).contains { $0["id"] as? String == data["id"] as? String })
    }
}
