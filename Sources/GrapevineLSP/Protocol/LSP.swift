/// The shapes of the Language Server Protocol 3.17 that Grapevine reads and writes, as Codable
/// values named as the specification names them. Only the members Grapevine uses are declared:
/// decoding ignores the others, and members left `nil` are not written.
public enum LSP {
    /// A place between two characters: a 0-based line, and a 0-based offset on it counted in
    /// the code units of the negotiated `PositionEncoding`.
    public struct Position: Codable, Sendable, Hashable, Comparable {
        public var line: Int
        public var character: Int

        public init(line: Int, character: Int) {
            self.line = line
            self.character = character
        }

        public static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.line, lhs.character) < (rhs.line, rhs.character)
        }
    }

    /// From `start` up to, not including, `end`.
    public struct Range: Codable, Sendable, Hashable {
        public var start: Position
        public var end: Position

        public init(start: Position, end: Position) {
            self.start = start
            self.end = end
        }
    }

    /// A range in a document.
    public struct Location: Codable, Sendable, Hashable {
        public var uri: String
        public var range: Range
    }

    /// Text to put in place of a range.
    public struct TextEdit: Codable, Sendable, Hashable {
        public var range: Range
        public var newText: String
    }

    /// A document named by its URI.
    public struct TextDocumentIdentifier: Codable, Sendable, Hashable {
        public var uri: String
    }

    /// A document at a version.
    public struct VersionedTextDocumentIdentifier: Codable, Sendable, Hashable {
        public var uri: String
        public var version: Int?
    }

    /// A document and a place in it: what most requests are about.
    public struct TextDocumentPositionParams: Codable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var position: Position
    }

    /// Markdown (or plain text) for the client to show.
    public struct MarkupContent: Codable, Sendable, Hashable {
        public var kind: String
        public var value: String

        static func markdown(_ value: String) -> MarkupContent {
            MarkupContent(kind: "markdown", value: value)
        }
    }

    /// How positions count characters.
    public enum PositionEncoding: String, Codable, Sendable, CaseIterable {
        case utf8 = "utf-8"
        case utf16 = "utf-16"
        case utf32 = "utf-32"
    }
}
