import Foundation
import Testing

@Suite("--out - is standard output, as most command-line tools read it")
struct OutToStandardOutputTests {
    static let today = "2026-11-20"
    static let environment = ["SOURCE_DATE_EPOCH": "1795000000"]

    @Test(
        "each command that writes a file prints to standard output for '-', and makes no file named '-'",
        arguments: [
            ["export", "ics"], ["export", "ics", "--events"], ["export", "vcard"], ["graph"],
            ["graph", "--format", "json"], ["draft", "outreach", "Ana Pereira"],
        ])
    func dash(command: [String]) async throws {
        let folder = try TemporaryFolder()
        let arguments = command + ["--vault", Repository.example, "--today", Self.today]
        let printed = await CommandRun(arguments, environment: Self.environment, currentDirectory: folder.path)
        let dashed = await CommandRun(
            arguments + ["--out", "-"], environment: Self.environment, currentDirectory: folder.path)
        #expect(dashed.status == 0, "\(command): \(dashed.errors)")
        #expect(!dashed.output.isEmpty)
        #expect(dashed.output == printed.output, "\(command)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "\(command)")
    }

    @Test("a file named '-' is still written as ./-")
    func dotSlashDash() async throws {
        let folder = try TemporaryFolder()
        let run = await CommandRun(
            ["graph", "--vault", Repository.example, "--out", "./-"], currentDirectory: folder.path)
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["-"])
    }

    @Test("the site, a folder, refuses '-' as bad usage, and makes no folder named '-'")
    func site() async throws {
        let folder = try TemporaryFolder()
        let run = await CommandRun(
            ["site", "--vault", Repository.example, "--today", Self.today, "--out", "-"],
            currentDirectory: folder.path)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("error: the site is a folder of pages and cannot be written to standard output"))
        #expect(run.errors.contains("--out ./-"))
        #expect(run.output.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
