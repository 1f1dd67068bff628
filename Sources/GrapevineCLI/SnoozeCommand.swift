import ArgumentParser
import GrapevineCore

/// `grapevine snooze STEP... --until D [--reason T]`: moves a next step's due date.
struct SnoozeCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "snooze",
        abstract: "Put a next step off until a later day.",
        discussion: """
            STEP is a number grapevine next showed, or the step's id. A number means the step \
            shown with it, for the rest of that day and the same --today, even after closing \
            another or an edit moved it; a step closed or changed since is refused. Without a \
            list shown that day (or one for another --today), numbers are the day's, as next \
            numbers the steps now. \
            Writes '- TODAY snoozed KIND until DATE: REASON' in the Log of the person the step \
            is about; next shows the step again from DATE. For a task or lead the item's due \
            date is written instead (replacing the one after 'due' or '📅', else adding ' due \
            DATE'; a deadline in words, 'closes 2026-11-30', stays as written, with a warning \
            when DATE is after it). \
            Several steps close all or none: one that cannot be closed refuses them all.

            Examples:
              grapevine snooze 2 --until 2026-12-10 --reason "away until the 9th"
              grapevine snooze 16 --until 2026-11-25
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The steps: their numbers in grapevine next, or their ids.")
    var steps: [String]

    @Option(
        name: .long,
        help: ArgumentHelp("The day the step is due again (YYYY-MM-DD).", valueName: "date"),
        transform: CommandLineDate.day)
    var until: LocalDate

    @Option(name: .long, help: ArgumentHelp("Why, on one line.", valueName: "text"))
    var reason = ""

    mutating func execute(_ console: Console) async throws {
        guard until > global.date else {
            throw CommandError(
                "error: --until \(until) is not after today (\(global.date)); snooze to a later day.", status: .usage)
        }
        let vault = try VaultOpener.open(global, console)
        let named = try VaultOpener.steps(steps, in: vault, global, console)
        let action = ClosingRecord.Action.snooze(today: global.date, until: until, reason: reason)
        try VaultOpener.close(named, action, in: vault, console)
    }
}
