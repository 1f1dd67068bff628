import Foundation
import GrapevineCLI
import TestSupport

/// Runs `grapevine` in-process and keeps what it printed.
struct CommandRun {
    let status: Int32
    let output: String
    let errors: String

    init(
        _ arguments: [String], isTerminal: Bool = false, environment: [String: String] = [:],
        currentDirectory: String = Scratch.folder.path
    ) async {
        let capture = CapturingConsole()
        status = await Grapevine.run(
            arguments: arguments,
            console: capture.console(
                isTerminal: isTerminal, environment: environment, currentDirectory: currentDirectory))
        output = capture.output
        errors = capture.errors
    }
}

/// Paths inside the repository, for fixtures and expected output.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let example = root.appendingPathComponent("Vault-Example").path
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")
    /// A vault with one of almost every problem `check` reports (and an ignored draft).
    static let brokenVault = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/broken-vault").path
    /// A small vault written from SPEC.md alone, with its hand-worked `next` in `EXPECTED.md`.
    static let specVault = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/spec-vault").path

    /// A vault for `path`: chains with a cycle, two referrers, a referral after you had reached
    /// someone, a placeholder, and an organization with people of every warmth (`EXPECTED.md`).
    static let pathVault = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/path-vault").path

    static func expectedOutput(_ name: String) throws -> String {
        try String(contentsOf: expected.appendingPathComponent(name), encoding: .utf8)
    }
}

/// A fresh folder for one test, removed when the value is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path =
Scratch.path("grapevine-cli").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `files` (vault-relative path → contents), creating folders.
    func write(_ files: [String: String]) throws {
        for (relative, contents) in files {
            let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: false, encoding: .utf8)
        }
    }
}
