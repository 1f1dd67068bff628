import Foundation
import TestSupport
import Testing

/// `grapevine path`: chains to a person, warm introductions to an organization, worked out by
/// hand in `Fixtures/path-vault/EXPECTED.md`.
@Suite("grapevine path")
struct PathCommandTests {
    static func run(_ name: String, _ options: [String] = [], vault: String = Repository.pathVault) async -> CommandRun
    {
        await CommandRun(["path", name] + options + ["--vault", vault, "--today", "2026-11-18"])
    }

    static func json(_ name: String, vault: String = Repository.pathVault) async throws -> [String: Any] {
        let run = await Self.run(name, ["--json"], vault: vault)
        #expect(run.status == 0, "\(run.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    static func names(_ people: Any?) -> [String] {
        (people as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    @Test(
        "chains are every referral path from you, shortest first, then by names",
        arguments: [
            (
                "Finn Moss",
                [
                    ["Alex Kim", "Ava Stone", "Cara Diaz", "Dev Patel", "Eli Park", "Finn Moss"],
                    ["Alex Kim", "Ava Stone", "Ben Ortiz", "Cara Diaz", "Dev Patel", "Eli Park", "Finn Moss"],
                ]
            ),
            (
                "Cara Diaz",
                [["Alex Kim", "Ava Stone", "Cara Diaz"], ["Alex Kim", "Ava Stone", "Ben Ortiz", "Cara Diaz"]]
            ),
            ("Mia Wong", [["Alex Kim", "Ava Stone", "Mia Wong"], ["Alex Kim", "Ola Berg", "Mia Wong"]]),
            ("Ivy Chen", [["Alex Kim", "Ivy Chen"]]),
            ("Priya Rao", [["Alex Kim", "Ava Stone", "Ben Ortiz", "Priya Rao"]]),
            ("Gus Hale", []),
            ("Alex Kim", [["Alex Kim"]]),
        ])
    func chains(name: String, expected: [[String]]) async throws {
        let report = try await Self.json(name)
        #expect(report["kind"] as? String == "person")
        #expect(Self.names([report["person"]]) == [name])
        let chains = try #require(report["chains"] as? [Any])
        #expect(chains.map(Self.names) == expected)
        #expect(report["complete"] as? Bool == true)
        #expect(report["limit"] as? Int == 20)
    }

    @Test("a referral after you had reached someone is listed apart, with where it is written")
    func laterReferral() async throws {
        let report = try await Self.json("Ivy Chen")
        let later = try #require(report["laterReferrals"] as? [[String: Any]])
        #expect(later.count == 1)
        #expect(Self.names([later.first?["referrer"]]) == ["Ben Ortiz"])
        #expect(later.first?["date"] as? String == "2026-09-20")
        #expect(later.first?["file"] as? String == "interviews/2026-09-20-ben-ortiz.md")
        #expect(later.first?["line"] as? Int == 8)
        #expect(try await Self.json("Cara Diaz")["laterReferrals"] as? [Any] != nil)
    }

    @Test("warm introductions: warmest first, then the shorter chain, then the name, each with its action")
    func warmIntroductions() async throws {
        let report = try await Self.json("Acme Foods")
        #expect(report["kind"] as? String == "organization")
        #expect(Self.names([report["organization"]]) == ["Acme Foods"])
        let introductions = try #require(report["introductions"] as? [[String: Any]])
        let rows = introductions.map { entry -> [String] in
            let action = entry["action"] as? [String: Any]
            return [
                Self.names([entry["person"]]).first ?? "", entry["warmth"] as? String ?? "",
                (entry["worksThere"] as? Bool) == true ? "there" : "elsewhere", action?["kind"] as? String ?? "",
                action?["text"] as? String ?? "",
            ]
        }
        #expect(
            rows == [
                ["Ava Stone", "met", "there", "ask-for-name", "ask Ava Stone for another name at Acme Foods"],
                [
                    "Ola Berg", "met", "elsewhere", "thank-and-ask",
                    "thank Ola Berg and ask for another name at Acme Foods",
                ],
                ["Ben Ortiz", "met", "elsewhere", "introduce", "ask Ben Ortiz to introduce you to Nia Obi"],
                ["Ivy Chen", "replied", "there", "schedule", "schedule a meeting with Ivy Chen"],
                [
                    "Lou Grant", "replied", "there", "ask-someone-else",
                    "Lou Grant declined on 2026-10-05: ask someone else there",
                ],
                ["Kai Lee", "replied", "there", "meet", "meet Kai Lee on 2026-11-25 10:00"],
                [
                    "Cara Diaz", "reached-out", "there", "wait",
                    "wait for Cara Diaz to reply ('grapevine next' says when to follow up)",
                ],
                ["Jo Kim", "not-contacted", "there", "introduce", "ask Ava Stone to introduce you to Jo Kim"],
                ["Dev Patel", "not-contacted", "there", "write", "write to Dev Patel, mentioning Cara Diaz"],
                ["Nia Obi", "not-contacted", "there", "write", "write to Nia Obi, mentioning Ben Ortiz"],
            ])
        let ben = try #require(introductions.first { Self.names([$0["person"]]) == ["Ben Ortiz"] })
        #expect(Self.names(ben["referred"]) == ["Cara Diaz", "Ivy Chen", "Nia Obi"])
        #expect(Self.names((ben["action"] as? [String: Any])?["about"]) == ["Nia Obi"])
        #expect(Self.names(ben["chain"]) == ["Alex Kim", "Ava Stone", "Ben Ortiz"])
        #expect(Self.names([ben["organization"]]) == ["Harbor Labs"])
        let jo = try #require(introductions.first { Self.names([$0["person"]]) == ["Jo Kim"] })
        #expect(Self.names((jo["action"] as? [String: Any])?["about"]) == ["Ava Stone"])
        #expect(jo["status"] as? String == "not contacted yet")
    }

    @Test(
        "prints aligned text",
        arguments: [
            ("Acme Foods", "path-acme-foods.txt"), ("Finn Moss", "path-finn-moss.txt"),
            ("Ivy Chen", "path-ivy-chen.txt"),
        ])
    func text(name: String, expectedFile: String) async throws {
        let run = await Self.run(name)
        #expect(run.status == 0)
        #expect(run.output == (try Repository.expectedOutput(expectedFile)))
    }

    /// Session thirty-four: `path ORG` said "How you reached them" of Jo, Dev and Nia, whom you
    /// have not contacted; the site said it on their pages and in the organization's list.
    @Test("someone not contacted yet is not said to be reached: in path's text and on the site")
    func notReachedYet() async throws {
        let text = await Self.run("Acme Foods").output
        let parts = text.components(separatedBy: "\n\n")
        try #require(parts.count == 3)
        #expect(parts[1].hasPrefix("How you reached them\n") && !parts[1].contains("Jo Kim"))
        #expect(parts[2].hasPrefix("Not contacted yet: how you came by their names\n"))
        #expect(parts[2].contains("Dev Patel  Alex Kim → Ava Stone → Cara Diaz → Dev Patel"))
        let folder = try TemporaryFolder()
        let site = await CommandRun(
            ["site", "--vault", Repository.pathVault, "--today", "2026-11-18", "--out", folder.path + "/out"])
        #expect(site.status == 0, "\(site.errors)")
        let pages = try SiteHTML.read(folder.path + "/out")
        let dev = try #require(pages["contacts/dev-patel.html"])
        #expect(dev.contains("How you came by their name") && !dev.contains("How you reached them"))
        #expect(try #require(pages["contacts/ava-stone.html"]).contains("How you reached them"))
        let acme = try #require(pages["organizations/acme-foods.html"])
        #expect(acme.components(separatedBy: "aria-label=\"How you came by their name\"").count == 4)
        #expect(acme.components(separatedBy: "aria-label=\"How you reached them\"").count == 8)
    }

    @Test("Vault-Example: who can introduce you at Brightfield Foods, and Nadia Rahman's two chains")
    func example() async {
        let brightfield = await Self.run("Brightfield Foods", vault: Repository.example)
        #expect(brightfield.status == 0)
        #expect(brightfield.output.contains("ask Maria Lopez to introduce you to Jun Park"))
        let nadia = await Self.run("Nadia Rahman", vault: Repository.example)
        #expect(nadia.output.contains("1  Alex Kim → Maria Lopez → Ana Pereira → Nadia Rahman"))
        #expect(nadia.output.contains("2  Alex Kim → Maria Lopez → Ana Pereira → Leo Marsh → Nadia Rahman"))
    }

    @Test("the README's example is what path prints")
    func readme() async throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let command = "$ grapevine path \"Greenway Co-Packers\"\n"
        let start = try #require(readme.range(of: command))
        let end = try #require(readme[start.upperBound...].range(of: "```"))
        let run = await Self.run("Greenway Co-Packers", vault: Repository.example)
        #expect(run.output == String(readme[start.upperBound..<end.lowerBound]))
    }

