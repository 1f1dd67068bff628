import ArgumentParser
import GrapevineCore

/// Finds and loads the vault the global options point at.
enum VaultOpener {
    /// The vault the options point at, loaded; when they point at none (or at something that is
    /// not a folder), says so in one line and exits with 2, as for bad usage.
    static func open(_ options: GlobalOptions, _ console: Console) throws -> Vault {
        let root: String
        do throws(VaultLocator.Failure) {
            root = try options.vaultRoot(console)
        } catch {
            console.writeError("error: \(error.description).")
            throw ExitCode(2)
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
