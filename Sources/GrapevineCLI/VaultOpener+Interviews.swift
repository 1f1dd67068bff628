import ArgumentParser
import GrapevineCore

extension VaultOpener {
    /// The interview note an `--interview` option names (a path, file name or name), which must
    /// be an interview with `node`; else says why on standard error and exits with 1.
    static func interview(
        named reference: String, with node: Graph.NodeID, in vault: Vault, command: String, _ console: Console
    ) throws -> Int {
        let found = try VaultOpener.node(named: reference, in: vault, command: command, preferring: .interview, console)
        guard let index = vault.graph.noteIndex(of: found), vault.notes[index].interview != nil else {
            console.writeError("error: '\(reference)' is not an interview note.")
            throw ExitCode(1)
        }
        guard vault.interviewNotes(with: node).contains(index) else {
            let name = vault.graph.nodes[node].name
            console.writeError("error: \(vault.notes[index].path) is not an interview with \(name).")
            throw ExitCode(1)
        }
        return index
    }
}
