import ArgumentParser
import GrapevineCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The options every command takes: which vault, which day is today, and colour.
///
/// `Grapevine` and each subcommand hold them as `@OptionGroup var global`. The parser decodes
/// the root's group first, from anywhere on the command line, and hands that same value to each
/// subcommand's group: `grapevine --vault V check` and `grapevine check --vault V` are one command,
/// and each command's help still lists them.
package struct GlobalOptions: ParsableArguments {
    package init() {}

    /// The options above that take a value, as written before a command's name.
    static let takingValues: Set<String> = ["--vault", "--today", "--color"]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The vault folder (default: $GRAPEVINE_VAULT, else the nearest folder upward holding .grapevine/, "
                + "else this folder if it holds contacts/ or interviews/).", valueName: "path"))
    var vault: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Pretend today is this date (YYYY-MM-DD), for planning or testing.", valueName: "date"),
        transform: CommandLineDate.day)
    var today: LocalDate?

    @Option(name: .long, help: "When to colour output: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    /// The vault folder these options and the console's surroundings pick.
    package func vaultRoot(_ console: Console) throws(VaultLocator.Failure) -> String {
        try VaultLocator.locate(
            option: vault, environment: console.environment, currentDirectory: console.currentDirectory)
    }

    /// Today's date: `--today`, else the system's local date.
    package var date: LocalDate {
        today ?? Self.systemDate
    }

    /// The system's local date.
    static var systemDate: LocalDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? LocalDate(daysSinceEpoch: Int(now) / 86_400)
    }

    /// The time of day now, in minutes after midnight, when today is the real today; `nil`
    /// with `--today` (a day given is taken as a whole: its interviews have taken place).
    package var minutesNow: Int? {
        guard today == nil else { return nil }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Int(parts.tm_hour) * 60 + Int(parts.tm_min)
    }

    /// The text style for standard output.
    func style(_ console: Console) -> TextStyle {
        switch color {
        case .always: return TextStyle(isColored: true)
        case .never: return .plain
        case .auto:
            let noColor = console.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return TextStyle(isColored: console.isTerminal && !noColor)
        }
    }
}
