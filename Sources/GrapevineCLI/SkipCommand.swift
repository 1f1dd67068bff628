import ArgumentParser
import GrapevineCore

/// `grapevine skip STEP... [--reason T]`: records that a next step is not needed.
struct SkipCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "skip",
        abstract: "Record that a next step is not needed.",
        discussion: """
            STEP is a number grapevine next showed, or the step's id. A number means the step \
            shown with it, for the rest of that day and the same --today, even after closing \
            another or an edit moved it; a step closed or changed since is refused. Without a \
            list shown that day (or one for another --today), numbers are the day's, as next \
            numbers the steps now. \
            Writes '- TODAY skipped KIND: REASON' in the Log of the person the step is about; \
            the step stays closed until something new starts it again (a new reply, a new \
            interview). A task or lead is ticked instead, with ' (skipped: REASON)' after it. \
            Several steps close all or none: one that cannot be closed refuses them all.

            Examples:
              grapevine skip 7 --reason "a connector, no meeting needed"
              grapevine skip 4
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The steps: their numbers in grapevine next, or their ids.")
    var steps: [String]

    @Option(name: .long, help: ArgumentHelp("Why, on one line.", valueName: "text"))
    var reason = ""

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        let named = try VaultOpener.steps(steps, in: vault, global, console)
        try VaultOpener.close(named, .skip(today: global.date, reason: reason), in: vault, console)
    }
}
