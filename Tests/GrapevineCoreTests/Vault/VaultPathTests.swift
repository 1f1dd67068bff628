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

    /// Obsidian's Excalidraw plugin keeps a drawing as `NAME.excalidraw.md`: a Markdown file,
    /// not a note (trial of session twenty-six).
    @Test(arguments: [
        ("Org chart.excalidraw.md", false), ("Drawings/A.EXCALIDRAW.MD", false), ("x.Excalidraw.md", false),
        ("excalidraw.md", true), ("Excalidraw notes.md", true), ("my-excalidraw.md", true), ("a.md", true),
        ("b.excalidraw", false), ("", false),
    ])
    func drawingsAreNoNotes(name: String, isNote: Bool) {
        #expect(VaultWalker.isNote(name) == isNote)
    }

    @Test("a drawing is no note, no tag and no search hit, and a link to it is an attachment's")
    func drawingInAVault() throws {
        let drawing =
            "---\nexcalidraw-plugin: parsed\ntags: [excalidraw]\n---\n"
            + "==⚠  Switch to EXCALIDRAW VIEW in the MORE OPTIONS menu of this document. ⚠==\n\n"
            + "# Text Elements\nMaria Lopez ^a1b2c3\n"
        let vault = try TemporaryVault.load([
            "Attachments/Org chart.excalidraw.md": drawing,
            "organizations/acme.md": "---\nname: Acme\n---\n## Research\n- See ![[Org chart.excalidraw]]\n",
        ])
        #expect(vault.notes.map(\.path) == ["organizations/acme.md"])
        #expect(!vault.notes.contains { $0.tags.contains("excalidraw") })
        #expect(vault.diagnostics.isEmpty, "\(vault.diagnostics.map(\.message))")
    }
}
