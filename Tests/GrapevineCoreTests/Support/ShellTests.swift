import Foundation
import Testing

@testable import GrapevineCore

@Suite("Command lines a user may copy")
struct ShellTests {
    static let names = [
        "Maria López", "Pat O'Neil", "Robert \"Bob\" Smith", "Cash $HOME", "Back`tick`", "Wow! Inc.", "A\\B",
        "Tab\tName", "-n", "",
    ]

    /// What `sh` makes of `words`: each argument on its own line.
    private func shellArguments(_ words: String, shell: String = "/bin/sh") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        // bash writes a `\u0085` as UTF-8 only in a UTF-8 locale.
        process.environment = ["LC_ALL": "C.UTF-8"]
        process.arguments = ["-c", "printf '%s\\n' " + words]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    @Test("a name comes back from the shell as one argument, as it was", arguments: names)
    func argumentSurvivesTheShell(name: String) throws {
        #expect(try shellArguments(Shell.argument(name)) == name + "\n")
        #expect(try shellArguments(Shell.quoted(name)) == name + "\n")
    }

    @Test("ordinary names keep the double quotes people type")
    func ordinaryNamesInDoubleQuotes() {
        #expect(Shell.argument("Pat O'Neil") == "\"Pat O'Neil\"")
        #expect(Shell.argument("Maria López") == "\"Maria López\"")
        #expect(Shell.argument("Robert \"Bob\" Smith") == "'Robert \"Bob\" Smith'")
    }

    @Test(
        "a file name with a line break or an escape is quoted escaped ($'…'), and comes back from bash as it was",
        arguments: ["interviews/2026-12-01-bea\u{1B}[31m\n.md", "a\rb's\\c\u{7F}\u{85}\td.md"])
    func controlCharactersEscaped(name: String) throws {
        let quoted = Shell.quoted(name)
        #expect(quoted.hasPrefix("$'"), "\(quoted)")
        #expect(!quoted.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(quoted)")
        #expect(try shellArguments(quoted, shell: "/bin/bash") == name + "\n")
        #expect(try shellArguments(Shell.argument(name), shell: "/bin/bash") == name + "\n")
    }
}
