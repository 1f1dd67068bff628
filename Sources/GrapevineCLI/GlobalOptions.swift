import ArgumentParser
import GrapevineCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The options every command takes: which vault, which day is today, and colour.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The vault folder (default: $GRAPEVINE_VAULT, else the nearest folder upward holding .grapevine/, "
                + "else this folder if it holds contacts/ or interviews/).", valueName: "path"))
    var vault: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Pretend today is this date (YYYY-MM-DD), for planning or testing.", valueName: "date"),
        transform: { text in
            guard let date = LocalDate(text) else {
                throw ValidationError("'\(text)' is not a date; write it as YYYY-MM-DD.")
            }
            return date
        })
    var today: LocalDate?

    @Option(name: .long, help: "When to colour output: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    /// The options' names, each taking a value.
    static let names = ["--vault", "--today", "--color"]

    /// `grapevine --vault V check` as `grapevine check --vault V`: global options may come
    /// before the command, as in git, and each command parses them itself.
    static func movedAfterSubcommand(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if names.contains(argument), index + 1 < arguments.count {
                leading += arguments[index...index + 1]
                index += 2
            } else if names.contains(where: { argument.hasPrefix($0 + "=") }) {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < arguments.count, !arguments[index].hasPrefix("-") else { return arguments }
        let end = index + commandPathLength(arguments[index...])
        return arguments[index..<end] + leading + arguments[end...]
    }

    /// How many of the leading `arguments` name a command and its subcommands (`export ics`
    /// is two), at least one: the options go after the last of them.
    private static func commandPathLength(_ arguments: ArraySlice<String>) -> Int {
        var command: any ParsableCommand.Type = Grapevine.self
        var count = 0
        for argument in arguments {
            let subcommands = command.configuration.subcommands
            guard let subcommand = subcommands.first(where: { $0.configuration.commandName == argument }) else { break }
            command = subcommand
            count += 1
        }
        return max(count, 1)
    }

    /// The vault folder these options and the console's surroundings pick.
    func vaultRoot(_ console: Console) throws(VaultLocator.Failure) -> String {
        try VaultLocator.locate(
            option: vault, environment: console.environment, currentDirectory: console.currentDirectory)
    }

    /// Today's date: `--today`, else the system's local date.
    var date: LocalDate {
        if let today { return today }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? LocalDate(daysSinceEpoch: Int(now) / 86_400)
    }

    /// The time of day now, in minutes after midnight, when today is the real today; `nil`
    /// with `--today` (a day given is taken as a whole: its interviews have taken place).
    var minutesNow: Int? {
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
