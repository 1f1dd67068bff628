import GrapevineCore

/// `textDocument/codeAction`: the fixes of `LiveVault.fixes`, each a workspace edit.
extension LanguageServer {
    mutating func codeActions(_ params: LSP.CodeActionParams) -> [LSP.CodeAction] {
        guard let (document, path) = vaultDocument(params.textDocument.uri) else { return [] }
        if let only = params.context.only,
            !only.contains(where: { $0 == "quickfix" || "quickfix".hasPrefix($0 + ".") || $0 == "" })
        {
            return []
        }
        let start = document.lines.offset(of: params.range.start, in: encoding)
        let end = max(start, document.lines.offset(of: params.range.end, in: encoding))
        let today = today
        let built = builtFromDisk(
            { server in server.vault?.fixes(inNote: path, range: start..<end, today: today) ?? [] },
            touched: { fixes in fixes.flatMap { $0.edits.map(\.path) } })
        guard let fixes = built, let vault else { return [] }
        return fixes.compactMap { fix in
            guard let edit = workspaceEdit(fix.edits, in: vault) else { return nil }
            let diagnostics = fix.fixes.map { DiagnosticRange.diagnostic($0, in: document.lines, encoding: encoding) }
            return LSP.CodeAction(
                title: fix.title, kind: "quickfix", diagnostics: diagnostics.isEmpty ? nil : diagnostics,
                isPreferred: fix.isPreferred ? true : nil, edit: edit)
        }
    }

    /// The workspace edit of `edits` (and of `renames`, old path to new, done first): as
    /// `documentChanges` when the client takes them, else as `changes`; `nil` when it holds
    /// file operations the client cannot do, or makes a file that is there (a client may empty
    /// it: Neovim 0.7 does).
    func workspaceEdit(_ edits: [FileEdit], renames: [(String, String)] = [], in vault: LiveVault) -> LSP.WorkspaceEdit?
    {
        let made = edits.compactMap { if case .create(let path, _) = $0 { path } else { nil } }
        let needs = (made.isEmpty ? [] : ["create"]) + (renames.isEmpty ? [] : ["rename"])
        guard needs.allSatisfy(client.allows),
            !made.contains(where: { FileSystem.exists(vault.root + "/" + $0) })
        else {
            return nil
        }
        var order: [String] = []
        var grouped: [String: [LSP.TextEdit]] = [:]
        var changes: [LSP.DocumentChange] = renames.map { old, new in
            .rename(oldUri: uri(of: old, in: vault), newUri: FileURI.uri(ofPath: vault.root + "/" + new))
        }
        for edit in edits {
            switch edit {
            case .create(let path, let text):
                let uri = FileURI.uri(ofPath: vault.root + "/" + path)
                changes.append(.create(uri: uri))
                let start = LSP.Position(line: 0, character: 0)
                changes.append(
                    .edit(
                        uri: uri, version: nil,
                        edits: [LSP.TextEdit(range: LSP.Range(start: start, end: start), newText: text)]))
            case .replace(let path, let range, let newText):
                let target = renamedURI(path, renames, in: vault)
                let text = lines(of: path, uri: uri(of: path, in: vault), in: vault)
                if grouped[target] == nil { order.append(target) }
                grouped[target, default: []].append(
                    LSP.TextEdit(range: text.range(range, in: encoding), newText: newText))
            }
        }
        guard client.documentChanges else { return LSP.WorkspaceEdit(changes: grouped, documentChanges: nil) }
        for uri in order {
            changes.append(.edit(uri: uri, version: documents[uri]?.version, edits: grouped[uri] ?? []))
        }
        return LSP.WorkspaceEdit(changes: nil, documentChanges: changes)
    }

    /// The URI of `path` once `renames` are done.
    private func renamedURI(_ path: String, _ renames: [(String, String)], in vault: LiveVault) -> String {
        guard let new = renames.first(where: { $0.0 == path })?.1 else { return uri(of: path, in: vault) }
        return FileURI.uri(ofPath: vault.root + "/" + new)
    }
}
