import Testing

@testable import GrapevineCore

private typealias F = NextStepFixture

/// A contact whose `source` links another contact's note (`source: "[[Marco Diaz]]"`): a source
/// says how you found someone when nobody referred you, so it makes no referral and no step
/// thanks Marco. `check` says so, with the `referred_by` to write.
@Suite("A contact's source that links another contact")
struct SourceNamingAContactTests {
    /// Priya's note with `source` written as `source`, beside the notes of Marco (a contact) and
    /// Riverbend Alumni (an organization).
    private static func vault(source: String, extra: String = "") throws -> Vault {
        try TemporaryVault.load([
            "contacts/priya.md": F.contact("name: Priya Shah", "added: 2026-11-01", "source: \(source)", extra),
            "contacts/marco.md": F.contact("name: Marco Diaz", "added: 2026-10-01"),
            "organizations/riverbend.md": "---\nname: Riverbend Alumni\n---\n",
        ])
    }

    @Test(
        "is a warning at the value, with the referred_by to write", arguments: ["\"[[Marco Diaz]]\"", "'[[marco]]'"])
    func warned(source: String) throws {
        let vault = try Self.vault(source: source)
        let diagnostic = try #require(vault.diagnostics.first { $0.code == .sourceNamesAContact })
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.file == "contacts/priya.md")
        #expect(diagnostic.line == 4 && diagnostic.column == 9, "\(diagnostic)")
        #expect(
            diagnostic.message
                == "'source' links Marco Diaz, but a source makes no referral: no step thanks Marco Diaz or tells them "
                + "how it went")
        #expect(
            diagnostic.hint?.hasPrefix("if Marco Diaz gave you this name, write 'referred_by: \"[[Marco Diaz]]\"'")
                == true)
        // And indeed no referral is made: Priya still hangs off you.
        let priya = Graph.node(ofNote: try #require(vault.index(ofPath: "contacts/priya.md")))
        #expect(!vault.graph.edges.contains { $0.kind == .referred && $0.to == priya && $0.from != Graph.owner })
    }

    @Test(
        "is no warning for a word, an organization, a name with no note, the note itself, or a referrer named too",
        arguments: [
            ("linkedin", ""), ("\"[[Riverbend Alumni]]\"", ""), ("\"[[Nobody Known]]\"", ""),
            ("\"[[Priya Shah]]\"", ""), ("Marco Diaz", ""),
            ("\"[[Marco Diaz]]\"", "referred_by: \"[[Marco Diaz]]\""),
        ])
    func notWarned(source: String, extra: String) throws {
        let vault = try Self.vault(source: source, extra: extra)
        #expect(!vault.diagnostics.contains { $0.code == .sourceNamesAContact }, "\(vault.diagnostics)")
    }
}
