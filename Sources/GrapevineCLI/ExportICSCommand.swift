import ArgumentParser
import GrapevineCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `grapevine export ics`: the next steps as an iCalendar file of to-dos.
struct ExportICSCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Export your next steps as to-dos for a calendar or task app.",
        discussion: """
            Writes every next step (the ones 'grapevine next --all' lists) as an iCalendar \
            (.ics) file of to-dos: the action as the title, the due date when there is one, and \
            the details with the file and line to edit as the description. Import the file into \
            Apple Reminders or Calendar, Thunderbird, Outlook or any app that reads iCalendar.

            Each to-do keeps the same UID from one export to the next, so importing a newer \
            export updates your to-dos instead of adding copies. --today changes which steps \
            are due, not the time stamped on the file.

            Examples:
              grapevine export ics > ~/grapevine.ics
              grapevine export ics --out ~/Desktop/next-steps.ics
              grapevine export ics --kind thank-you --kind follow-up > thanks.ics

            Kinds: \(NextStep.Kind.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write to this new file instead of standard output; an existing file is never replaced.",
            valueName: "file"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Export only this kind of step (repeatable).", valueName: "kind"))
    var kind: [NextStep.Kind] = []

    mutating func execute(_ console: Console) async throws {
        let stamp = try Self.stamp(console)
        let vault = try VaultOpener.open(global, console)
        let today = global.date
        let allSteps = NextStepEngine(vault: vault, today: today).steps()
        let steps = NextStepAgenda(steps: allSteps, today: today, all: true, kinds: Set(kind)).steps
        let text = ICalendar(steps, stamp: stamp).text
        try console.write(text, toNewFile: out, wrote: "\(steps.count) next step\(steps.count == 1 ? "" : "s")")
        VaultOpener.warnAboutErrors(in: vault, console)
    }

    /// The file's time stamp: now, or `SOURCE_DATE_EPOCH` when set, for output that is the
    /// same on every run (reproducible builds, tests).
    static func stamp(_ console: Console) throws -> ICalendar.Timestamp {
        guard let text = console.environment["SOURCE_DATE_EPOCH"], !text.isEmpty else {
            return ICalendar.Timestamp(secondsSinceEpoch: Int(time(nil)))
        }
        guard let seconds = Int(text), seconds >= 0 else {
            throw CommandError(
                "error: SOURCE_DATE_EPOCH is '\(text)'; set it to a number of seconds since 1970-01-01 UTC, or unset it."
            )
        }
        return ICalendar.Timestamp(secondsSinceEpoch: seconds)
    }
}
