import Foundation
import TestSupport

/// An editor run without a terminal on a test vault, with `grapevine lsp` as its language
/// server (`GRAPEVINE_BIN` in its environment): the editor tests' one way to start one.
enum HeadlessEditor {
    /// Runs `executable` with `arguments` in `folder`, with `environment` added to the test's
    /// own (without `GRAPEVINE_VAULT`, so the server finds the vault from the folder), and
    /// waits for it to end; after `timeout` seconds it is stopped.
    static func run(
        _ executable: String, _ arguments: [String], in folder: String, environment: [String: String],
        timeout: TimeInterval = 120
    ) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var inherited = ProcessInfo.processInfo.environment.filter { $0.key != "GRAPEVINE_VAULT" }
        inherited["GRAPEVINE_BIN"] = ExecutableTests.binary.path
        inherited["TMPDIR"] = Scratch.folder.path
        process.environment = inherited.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
    }
}
