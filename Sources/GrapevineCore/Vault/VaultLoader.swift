/// Reads a vault from disk: the config, then every note in parallel on all cores.
public enum VaultLoader {
    /// Loads the vault at `root` (an absolute folder path).
    public static func load(root: String) -> Vault {
        let configPath = root + "/" + ConfigReader.path
        var buffer: [UInt8] = []
        var configText: String?
        var (config, diagnostics) = (Config(), [Diagnostic]())
        if FileSystem.exists(configPath) {
            let read = FileSystem.withContents(of: configPath, buffer: &buffer) { bytes in
                (ConfigReader.read(bytes), NoteReader.decode(bytes).0)
            }
            switch read {
            case .success(let ((readConfig, problems), text)):
                (config, diagnostics, configText) = (readConfig, problems, text)
            case .failure(let error):
                diagnostics.append(unreadable(ConfigReader.path, error))
            }
        }
        let paths = VaultWalker(root: root, config: config).notePaths()
        let results = parallelMap(count: paths.count, makeState: { Worker() }) { worker, index in
            worker.read(paths[index], in: root)
        }
        var notes: [Note] = []
        notes.reserveCapacity(results.count)
        for (note, problems) in results {
            if let note { notes.append(note) }
            diagnostics += problems
        }
        return Vault(root: root, config: config, configText: configText, notes: notes, diagnostics: diagnostics)
    }

    private static func unreadable(_ path: String, _ error: FileSystem.FileError) -> Diagnostic {
        Diagnostic(.error, .unreadableFile, "cannot read the file: \(error.message)", file: path, at: .start)
    }

    /// What one thread keeps between files.
    private struct Worker {
        let parser = MarkdownParser()
        var buffer: [UInt8] = []

        mutating func read(_ path: String, in root: String) -> (Note?, [Diagnostic]) {
            let reader = NoteReader(path: path, parser: parser)
            switch FileSystem.withContents(of: root + "/" + path, buffer: &buffer, reader.read) {
            case .success(let (note, diagnostics)): return (note, diagnostics)
            case .failure(let error): return (nil, [VaultLoader.unreadable(path, error)])
            }
        }
    }
}
