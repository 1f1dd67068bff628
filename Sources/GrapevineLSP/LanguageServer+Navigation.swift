import GrapevineCore

/// Hover, go to definition and find references, on the names in notes.
extension LanguageServer {
    mutating func hover(_ params: LSP.TextDocumentPositionParams) -> LSP.Hover? {
        guard let (document, path) = vaultDocument(params.textDocument.uri) else { return nil }
        let offset = document.lines.offset(of: params.position, in: encoding)
        let today = today
        guard let card = vault?.hover(inNote: path, at: offset, today: today) else { return nil }
        return LSP.Hover(contents: .markdown(card.markdown), range: document.lines.range(card.range, in: encoding))
    }

    func definition(_ params: LSP.TextDocumentPositionParams) -> LSP.Location? {
        guard let (document, path) = vaultDocument(params.textDocument.uri), let vault else { return nil }
        let offset = document.lines.offset(of: params.position, in: encoding)
        return vault.definition(inNote: path, at: offset).map { location($0, in: vault) }
    }

    func references(_ params: LSP.ReferenceParams) -> [LSP.Location] {
        guard let (document, path) = vaultDocument(params.textDocument.uri), let vault else { return [] }
        let offset = document.lines.offset(of: params.position, in: encoding)
        let found = vault.references(
            inNote: path, at: offset, includeDeclaration: params.context?.includeDeclaration ?? true)
        return found.map { location($0, in: vault) }
    }

    /// The protocol's location of a stretch of a note, counted in the text the editor has.
    func location(_ place: NoteRange, in vault: LiveVault) -> LSP.Location {
        let uri = uri(of: place.path, in: vault)
        return LSP.Location(
            uri: uri, range: lines(of: place.path, uri: uri, in: vault).range(place.range, in: encoding))
    }

    /// The lines of a vault file: the open document's, else the vault's text of it.
    func lines(of path: String, uri: String, in vault: LiveVault) -> TextLines {
        documents[uri]?.lines ?? TextLines(vault.text(ofFile: path) ?? "")
    }
}
