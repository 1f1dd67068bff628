import Testing

@testable import GrapevineCore

@Suite("Finding someone by what is typed on the command line")
struct VaultLookupTests {
    let vault: Vault

    init() throws {
        vault = try TemporaryVault.load([
            "contacts/bob.md": "---\nname: Robert \"Bob\" Smith\n---\n",
            "contacts/jane.md": "---\nname: Jane Smith-Jones\n---\n",
            "contacts/pat.md": "---\nname: Pat O'Neil\n---\n",
            "organizations/acme.md": "---\nname: Acme (Europe) Ltd.\n---\n",
        ])
    }

    private func found(_ typed: String) -> String? {
        guard case .found(let node) = vault.lookup(typed, matchingWords: true) else { return nil }
        return vault.graph.nodes[node].name
    }

    @Test(
        "a word of one name finds it, whatever quotes, brackets or hyphens stand around the word",
        arguments: [
            ("Bob", "Robert \"Bob\" Smith"), ("jones", "Jane Smith-Jones"), ("Jane Smith", "Jane Smith-Jones"),
            ("o'neil", "Pat O'Neil"), ("europe", "Acme (Europe) Ltd."), ("ltd", "Acme (Europe) Ltd."),
        ])
    func wordFindsTheOneName(typed: String, name: String) {
        #expect(found(typed) == name)
    }

    @Test("a word in two names finds neither; without matchingWords a word finds nothing")
    func ambiguousOrStrict() {
        #expect(found("smith") == nil)
        guard case .notFound = vault.lookup("Jones") else {
            Issue.record("a strict lookup of 'Jones' found something")
            return
        }
    }
}
