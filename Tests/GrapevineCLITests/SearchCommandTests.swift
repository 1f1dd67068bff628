import Foundation
import Testing

/// `grapevine search` on `Fixtures/search-vault`, whose results were worked out by hand in
/// `Fixtures/search-vault/EXPECTED.md`: ranking, folding, phrases, lines, snippets.
@Suite("grapevine search")
struct SearchCommandTests {
    static let vault = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/search-vault").path

    static func run(_ arguments: [String], vault: String = vault, isTerminal: Bool = false) async -> CommandRun {
        await CommandRun(["search", "--vault", vault] + arguments, isTerminal: isTerminal)
    }

    /// The hits of `--json`, parsed back.
    static func hits(_ arguments: [String], vault: String) async throws -> [[String: Any]] {
        let run = await Self.run(arguments + ["--json"], vault: vault)
        #expect(run.status == 0, "\(run.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    }

    @Test(
        "results, ranked and placed as EXPECTED.md works them out",
        arguments: [
            (
                ["jose"],
                [
                    "contacts/jose-nunez.md:2 100003", "contacts/ana-lima.md:5 10002",
                    "interviews/2026-11-05-jose-nunez.md:2 10002",
                ]
            ),
            (
                ["haccp"],
                [
                    "notes/haccp-reading.md:2 100002", "contacts/jose-nunez.md:12 1001",
                    "interviews/2026-11-05-jose-nunez.md:16 1001", "organizations/strasse-bakery.md:10 1001",
                ]
            ),
            (
                ["strasse"],
                [
                    "organizations/strasse-bakery.md:2 100002", "contacts/ana-lima.md:4 10001",
                    "contacts/jose-nunez.md:4 10001",
                ]
            ),
            (["KÖLN"], ["organizations/strasse-bakery.md:4 10002"]),
            (["pepe"], ["contacts/jose-nunez.md:5 100001"]),
            (
                ["\"thank you\""],
                ["interviews/2026-11-05-jose-nunez.md:17 1001", "notes/shelf-life.md:12 1001"]
            ),
            (
                ["thank you"],
                ["interviews/2026-11-05-jose-nunez.md:17 1001", "notes/shelf-life.md:12 1001"]
            ),
            (
                ["thank", "you"],
                [
                    "notes/shelf-life.md:12 2004", "interviews/2026-11-05-jose-nunez.md:17 2003",
                    "contacts/ana-lima.md:10 2002",
                ]
            ),
            (
                ["jose", "haccp"],
                ["contacts/jose-nunez.md:2 101004", "interviews/2026-11-05-jose-nunez.md:2 11003"]
            ),
            (
                ["\"water activity\""],
                ["notes/shelf-life.md:5 10001", "interviews/2026-11-05-jose-nunez.md:17 1001"]
            ),
            (["brulee"], ["notes/shelf-life.md:8 10001"]),
            (
                ["zeppelin"],
                ["notes/broken.md:3 1001", "notes/crlf.md:4 1001", "notes/latin1.md:4 1001"]
            ),
            (["dirigible"], ["notes/unclosed.md:3 1001"]),
            (["jose", "--kind", "interview"], ["interviews/2026-11-05-jose-nunez.md:2 10002"]),
            (["nothingfound"], []),
        ])
    func ranking(arguments: [String], expected: [String]) async throws {
        let hits = try await Self.hits(arguments, vault: Self.vault)
        let ranking = hits.map {
            "\($0["file"] as? String ?? "?"):\($0["line"] as? Int ?? 0) \($0["score"] as? Int ?? 0)"
        }
        #expect(ranking == expected)
    }

    @Test("--json is an array of {file, line, kind, name, score, snippets: [{line, text}]}")
    func jsonShape() async throws {
        let hits = try await Self.hits(["jose"], vault: Self.vault)
        let first = try #require(hits.first)
        #expect(Set(first.keys) == ["file", "line", "kind", "name", "score", "snippets"])
        #expect(first["kind"] as? String == "contact")
        #expect(first["name"] as? String == "José Núñez")
        let snippets = try #require(first["snippets"] as? [[String: Any]])
        #expect(snippets.map { Set($0.keys) } == Array(repeating: ["line", "text"], count: 3))
        #expect(snippets.compactMap { $0["line"] as? Int } == [2, 6, 10])
        #expect(
            snippets.compactMap { $0["text"] as? String } == [
                "name: José Núñez", "email: jose@example.com", "# José Núñez",
            ])
        #expect(hits.map { $0["kind"] as? String } == ["contact", "contact", "interview"])
        #expect(hits.last?["name"] as? String == "Interview with José Núñez, 2026-11-05")
    }

