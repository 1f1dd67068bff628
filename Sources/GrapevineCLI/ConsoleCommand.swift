import ArgumentParser
import GrapevineCore

/// A subcommand that writes through a `Console`, so tests can run it in-process and read what it printed.
protocol ConsoleCommand: AsyncParsableCommand {
    mutating func execute(_ console: Console) async throws
}

extension ConsoleCommand {
    mutating func run() async throws {
        try await execute(.standard)
    }
}
