import ArgumentParser
import GrapevineCore

/// The `grapevine` command: a personal knowledge base for informational interviews.
public struct Grapevine: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "grapevine",
        abstract: "Keep track of informational interviews, referrals and next steps in plain Markdown.",
        discussion: """
            Grapevine reads a folder of Markdown notes (a vault): one file per contact, interview \
            and organization, with YAML front matter. It builds the graph of who referred whom, \
            tells you what to do today, writes drafts and prep sheets, and tells you what is \
            wrong with your files.

            Start a vault:      grapevine init my-search
            What to do today:   grapevine next
            Check every file:   grapevine check --vault my-search
            See a dossier:      grapevine show "Maria Lopez"
            Who can introduce:  grapevine path "Brightfield Foods"
            Find a note:        grapevine search "crème brûlée"
            Before a meeting:   grapevine prep "Mary O'Brien"
            Write a thank-you:  grapevine draft thank-you "Nadia Rahman"
            Add a person:       grapevine new contact "Priya Shah" --referred-by Sam
            Your connections:   grapevine import linkedin Connections.csv --dry-run
            Record an event:    grapevine log "Sam Reyes" emailed "asked for 20 minutes"
            Fold a duplicate:   grapevine merge "Maria Lopez" "M. Lopez"
            Steps as to-dos:    grapevine export ics > ~/grapevine.ics
            Where you stand:    grapevine report --since 2026-11-01
            Draw the referrals: grapevine graph | dot -Tsvg > referrals.svg
            In your editor:     grapevine lsp   (the language server; see grapevine lsp --help)

            Every command takes --vault, --today and --color, before or after its name. The \
            vault is --vault, else $GRAPEVINE_VAULT, else the nearest folder upward that holds \
            .grapevine/, else the current folder if it holds contacts/ or interviews/. Anywhere \
            else, commands other than init stop with "no vault here" (exit status 2) rather \
            than read or write a folder that is not your vault.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, CheckCommand.self, NextCommand.self, ShowCommand.self, PathCommand.self,
            GraphCommand.self, SearchCommand.self, PrepCommand.self,
            DraftCommand.self, NewCommand.self, LogCommand.self, DoneCommand.self, SkipCommand.self,
            SnoozeCommand.self, MergeCommand.self, ReportCommand.self, SiteCommand.self, ImportCommand.self,
            ExportCommand.self, LspCommand.self, ServeCommand.self,
        ]
    )

    /// `--vault`, `--today` and `--color`, before the command's name or after it.
    @OptionGroup var global: GlobalOptions

    /// An empty command, for the parser to fill.
    public init() {}

    /// Runs the command line and returns the process exit code: 0 success, 1 failure or a vault
    /// with errors, 2 bad usage. A command's `CommandError` is printed here, and only here.
    public static func run(arguments: [String], console: Console = .standard) async -> Int32 {
        await run(Grapevine.self, arguments: arguments, console: console)
    }

    /// `run(arguments:console:)` with another root command: `grapevine-serve`'s.
    package static func run<Root: AsyncParsableCommand>(
        _ root: Root.Type, arguments: [String], console: Console = .standard
    ) async -> Int32 {
        do {
            var command = try await Root.asyncParseAsRoot(arguments)
            if var consoleCommand = command as? ConsoleCommand {
                try await consoleCommand.execute(console)
            } else if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch let error as CommandError {
            if !error.message.isEmpty { console.writeError(error.message) }
            return error.status.rawValue
        } catch {
            let code = Root.exitCode(for: error)
            var message = Root.fullMessage(for: error)
            // A word where a command goes that is none: that, in one line, not the parser's
            // "2 unexpected arguments" and its usage.
            if code != .success, let command = unknownCommand(in: arguments, of: Root.self) {
                message = "error: " + command
            } else if message.hasPrefix("Error: ") {
                // The parser's errors in the style of every other: `error: unknown option '--foo'`.
                let rest = message.dropFirst("Error: ".count)
                message = "error: " + rest.prefix(1).lowercased() + rest.dropFirst()
            }
            if code == .success {
                if !message.isEmpty { console.write(message) }
                return 0
            }
            if !message.isEmpty { console.writeError(message) }
            if code == .validationFailure { return 2 }
            return code.rawValue
        }
    }

    /// What to say when a word of `arguments` where a command goes is no command: the first
    /// word that is not an option, and after a command with subcommands (`import`, `new`,
    /// `export`) the next one: `grapevine nxt` → "'nxt' is not a command; did you mean
    /// 'next'?", `grapevine import linkedln` → "'linkedln' is not a command of 'grapevine
    /// import'; did you mean 'linkedin'?".
    private static func unknownCommand<Root: ParsableCommand>(in arguments: [String], of root: Root.Type) -> String? {
        var command: ParsableCommand.Type = root
        var path = [root._commandName]
        var words = arguments[...]
        while true {
            while let word = words.first, word.hasPrefix("-") {
                words = words.dropFirst(word.contains("=") || !GlobalOptions.takingValues.contains(word) ? 1 : 2)
            }
            let subcommands = command.configuration.subcommands
            // A group with a default subcommand reads other words as that one's arguments.
            guard let word = words.first, !subcommands.isEmpty, command.configuration.defaultSubcommand == nil else {
                return nil
            }
            if let next = subcommands.first(where: { $0._commandName == word }) {
                command = next
                path.append(word)
                words = words.dropFirst()
                continue
            }
            let names = subcommands.map { $0._commandName } + (path.count == 1 ? ["help"] : [])
            guard !names.contains(word) else { return nil }
            let suggestion = Spelling.closest(to: word, in: names).map { "; did you mean '\($0)'?" } ?? ""
            let of = path.count == 1 ? "" : " of '\(path.joined(separator: " "))'"
            return "'\(word)' is not a command\(of)\(suggestion) ('\(path.joined(separator: " ")) --help' lists them)"
        }
    }
}
