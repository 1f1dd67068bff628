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
    func color(options: [String], isTerminal: Bool, environment: [String: String], colored: Bool) async throws {
        let folder = try brokenVault()
        let run = await CommandRun(
            ["check", "--vault", folder.path] + options, isTerminal: isTerminal, environment: environment)
        #expect(run.output.contains("\u{1B}[") == colored)
        #expect(run.output.contains("invalid date '2026-02-30'"))
    }

    @Test(
        "the vault is --vault, else $GRAPEVINE_VAULT, else the nearest .grapevine upward, else here if it holds contacts/"
    )
    func vaultLocation() async throws {
        let vault = try TemporaryFolder()
        try vault.write([".grapevine/config.yml": "owner: Ann\n", "contacts/ann.md": "---\nname: Ann\n---\n"])
        try FileManager.default.createDirectory(
            atPath: vault.path + "/contacts/deep", withIntermediateDirectories: true)
        let other = try TemporaryFolder()
        try other.write(["contacts/a.md": "---\nname: A\n---\n", "contacts/b.md": "---\nname: B\n---\n"])

        let upward = await CommandRun(["check"], currentDirectory: vault.path + "/contacts/deep")
        #expect(upward.output == "No problems in 1 note.\n")
        let fromEnvironment = await CommandRun(
            ["check"], environment: ["GRAPEVINE_VAULT": other.path], currentDirectory: vault.path)
        #expect(fromEnvironment.output == "No problems in 2 notes.\n")
        let fromOption = await CommandRun(
            ["check", "--vault", vault.path], environment: ["GRAPEVINE_VAULT": other.path],
            currentDirectory: other.path)
        #expect(fromOption.output == "No problems in 1 note.\n")
        let here = await CommandRun(["check"], currentDirectory: other.path)
        #expect(here.output == "No problems in 2 notes.\n")
    }

    @Test(
        "a mistyped command is named, with the command it was probably meant to be",
        arguments: [
            (["nxt"], "'nxt' is not a command; did you mean 'next'?"),
            (["--vault", "v", "chek"], "'chek' is not a command; did you mean 'check'?"),
            (["--color=never", "--today", "2026-12-05", "sitee"], "'sitee' is not a command; did you mean 'site'?"),
            (["zzzzzz"], "'zzzzzz' is not a command ('grapevine --help' lists them)"),
            // A command's own subcommands (trial G): the word after `import`, `new`, `export`.
            (
                ["import", "linkedln", "x.csv"],
                "'linkedln' is not a command of 'grapevine import'; did you mean 'linkedin'?"
            ),
            (
                ["--vault", "v", "export", "vcrd"],
                "'vcrd' is not a command of 'grapevine export'; did you mean 'vcard'?"
            ),
            (
                ["new", "person", "X"],
                "'person' is not a command of 'grapevine new' ('grapevine new --help' lists them)"
            ),
        ])
    func mistypedCommand(arguments: [String], said: String) async throws {
        let run = await CommandRun(arguments)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("error: " + said), "\(run.errors)")
        // One line, in the one `error:` style: not the parser's "Error: 2 unexpected arguments" and usage too.
        #expect(run.errors.split(separator: "\n").count == 1, "\(run.errors)")
    }

    @Test(
        "the parser's own errors are in the one error: style, with their usage",
        arguments: [
            (["next", "--foo"], "error: unknown option '--foo'."),
            (["show"], "error: missing expected argument '<name>'"),
        ])
    func parserErrors(arguments: [String], start: String) async throws {
        let run = await CommandRun(arguments)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix(start), "\(run.errors)")
        #expect(run.errors.contains("Usage: grapevine \(arguments[0])"), "\(run.errors)")
        #expect(!run.errors.contains("Error:"), "\(run.errors)")
    }

    @Test("global options may come before the command, as in git")
    func optionsBeforeTheCommand() async throws {
        let folder = try TemporaryFolder()
        try folder.write(["contacts/a.md": "---\nadded: 2026-02-30\n---\n"])
        let run = await CommandRun(["--vault", folder.path, "--color=never", "check", "--json"], isTerminal: true)
        #expect(run.status == 1)
        #expect(run.output.contains("\"code\" : \"invalid-date\""))
        let show = await CommandRun(["--today", "2026-11-18", "--vault", Repository.example, "show", "Maria Lopez"])
        #expect(show.status == 0)
        #expect(show.output.hasPrefix("Maria Lopez\n"))
    }

    @Test(
        "--vault, --today and --color work before the command's name and after it",
        arguments: [
            ["--vault", Repository.example, "--today", "2026-11-18", "--color", "never", "next"],
            ["next", "--vault", Repository.example, "--today", "2026-11-18", "--color", "never"],
            ["--vault=\(Repository.example)", "next", "--today=2026-11-18", "--color=never"],
            ["--today", "2026-11-18", "next", "--color", "never", "--vault", Repository.example],
        ])
    func placements(arguments: [String]) async {
        let run = await CommandRun(arguments, isTerminal: true)
        let reference = await CommandRun([
            "next", "--vault", Repository.example, "--today", "2026-11-18", "--color", "never",
        ])
        let otherDay = await CommandRun(["next", "--vault", Repository.example, "--today", "2027-06-01"])
        #expect(run.status == 0)
        #expect(!run.output.contains("\u{1B}["))
        #expect(run.output == reference.output)
        #expect(run.output != otherDay.output)
    }

    @Test(
        "global options before, between and after export ics",
        arguments: [
            ["--vault", Repository.example, "--today", "2026-11-18", "export", "ics"],
            ["export", "--vault", Repository.example, "ics", "--today", "2026-11-18"],
            ["export", "ics", "--vault", Repository.example, "--today", "2026-11-18"],
        ])
    func placementsAroundASubcommandsSubcommand(arguments: [String]) async {
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        let run = await CommandRun(arguments, environment: environment)
        let reference = await CommandRun(
            ["export", "ics", "--today", "2026-11-18"],
            environment: environment.merging(["GRAPEVINE_VAULT": Repository.example]) { $1 })
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("BEGIN:VCALENDAR"))
        #expect(run.output == reference.output)
    }

    @Test("given before and after the command's name, the value after it wins")
    func afterTheNameWins() async throws {
        let missing = "/nonexistent/grapevine-vault"
        let vaultAfter = await CommandRun(["--vault", missing, "check", "--vault", Repository.example])
        #expect(vaultAfter.status == 0)
        #expect(vaultAfter.errors.isEmpty)
        let vaultBefore = await CommandRun(["--vault", Repository.example, "check", "--vault", missing])
        #expect(vaultBefore.status == 2)
        #expect(vaultBefore.errors.contains(missing))
        let today = await CommandRun(
            [
                "--today", "2026-01-01", "--vault", Repository.example, "snooze", "1", "--until", "2026-06-01",
                "--today", "2026-11-18",
            ])
        #expect(today.status == 2)
        #expect(today.errors == "error: --until 2026-06-01 is not after today (2026-11-18); snooze to a later day.\n")
    }

    @Test(
        "help for a command lists the global options, however it is asked for",
        arguments: [
            ["--vault", Repository.example, "help", "next"], ["help", "next"], ["next", "--help"],
            ["--vault", Repository.example, "next", "--help"],
        ])
    func helpForACommand(arguments: [String]) async {
        let run = await CommandRun(arguments)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output.contains("USAGE: grapevine next"))
        #expect(await run.output == CommandRun(["help", "next"]).output)
        for option in ["--vault <path>", "--today <date>", "--color <color>", "--within <days>"] {
            #expect(run.output.contains(option))
        }
    }

    @Test(
        "a command's error is printed once, in the style of diagnostics, with its exit status",
        arguments: [
            (
                ["show", "Nobody Atall", "--vault", Repository.example], Int32(1),
                "error: nothing in the vault is called"
            ),
            (["--vault", "/nonexistent/grapevine-vault", "next"], 2, "error: "),
            (
                ["--today", "2026-11-18", "--vault", Repository.example, "done", "1", "--date", "2026-12-01"], 2,
                "error: --date 2026-12-01 is after today (2026-11-18)"
            ),
        ])
    func errorPrintedOnce(arguments: [String], status: Int32, start: String) async {
        let run = await CommandRun(arguments)
        #expect(run.status == status)
        #expect(run.output.isEmpty)
        #expect(run.errors.hasPrefix(start))
        #expect(run.errors.components(separatedBy: "error:").count == 2)
    }

    @Test(
        "bad usage exits with status 2",
        arguments: [
            ["check", "--today", "2026-13-01"], ["check", "--frobnicate"], ["show"], ["nonsense"],
            ["check", "--color", "sometimes"],
        ])
    func badUsage(arguments: [String]) async {
        let run = await CommandRun(arguments)
        #expect(run.status == 2)
        #expect(!run.errors.isEmpty)
    }

    @Test("--help explains the commands with examples")
    func help() async {
        let run = await CommandRun(["--help"])
        #expect(run.status == 0)
        for command in ["init", "check", "show"] { #expect(run.output.contains(command)) }
        let check = await CommandRun(["check", "--help"])
        #expect(check.status == 0)
        #expect(check.output.contains("Examples:"))
        #expect(check.output.contains("--strict"))
    }
}
