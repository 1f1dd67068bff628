/// Lists the notes of a vault: every `*.md` file, skipping hidden files and folders, the site
/// output folder, ignored paths, and symlinks that lead outside the vault.
struct VaultWalker {
    let root: String
    let ignore: [IgnorePattern]
    let siteOut: String?

    init(root: String, config: Config) {
        self.root = root
        ignore = config.ignore.map(IgnorePattern.init)
        siteOut = VaultPath.normalize(config.siteOut)
    }

    /// The notes found, sorted by path, with the folders that hold them.
    struct Listing {
        /// Vault-relative folder paths ("" for the root).
        var folders: [String] = []
        /// Each note's vault-relative path, its folder (an index into `folders`), and its file name.
        var notes: [(path: String, folder: Int, name: String)] = []
    }

    /// Every note of the vault.
    func listing() -> Listing {
        var listing = Listing()
        let realRoot = FileSystem.realPath(root) ?? root
        var visited: Set<String> = [realRoot]
        walk("", real: realRoot, realRoot: realRoot, into: &listing, visited: &visited)
        listing.notes.sort { $0.path < $1.path }
        return listing
    }

    /// Walks a folder; `real` is its path with symlinks resolved, so that a link back to a
    /// folder already walked is not walked again.
    private func walk(
        _ folder: String, real: String, realRoot: String, into listing: inout Listing, visited: inout Set<String>
    ) {
        guard let entries = FileSystem.entries(of: folder.isEmpty ? root : root + "/" + folder) else { return }
        let folderIndex = listing.folders.count
        listing.folders.append(folder)
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
            guard !isSkipped(path, name: entry.name) else { continue }
            var kind = entry.kind
            var resolved: String?
            if kind == .symlink {
                guard let target = FileSystem.realPath(root + "/" + path),
                    target == realRoot || target.hasPrefix(realRoot + "/")
                else { continue }
                resolved = target
                kind = FileSystem.isDirectory(target) ? .directory : .file
            }
            switch kind {
            case .directory:
                let target = resolved ?? real + "/" + entry.name
                guard visited.insert(target).inserted else { continue }
                walk(path, real: target, realRoot: realRoot, into: &listing, visited: &visited)
            case .file where Self.isMarkdown(entry.name):
                listing.notes.append((path, folderIndex, entry.name))
            default:
                continue
            }
        }
    }

    /// Whether a file name ends in `.md`, in any case.
    static func isMarkdown(_ name: some StringProtocol) -> Bool {
        let utf8 = name.utf8
        guard let d = utf8.index(utf8.endIndex, offsetBy: -1, limitedBy: utf8.startIndex),
            let m = utf8.index(d, offsetBy: -1, limitedBy: utf8.startIndex),
            let dot = utf8.index(m, offsetBy: -1, limitedBy: utf8.startIndex)
        else { return false }
        return utf8[dot] == UInt8(ascii: ".") && utf8[m] | 0x20 == UInt8(ascii: "m")
            && utf8[d] | 0x20 == UInt8(ascii: "d")
    }

    private func isSkipped(_ path: String, name: String) -> Bool {
        if let siteOut, path == siteOut { return true }
        return ignore.contains { $0.matches(entry: path, name: name) }
    }
}
