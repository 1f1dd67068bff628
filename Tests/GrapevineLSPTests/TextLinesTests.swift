import GrapevineCore
import Testing

@testable import GrapevineLSP

@Suite("positions in a document's text")
struct TextLinesTests {
    /// `é` takes 2 UTF-8 bytes and 1 UTF-16 unit, `🙂` 4 bytes and 2 units.
    static let text = "---\nname: José 🙂 Núñez\r\n---\nlast"

    @Test(
        "a character offset in each encoding names the same byte",
        arguments: [
            (LSP.PositionEncoding.utf16, 13, 20), (.utf8, 17, 21), (.utf32, 12, 20), (.utf16, 11, 16),
            (.utf16, 100, 28),
        ])
    func offsets(encoding: LSP.PositionEncoding, character: Int, offset: Int) {
        let lines = TextLines(Self.text)
        #expect(lines.offset(of: LSP.Position(line: 1, character: character), in: encoding) == offset)
    }

    @Test("a position inside a surrogate pair stays before the pair")
    func surrogate() {
        let lines = TextLines(Self.text)
        #expect(lines.offset(of: LSP.Position(line: 1, character: 12), in: .utf16) == 16)
    }

    @Test("Grapevine's columns count scalars; the protocol's UTF-16 units")
    func places() {
        let lines = TextLines(Self.text)
        let place = SourcePosition(line: 2, column: 14)  // the N of Núñez
        #expect(lines.position(of: place, in: .utf16) == LSP.Position(line: 1, character: 14))
        #expect(lines.place(ofOffset: lines.offset(of: place)) == place)
        #expect(lines.line(1) == "name: José 🙂 Núñez")
        #expect(lines.position(ofOffset: 1_000, in: .utf16) == LSP.Position(line: 3, character: 4))
    }

    @Test("incremental changes are applied in order")
    func changes() {
        var document = OpenDocument(uri: "file:///v/a.md", version: 1, text: "one\ntwo 🙂 three\n")
        document.apply(
            [
                LSP.TextDocumentContentChangeEvent(
                    range: LSP.Range(
                        start: LSP.Position(line: 1, character: 4), end: LSP.Position(line: 1, character: 6)),
                    text: "and"),
                LSP.TextDocumentContentChangeEvent(
                    range: LSP.Range(
                        start: LSP.Position(line: 0, character: 0), end: LSP.Position(line: 0, character: 3)),
                    text: "1"),
                LSP.TextDocumentContentChangeEvent(
                    range: LSP.Range(
                        start: LSP.Position(line: 2, character: 0), end: LSP.Position(line: 9, character: 0)),
                    text: "end"),
            ], encoding: .utf16)
        #expect(document.text == "1\ntwo and three\nend")
        document.apply([LSP.TextDocumentContentChangeEvent(range: nil, text: "all new")], encoding: .utf16)
        #expect(document.text == "all new")
    }

    @Test("file URIs and paths", arguments: [("file:///tmp/my%20search/caf%C3%A9.md", "/tmp/my search/café.md")])
    func uris(uri: String, path: String) {
        #expect(FileURI.path(of: uri) == path)
        #expect(FileURI.uri(ofPath: path) == uri)
        #expect(FileURI.path(of: "file://localhost/tmp/a.md") == "/tmp/a.md")
        #expect(FileURI.path(of: "untitled:Untitled-1") == nil)
        #expect(FileURI.path(of: "file:///tmp/%zz") == nil)
    }
}
