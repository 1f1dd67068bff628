import Foundation
import Testing

/// Runs the built `grapevine` binary, as a user would.
@Suite("the grapevine executable")
struct ExecutableTests {
    /// The binary sits beside the test bundle in SwiftPM's build folder.
    static var binary: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("grapevine").path),
            folder.path != "/"
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("grapevine")
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Self.run(Self.binary, arguments)
    }

    /// Runs `executable` with `arguments` and returns its status and standard output.
    static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs the binary in `folder` without `$GRAPEVINE_VAULT`, and keeps what it wrote to standard error.
    private func run(_ arguments: [String], in folder: String) throws -> (status: Int32, errors: String) {
        try Self.run(Self.binary, arguments, in: folder)
    }

    /// Runs `executable` in `folder` without `$GRAPEVINE_VAULT`, and keeps what it wrote to
    /// standard error.
    static func run(_ executable: URL, _ arguments: [String], in folder: String) throws -> (
        status: Int32, errors: String
    ) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "GRAPEVINE_VAULT" }
        let pipe = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("run in a folder that is no vault, it says so and exits with 2; in a vault's subfolder it finds the vault")
    func vaultFromTheWorkingFolder() throws {
        let empty = try TemporaryFolder()
        let outside = try run(["new", "contact", "Sam Reyes"], in: empty.path)
        #expect(outside.status == 2)
        #expect(outside.errors.hasPrefix("error: no vault here: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
        let vault = try TemporaryFolder()
        try vault.write([".grapevine/config.yml": "owner: Ann\n", "notes/todo.md": "Nothing.\n"])
        #expect(try run(["check"], in: vault.path + "/notes").status == 0)
    }

    @Test("exit statuses: 0 on success, 1 on a vault with errors, 2 on bad usage")
    func exitStatuses() throws {
        #expect(try run(["check", "--vault", Repository.example]).status == 0)
        let folder = try TemporaryFolder()
        try folder.write(["contacts/a.md": "---\nname: [unclosed\n---\n"])
        let broken = try run(["check", "--vault", folder.path])
        #expect(broken.status == 1)
        #expect(broken.output.contains("contacts/a.md:2:"))
        #expect(try run(["check", "--no-such-option"]).status == 2)
    }

    @Test("prints no colour when output is not a terminal")
    func noColorInPipes() throws {
        let folder = try TemporaryFolder()
        try folder.write(["contacts/a.md": "---\nadded: soon\n---\n"])
        let result = try run(["check", "--vault", folder.path])
        #expect(result.output.contains("error: invalid date 'soon' for 'added'"))
        #expect(!result.output.contains("\u{1B}["))
    }
}