    @Test("snippets are the line trimmed, cut around the match with … where the line is long")
    func snippetsAreCut() async throws {
        func snippets(_ arguments: String..., path: String) async throws -> [String] {
            let hit = try #require(
                try await Self.hits(arguments, vault: Self.vault).first { $0["file"] as? String == path })
            return (hit["snippets"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        }
        #expect(
            try await snippets("haccp", path: "organizations/strasse-bakery.md") == [
                "…the plant runs its own HACCP programme."
            ])
        #expect(
            try await snippets("thank", "you", path: "contacts/ana-lima.md") == [
                "…she runs the tasting panels. Thank her for the intro; she said you should ask about the panel."
            ])
        #expect(
            try await snippets("jose", path: "contacts/ana-lima.md") == [
                #"referred_by: "[[José Núñez]]""#,
                "José said she runs the tasting panels. Thank her for the intro; she said you should ask about the…",
            ])
        // Indentation is trimmed.
        #expect(
            try await snippets("haccp", path: "interviews/2026-11-05-jose-nunez.md") == [
                "the line with the quality team and signs the HACCP plan himself."
            ])
    }

    @Test("text: file:line, kind and title, then the lines with their numbers, then the count")
    func text() async throws {
        let run = await Self.run(["haccp", "--limit", "2"])
        #expect(run.status == 0)
        #expect(
            run.output == """
                notes/haccp-reading.md:2  note  HACCP reading list
                  2  title: HACCP reading list
                  5  - [ ] The FDA's HACCP principles and application guidelines

                contacts/jose-nunez.md:12  contact  José Núñez
                  12  Met at the sourdough meetup; he runs the plant's HACCP audits.

                4 notes match; these are the best 2 (--limit N shows more, 0 all).

                """)
        #expect(run.errors.hasPrefix("warning: 3 files have errors"))
        #expect(await Self.run(["haccp", "--limit", "0"]).output.hasSuffix("4 notes match.\n"))
    }

    @Test("matching words are highlighted on a terminal only, and never with NO_COLOR")
    func highlighting() async throws {
        let terminal = await Self.run(["koln"], isTerminal: true)
        #expect(terminal.output.contains("location: \u{1B}[1;31mKöln\u{1B}[0m"))
        #expect(terminal.output.contains("\u{1B}[36morganizations/strasse-bakery.md:4\u{1B}[0m"))
        #expect(!(await Self.run(["koln"])).output.contains("\u{1B}["))
        let noColor = await CommandRun(
            ["search", "--vault", Self.vault, "koln"], isTerminal: true, environment: ["NO_COLOR": "1"])
        #expect(!noColor.output.contains("\u{1B}["))
    }

    @Test("no match is a friendly line and exit 0; --json prints an empty array")
    func noMatch() async throws {
        let run = await Self.run(["nothingfound", "--kind", "contact"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("No contact matches nothingfound."))
        #expect(try await Self.hits(["nothingfound"], vault: Self.vault).isEmpty)
    }

    @Test(
        "a query with no word is a usage error (exit 2)",
        arguments: [[""], ["  "], ["\"\"", "...", "—"], ["!?"]])
    func emptyQuery(query: [String]) async {
        let run = await Self.run(query)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("error: there is no word to search for"))
        #expect(run.output.isEmpty)
    }

    @Test("a missing query, a bad kind or a negative limit are usage errors")
    func badUsage() async {
        #expect(await Self.run([]).status == 2)
        #expect(await Self.run(["jose", "--kind", "person"]).status == 2)
        #expect(await Self.run(["jose", "--limit", "-1"]).status == 2)
    }

    @Test("a file that is not UTF-8 is searched with its bad bytes replaced, never a crash")
    func invalidUTF8() async throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/notes", withIntermediateDirectories: true)
        let bytes: [UInt8] =
            Array("---\ntitle: Bytes\n---\n".utf8) + [0xFF, 0xFE, 0xC3] + Array(" zeppelin \u{0}".utf8)
            + [0xE2, 0x82] + Array("\nsecond line caf".utf8) + [0xE9] + Array("\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/notes/bytes.md"))
        let hits = try await Self.hits(["zeppelin"], vault: folder.path)
        #expect(hits.map { "\($0["file"] ?? ""):\($0["line"] ?? "")" } == ["notes/bytes.md:4"])
        #expect(try await Self.hits(["caf"], vault: folder.path).first?["line"] as? Int == 5)
    }
}
