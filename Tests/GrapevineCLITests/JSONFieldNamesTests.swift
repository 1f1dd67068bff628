import Foundation
import Testing

/// Every `--json` names one thing one way: a note's vault-relative path is `file`, a place in
/// it `line` (and `column`), a note's display name `name`.
@Suite("--json names a note's file, place and name alike in every command")
struct JSONFieldNamesTests {
    /// A command with `--json` (or `--format json`), what it is run on, and whether every
    /// `file` it prints is a file of that vault (an import also names the file it read and the
    /// notes a dry run would create).
    struct JSONCommand: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let vault: String
        let filesAreInVault: Bool

        init(_ arguments: [String], vault: String = Repository.example, filesAreInVault: Bool = true) {
            self.arguments = arguments
            self.vault = vault
            self.filesAreInVault = filesAreInVault
        }

        var testDescription: String { arguments.prefix(3).joined(separator: " ") }

        /// The JSON it prints, parsed.
        func run() async throws -> Any {
            let run = await CommandRun(arguments + ["--vault", vault, "--today", "2026-11-18"])
            return try JSONSerialization.jsonObject(with: Data(run.output.utf8), options: [.fragmentsAllowed])
        }
    }

    static let commands = [
        JSONCommand(["search", "maria", "--json"]),
        JSONCommand(["next", "--all", "--json"]),
        JSONCommand(["check", "--json"], vault: Repository.brokenVault),
        JSONCommand(["show", "Maria Lopez", "--json"]),
        JSONCommand(["show", "Brightfield Foods", "--json"]),
        JSONCommand(["path", "Sam Reyes", "--json"]),
        JSONCommand(["path", "Brightfield Foods", "--json"]),
        JSONCommand(["prep", "Maria Lopez", "--interview", "interviews/2026-10-14-maria-lopez.md", "--json"]),
        JSONCommand(["graph", "--all", "--format", "json"]),
        JSONCommand(["import", "vcard", vCardFile, "--dry-run", "--json"], filesAreInVault: false),
    ]

    static let vCardFile = Repository.root.path + "/Tests/GrapevineCLITests/Fixtures/import/google-contacts-3.0.vcf"

    /// Every object in `json`, depth first.
    static func objects(in json: Any) -> [[String: Any]] {
        if let object = json as? [String: Any] {
            return [object] + object.values.flatMap(objects(in:))
        }
        return (json as? [Any])?.flatMap(objects(in:)) ?? []
    }

    @Test(arguments: commands)
    func aNotesFileIsFileAndAPlaceInItLineAndColumn(command: JSONCommand) async throws {
        let objects = Self.objects(in: try await command.run())
        let keys = Set(objects.flatMap(\.keys))
        #expect(keys.contains("file"), "\(keys.sorted())")
        for other in ["path", "position", "filePath", "file_path"] {
            #expect(!keys.contains(other), "'\(other)' in \(keys.sorted())")
        }
        for object in objects {
            if let file = object["file"] {
                let path = try #require(file as? String, "file: \(file)")
                if command.filesAreInVault {
                    #expect(!path.hasPrefix("/"), "\(path)")
                    #expect(FileManager.default.fileExists(atPath: command.vault + "/" + path), "\(path)")
                }
            }
            if let line = object["line"] { #expect(line is Int, "line: \(line)") }
            if object["column"] != nil { #expect(object["line"] is Int, "a column without its line: \(object)") }
        }
    }

    /// A log entry and a reminder of `show` give their place as a diagnostic of `check` does.
    @Test func showsLogAndRemindersHaveLineAndColumn() async throws {
        let show = try #require(try await Self.commands[3].run() as? [String: Any])
        for key in ["log", "reminders"] {
            let items = try #require(show[key] as? [[String: Any]])
            #expect(!items.isEmpty)
            for item in items {
                #expect(item["line"] is Int && item["column"] is Int && item["position"] == nil, "\(key): \(item)")
            }
        }
    }

    /// A search hit names its note as `graph` and `show` do: `file` and `name`.
    @Test func searchNamesItsNotesAsTheGraphDoes() async throws {
        let hits = try #require(try await Self.commands[0].run() as? [[String: Any]])
        let graph = try #require(try await Self.commands[8].run() as? [String: Any])
        var names: [String: String] = [:]
        for node in try #require(graph["nodes"] as? [[String: Any]]) {
            if let file = node["file"] as? String { names[file] = node["name"] as? String }
        }
        #expect(!hits.isEmpty)
        for hit in hits {
            let file = try #require(hit["file"] as? String, "\(hit)")
            #expect(hit["name"] as? String == names[file], "\(file)")
            #expect(hit["title"] == nil && hit["path"] == nil)
        }
    }
}
