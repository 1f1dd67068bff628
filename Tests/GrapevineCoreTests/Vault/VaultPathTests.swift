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
        ("b.excalidraw", false), ("", false), ("Anna Kowalskaw.md", true), ("w.md", true),
        ("draw.excalidraW.md", false),
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

    /// The listing's order is the order of paths as strings compare them (a folder's notes by
    /// name): names that share their first eight bytes or differ in them, of any length,
    /// ASCII or not (`é` written as one character or two), in one folder or several.
    @Test func notesAreSortedAsTheirPathsCompare() {
        var random = SplitMix(state: 30)
        let pieces = ["a", "b", "z", "A", "-", ".", " ", "abena-", "adams", "é", "e\u{301}", "ø", "Z", "0", "md"]
        let folders = ["", "contacts", "contacts/a", "interviews", "Ünterlagen"]
        var notes: [VaultWalker.Listing.Note] = []
        var seen: Set<String> = []
        for _ in 0..<3_000 {
            let folder = Int.random(in: 0..<folders.count, using: &random)
            let name = (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined() + ".md"
            let path = folders[folder].isEmpty ? name : folders[folder] + "/" + name
            guard seen.insert(path).inserted else { continue }
            notes.append((path, folder, name, nil))
        }
        let sorted = VaultWalker.sortedByPath(notes).map(\.path)
        let expected = notes.sorted { $0.folder == $1.folder ? $0.name < $1.name : $0.path < $1.path }.map(\.path)
        #expect(sorted == expected)
    }
}

@Suite("StringOrder: strings in the order < puts them")
struct StringOrderTests {
    /// ASCII texts that share their first sixteen bytes or differ in them, of any length,
    /// texts with `é` as one character or two (also after the sixteenth byte, where it combines
    /// with an ASCII letter), and repeated texts, which keep their order.
    @Test func positionsAreTheOrderOfLessThan() {
        var random = SplitMix(state: 32)
        let pieces = ["a", "b", "z", "A", "-", ".", "/", " ", "abcdefgh", "e", "é", "\u{301}", "ø", "0", "\u{7F}"]
        for _ in 0..<50 {
            let texts = (0..<Int.random(in: 0...400, using: &random)).map { _ in
                (0..<Int.random(in: 0...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                    .joined()
            }
            let expected = texts.indices.sorted { texts[$0] < texts[$1] || (texts[$0] == texts[$1] && $0 < $1) }
            #expect(StringOrder.positions(of: texts) == expected)
        }
    }
}
