import Foundation
import Testing

/// The README's "Your first week" walkthrough, run as written: each command in a fresh vault
/// (the first week on 2026-11-18, after the interview on 2026-11-25), and each comment that
/// shows output (`#  1  2026-11-18  Reach out …`, `# contacts/maria-lopez.md:16: …`) found in
/// what the command printed. A README that promised what the tool does not print fails here.
@Suite("README: your first week")
struct FirstWeekTests {
    /// The commands of the walkthrough, with the output their comments show (nil: none).
    static func walkthrough() throws -> [(command: String, shows: String?)] {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "### Your first week\n\n```sh\n"))
        let end = try #require(readme.range(of: "```", range: section.upperBound..<readme.endIndex))
        return readme[section.upperBound..<end.lowerBound].split(separator: "\n").map { line in
            let parts = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let comment = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            // Output is a numbered step or a written line; other comments are advice.
            let isOutput = comment.first?.isNumber == true || comment.hasPrefix("contacts/")
            return (String(parts[0]).trimmingCharacters(in: .whitespaces), isOutput ? comment : nil)
        }
    }

    /// Splits a shell command into words, with double quotes.
    static func words(_ command: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var started = false
        for character in command {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " ", !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }

    @Test("every command succeeds and prints what its comment shows")
    func walkthroughRunsAsWritten() async throws {
        let folder = try TemporaryFolder()
        let vault = folder.path + "/search"
        var today = "2026-11-18"
        var ran = 0
        for (command, shows) in try Self.walkthrough() {
            if command.isEmpty {
                today = "2026-11-25"  // `# after the interview:`
                continue
            }
            var arguments = Array(Self.words(command.components(separatedBy: " && ")[0]).dropFirst())
            #expect(Self.words(command).first == "grapevine", "\(command)")
            if arguments.first == "init" { arguments[1] = vault }
            let run = await CommandRun(
                arguments + ["--today", today], currentDirectory: arguments.first == "init" ? folder.path : vault)
            #expect(run.status == 0, "\(command): \(run.errors)")
            ran += 1
            guard let shows else { continue }
            let expected = shows.components(separatedBy: "…")[0].trimmingCharacters(in: .whitespaces)
            let printed = (run.output + run.errors).split(separator: "\n").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            #expect(
                printed.contains { $0.hasPrefix(expected) },
                "\(command) should show '\(expected)', printed:\n\(run.output)")
        }
        #expect(ran >= 8)
    }
}
