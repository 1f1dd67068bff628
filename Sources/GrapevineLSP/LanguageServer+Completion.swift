import GrapevineCore

/// `textDocument/completion`: names after `[[` and in reference fields, Log event words,
/// front matter keys and today's date (`LiveVault.completions`).
extension LanguageServer {
    mutating func completion(_ params: LSP.TextDocumentPositionParams) -> LSP.CompletionList {
        guard let (document, path) = vaultDocument(params.textDocument.uri), let vault else {
            return LSP.CompletionList(isIncomplete: false, items: [])
        }
        let offset = document.lines.offset(of: params.position, in: encoding)
        let found = vault.completions(inNote: path, at: offset, today: today)
        let items = found.items.map { completion in
            let typed = String(decoding: document.lines.bytes[completion.replacing], as: UTF8.self)
            return LSP.CompletionItem(
                label: completion.label, kind: Self.kind(of: completion.kind), detail: completion.detail,
                sortText: completion.sortText, filterText: Self.filterText(completion.label, typed: typed),
                textEdit: LSP.TextEdit(
                    range: document.lines.range(completion.replacing, in: encoding), newText: completion.insertText))
        }
        return LSP.CompletionList(isIncomplete: found.isIncomplete, items: items)
    }

    /// The open document at `uri` and its vault-relative path, when it is a note of the vault.
    func vaultDocument(_ uri: String) -> (OpenDocument, String)? {
        guard let vault, let document = documents[uri], let path = FileURI.path(of: uri),
            let relative = vault.relativePath(path), vault.note(atPath: relative) != nil
        else { return nil }
        return (document, relative)
    }

    private static func kind(of kind: Completion.Kind) -> Int {
        switch kind {
        case .person: 18
        case .organization: 9
        case .note: 17
        case .eventWord: 23
        case .key: 10
        case .date: 12
        }
    }

    /// What the editor filters by as more is typed: the label, and for a label with accents
    /// or apostrophes, the words as typed without them (`jose nunez` finds José Núñez).
    private static func filterText(_ label: String, typed: String) -> String {
        let plain = NameWords.plain(label)
        return plain == label.lowercased() ? label : label + " " + plain
    }
}
