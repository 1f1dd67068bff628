import ArgumentParser
import GrapevineCore

/// Finds and loads the vault the global options point at.
enum VaultOpener {
    static func open(_ options: GlobalOptions, _ console: Console) throws -> Vault {
        let root = options.vaultRoot(console)
        guard VaultLocator.isFolder(root) else {
            console.writeError("error: there is no folder at \(root); pass --vault with the path of your vault.")
            throw ExitCode(1)
        }
        let vault = VaultLoader.load(root: root)
        console.keepUntilExit(vault)
        return vault
    }

    /// A closing line for reports run on a vault that has errors: "2 files have errors; run grapevine check".
    static func errorSummary(_ vault: Vault) -> String? {
        let count = vault.filesWithErrors
        guard count > 0 else { return nil }
        return "\(count) file\(count == 1 ? " has" : "s have") errors; run 'grapevine check' to see them."
    }
}
