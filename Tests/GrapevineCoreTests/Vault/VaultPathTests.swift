import Testing

@testable import GrapevineCore

@Suite("Vault paths")
struct VaultPathTests {
    @Test(arguments: [
        ("Maria Lopez", "Maria Lopez"), ("contacts/maria.md", "contacts/maria.md"), ("...", "..."),
        ("a/.../b", "a/.../b"), ("contacts/../organizations/acme.md", "organizations/acme.md"),
        ("./contacts//maria.md/", "contacts/maria.md"), ("/contacts/maria.md", "contacts/maria.md"),
        ("a/./b", "a/b"), ("é/ü.md", "é/ü.md"), ("é/../ü/./ß.md", "ü/ß.md"), ("a/\u{301}/../b", "a/b"),
        ("a/..\u{301}/b", "a/..\u{301}/b"),
    ])
    func normalizes(path: String, expected: String) {
        #expect(VaultPath.normalize(path) == expected)
    }

    @Test(arguments: ["", ".", "..", "/", "a/../..", "../a", "./.."])
    func refusesPathsOutsideTheVault(path: String) {
        #expect(VaultPath.normalize(path) == nil)
    }

    @Test(arguments: [
        ("a.md", true), ("A.MD", true), ("notes/x.Md", true), (".md", true), ("md", false), ("a.mdx", false),
        ("amd", false), ("", false), ("é.md", true),
    ])
    func recognizesMarkdownFiles(name: String, isMarkdown: Bool) {
        #expect(VaultWalker.isMarkdown(name) == isMarkdown)
        #expect(VaultWalker.isMarkdown(Substring(name)) == isMarkdown)
    }
}
