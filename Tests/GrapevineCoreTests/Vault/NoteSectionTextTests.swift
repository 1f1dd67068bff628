import Testing

@testable import GrapevineCore

/// The Markdown source `show`, `prep` and the site cut out of a note by block positions.
@Suite("Note text by blocks: a table under a paragraph, positions out of range")
struct NoteSectionTextTests {
    static let table = "Some text\n| a | b |\n|---|---|\n| 1 | 2 |\n"

    static let files: [String: String] = [
        "contacts/tab.md": table,
        "contacts/front.md": "---\nname: Front\nemail: front@example.com\n---\n" + table,
        "contacts/crlf.md": "---\r\nname: Crlf\r\n---\r\n" + table.replacingOccurrences(of: "\n", with: "\r\n"),
        "contacts/dots.md": "---\nname: Dots\n...\n" + table,
        "organizations/acme.md": "---\nname: Acme\n---\n# Acme\n\nAbout.\n\n## Research\n" + table
            + "\n## People\nNone.\n",
    ]

    static let expected = "Some text\n| a | b |\n|---|---|\n| 1 | 2 |"

    @Test func aTableUnderAParagraphIsCutWhole() throws {
        let vault = try TemporaryVault.load(Self.files)
        for note in vault.notes where note.kind == .contact {
            #expect(note.bodyMarkdownWithoutTitle == Self.expected, "\(note.path)")
            #expect(note.openingMarkdown == Self.expected, "\(note.path)")
            #expect(note.bodyMarkdownParts(without: []).map(String.init) == [Self.expected], "\(note.path)")
        }
        let acme = try #require(vault.notes.first { $0.kind == .organization })
        let research = try #require(acme.organization?.research.first)
        #expect(acme.markdown(of: research) == Self.expected)
        #expect(acme.bodyMarkdownParts(without: ["Research"]).map(String.init) == ["About.", "## People\nNone."])
    }

    /// Whatever position a block claims, the front matter never comes out.
    @Test(arguments: [Int.min, -3, 0, 1, 2, 3, 4, 99, Int.max])
    func blocksAtAnyLineNeverReachIntoTheFrontMatter(line: Int) throws {
        let vault = try TemporaryVault.load(["contacts/front.md": Self.files["contacts/front.md"]!])
        var note = try #require(vault.notes.first)
        for index in note.body.blocks.indices {
            note.body.blocks[index].start.line = line
            note.body.blocks[index].endLine = line
        }
        note.body.sections = [
            Section(title: "X", level: 2, position: .start, headingIndex: 0, content: 0..<99),
            Section(title: "Y", level: 2, position: .start, headingIndex: 5, content: 7..<9),
        ]
        var texts = [note.bodyMarkdownWithoutTitle, note.openingMarkdown]
        texts += note.body.sections.map(note.markdown(of:))
        texts += note.bodyMarkdownParts(without: ["Y"]).map(String.init)
        for text in texts {
            #expect(!text.contains("front@example.com") && !text.contains("---\n"))
        }
    }
}
