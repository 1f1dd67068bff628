import ArgumentParser
import GrapevineCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `grapevine export ics`: the next steps as an iCalendar file of to-dos, or of events.
struct ExportICSCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Export your next steps (and interviews) for a calendar or task app.",
        discussion: """
            Writes every next step (the ones 'grapevine next --all' lists) as an iCalendar \
            (.ics) file of to-dos: the action as the title, the due date when there is one, and \
            the details with the file and line to edit as the description. Import the file into \
            Apple Reminders or Calendar, Thunderbird, Outlook or any app that reads iCalendar.

            Google Calendar and many phone calendars ignore to-dos: with --events, each dated \
            step is an all-day event on its due date, and each interview an event at its time, \
            for its duration, with how you meet (and the link to join, if the note has one). \
            Undated steps stay to-dos.

            Each to-do and event keeps the same UID from one export to the next, so importing \
            a newer export updates your calendar instead of adding copies. Give the file you \
            exported last time with --previous, and the steps done since are written again, \
            marked done, so the calendar shows them done instead of open forever. --out may \
            replace a file that 'grapevine export ics' wrote, and only such a file. --today \
            changes which steps are due, not the time stamped on the file.

            Examples:
              grapevine export ics > ~/grapevine.ics
              grapevine export ics --out ~/Desktop/next-steps.ics
              grapevine export ics --events --previous cal.ics --out cal.ics
              grapevine export ics --kind thank-you --kind follow-up > thanks.ics

            Kinds: \(NextStep.Kind.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write to this file instead of standard output ('-'): a new file, or one an earlier 'export ics' wrote.",
            valueName: "file"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Export only this kind of step (repeatable).", valueName: "kind"))
    var kind: [NextStep.Kind] = []

    @Flag(name: .long, help: "Write dated steps as all-day events and interviews as timed events.")
    var events = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The file you exported last time: steps in it that are done now are written again, marked done.",
            valueName: "file"))
    var previous: String?

    mutating func execute(_ console: Console) async throws {
        let stamp = try Self.stamp(console)
        let previousExport = try previous.map { try Self.read(previous: $0, console) }
        let vault = try VaultOpener.open(global, console)
        let today = global.date
        let allSteps = NextStepEngine(vault: vault, today: today).steps()
        let steps = NextStepAgenda(steps: allSteps, today: today, all: true, kinds: Set(kind)).steps
        let interviews = kind.isEmpty || kind.contains(.interview) ? InterviewEvent.all(in: vault, today: today) : []
        var calendar = ICalendar(steps, stamp: stamp, form: events ? .events : .todos, interviews: interviews)
        if let previousExport { calendar.carry(from: previousExport, openSteps: allSteps) }
        try console.write(
            calendar.text, toFile: out, replacing: ICalendar.isWrittenByGrapevine, command: "grapevine export ics",
            wrote: Self.summary(of: calendar))
        VaultOpener.warnAboutProblems(in: vault, console)
    }

    /// "12 next steps, 11 interviews and 2 steps marked done".
    static func summary(of calendar: ICalendar) -> String {
        var parts = [counted(calendar.shownSteps.count, "next step")]
        if calendar.form == .events { parts.append(counted(calendar.interviews.count, "interview")) }
        if calendar.doneCount > 0 { parts.append(counted(calendar.doneCount, "step") + " marked done") }
        return Prose.list(parts)
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// The export given to `--previous`, read before anything is written (it may be the
    /// `--out` file).
    static func read(previous path: String, _ console: Console) throws -> ICalendar.PreviousExport {
        try Console.refuseStandardInput(path, as: "--previous")
        do {
            return try ICalendar.PreviousExport(contentsOf: VaultLocator.absolute(path, from: console.currentDirectory))
        } catch {
            throw CommandError(
                "error: cannot use \(path.escapingControlCharacters) as --previous: \(error.description).")
        }
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
