#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary files: a page that replaces another is written to `.grapevine-<pid>-<random>.tmp`
/// in its folder and renamed into place. A build killed between the two leaves the temporary
/// file behind, where it would be published with the site, so the next build removes them.
extension SiteFolder {
    /// How deep into the site leftovers are looked for: pages are at most one folder deep.
    static let leftoverDepth = 4

    /// A new temporary file name: the process, then 64 random bits, so that nobody can
    /// prepare a file (or a symlink) under the name beforehand; it is created with `O_EXCL`.
    static func temporaryName() -> String {
        ".grapevine-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).tmp"
    }

    /// The process that made the temporary file `name`, when `name` is exactly of the form
    /// `temporaryName` gives (Grapevine's other writers name theirs the same way); `nil` for
    /// anything else.
    static func temporaryFileOwner(_ name: String) -> Int? {
        let prefix = ".grapevine-"
        let suffix = ".tmp"
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return nil }
        let middle = name.utf8.dropFirst(prefix.utf8.count).dropLast(suffix.utf8.count)
        let parts = middle.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 2,
            parts.allSatisfy({ (1...20).contains($0.count) && $0.allSatisfy { (0x30...0x39).contains($0) } })
        else { return nil }
        return Int(String(decoding: parts[0], as: UTF8.self)) ?? Int.max
    }

    /// Removes the temporary files of builds that are no longer running, in the site and its
    /// real (not symlinked, not hidden) folders: regular files named exactly as
    /// `temporaryName` names them, whose process has ended. A build still running (into the
    /// same folder, say) keeps its own.
    func removeLeftoverTemporaryFiles() {
        var folders: [(path: String, depth: Int)] = [(path, 0)]
        while let (folder, depth) = folders.popLast() {
            for entry in FileSystem.entries(of: folder) ?? [] {
                let entryPath = folder + "/" + entry.name
                if entry.kind == .directory, depth < Self.leftoverDepth, !entry.name.hasPrefix(".") {
                    folders.append((entryPath, depth + 1))
                } else if entry.kind == .file, let owner = Self.temporaryFileOwner(entry.name), !Self.isRunning(owner) {
                    unlink(entryPath)
                }
            }
        }
    }

    /// Whether the process `id` is running (or might be: one that is not ours to signal).
    private static func isRunning(_ id: Int) -> Bool {
        guard id > 0, id <= Int(Int32.max) else { return false }
        return kill(pid_t(id), 0) == 0 || errno == EPERM
    }
}
