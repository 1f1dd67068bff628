#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a vault from disk: the config, then every note in parallel on all cores.
public enum VaultLoader {
    /// Loads the vault at `root` (an absolute folder path); without `findingDuplicates`, the
    /// warnings about notes that may be one person are not looked for (`next` shows none).
    public static func load(root: String, findingDuplicates: Bool = true) -> Vault {
        let files = read(root: root)
        return Vault(
            root: root, config: files.config, configText: files.configText, notes: files.notes,
            diagnostics: files.diagnostics, findingDuplicates: findingDuplicates)
    }

    /// What reading a vault's files gives, before anything is resolved between notes.
    struct Files {
        var config: Config
        var configText: String?
        /// Every note read, sorted by path.
        var notes: [Note]
        /// The problems of single files: the config, folders and files that could not be read,
        /// and each note's own.
        var diagnostics: [Diagnostic]
    }

    /// Reads the config, then every note in parallel on all cores. `config`, when given, is
    /// the config's text as an editor holds it, unsaved, in place of the file's.
    static func read(root: String, config unsaved: String? = nil) -> Files {
        var buffer: [UInt8] = []
        var configText: String?
        var (config, diagnostics) = (Config(), [Diagnostic]())
        let read =
            unsaved.map { .success(($0, nil)) }
            ?? VaultFile.withContents(of: ConfigReader.path, inVault: root, buffer: &buffer, NoteReader.decode)
        switch read {
        case .success(let (text, utf8Problem)):
            (config, diagnostics) = ConfigReader.read(text, utf8Problem: utf8Problem)
            configText = text
        case .failure(let error):
            diagnostics.append(.unreadable(ConfigReader.path, error))
        case nil:
            break
        }
        diagnostics += ConfigReader.misnamedProblems(root: root)
        let listing = VaultWalker(root: root, config: config).listing()
        diagnostics += listing.diagnostics
        diagnostics += ConfigReader.placementProblems(of: config, root: root, notePaths: listing.notes.lazy.map(\.path))
        let folders = listing.folders.map { FileSystem.openFolder($0.isEmpty ? root : root + "/" + $0) ?? -1 }
        defer { folders.filter { $0 >= 0 }.forEach(FileSystem.closeFolder) }
        let results = parallelMap(count: listing.notes.count, makeState: { Worker() }) {
            [notes = listing.notes] worker, index in
            let note = notes[index]
            return worker.read(
                note.path, name: note.target ?? note.name, in: note.target == nil ? folders[note.folder] : AT_FDCWD)
        }
        diagnostics += results.flatMap(\.problems)
        return Files(
            config: config, configText: configText, notes: results.compactMap(\.note), diagnostics: diagnostics)
    }

    /// What one thread keeps between files.
    private struct Worker {
        let parser = MarkdownParser()
        var buffer: [UInt8] = []

        /// Reads the note at `path`, which is `name` in the open folder `folder`: a symlink
        /// there is not followed (the walker resolved the ones it accepted into absolute paths).
        mutating func read(_ path: String, name: String, in folder: Int32) -> (note: Note?, problems: [Diagnostic]) {
            let reader = NoteReader(path: path, parser: parser)
            switch FileSystem.withContents(of: name, in: folder, followingSymlinks: false, buffer: &buffer, reader.read)
            {
            case .success(let (note, diagnostics)): return (note, diagnostics)
            case .failure(let error): return (nil, [.unreadable(path, error)])
            }
        }
    }
}

extension Diagnostic {
    /// The problem with a file of the vault that was not read: an error when it should have
    /// been (it cannot be read, it is too large), a warning when it is skipped on purpose
    /// (not a regular file, a symlink leading outside the vault, nowhere, or into a
    /// hidden or ignored part of it).
    static func unreadable(_ path: String, _ error: FileSystem.FileError) -> Diagnostic {
        let name = "'\(path.split(separator: "/").last.map(String.init) ?? path)'"
        switch error.kind {
        case .system:
            return Diagnostic(.error, .unreadableFile, "cannot read the file: \(error.message)", file: path, at: .start)
        case .notRegular(let what):
            return Diagnostic(
                .warning, .notRegularFile, "\(name) is not a regular file (\(what)); skipped", file: path, at: .start)
        case .tooLarge:
            return Diagnostic(
                .error, .fileTooLarge, "the file was not read: \(error.message)", file: path, at: .start,
                hint: "split it into smaller notes, or move it out of the vault")
        case .symlinkOutside(let target):
            let message = "\(name) is a symlink to '\(target)', outside the vault; not followed"
            return Diagnostic(.warning, .skippedSymlink, message, file: path, at: .start)
        case .symlinkHidden(let target):
            let message = "\(name) is a symlink to '\(target)', in a hidden or ignored part of the vault; not followed"
            return Diagnostic(
                .warning, .skippedSymlink, message, file: path, at: .start,
                hint: "Grapevine reads no note in a hidden folder (.git, .grapevine, .obsidian) or an ignored path, "
                    + "nor through a link to one; move the note out of there, or remove the link")
        case .brokenSymlink(let code):
            let message = "\(name) is a symlink that leads nowhere (\(String(cString: strerror(code)))); skipped"
            return Diagnostic(.warning, .skippedSymlink, message, file: path, at: .start)
        case .nameNotUTF8:
            return Diagnostic(
                .warning, .unreadableFile, "\(name) is skipped: its name is not valid UTF-8 (shown with �)",
                file: path, at: .start, hint: "rename it with letters your system writes as UTF-8")
        }
    }
}
