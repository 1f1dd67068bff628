extension LSP {
    /// A document as the client opened it.
    public struct TextDocumentItem: Codable, Sendable {
        public var uri: String
        public var languageId: String?
        public var version: Int
        public var text: String
    }

    public struct DidOpenTextDocumentParams: Codable, Sendable {
        public var textDocument: TextDocumentItem
    }

    public struct DidChangeTextDocumentParams: Codable, Sendable {
        public var textDocument: VersionedTextDocumentIdentifier
        public var contentChanges: [TextDocumentContentChangeEvent]
    }

    /// A change: the text of `range` replaced, or without a range, the whole text.
    public struct TextDocumentContentChangeEvent: Codable, Sendable {
        public var range: Range?
        public var text: String
    }

    public struct DidCloseTextDocumentParams: Codable, Sendable {
        public var textDocument: TextDocumentIdentifier
    }

    public struct DidSaveTextDocumentParams: Codable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var text: String?
    }

    /// Files created, changed or deleted outside the editor.
    public struct DidChangeWatchedFilesParams: Codable, Sendable {
        public var changes: [FileEvent]
    }

    public struct FileEvent: Codable, Sendable {
        public var uri: String
        /// 1 created, 2 changed, 3 deleted.
        public var type: Int
    }

    /// The diagnostics of one document, all of them: an empty list clears the document's.
    public struct PublishDiagnosticsParams: Codable, Sendable {
        public var uri: String
        public var version: Int?
        public var diagnostics: [Diagnostic]
    }

    public struct Diagnostic: Codable, Sendable, Hashable {
        public var range: Range
        /// 1 error, 2 warning, 3 information, 4 hint.
        public var severity: Int
        public var code: String
        public var source: String
        public var message: String
    }

    /// A message for the client's log or for the user.
    public struct MessageParams: Codable, Sendable {
        /// 1 error, 2 warning, 3 info, 4 log.
        public var type: Int
        public var message: String
    }
}
