import GrapevineCore

extension VaultOpener {
    /// The interview note an `--interview` option names (a path, file name or name), which must
    /// be an interview with `node`; else a `CommandError` that says why (exit status 1).
    static func interview(
        named reference: String, with node: Graph.NodeID, in vault: Vault, command: String
    ) throws(CommandError) -> Int {
        let found = try VaultOpener.node(named: reference, in: vault, command: command, preferring: .interview)
        guard let index = vault.graph.noteIndex(of: found), vault.notes[index].interview != nil else {
            throw CommandError("error: '\(reference)' is not an interview note.")
        }
        guard vault.interviewNotes(with: node).contains(index) else {
            let name = vault.graph.nodes[node].name
            throw CommandError(
                "error: \(vault.notes[index].path.escapingControlCharacters) is not an interview with \(name).")
        }
        return index
    }
}
