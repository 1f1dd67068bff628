/// A document open in the client: its text as the editor has it, saved or not.
struct OpenDocument: Sendable {
    /// The URI the client names it by.
    let uri: String
    /// The version the client gave with the last change.
    var version: Int
    /// The text, with its lines found.
    private(set) var lines: TextLines

    init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        lines = TextLines(text)
    }

    var text: String { lines.text }

    /// Applies the client's changes in order: each replaces a range, or without one the whole text.
    mutating func apply(_ changes: [LSP.TextDocumentContentChangeEvent], encoding: LSP.PositionEncoding) {
        for change in changes {
            guard let range = change.range else {
                lines = TextLines(change.text)
                continue
            }
            let start = lines.offset(of: range.start, in: encoding)
            let end = max(start, lines.offset(of: range.end, in: encoding))
            var bytes = lines.bytes
            bytes.replaceSubrange(start..<end, with: Array(change.text.utf8))
            lines = TextLines(String(decoding: bytes, as: UTF8.self))
        }
    }
}
