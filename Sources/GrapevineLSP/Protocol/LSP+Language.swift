extension LSP {
    // MARK: Completion

    public struct CompletionList: Encodable, Sendable {
        public var isIncomplete: Bool
        public var items: [CompletionItem]
    }

    public struct CompletionItem: Encodable, Sendable, Equatable {
        public var label: String
        /// 18 reference, 9 module, 17 file, 23 event, 10 property, 12 value.
        public var kind: Int
        public var detail: String?
        public var sortText: String
        public var filterText: String
        public var textEdit: TextEdit
    }

    // MARK: Hover

    public struct Hover: Encodable, Sendable {
        public var contents: MarkupContent
        public var range: Range?
    }

    // MARK: References

    public struct ReferenceParams: Decodable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var position: Position
        public var context: Context?

        public struct Context: Decodable, Sendable {
            public var includeDeclaration: Bool
        }
    }

    // MARK: Code actions

    public struct CodeActionParams: Decodable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var range: Range
        public var context: Context

        public struct Context: Decodable, Sendable {
            public var diagnostics: [Diagnostic]
            public var only: [String]?
        }
    }

    public struct CodeAction: Encodable, Sendable {
        public var title: String
        /// `quickfix`, or `source` for a record that fixes no diagnostic.
        public var kind: String
        public var diagnostics: [Diagnostic]?
        public var isPreferred: Bool?
        public var edit: WorkspaceEdit
    }

    /// Changes to several documents at once; as `documentChanges` (which may create and
    /// rename files) when the client takes them, else as `changes`.
    public struct WorkspaceEdit: Encodable, Sendable, Equatable {
        public var changes: [String: [TextEdit]]?
        public var documentChanges: [DocumentChange]?
    }

    /// One step of a workspace edit's `documentChanges`.
    public enum DocumentChange: Encodable, Sendable, Equatable {
        case edit(uri: String, version: Int?, edits: [TextEdit])
        case create(uri: String)
        case rename(oldUri: String, newUri: String)

        private enum Keys: String, CodingKey {
            case kind, uri, oldUri, newUri, options, textDocument, edits, version
        }

        private struct FileOptions: Encodable, Equatable {
            var overwrite = false
            var ignoreIfExists: Bool
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            switch self {
            case .edit(let uri, let version, let edits):
                var document = container.nestedContainer(keyedBy: Keys.self, forKey: .textDocument)
                try document.encode(uri, forKey: .uri)
                // `version` is required, and null for a document at any version.
                try document.encode(version, forKey: .version)
                try container.encode(edits, forKey: .edits)
            case .create(let uri):
                try container.encode("create", forKey: .kind)
                try container.encode(uri, forKey: .uri)
                try container.encode(FileOptions(ignoreIfExists: false), forKey: .options)
            case .rename(let oldUri, let newUri):
                try container.encode("rename", forKey: .kind)
                try container.encode(oldUri, forKey: .oldUri)
                try container.encode(newUri, forKey: .newUri)
                try container.encode(FileOptions(ignoreIfExists: false), forKey: .options)
            }
        }
    }

    // MARK: Symbols

    public struct DocumentSymbol: Encodable, Sendable, Equatable {
        public var name: String
        public var detail: String?
        /// 2 module (a heading), 24 event (a Log entry), 7 property (a front matter key)...
        public var kind: Int
        public var range: Range
        public var selectionRange: Range
        public var children: [DocumentSymbol]?
    }

    public struct DocumentSymbolParams: Decodable, Sendable {
        public var textDocument: TextDocumentIdentifier
    }

    public struct WorkspaceSymbolParams: Decodable, Sendable {
        public var query: String
    }

    public struct SymbolInformation: Encodable, Sendable {
        public var name: String
        public var kind: Int
        public var location: Location
        public var containerName: String?
    }

    // MARK: Rename

    public struct RenameParams: Decodable, Sendable {
        public var textDocument: TextDocumentIdentifier
        public var position: Position
        public var newName: String
    }

    public struct PrepareRenameResult: Encodable, Sendable {
        public var range: Range
        public var placeholder: String
    }
}
