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

    /// Vault-relative paths of the notes, sorted.
    func notePaths() -> [String] {
        var paths: [String] = []
        let realRoot = FileSystem.realPath(root) ?? root
        var visited: Set<String> = [realRoot]
        walk("", real: realRoot, realRoot: realRoot, into: &paths, visited: &visited)
        return paths.sorted()
    }

    /// Walks a folder; `real` is its path with symlinks resolved, so that a link back to a
    /// folder already walked is not walked again.
    private func walk(
        _ folder: String, real: String, realRoot: String, into paths: inout [String], visited: inout Set<String>
    ) {
        guard let entries = FileSystem.entries(of: folder.isEmpty ? root : root + "/" + folder) else { return }
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
            guard !isSkipped(path) else { continue }
            var kind = entry.kind
            var target = real + "/" + entry.name
            if kind == .symlink {
                guard let resolved = FileSystem.realPath(root + "/" + path),
                    resolved == realRoot || resolved.hasPrefix(realRoot + "/")
                else { continue }
                target = resolved
                kind = FileSystem.isDirectory(resolved) ? .directory : .file
            }
            switch kind {
            case .directory:
                guard visited.insert(target).inserted else { continue }
                walk(path, real: target, realRoot: realRoot, into: &paths, visited: &visited)
            case .file where entry.name.lowercased().hasSuffix(".md"):
                paths.append(path)
            default:
                continue
            }
        }
    }

    private func isSkipped(_ path: String) -> Bool {
        if let siteOut, path == siteOut { return true }
        return ignore.contains { $0.matches(path) }
    }
}
