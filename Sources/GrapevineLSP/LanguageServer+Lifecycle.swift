import GrapevineCore

extension LanguageServer {
    /// `initialize`: picks the position encoding, notes what the client can take, and opens
    /// the vault of the folder the client opened, if it is one (else the first document's).
    /// A `today` option that is not a date is refused, as `--today` is: no step is planned for
    /// a day the user did not ask for.
    mutating func initialize(_ params: LSP.InitializeParams) throws(ResponseError) -> LSP.InitializeResult {
        var today: LocalDate?
        if let text = params.initializationOptions?.today {
            do throws(WrittenDate.Problem) {
                today = try WrittenDate.day(text)
            } catch {
                throw .invalidParams("initializationOptions.today: \(error.description)")
            }
        }
        phase = .running
        let offered = params.capabilities?.general?.positionEncodings ?? []
        encoding = offered.lazy.compactMap(LSP.PositionEncoding.init(rawValue:)).first ?? .utf16
        let workspaceEdit = params.capabilities?.workspace?.workspaceEdit
        client.resourceOperations = Set(workspaceEdit?.resourceOperations ?? [])
        // File operations exist only in `documentChanges`: a client that names them reads
        // those (Neovim 0.7 names them and applies `documentChanges`, but does not say so).
        client.documentChanges = workspaceEdit?.documentChanges ?? !client.resourceOperations.isEmpty
        client.watchesFiles = params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration ?? false
        client.preparesRename = params.capabilities?.textDocument?.rename?.prepareSupport ?? false
        strict = params.initializationOptions?.strict ?? false
        fixedToday = today
        let folders = (params.workspaceFolders ?? []).map(\.uri) + [params.rootUri].compactMap { $0 }
        workspaceFolders = folders.compactMap(FileURI.path(of:)) + [params.rootPath].compactMap { $0 }
        openVault(for: nil)
        return LSP.InitializeResult(
            capabilities: capabilities, serverInfo: .init(name: "grapevine", version: settings.version))
    }

    /// What the server does: every feature it implements, and nothing else.
    var capabilities: LSP.ServerCapabilities {
        LSP.ServerCapabilities(
            positionEncoding: encoding, textDocumentSync: LSP.TextDocumentSyncOptions(),
            completionProvider: LSP.CompletionOptions(triggerCharacters: ["[", " ", ","]), hoverProvider: true,
            definitionProvider: true, referencesProvider: true,
            codeActionProvider: LSP.CodeActionOptions(codeActionKinds: ["quickfix"]), documentSymbolProvider: true,
            workspaceSymbolProvider: true, renameProvider: client.preparesRename ? .prepared : .plain)
    }

    /// `initialized`: asks to hear of files changed outside the editor, says which vault is
    /// open, and shows the problems of every file of the vault.
    mutating func initialized() -> [OutgoingMessage] {
        var messages: [OutgoingMessage] = []
        if client.watchesFiles {
            messages.append(
                .request(
                    id: nextRequestID, "client/registerCapability",
                    Registrations(registrations: [
                        .init(
                            id: "grapevine-files", method: "workspace/didChangeWatchedFiles",
                            registerOptions: .init(watchers: [
                                .init(globPattern: "**/*.md"), .init(globPattern: "**/.grapevine/config.yml"),
                                // Notepad's `Ben Carter.md.txt`: a reference to Ben says to rename it.
                                .init(globPattern: "**/*.md.txt"),
                            ]))
                    ])))
            nextRequestID += 1
        }
        if let vault {
            messages.append(log("Grapevine: the vault at \(vault.root)"))
            messages += fileOperationsNotice
            messages += publishAll()
        } else if let vaultProblem {
            messages.append(log("Grapevine: \(vaultProblem)"))
        }
        return messages
    }

    /// What the editor misses by not saying it can make or rename files, in its log.
    private var fileOperationsNotice: [OutgoingMessage] {
        var missed: [String] = []
        if !client.allows("create") {
            missed.append("no code action makes someone's note (run 'grapevine new contact NAME')")
        }
        if !client.allows("rename") { missed.append("a rename keeps the note's file name, and the links to its path") }
        guard !missed.isEmpty else { return [] }
        return [
            log(
                "Grapevine: your editor does not say it can create and rename files "
                    + "(workspace.workspaceEdit.resourceOperations): " + missed.joined(separator: "; "))
        ]
    }

    /// Opens the vault: `--vault` or `$GRAPEVINE_VAULT`, else the vault of a folder the client
    /// opened, else the vault of the file at `path` (absolute), if any. Once open, it stays.
    mutating func openVault(for path: String?) {
        guard vault == nil else { return }
        let root: String?
        do throws(VaultLocator.Failure) {
            root = try locate(path)
        } catch {
            vaultProblem = error.description
            return
        }
        guard let root else { return }
        openVault(at: root)
    }

    /// Reads the vault at `root`, with the text of the documents open in it.
    mutating func openVault(at root: String) {
        var texts: [String: String] = [:]
        let relative = LiveVault.paths(under: root)
        for document in documents.values {
            if let path = FileURI.path(of: document.uri), let path = relative(path) { texts[path] = document.text }
        }
        vault = LiveVault(root: root, texts: texts)
        vaultProblem = nil
    }

    private func locate(_ path: String?) throws(VaultLocator.Failure) -> String? {
        let environment = settings.environment
        if settings.vault != nil || environment["GRAPEVINE_VAULT"].map({ !$0.isEmpty }) == true {
            return try VaultLocator.locate(
                option: settings.vault, environment: environment, currentDirectory: settings.currentDirectory)
        }
        for folder in workspaceFolders {
            if let root = try? VaultLocator.locate(option: nil, environment: [:], currentDirectory: folder) {
                return root
            }
        }
        guard let path else {
            if workspaceFolders.isEmpty { return nil }
            throw .noVault(currentDirectory: workspaceFolders[0])
        }
        guard let root = VaultLocator.vault(containing: path) else {
            throw .noVault(currentDirectory: String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]))
        }
        return root
    }

    // MARK: Registration

    struct Registrations: Encodable {
        var registrations: [Registration]

        struct Registration: Encodable {
            var id: String
            var method: String
            var registerOptions: WatchOptions
        }

        struct WatchOptions: Encodable {
            var watchers: [Watcher]
        }

        struct Watcher: Encodable {
            var globPattern: String
        }
    }
}
