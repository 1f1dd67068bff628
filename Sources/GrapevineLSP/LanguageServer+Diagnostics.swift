import GrapevineCore

/// Publishing `check`'s problems (LSP `textDocument/publishDiagnostics`): each file's list
/// whole, for open documents and for any other file of the vault with problems.
extension LanguageServer {
    /// Publishes the problems of every file that has some, and clears those shown before.
    mutating func publishAll() -> [OutgoingMessage] {
        guard let vault else { return [] }
        let uris = Set(vault.filesWithDiagnostics.map { uri(of: $0, in: vault) })
        pending.formUnion(vault.filesWithDiagnostics)
        var messages: [OutgoingMessage] = []
        for uri in published.subtracting(uris) {
            messages.append(.notification("textDocument/publishDiagnostics", clearing(uri)))
            published.remove(uri)
        }
        return messages
    }

    /// Publishes the problems of `files` (vault-relative) once the messages read so far are
    /// handled (`flush()`): edits that come together are published once.
    mutating func publish(_ files: Set<String>) -> [OutgoingMessage] {
        pending.formUnion(files)
        return []
    }

    /// The problems of the files edits changed since the last flush, to publish now.
    public mutating func flush() -> [OutgoingMessage] {
        guard let vault, !pending.isEmpty else { return [] }
        let files = pending
        pending = []
        var messages: [OutgoingMessage] = []
        for file in files.sorted() {
            let uri = uri(of: file, in: vault)
            let found = vault.checkDiagnostics(ofFile: file, strict: strict, today: today)
            guard !found.isEmpty || published.contains(uri) || documents[uri] != nil else { continue }
            let lines = lines(of: file, uri: uri, in: vault)
            let params = LSP.PublishDiagnosticsParams(
                uri: uri, version: documents[uri]?.version,
                diagnostics: found.map { DiagnosticRange.diagnostic($0, in: lines, encoding: encoding) })
            messages.append(.notification("textDocument/publishDiagnostics", params))
            if found.isEmpty { published.remove(uri) } else { published.insert(uri) }
        }
        return messages
    }

    /// The URI of a vault file: the one the client opened it by, else made from its path.
    func uri(of file: String, in vault: LiveVault) -> String {
        let uri = FileURI.uri(ofPath: vault.root + "/" + file)
        if documents[uri] != nil { return uri }
        return documents.keys.first { FileURI.path(of: $0).flatMap(vault.relativePath) == file } ?? uri
    }

    private func clearing(_ uri: String) -> LSP.PublishDiagnosticsParams {
        LSP.PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [])
    }
}
