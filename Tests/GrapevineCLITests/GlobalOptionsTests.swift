import Foundation
import Testing

@Suite("global options")
struct GlobalOptionsTests {
    private func brokenVault() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(["contacts/a.md": "---\nadded: 2026-02-30\n---\n"])
        return folder
    }

    @Test(
        "colour only on a terminal, never with NO_COLOR, as --color says",
        arguments: [
            (["--color", "auto"], true, [String: String](), true),
            (["--color", "auto"], false, [:], false),
            (["--color", "auto"], true, ["NO_COLOR": "1"], false),
            (["--color", "auto"], true, ["NO_COLOR": ""], true),
            (["--color", "always"], false, ["NO_COLOR": "1"], true),
            (["--color", "never"], true, [:], false),
        ])
    func color(options: [String], isTerminal: Bool, environment: [String: String], colored: Bool) throws {
        let folder = try brokenVault()
        let run = CommandRun(
            ["check", "--vault", folder.path] + options, isTerminal: isTerminal, environment: environment)
        #expect(run.output.contains("\u{1B}[") == colored)
        #expect(run.output.contains("invalid date '2026-02-30'"))
    }

    @Test(
        "the vault is --vault, else $GRAPEVINE_VAULT, else the nearest .grapevine upward, else here if it holds contacts/"
    )
    func vaultLocation() throws {
        let vault = try TemporaryFolder()
        try vault.write([".grapevine/config.yml": "owner: Ann\n", "contacts/ann.md": "---\nname: Ann\n---\n"])
        try FileManager.default.createDirectory(
            atPath: vault.path + "/contacts/deep", withIntermediateDirectories: true)
        let other = try TemporaryFolder()
        try other.write(["contacts/a.md": "---\nname: A\n---\n", "contacts/b.md": "---\nname: B\n---\n"])

        let upward = CommandRun(["check"], currentDirectory: vault.path + "/contacts/deep")
        #expect(upward.output == "No problems in 1 note.\n")
        let fromEnvironment = CommandRun(
            ["check"], environment: ["GRAPEVINE_VAULT": other.path], currentDirectory: vault.path)
        #expect(fromEnvironment.output == "No problems in 2 notes.\n")
        let fromOption = CommandRun(
            ["check", "--vault", vault.path], environment: ["GRAPEVINE_VAULT": other.path],
            currentDirectory: other.path)
        #expect(fromOption.output == "No problems in 1 note.\n")
        let here = CommandRun(["check"], currentDirectory: other.path)
        #expect(here.output == "No problems in 2 notes.\n")
    }

    @Test("global options may come before the command, as in git")
    func optionsBeforeTheCommand() throws {
        let folder = try TemporaryFolder()
        try folder.write(["contacts/a.md": "---\nadded: 2026-02-30\n---\n"])
        let run = CommandRun(["--vault", folder.path, "--color=never", "check", "--json"], isTerminal: true)
        #expect(run.status == 1)
        #expect(run.output.contains("\"code\" : \"invalid-date\""))
        let show = CommandRun(["--today", "2026-11-18", "--vault", Repository.example, "show", "Maria Lopez"])
        #expect(show.status == 0)
        #expect(show.output.hasPrefix("Maria Lopez\n"))
    }

    @Test(
        "bad usage exits with status 2",
        arguments: [
            ["check", "--today", "2026-13-01"], ["check", "--frobnicate"], ["show"], ["nonsense"],
            ["check", "--color", "sometimes"],
        ])
    func badUsage(arguments: [String]) {
        let run = CommandRun(arguments)
        #expect(run.status == 2)
        #expect(!run.errors.isEmpty)
    }

    @Test("--help explains the commands with examples")
    func help() {
        let run = CommandRun(["--help"])
        #expect(run.status == 0)
        for command in ["init", "check", "show"] { #expect(run.output.contains(command)) }
        let check = CommandRun(["check", "--help"])
        #expect(check.status == 0)
        #expect(check.output.contains("Examples:"))
        #expect(check.output.contains("--strict"))
    }
}
