import Testing

@testable import GrapevineCore

/// Session 33: a contact's name written with a line break in quoted YAML (`name: "Ana\nLopez"`)
/// split the lines of `next`, `show` and `search`: "Follow up with Ana" on one line, "Lopez: no
/// reply since …" at the start of the next. A name's line breaks in one-line output are
/// escaped (`escapingLineBreaks`); other control characters are the console's to show
/// (`HostileTerminalTests`), and `--json` keeps the name as it is.
@Suite("names with control characters: one line each in next, show and search")
struct ControlCharacterNameTests {
    static let today = LocalDate(valid: "2026-12-07")

    static func vault() throws -> Vault {
        try TemporaryVault.load([
            "contacts/ana.md": """
            ---
            name: "Ana\\nLopez"
            added: 2026-11-01
            title: "Lab\\nlead"
            referred_by: "[[Cy Ro]]"
            ---
            ## Log
            - 2026-11-02 emailed: intro

            """,
            "contacts/cy.md": "---\nname: Cy Ro\nadded: 2026-10-01\n---\n## Log\n- 2026-10-02 met\n",
        ])
    }

    /// Whether a line of `text` says "Ana\nLopez" escaped, and none starts with "Lopez" or ends with "Ana".
    static func expectOneLine(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.contains(#"Ana\nLopez"#) }, "\(text)", sourceLocation: sourceLocation)
        #expect(
            !lines.contains { $0.hasPrefix("Lopez") || $0.hasSuffix("Ana") }, "\(text)", sourceLocation: sourceLocation)
    }

    @Test("next: the step's title and its details")
    func next() throws {
        let vault = try Self.vault()
        let steps = NextStep.numbered(NextStepEngine(vault: vault, today: Self.today).steps(), today: Self.today)
        #expect(steps.contains { $0.title.contains("Ana\nLopez") })
        Self.expectOneLine(NextStepText(NextStepAgenda(steps: steps, today: Self.today, all: true)).text)
    }

    @Test("show: the card, the person's own, and where they led on the referrer's")
    func show() throws {
        let vault = try Self.vault()
        let builder = DossierBuilder(vault: vault, today: Self.today)
        let ana = DossierText(builder.dossier(for: try vault.node(atPath: "contacts/ana.md"))).text
        Self.expectOneLine(ana)
        #expect(ana.contains(#"Lab\nlead"#), "\(ana)")
        Self.expectOneLine(DossierText(builder.dossier(for: try vault.node("Cy Ro"))).text)
    }

    @Test("search: each hit's name")
    func search() throws {
        let vault = try Self.vault()
        let results = SearchResults(query: try SearchQuery("intro"), in: vault, kinds: [], limit: 10)
        Self.expectOneLine(SearchResultsText(results).text)
    }
}

extension ControlCharacterNameTests {
    @Test(
        "only the characters that end a line are escaped",
        arguments: [
            ("Ana\nLopez", #"Ana\nLopez"#), ("Ana\r\nLopez", #"Ana\r\nLopez"#),
            ("Ana\u{2028}Lopez", #"Ana\u{2028}Lopez"#),
            ("Ana\u{85}Lopez", #"Ana\u{85}Lopez"#), ("Eve \u{1B}[31m\tRed", "Eve \u{1B}[31m\tRed"),
            ("José Núñez", "José Núñez"),
        ])
    func lineBreaks(name: String, shown: String) {
        #expect(name.escapingLineBreaks == shown)
    }
}

extension ControlCharacterNameTests {
    @Test("the byte reading finds the line breaks a reading of the characters finds, among dashes and quotes")
    func lineBreaksByBytes() {
        // Characters whose UTF-8 starts as a line break's does (0xC2, 0xE2 0x80), and the breaks.
        let pool: [String] = [
            "a", "é", "—", "“", "”", "\u{2027}", "\u{202A}", "\u{A0}", "\u{84}", "\u{86}", "\n", "\r", "\u{B}",
            "\u{C}", "\u{85}", "\u{2028}", "\u{2029}", "\t", "\u{1B}", "🙂",
        ]
        let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
                .joined()
            let hasBreak = text.unicodeScalars.contains(where: breaks.contains)
            #expect((text.escapingLineBreaks != text) == hasBreak, "\(text.debugDescription)")
        }
    }
}
