extension LSP {
    /// What `initialize` says about the client and the folders it has open.
    public struct InitializeParams: Decodable, Sendable {
        public var processId: Int?
        public var rootUri: String?
        public var rootPath: String?
        public var workspaceFolders: [WorkspaceFolder]?
        public var capabilities: ClientCapabilities?
        public var initializationOptions: InitializationOptions?
    }

    /// A folder open in the client.
    public struct WorkspaceFolder: Codable, Sendable {
        public var uri: String
        public var name: String?
    }

    /// Grapevine's own settings, as a client passes them in `initializationOptions`.
    public struct InitializationOptions: Decodable, Sendable {
        /// Report warnings as errors, and unknown Log event words, as `check --strict` does.
        public var strict: Bool?
        /// The day `next` and the future-date warnings count from (`YYYY-MM-DD`), as `--today`.
        public var today: String?
    }

    /// The parts of the client's capabilities Grapevine looks at.
    public struct ClientCapabilities: Decodable, Sendable {
        public var general: General?
        public var workspace: Workspace?
        public var textDocument: TextDocument?

        public struct TextDocument: Decodable, Sendable {
            public var rename: Rename?
        }

        public struct Rename: Decodable, Sendable {
            /// Whether the client asks `prepareRename` before renaming.
            public var prepareSupport: Bool?
        }

        public struct General: Decodable, Sendable {
            /// The encodings the client can count positions in, most preferred first.
            public var positionEncodings: [String]?
        }

        public struct Workspace: Decodable, Sendable {
            public var workspaceEdit: WorkspaceEdit?
            public var didChangeWatchedFiles: DynamicRegistration?
        }

        public struct WorkspaceEdit: Decodable, Sendable {
            public var documentChanges: Bool?
            /// `create`, `rename`, `delete`: the file operations a workspace edit may hold.
            public var resourceOperations: [String]?
        }

        public struct DynamicRegistration: Decodable, Sendable {
            public var dynamicRegistration: Bool?
        }
    }

    /// The answer to `initialize`.
    public struct InitializeResult: Encodable, Sendable {
        public var capabilities: ServerCapabilities
        public var serverInfo: ServerInfo

        public struct ServerInfo: Encodable, Sendable {
            public var name: String
            public var version: String
        }
    }

    /// What Grapevine's server does: only what it implements is announced.
    public struct ServerCapabilities: Encodable, Sendable {
        public var positionEncoding: PositionEncoding
        public var textDocumentSync: TextDocumentSyncOptions
        public var completionProvider: CompletionOptions?
        public var hoverProvider: Bool?
        public var definitionProvider: Bool?
        public var referencesProvider: Bool?
        public var codeActionProvider: CodeActionOptions?
        public var documentSymbolProvider: Bool?
        public var workspaceSymbolProvider: Bool?
        public var renameProvider: RenameProvider?
    }

    /// How documents are kept in step: open and close, changes as edits, and a save.
    public struct TextDocumentSyncOptions: Encodable, Sendable {
        public var openClose = true
        /// 2: incremental, ranges replaced.
        public var change = 2
        public var save = SaveOptions()

        public struct SaveOptions: Encodable, Sendable {
            public var includeText = false
        }
    }

    public struct CompletionOptions: Encodable, Sendable {
        public var triggerCharacters: [String]
    }

    public struct CodeActionOptions: Encodable, Sendable {
        public var codeActionKinds: [String]
    }

    /// `true`, or `{prepareProvider: true}` for a client that asks `prepareRename` first
    /// (only such a client may be sent the options).
    public enum RenameProvider: Encodable, Sendable {
        case plain
        case prepared

        private struct Options: Encodable {
            var prepareProvider = true
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .plain: try container.encode(true)
            case .prepared: try container.encode(Options())
            }
        }
    }
}
