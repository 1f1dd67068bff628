import Foundation
import Testing

/// Every input the fuzzer ever found a problem with (`Fuzz/corpus/`), run through the commands
/// a user would run, as the fuzzer does: the note goes into the fuzzer's small vault
/// (`Fuzz/vault/`) as a contact, as an interview and as an organization, then as its config. A crash stops the
/// test run; a command must finish with a status that says what happened (0, or 1 for a vault
/// with errors or a command that cannot do what was asked), never a trap.
@Suite("the fuzzer's findings")
struct FuzzCorpusTests {
    static let corpus = Repository.root.appendingPathComponent("Fuzz/corpus")
    static let vault = Repository.root.appendingPathComponent("Fuzz/vault").path
    /// Where the input goes: a note in each role, then the vault's config (replacing it).
    static let roles = [
        "contacts/fuzz.md", "interviews/2026-11-16-fuzz.md", "organizations/fuzz.md", ".grapevine/config.yml",
    ]

    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("the corpus is there and every finding in it has a name", arguments: [0])
    func corpusIsThere(_: Int) {
        #expect(FileManager.default.fileExists(atPath: Self.vault + "/.grapevine/config.yml"))
        #expect(Self.inputs.allSatisfy { $0.count > 3 })
    }

    @Test("runs every command on the note, in every role", arguments: inputs)
    func commandsFinish(_ input: String) async throws {
        let bytes = try Data(contentsOf: Self.corpus.appendingPathComponent(input))
        for role in Self.roles {
            let folder = try TemporaryFolder()
            let vault = folder.path + "/vault"
            try FileManager.default.copyItem(atPath: Self.vault, toPath: vault)
            try bytes.write(to: URL(fileURLWithPath: vault + "/" + role))
            let common = ["--vault", vault, "--today", "2026-11-18"]
            let name = role.hasPrefix(".") ? "contacts/maria-lopez.md" : role
            let commands: [[String]] = [
                ["check"], ["check", "--json", "--strict"], ["next", "--all"], ["next", "--json"],
                ["show", name], ["show", name, "--json"], ["path", name], ["path", name, "--json"],
                ["path", "Maria Lopez"], ["graph", "--all"], ["graph", "--all", "--format", "mermaid"],
                ["graph", "--all", "--format", "json"], ["prep", name], ["draft", "thank-you", name],
                ["draft", "update", name], ["draft", "outreach", name], ["export", "ics"],
                ["export", "ics", "--events"], ["export", "vcard"], ["export", "vcard", "--public"],
                ["search", "a", "e", "--limit", "0"], ["search", "maria", "--json", "--limit", "0"],
                ["site", "--out", folder.path + "/site"], ["site", "--public", "--out", folder.path + "/public"],
            ]
            for command in commands {
                let run = await CommandRun(command + common)
                #expect(
                    [0, 1].contains(run.status), "\(role): grapevine \(command.joined(separator: " ")): \(run.errors)")
                if command[0] == "site" {
                    // A public site is refused, with the reason, while the config has an error.
                    let refused = command.contains("--public") && run.errors.hasPrefix("error: .grapevine/config.yml:")
                    #expect(run.status == 0 || (refused && run.status == 1), "\(role): \(run.errors)")
                }
            }
        }
    }
}
