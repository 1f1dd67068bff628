import Foundation
import TestSupport
import Testing

/// A hostile front matter (an alias bomb, nesting a hundred thousand deep, a huge document) is
/// an error at its place, and the note is still indexed from its file name, like any note
/// whose front matter cannot be read.
@Suite("front matter limits, end to end")
struct FrontMatterLimitTests {
    /// Nine levels of nine aliases each: 9⁹ values once expanded ("billion laughs").
    static let aliasBomb: String = {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append(
                "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static let today = ["--today", "2026-11-18"]

    /// A vault with the hostile note and a note that refers to it by its file name.
    static func vault(_ hostile: String, at path: String = "contacts/bomb.md") throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n",
            path: hostile,
            "contacts/dan-moore.md": "---\nname: Dan Moore\nreferred_by: \"[[Bomb]]\"\n---\nDan.\n",
        ])
        return folder
    }

    @Test("an alias bomb is an error at the alias that goes over the limit; the note is still a note")
    func aliasBombInANote() async throws {
        let folder = try Self.vault("---\nname: Bomb\n" + Self.aliasBomb + "---\nBody.\n")
        let run = await CommandRun(["check", "--vault", folder.path] + Self.today)
        #expect(run.status == 1)
        // a: 10 values, b: 91, c: 820, d: 7,381: the first `*d`, in `e` on line 7, is one too many.
        #expect(
            run.output.contains(
                "contacts/bomb.md:7:8: error: the front matter expands aliases to more than 10000 values"),
            "\(run.output)")
        // The note is read from its file name, so `[[Bomb]]` still finds it.
        #expect(!run.output.contains("missing"), "\(run.output)")
        #expect(run.output.contains("1 error in 1 file"), "\(run.output)")
    }

    @Test("site builds a vault with an alias bomb, and the note's page has none of it")
    func aliasBombSite() async throws {
        let folder = try Self.vault("---\nname: Bomb\n" + Self.aliasBomb + "---\nBody of the bomb.\n")
        let out = folder.path + "/site"
        let run = await CommandRun(["site", "--vault", folder.path, "--out", out] + Self.today)
        #expect(run.status == 0, "\(run.errors)")
        let files = try SiteHTML.read(out)
        let page = try #require(files["contacts/bomb.html"])
        #expect(page.contains("Body of the bomb."))
        #expect(files.values.reduce(0) { $0 + $1.utf8.count } < 1_000_000)
    }

    @Test("an alias bomb in the config is an error in the config; the defaults are used")
    func aliasBombInTheConfig() async throws {
        let folder = try TemporaryFolder()
        try folder.write([
            ".grapevine/config.yml": "owner: Alex Kim\n" + Self.aliasBomb,
            "contacts/dan-moore.md": "---\nname: Dan Moore\n---\nDan.\n",
        ])
        let run = await CommandRun(["check", "--vault", folder.path] + Self.today)
        #expect(run.status == 1)
        #expect(
            run.output.contains(
                ".grapevine/config.yml:6:8: error: the config expands aliases to more than 10000 values"),
            "\(run.output)")
    }

    @Test(
        "nesting a hundred thousand deep is an error, not a stack overflow",
        arguments: [("x: ", "["), ("x: ", "{a: "), ("x:\n  ", "- "), ("x: ", "[{a: ")])
    func deepNesting(start: String, opener: String) async throws {
        let folder = try Self.vault(
            "---\nname: Deep\n" + start + String(repeating: opener, count: 100_000) + "v\n---\nBody.\n")
        let run = await CommandRun(["check", "--vault", folder.path] + Self.today)
        #expect(run.status == 1)
        #expect(
            run.output.contains("error: the front matter nests lists and mappings more than 64 deep"),
            "\(run.output.prefix(500))")
        #expect(!run.output.contains("missing"))
    }

    /// Each anchor nests the one before 900 levels deeper: 54,000 levels once expanded, in
    /// 100 KB. Before the limit, `check` passed and `site` overflowed the stack.
    @Test("aliases cannot nest values deeper than the limit")
    func deepThroughAliases() async throws {
        let levels = 900
        var lines = [
            "name: Deep",
            "a0: &a0 " + String(repeating: "[", count: levels) + "x" + String(repeating: "]", count: levels),
        ]
        for anchor in 1..<60 {
            lines.append(
                "a\(anchor): &a\(anchor) " + String(repeating: "[", count: levels) + "*a\(anchor - 1)"
                    + String(repeating: "]", count: levels))
        }
        let folder = try Self.vault("---\n" + lines.joined(separator: "\n") + "\n---\nBody.\n")
        let run = await CommandRun(["check", "--vault", folder.path] + Self.today)
        #expect(run.status == 1)
        #expect(run.output.contains("error: the front matter nests lists and mappings more than 64 deep"))
        let out = folder.path + "/site"
        let site = await CommandRun(["site", "--vault", folder.path, "--out", out] + Self.today)
        #expect(site.status == 0, "\(site.errors)")
        #expect(try SiteHTML.read(out)["contacts/bomb.html"]?.contains("Body.") == true)
    }

    @Test("front matter over 2 MB is an error at its first line")
    func hugeFrontMatter() async throws {
        let line = "k: " + String(repeating: "v", count: 1_000) + "\n"
        let yaml = (0..<2_200).map { "k\($0)" + line.dropFirst() }.joined()
        let folder = try Self.vault("---\n" + yaml + "---\nBody.\n")
        let run = await CommandRun(["check", "--vault", folder.path] + Self.today)
        #expect(run.status == 1)
        #expect(run.output.contains("contacts/bomb.md:2:1: error: the front matter is "), "\(run.output.prefix(300))")
        #expect(!run.output.contains("missing"))
    }
}
