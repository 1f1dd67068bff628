#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a vault's files stand at one moment: the size, modification time and file number of
/// every note and of the settings (`.grapevine/config.yml`, `.grapevine/templates/`), to tell
/// which files changed since an earlier look.
///
/// `grapevine serve` looks at the files `VaultWatch` names as they change, and at the whole
/// vault when it says anything may have. Where the system cannot report changes it looks at
/// the whole vault every 150 ms: that works the same on every file system (a vault on a
/// network share or in a container's mount included), costs a listing and a `stat` per note,
/// and sees an editor that writes a file in place or renames a new one over it alike
/// (docs/decisions.md, issue 21).
public struct VaultScan: Sendable, Equatable {
    /// What a file's `stat` says that changes when it is written.
    struct Stamp: Sendable, Equatable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var file: UInt64
        var device: UInt64
    }

    /// The notes, by vault-relative path.
    var notes: [String: Stamp]
    /// The settings files, by vault-relative path.
    var settings: [String: Stamp]

    /// What changed between two looks.
    public struct Changes: Sendable, Equatable {
        /// The notes written or added since, vault-relative.
        public var notes: Set<String> = []
        /// The notes gone since.
        public var removed: Set<String> = []
        /// Whether the config or a template changed.
        public var settings = false

        /// Whether nothing changed.
        public var isEmpty: Bool { notes.isEmpty && removed.isEmpty && !settings }
    }

    /// Looks at the vault at `root` (absolute), whose notes `config` decides.
    public init(root: String, config: Config) {
        let listed = VaultWalker(root: root, config: config).listing().notes
        // A `stat` per note, on all cores: most of the time of a look at a big vault.
        let stamps = parallelMap(count: listed.count, batch: 512, makeState: {}) { _, index in
            Self.stamp(of: root + "/" + listed[index].path)
        }
        var notes: [String: Stamp] = [:]
        notes.reserveCapacity(listed.count)
        for (note, stamp) in zip(listed, stamps) { notes[note.path] = stamp }
        self.notes = notes
        var settings: [String: Stamp] = [:]
        settings[ConfigReader.path] = Self.stamp(of: root + "/" + ConfigReader.path)
        let templates = TemplateLibrary.folder
        for entry in FileSystem.entries(of: root + "/" + templates) ?? [] {
            settings[templates + "/" + entry.name] = Self.stamp(of: root + "/" + templates + "/" + entry.name)
        }
        self.settings = settings
    }

    /// What changed since `earlier`.
    public func changes(since earlier: VaultScan) -> Changes {
        var changes = Changes()
        for (path, stamp) in notes where earlier.notes[path] != stamp { changes.notes.insert(path) }
        changes.removed = Set(earlier.notes.keys.filter { notes[$0] == nil })
        changes.settings = settings != earlier.settings
        return changes
    }

    /// Looks again at the files at `paths` (vault-relative) only, as `VaultWatch` names them,
    /// in the vault at `root` whose notes `config` decides; what changed.
    public mutating func update(paths: Set<String>, root: String, config: Config) -> Changes {
        var changes = Changes()
        let walker = VaultWalker(root: root, config: config)
        for path in paths {
            let stamp = Self.stamp(of: root + "/" + path)
            if path == ConfigReader.path || path.hasPrefix(TemplateLibrary.folder + "/") {
                if settings[path] != stamp { changes.settings = true }
                settings[path] = stamp
            } else if walker.includes(path) {
                // A symlink leading out of the vault is no note, as when the whole vault is looked at.
                let refused = walker.refusal(of: path) != nil
                let stamp = refused ? nil : stamp
                guard refused || notes[path] != stamp else { continue }
                if stamp == nil { changes.removed.insert(path) } else { changes.notes.insert(path) }
                notes[path] = stamp
            }
        }
        return changes
    }

    /// The stamp of the file at `path`, following symlinks; `nil` when there is none.
    static func stamp(of path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        return Stamp(
            size: Int64(info.st_size), seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec),
            file: UInt64(info.st_ino), device: UInt64(info.st_dev))
    }
}
