import GrapevineCore

/// Finds and loads the vault the global options point at.
enum VaultOpener {
    /// The vault the options point at, loaded; when they point at none (or at something that is
    /// not a folder), a `CommandError` saying so in one line, with exit status 2 as for bad usage.
    static func open(_ options: GlobalOptions, _ console: Console) throws(CommandError) -> Vault {
        let vault = VaultLoader.load(root: try root(options, console))
        console.keepUntilExit(vault)
        return vault
    }

    /// The folder of the vault the options name, for a command that reads something else of
    /// it (the site's templates) while the vault loads.
    static func root(_ options: GlobalOptions, _ console: Console) throws(CommandError) -> String {
        do throws(VaultLocator.Failure) {
            return try options.vaultRoot(console)
        } catch {
            throw CommandError("error: \(error.description).", status: .usage)
        }
    }

    /// Ends a report on a vault that has errors with a warning on standard error: "2 files have
    /// errors; run grapevine check", naming the Log lines left out because their date was not
    /// understood.
    static func warnAboutErrors(in vault: Vault, _ console: Console) {
        if let summary = errorSummary(vault) { console.writeError("warning: " + summary) }
    }

    private static func errorSummary(_ vault: Vault) -> String? {
        let count = vault.filesWithErrors
        guard count > 0 else { return nil }
        var summary = "\(count) file\(count == 1 ? " has" : "s have") errors; run 'grapevine check' to see them."
        let unread = vault.diagnostics.filter { $0.code == .invalidLogDate }
        if !unread.isEmpty {
            let places = unread.prefix(3).map { "\($0.file):\($0.line)" }.joined(separator: ", ")
            let more = unread.count > 3 ? " and \(unread.count - 3) more" : ""
            let lines = unread.count == 1 ? "1 Log line was" : "\(unread.count) Log lines were"
            summary += " \(lines) not understood (the date is not YYYY-MM-DD) and left out: \(places)\(more)."
        }
        return summary
    }
}
