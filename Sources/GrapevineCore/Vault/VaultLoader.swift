/// Reads a vault from disk: the config, then every note in parallel on all cores.
public enum VaultLoader {
    /// Loads the vault at `root` (an absolute folder path).
    public static func load(root: String) -> Vault {
        let configPath = root + "/" + ConfigReader.path
        var buffer: [UInt8] = []
        var configText: String?
        var (config, diagnostics) = (Config(), [Diagnostic]())
        if FileSystem.exists(configPath) {
            switch FileSystem.withContents(of: configPath, buffer: &buffer, NoteReader.decode) {
            case .success(let (text, utf8Problem)):
                (config, diagnostics) = ConfigReader.read(text, utf8Problem: utf8Problem)
                configText = text
            case .failure(let error):
                diagnostics.append(unreadable(ConfigReader.path, error))
            }
        }
        let listing = VaultWalker(root: root, config: config).listing()
        let folders = listing.folders.map { FileSystem.openFolder($0.isEmpty ? root : root + "/" + $0) ?? -1 }
        defer { folders.filter { $0 >= 0 }.forEach(FileSystem.closeFolder) }
        var results = parallelMap(count: listing.notes.count, makeState: { Worker() }) {
            [notes = listing.notes] worker, index in
            worker.read(notes[index].path, name: notes[index].name, in: folders[notes[index].folder])
        }
        var notes: [Note] = []
        notes.reserveCapacity(results.count)
        for index in results.indices {
            // Swapped out rather than copied: a note holds dozens of references.
            var result: (note: Note?, problems: [Diagnostic]) = (nil, [])
            swap(&result, &results[index])
            if let note = result.note.take() { notes.append(note) }
            diagnostics += result.problems
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

        mutating func read(_ path: String, name: String, in folder: Int32) -> (note: Note?, problems: [Diagnostic]) {
            let reader = NoteReader(path: path, parser: parser)
            switch FileSystem.withContents(of: name, in: folder, buffer: &buffer, reader.read) {
            case .success(let (note, diagnostics)): return (note, diagnostics)
            case .failure(let error): return (nil, [VaultLoader.unreadable(path, error)])
            }
        }
    }
}
