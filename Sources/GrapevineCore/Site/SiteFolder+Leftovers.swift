#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary files: a page that replaces another is written to a `TemporaryFile`-named file in
/// its folder, locked while it is written, and renamed into place. A build killed between the
/// two leaves the temporary file behind, where it would be published with the site, so the
/// next build removes the ones whose writer is gone, as every other write does in its folder.
extension SiteFolder {
    /// How deep into the site leftovers are looked for: pages are at most one folder deep.
    static let leftoverDepth = 4

    /// Removes stale temporary files (`TemporaryFile.removeStale`) in the site and its real
    /// (not symlinked, not hidden) folders.
    func removeLeftoverTemporaryFiles() {
        var folders: [(descriptor: Int32, path: String, depth: Int)] = [(dup(rootDescriptor), path, 0)]
        while let (folder, folderPath, depth) = folders.popLast() {
            defer { close(folder) }
            guard folder >= 0 else { continue }
            TemporaryFile.removeStale(inFolder: folder)
            guard depth < Self.leftoverDepth else { continue }
            for entry in FileSystem.entries(of: folderPath) ?? []
            where entry.kind == .directory && !entry.name.hasPrefix(".") {
                // Opened from the folder's own descriptor, never through a symlink.
                let child = openat(folder, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 { folders.append((child, folderPath + "/" + entry.name, depth + 1)) }
            }
        }
    }
}
