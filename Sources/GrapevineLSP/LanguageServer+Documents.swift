import GrapevineCore

/// Keeping documents in step (LSP "Text Document Synchronization"): the vault reads an open
/// document's text as the editor has it, saved or not, and the file on disk once it is closed.
extension LanguageServer {
    mutating func didOpen(_ params: LSP.DidOpenTextDocumentParams) -> [OutgoingMessage] {
        let item = params.textDocument
        documents[item.uri] = OpenDocument(uri: item.uri, version: item.version, text: item.text)
        var messages: [OutgoingMessage] = []
        if vault == nil, let path = FileURI.path(of: item.uri) {
            openVault(for: path)
            // Said as on `initialized`: which vault the first note led to.
            if let vault { return [log("Grapevine: the vault at \(vault.root)")] + publishAll() }
            if let vaultProblem {
                messages.append(show("Grapevine: \(vaultProblem)"))
                self.vaultProblem = nil  // said once
            }
        }
        return messages + moved(from: canonicalURI(of: item.uri), to: item.uri) + update(item.uri, text: item.text)
    }

    mutating func didChange(_ params: LSP.DidChangeTextDocumentParams) -> [OutgoingMessage] {
        let uri = params.textDocument.uri
        guard var document = documents[uri] else { return [] }
        document.apply(params.contentChanges, encoding: encoding)
        document.version = params.textDocument.version ?? document.version
        documents[uri] = document
        return update(uri, text: document.text)
    }

    mutating func didClose(_ params: LSP.DidCloseTextDocumentParams) -> [OutgoingMessage] {
        let uri = params.textDocument.uri
        guard documents.removeValue(forKey: uri) != nil else { return [] }
        // What the editor did not save is gone: the vault reads the file again. Its problems
        // go under the URI the server names it by when it is not open.
        let canonical = canonicalURI(of: uri)
        if let path = FileURI.path(of: uri), vault?.relativePath(path) == Vault.configPath {
            return moved(from: uri, to: canonical) + reloadVault()
        }
        return moved(from: uri, to: canonical) + reread(uri)
    }

    /// The URI the server names a vault file by when the client has it open under no other.
    private func canonicalURI(of uri: String) -> String {
        guard let vault, let path = FileURI.path(of: uri), let relative = vault.relativePath(path) else { return uri }
        return FileURI.uri(ofPath: vault.root + "/" + relative)
    }

    /// Clears the problems shown under `old` when a file's problems go under `new` from now
    /// on (a client may spell a file's URI another way than the server does).
    private mutating func moved(from old: String, to new: String) -> [OutgoingMessage] {
        guard old != new, published.remove(old) != nil else { return [] }
        if let path = FileURI.path(of: new), let relative = vault?.relativePath(path) { pending.insert(relative) }
        return [
            .notification(
                "textDocument/publishDiagnostics", LSP.PublishDiagnosticsParams(uri: old, version: nil, diagnostics: [])
            )
        ]
    }

    mutating func didSave(_ params: LSP.DidSaveTextDocumentParams) -> [OutgoingMessage] {
        let uri = params.textDocument.uri
        guard let vault, let path = FileURI.path(of: uri), vault.relativePath(path) == Vault.configPath else {
            return []
        }
        return reloadVault()
    }

    mutating func didChangeWatchedFiles(_ params: LSP.DidChangeWatchedFilesParams) -> [OutgoingMessage] {
        guard let vault else { return [] }
        var messages: [OutgoingMessage] = []
        for change in params.changes where documents[change.uri] == nil {
            guard let path = FileURI.path(of: change.uri), let relative = vault.relativePath(path) else { continue }
            if relative == Vault.configPath { return reloadVault() }
            messages += reread(change.uri)
        }
        return messages
    }

    /// Gives the vault the text of the document at `uri`; publishes the problems that changed.
    private mutating func update(_ uri: String, text: String) -> [OutgoingMessage] {
        guard let path = FileURI.path(of: uri), let relative = vault?.relativePath(path) else { return [] }
        // The config as the editor holds it: every note is read again by it (as on a save).
        if relative == Vault.configPath { return vault?.text(ofFile: relative) == text ? [] : reloadVault() }
        // A symlink the walk does not follow (out of the vault, into `.git`) is no note, open or
        // not: its text is not read, and no rename edits it.
        if let refusal = vault?.refusal(of: relative) {
            return publish(vault?.remove(relative, skipped: refusal) ?? [])
        }
        let changed = vault?.replace(relative, with: text) ?? []
        // The document's own problems are published again even when they are the same: the
        // version is new, and a Log date can pass today without any other change.
        return publish(changed.union(vault?.isNote(relative) == true ? [relative] : []))
    }

    /// What `build` makes from the vault with the closed files its edits touch (`touched`) as
    /// the disk holds them now: a client that watches no files says nothing of a `git checkout`,
    /// and an edit built from the text the server read before would land on the wrong lines
    /// (SPEC §2: a file is written only if it still holds what was read). Each closed file
    /// touched is read again; when one changed, `build` runs again on the vault that read it.
    /// `nil` when the files still change after a few tries.
    mutating func builtFromDisk<Built, Failure: Error>(
        _ build: (inout LanguageServer) throws(Failure) -> Built, touched: (Built) -> [String]
    ) throws(Failure) -> Built? {
        for _ in 0..<3 {
            let built = try build(&self)
            if !rereadChanged(Set(touched(built))) { return built }
        }
        return nil
    }

    /// Reads again each of `files` (vault-relative) not open in the editor; returns whether
    /// the vault's text of any of them changed (a file gone, or new, counts).
    private mutating func rereadChanged(_ files: Set<String>) -> Bool {
        guard let vault else { return false }
        var changed = false
        for file in files.sorted() {
            let uri = uri(of: file, in: vault)
            guard documents[uri] == nil else { continue }
            let before = self.vault?.text(ofFile: file)
            _ = reread(uri)
            if self.vault?.text(ofFile: file) != before { changed = true }
        }
        return changed
    }

    /// Reads the file at `uri` from disk again (or removes its note when it is gone, or is now a
    /// symlink that leads out of the vault: it is not followed, as on start).
    private mutating func reread(_ uri: String) -> [OutgoingMessage] {
        guard let path = FileURI.path(of: uri), let relative = vault?.relativePath(path) else { return [] }
        let changed: Set<String>
        if let refusal = vault?.refusal(of: relative) {
            changed = vault?.remove(relative, skipped: refusal) ?? []
        } else if let text = DiskFile.text(atPath: path) {
            changed = vault?.replace(relative, with: text) ?? []
        } else {
            changed = vault?.remove(relative) ?? []
        }
        return publish(changed)
    }

    /// Reads the whole vault again, as after its config changed; open documents keep their text.
    private mutating func reloadVault() -> [OutgoingMessage] {
        guard let root = vault?.root else { return [] }
        openVault(at: root)
        return publishAll()
    }
}
