import Foundation
import Testing

@testable import GrapevineCore

private func step(_ number: Int, _ id: String, _ title: String) -> NextStep {
    var step = NextStep(kind: .task, due: nil, title: title, file: "notes/todo.md", line: number)
    step.number = number
    step.id = id
    return step
}

@Suite("ShownSteps: the steps next showed, kept in the cache folder")
struct ShownStepsTests {
    static let today = LocalDate("2026-11-21")!
    static let now = LocalDate("2026-12-06")!

    private func list(_ vault: String, _ steps: [NextStep]) -> ShownSteps {
        ShownSteps(vault: vault, today: Self.today, shownOn: Self.now, steps: steps)
    }

    @Test("saved and loaded again, for its vault only, in $XDG_CACHE_HOME/grapevine, else ~/.cache/grapevine")
    func roundTrip() throws {
        let folder = try TestFolder(["vault/notes/todo.md": "- [ ] Call\n"])
        let vault = folder.root + "/vault"
        let shown = list(vault, [step(1, "0123456789abcdef", "Call\tAna\nback"), step(4, "fedcba9876543210-2", "")])
        for environment in [["XDG_CACHE_HOME": folder.root + "/cache"], ["HOME": folder.root + "/home"]] {
            shown.save(environment: environment)
            let loaded = try #require(ShownSteps.load(forVault: vault + "/notes/..", environment: environment))
            #expect(loaded == shown)
            #expect(loaded.entries[0].title == "Call Ana back")
            #expect(ShownSteps.load(forVault: folder.root, environment: environment) == nil)
        }
        #expect(FileManager.default.fileExists(atPath: folder.root + "/home/.cache/grapevine"))
        // Nowhere to keep it: nothing kept, nothing said.
        shown.save(environment: ["XDG_CACHE_HOME": "relative"])
        #expect(ShownSteps.load(forVault: vault, environment: [:]) == nil)
        try "a file".write(toFile: folder.root + "/blocked", atomically: true, encoding: .utf8)
        shown.save(environment: ["XDG_CACHE_HOME": folder.root + "/blocked"])
        #expect(ShownSteps.load(forVault: vault, environment: ["XDG_CACHE_HOME": folder.root + "/blocked"]) == nil)
    }

    @Test("a file that holds another vault's list, or is not a list, is no list")
    func notThisVault() throws {
        let folder = try TestFolder()
        let environment = ["XDG_CACHE_HOME": folder.root]
        let vault = folder.root
        let file = try #require(ShownSteps.file(forVault: ShownSteps.canonical(vault), environment: environment))
        try FileManager.default.createDirectory(atPath: folder.root + "/grapevine", withIntermediateDirectories: true)
        var other = list(vault, [step(1, "0123456789abcdef", "Call")])
        other.vault = "/elsewhere"
        try Data(other.bytes).write(to: URL(fileURLWithPath: file))
        #expect(ShownSteps.load(forVault: vault, environment: environment) == nil)
        try "grapevine shown steps 1\nvault\t\(ShownSteps.canonical(vault))\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        #expect(ShownSteps.load(forVault: vault, environment: environment) == nil)
    }

    @Test("it holds for the same vault and --today, shown on the same day")
    func holds() throws {
        let folder = try TestFolder()
        let shown = list(folder.root, [])
        #expect(shown.hold(forVault: folder.root + "/.", today: Self.today, now: Self.now))
        #expect(!shown.hold(forVault: folder.root, today: Self.today.adding(days: 1), now: Self.now))
        #expect(!shown.hold(forVault: folder.root, today: Self.today, now: Self.now.adding(days: 1)))
        #expect(!shown.hold(forVault: "/elsewhere", today: Self.today, now: Self.now))
    }

    @Test(
        "the numbers shown, in words",
        arguments: [
            ([1, 2], "steps 1–2"), ([4], "step 4"), ([3, 7, 9, 10, 11, 12], "steps 3, 7 and 9–12"),
            ([1, 2, 3, 5], "steps 1–3 and 5"),
        ])
    func numbersInWords(numbers: [Int], words: String) {
        let shown = list("/v", numbers.map { step($0, "id\($0)", "Step \($0)") })
        #expect(shown.numbersInWords == words)
        #expect(shown.numbers["id\(numbers[0])"] == numbers[0])
        #expect(shown.entry(numbered: numbers.last!)?.title == "Step \(numbers.last!)")
    }
}
