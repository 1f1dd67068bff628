import ArgumentParser
import GrapevineCore

/// A subcommand that writes through a `Console`, so tests can run it in-process and read what it printed.
protocol ConsoleCommand: ParsableCommand {
    mutating func execute(_ console: Console) throws
}

extension ConsoleCommand {
    mutating func run() throws {
        try execute(.standard)
    }
}
