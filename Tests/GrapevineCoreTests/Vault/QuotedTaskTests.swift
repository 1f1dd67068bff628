import Testing

@testable import GrapevineCore

/// cmark-gfm 0.29 reads no task box inside a block quote (`> - [ ] Call Maria`, an Obsidian
/// `> [!todo]` callout): such a task is no step, so `check` says so where it is.
@Suite("A task in a block quote or callout")
struct QuotedTaskTests {
    private func warnings(_ text: String) throws -> [String] {
        try TemporaryVault.load(["notes/todo.md": text]).diagnostics.filter { $0.code == .quotedTask }
            .map { "\($0.file):\($0.line):\($0.column)" }
    }

    @Test("an open task in a quote or callout is a warning at its box, and no task")
    func quotedOpenTask() throws {
        let text = "# Todo\n\n> - [ ] Call Maria\n\n> [!todo] This week\n> - [ ] Write to Sam due 2026-11-20\n"
        #expect(try warnings(text) == ["notes/todo.md:3:5", "notes/todo.md:6:5"])
        let vault = try TemporaryVault.load(["notes/todo.md": text])
        #expect(vault.notes.flatMap(\.openTasks).isEmpty)
    }

    @Test(
        "not for a task outside a quote, a ticked or empty box, or a box that is not first",
        arguments: [
            "- [ ] Call Maria\n", "> - [x] Called Maria\n", "> - [ ]\n", "> - Call [ ] Maria\n", "> [ ] no item\n",
        ])
    func notWarned(text: String) throws {
        #expect(try warnings(text).isEmpty)
    }
}