    @Test("an unknown name fails and suggests close names, as show does")
    func unknown() async {
        let run = await Self.run("Ava Ston")
        #expect(run.status == 1)
        #expect(
            run.errors.contains(
                "nothing in the vault is called 'Ava Ston'. Did you mean:\n  Ava Stone (contacts/ava-stone.md)\n"))
    }

    @Test("an interview is neither a person nor an organization")
    func notAPerson() async {
        let run = await Self.run("interviews/2026-09-10-ava-stone.md")
        #expect(run.status == 1)
        #expect(run.errors.contains("not a person or an organization"))
    }

    @Test("an organization nobody you know is at says what to do")
    func nobodyThere() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n", "organizations/cove.md": "---\nname: Cove\n---\n",
        ])
        let run = await Self.run("Cove", vault: folder.path)
        #expect(run.status == 0)
        #expect(run.output.contains("You know nobody at Cove yet"))
        let json = try await Self.json("Cove", vault: folder.path)
        #expect((json["introductions"] as? [Any])?.isEmpty == true)
    }

    @Test("a dense referral graph is cut at 20 chains, and says so")
    func denseGraph() async throws {
        // P0, whom nobody referred, and eleven people who all referred each other: 10! chains to P11.
        var files = [".grapevine/config.yml": "owner: Alex Kim\n", "contacts/p0.md": "---\nname: P0\n---\n"]
        for index in 1...11 {
            let referrers = (0...11).filter { $0 != index }.map { "P\($0)" }.joined(separator: ", ")
            files["contacts/p\(index).md"] = "---\nname: P\(index)\nreferred_by: [\(referrers)]\n---\n"
        }
        let folder = try TemporaryFolder()
        try folder.write(files)
        let run = await Self.run("P11", vault: folder.path)
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.filter { $0.contains(" → ") }.count == 20)
        #expect(lines[1] == "   1  Alex Kim → P0 → P11")
        #expect(run.output.contains("These are the 20 shortest; there may be more"))
        let report = try await Self.json("P11", vault: folder.path)
        #expect(report["complete"] as? Bool == false)
    }
}
