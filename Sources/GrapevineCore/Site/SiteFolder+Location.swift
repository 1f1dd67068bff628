/// Where a site may be written.
///
/// A site folder is Grapevine's to fill and to clean, so it may not be a folder that holds
/// anything else of the user's: not the vault, not a folder containing the vault, not in one
/// of the vault's hidden folders (`.git`, `.grapevine`), and not a folder of the vault that
/// holds notes. Paths are compared after resolving every symlink in the part that exists, so
/// `_site` linking to the vault is the vault. A vault's config is written by whoever made the
/// vault, who may not be the person building it (vaults are shared as git repositories), so
/// `site.out` must also lead inside the vault: only `--out`, typed by the user, may send the
/// site elsewhere.
extension SiteFolder {
    /// Opens `path` for a build of `vault`'s site, after checking that the site may go there;
    /// `configured` when the path comes from `site.out` in the config rather than `--out`.
    public static func prepare(_ path: String, for vault: Vault, configured: Bool) throws(SiteError) -> SiteFolder {
        let resolved = try checkLocation(
            path, vaultRoot: vault.root, notePaths: vault.notes.lazy.map(\.path), configured: configured)
        return try prepare(path, expecting: resolved)
    }

    /// The real path `path` resolves to, when a site for the vault at `vaultRoot` may be
    /// written there; else an error naming the path and saying why.
    static func checkLocation(
        _ path: String, vaultRoot: String, notePaths: some Sequence<String>, configured: Bool
    ) throws(SiteError) -> String {
        let (resolved, refusal) = location(path, vaultRoot: vaultRoot, notePaths: notePaths, configured: configured)
        guard let refusal else { return resolved }
        throw SiteError(path: path, reason: refusal + (configured ? " (site.out in \(ConfigReader.path))" : ""))
    }

    /// The real path `path` resolves to, and why a site for the vault at `vaultRoot` may not be
    /// written there (`nil` when it may): the one rule `site` and `check` (for `site.out`) follow.
    static func location(
        _ path: String, vaultRoot: String, notePaths: some Sequence<String>, configured: Bool
    ) -> (resolved: String, refusal: String?) {
        let resolved = FileSystem.resolvedPath(path)
        let vault = FileSystem.realPath(vaultRoot) ?? vaultRoot
        let refuse = { (reason: String) in (resolved, Optional(reason)) }
        if resolved == vault {
            return refuse("it is the vault itself, and the site needs a folder of its own such as _site")
        }
        if resolved == "/" || vault.hasPrefix(resolved + "/") {
            return refuse("it contains the vault (\(vault)), and the site needs a folder of its own such as _site")
        }
        let vaultPrefix = vault == "/" ? "/" : vault + "/"
        guard resolved.hasPrefix(vaultPrefix) else {
            guard !configured else {
                return refuse(
                    "it is outside the vault (\(resolved)); a vault's config may only place the site inside the "
                        + "vault, so pass --out to build it elsewhere")
            }
            return (resolved, nil)
        }
        let relative = String(resolved.dropFirst(vaultPrefix.count))
        if let hidden = relative.split(separator: "/").first(where: { $0.hasPrefix(".") }) {
            return refuse("it is in the vault's hidden folder '\(hidden)', which is not the site's to fill")
        }
        if let note = notePaths.first(where: { $0.hasPrefix(relative + "/") }) {
            return refuse("it holds notes of the vault, such as '\(note)'")
        }
        return (resolved, nil)
    }
}
