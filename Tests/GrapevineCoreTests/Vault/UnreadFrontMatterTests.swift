import Testing

@testable import GrapevineCore

/// SPEC §5: front matter that cannot be read is one error, with a hint that fits the cause, not
/// also an error for each field it holds but that was not read.
@Suite("Front matter that cannot be read")
struct UnreadFrontMatterTests {
    static func problems(_ path: String, _ text: String) throws -> [Diagnostic] {
        try TemporaryVault.load([path: text]).diagnostics(inFile: path)
    }

    @Test(
        "an interview whose front matter cannot be read has that one error, not 'needs a contact/date'",
        arguments: [
            "---\ncontact: Lou\ndate: 2026-11-05\ndate: 2026-11-09\n---\n",  // a key twice
            "---\ncontact: Lou\ndate: 2026-11-05\ntags:\n\t- x\n---\n",  // a tab
            "---\ncontact: Lou\ndate: 2026-11-05\n",  // never closed
            "---\ncontact: [Lou\ndate: 2026-11-05\n---\n",  // a bracket never closed
            "---\n- Lou\n- 2026-11-05\n---\n",  // a list
        ])
    func oneErrorOnly(text: String) throws {
        let problems = try Self.problems("interviews/i.md", text)
        #expect(problems.filter { $0.severity == .error }.count == 1, "\(problems.map(\.message))")
        #expect(!problems.contains { $0.code == .missingKey })
    }

    @Test("a key written twice: the hint says to write it once")
    func duplicateKeyHint() throws {
        let problem = try #require(
            try Self.problems("interviews/i.md", "---\ncontact: Lou\ndate: 2026-11-05\ndate: 2026-11-09\n---\n").only)
        #expect(problem.located == "error interviews/i.md:4:1")
        #expect(problem.message == "malformed front matter: the key 'date' appears twice")
        #expect(problem.hint?.hasPrefix("write 'date' once: delete one of the two lines") == true)
    }

    @Test("a tab for indentation: said as such, with spaces as the fix")
    func tabHint() throws {
        let problem = try #require(
            try Self.problems("contacts/tab.md", "---\nname: Tab Tabby\ntags:\n\t- x\n---\n").only)
        #expect(problem.located == "error contacts/tab.md:4:1")
        #expect(problem.message == "malformed front matter: a tab where YAML allows only spaces")
        #expect(problem.hint == "indent with spaces instead: YAML does not allow tabs for indentation")
    }

    @Test("quiet: front matter that is read still needs its fields, and other syntax errors keep their hint")
    func quietCases() throws {
        let missing = try Self.problems("interviews/i.md", "---\ndate: 2026-11-05\n---\n")
        #expect(missing.map(\.message) == ["an interview needs a 'contact'"])
        let colon = try #require(try Self.problems("contacts/a.md", "---\nname: Ann\ntitle: a: b\n---\n").only)
        #expect(colon.code == .malformedFrontMatter)
        #expect(colon.hint?.hasPrefix("quote values that contain ': '") == true)
    }
}
