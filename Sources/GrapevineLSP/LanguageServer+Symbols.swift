import GrapevineCore

/// Document and workspace symbols, and renaming a person or organization.
extension LanguageServer {
    func documentSymbols(_ params: LSP.DocumentSymbolParams) -> [LSP.DocumentSymbol] {
        guard let (document, path) = vaultDocument(params.textDocument.uri), let vault else { return [] }
        return vault.outline(ofNote: path).map { symbol($0, in: document.lines) }
    }

    private func symbol(_ item: OutlineItem, in lines: TextLines) -> LSP.DocumentSymbol {
        LSP.DocumentSymbol(
            name: item.name.isEmpty ? " " : item.name, detail: item.detail, kind: item.kind == .section ? 15 : 24,
            range: lines.range(item.range, in: encoding), selectionRange: lines.range(item.selection, in: encoding),
            children: item.children.isEmpty ? nil : item.children.map { symbol($0, in: lines) })
    }

    func workspaceSymbols(_ params: LSP.WorkspaceSymbolParams) -> [LSP.SymbolInformation] {
        guard let vault else { return [] }
        return vault.symbols(matching: params.query).map { symbol in
            LSP.SymbolInformation(
                name: symbol.name, kind: symbol.kind == .person ? 19 : 5, location: location(symbol.place, in: vault),
                containerName: symbol.container)
        }
    }

    func prepareRename(_ params: LSP.TextDocumentPositionParams) -> LSP.PrepareRenameResult? {
        guard let (document, path) = vaultDocument(params.textDocument.uri), let vault else { return nil }
        let offset = document.lines.offset(of: params.position, in: encoding)
        guard let found = vault.renameTarget(inNote: path, at: offset) else { return nil }
        return LSP.PrepareRenameResult(range: document.lines.range(found.range, in: encoding), placeholder: found.name)
    }

    /// `textDocument/rename`, planned on the notes it edits as the disk holds them.
    mutating func rename(_ params: LSP.RenameParams) throws(ResponseError) -> LSP.WorkspaceEdit? {
        guard let (document, path) = vaultDocument(params.textDocument.uri) else {
            throw .requestFailed("this document is not a note of the vault")
        }
        let offset = document.lines.offset(of: params.position, in: encoding)
        let built = try builtFromDisk(
            { server throws(ResponseError) -> RenamePlan? in
                do throws(RenameRefusal) {
                    return try server.vault?.rename(
                        inNote: path, at: offset, to: params.newName, movingFile: server.client.allows("rename"))
                } catch {
                    throw .requestFailed(error.message)
                }
            },
            touched: { plan in (plan?.edits.map(\.path) ?? []) + [plan?.move?.from].compactMap { $0 } })
        guard let built, let plan = built, let vault else {
            throw .requestFailed("the notes this rename edits keep changing on disk; try again")
        }
        // A client that cannot rename files gets a plan that keeps the file's name.
        return workspaceEdit(plan.edits, renames: plan.move.map { [($0.from, $0.to)] } ?? [], in: vault)
    }
}
