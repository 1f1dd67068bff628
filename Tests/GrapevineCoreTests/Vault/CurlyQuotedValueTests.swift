import Testing

@testable import GrapevineCore

/// Smart Punctuation (Mac, iPhone, iPad) types `name: "Grace Kim"` as `name: “Grace Kim”`, which
/// YAML keeps as text, quotes and all.
@Suite("Front matter values in curly quotes")
struct CurlyQuotedValueTests {
    @Test(
        "a plain value wholly in curly quotes is read without them, with a warning at it",
        arguments: ["“Grace Kim”", "‘Grace Kim’", "«Grace Kim»", "„Grace Kim“"])
    func curlyName(written: String) throws {
        let vault = try TemporaryVault.load([
            "contacts/grace-kim.md": "---\nname: \(written)\ntitle: “Director of Learning”\n---\n"
        ])
        let note = try #require(vault.notes.first)
        #expect(note.name == "Grace Kim")
        #expect(note.title == "Director of Learning")
        let warnings = vault.diagnostics(.curlyQuotes)
        #expect(warnings.map(\.located) == ["warning contacts/grace-kim.md:2:7", "warning contacts/grace-kim.md:3:8"])
        #expect(warnings.first?.hint?.contains("\"Grace Kim\"") == true)
        #expect(try vault.node("Grace Kim") == Graph.node(ofNote: 0))
    }

    @Test(
        "quotes that are part of the value, or quoted for YAML, stay as written, without a warning",
        arguments: [
            ("name: Dwayne “The Rock” Johnson", "Dwayne “The Rock” Johnson"),
            ("name: \"“Grace Kim”\"", "“Grace Kim”"),
            ("name: Grace Kim", "Grace Kim"),
            ("name: “”", "“”"),
        ])
    func keptAsWritten(line: String, name: String) throws {
        let vault = try TemporaryVault.load(["contacts/grace-kim.md": "---\n\(line)\n---\n"])
        #expect(vault.notes.first?.name == name)
        #expect(vault.diagnostics(.curlyQuotes).isEmpty)
    }
}
