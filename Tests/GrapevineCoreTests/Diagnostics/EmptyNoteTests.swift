import Testing

@testable import GrapevineCore

/// Issue 17: a note with nothing in it is a warning of its own, and nobody's next step.
@Suite("Empty notes")
struct EmptyNoteTests {
    @Test(arguments: [
        ("contacts/sam.md", ""),
        ("contacts/sam.md", "  \n\n\t\n"),
        ("contacts/sam.md", "\r\n\r\n"),
        ("contacts/sam.md", "---\n---\n"),
        ("contacts/sam.md", "---\n---\n\n   \n"),
        ("contacts/sam.md", "---\n# only a comment\n---\n"),
        ("interviews/2026-11-20-sam.md", ""),
        ("organizations/acme.md", "---\n...\n"),
        ("ideas.md", "\n"),
    ])
    func anEmptyNoteIsOneWarning(path: String, text: String) throws {
        let vault = try TemporaryVault.load([path: text])
        // Only the one slip: an empty interview is not also missing its `contact` and `date`.
        #expect(vault.diagnostics.map(\.located) == ["warning \(path):1:1"])
        #expect(vault.diagnostics.first?.code == .emptyNote)
        #expect(vault.note(atPath: path) != nil)
    }

    @Test(arguments: [
        ("something in the body", "Met at the fair.\n"),
        ("a key in the front matter", "---\nname: Sam\n---\n"),
        ("a key without a value", "---\nname:\n---\n"),
        ("an HTML comment", "<!-- later -->\n"),
        ("a heading", "# Sam\n"),
    ])
    func aNoteWithAnythingInItIsNotEmpty(_ what: String, text: String) throws {
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        #expect(vault.diagnostics(.emptyNote).isEmpty, "\(what)")
    }

    @Test(arguments: [
        ("unterminated front matter", "---\n", DiagnosticCode.unterminatedFrontMatter),
        ("malformed front matter", "---\n: [\n---\n", .malformedFrontMatter),
        ("front matter that is not a mapping", "---\n- a\n---\n", .frontMatterNotMapping),
    ])
    func brokenFrontMatterIsItsOwnProblem(_ what: String, text: String, code: DiagnosticCode) throws {
        let vault = try TemporaryVault.load(["contacts/sam.md": text])
        #expect(vault.diagnostics.map(\.code) == [code], "\(what)")
    }

    @Test func anEmptyNoteIsNobodysNextStep() throws {
        let vault = try TemporaryVault.load([
            "contacts/sam-reyes.md": "",
            "contacts/nadia.md": "---\n---\n",
            "interviews/2026-11-20-sam-reyes.md": "",
            "organizations/acme.md": "",
            "pitch.md": "",
            "ideas.md": " \n",
        ])
        let steps = NextStepEngine(vault: vault, today: LocalDate(valid: "2026-11-18")).steps()
        #expect(steps.map(\.title) == [])
        #expect(vault.diagnostics.map(\.code) == Array(repeating: .emptyNote, count: 6))
    }

    @Test func anEmptyContactNoteGetsNoReachOut() throws {
        // A contact with something in it is someone to reach out to: the rule still works.
        let added = try NextStepFixture.steps(
            ["contacts/sam-reyes.md": "---\nadded: 2026-11-02\n---\n"], today: "2026-11-18", kind: .reachOut)
        #expect(added == ["2026-11-02 Sam Reyes"])
        let blank = try NextStepFixture.steps(
            ["contacts/sam-reyes.md": "---\n---\n\n"], today: "2026-11-18", kind: .reachOut)
        #expect(blank == [])
        let empty = try TemporaryVault.load(["contacts/sam-reyes.md": ""])
        #expect(NextStepEngine(vault: empty, today: LocalDate(valid: "2026-11-18")).steps().isEmpty)
    }
}
