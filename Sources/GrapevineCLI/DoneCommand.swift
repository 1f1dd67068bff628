import ArgumentParser
import GrapevineCore

/// `grapevine done STEP... [--date D]`: records that a next step was done.
struct DoneCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Record that a next step is done (thanked, followed up, a ticked box, …).",
        discussion: """
            STEP is a number grapevine next showed, or the step's id. A number means the step \
            shown with it, for the rest of that day and the same --today, even after closing \
            another or an edit moved it; a step closed or changed since is refused. Without a \
            list shown that day (or one for another --today), numbers are the day's, as next \
            numbers the steps now. Writes one line, as you would have \
            written it, atomically and only if the note still holds what the steps were worked \
            out from (another done at the same moment, or an editor's save, makes it refuse):

              thank-you, thank-referrer   '- DATE thanked' in the person's Log
              send-resume                 '- DATE sent resume'
              update                      '- DATE updated'
              reach-out, contact-referral '- DATE reached out'
              follow-up                   '- DATE followed up'
              move-on                     '- DATE skipped move-on: moved on'
              stay-in-touch               '- DATE messaged'
              task, apply                 the item's box ticked: '- [ ]' becomes '- [x]'

            A thank-you to someone with no note yet goes in the interview's front matter \
            instead: 'thank_you: DATE', which closes the thank-you to everyone met there; \
            while another of them is still open, done refuses and says what to do (give the \
            person a note first, or close their thank-yous together).

            schedule, prepare, try-another, find-contacts and reminder are done by recording \
            something else (an interview note, the missing agenda, a message to someone else, \
            a new contact, the remind: entry); done says what, and writes nothing.

            Several steps close all or none: each is checked before anything is written, and \
            one that cannot be closed refuses them all, saying which could be; name those again.

            Examples:
              grapevine next
              grapevine done 3
              grapevine done 2 5 7
              grapevine done 3 --date 2026-11-19
              grapevine done 1dab80f3f882bd5f
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The steps: their numbers in grapevine next, or their ids.")
    var steps: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "When it was done: YYYY-MM-DD or \"YYYY-MM-DD HH:MM\" (default: today), not before the step's interview or "
                + "message.", valueName: "date"),
        transform: CommandLineDate.moment)
    var date: LocalDateTime?

    mutating func execute(_ console: Console) async throws {
        // A record dated after today would be a warning in check, and next would ignore it.
        if let date, date.date > global.date {
            throw CommandError(
                "error: --date \(date.date) is after today (\(global.date)); record what was done once it is.",
                status: .usage)
        }
        let vault = try VaultOpener.open(global, console)
        let named = try VaultOpener.steps(steps, in: vault, global, console)
        // A record dated before what started the step (the interview, the message followed up)
        // does not close it, and would read as something else (a follow-up before the first
        // message): nothing is written for any of the steps.
        if let date, let early = named.found.first(where: { $0.since.map { date.date < $0 } ?? false }),
            let since = early.since
        {
            throw CommandError(
                "error: --date \(date.date) is before \(since), the day '\(early.title)' started from; a record "
                    + "dated before it does not close it. Nothing was written.",
                status: .usage)
        }
        try VaultOpener.close(named, .done(date ?? LocalDateTime(date: global.date)), in: vault, console)
    }
}
