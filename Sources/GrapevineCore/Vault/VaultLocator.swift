#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the vault folder: `--vault`, else `$GRAPEVINE_VAULT`, else the nearest folder upward
/// holding `.grapevine/`, else the current folder if it holds `contacts/` or `interviews/`.
public enum VaultLocator {
    /// Why no vault was found.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// `--vault` or `$GRAPEVINE_VAULT` names a path where there is nothing.
        case missing(path: String, source: Source)
        /// `--vault` or `$GRAPEVINE_VAULT` names something that is not a folder.
        case notAFolder(path: String, source: Source)
        /// Nothing names a vault, and neither the current folder nor any above it is one.
        case noVault(currentDirectory: String)

        /// One line that says what is wrong and how to fix it.
        public var description: String {
            switch self {
            case .missing(let path, let source):
                return
                    "no vault at \(path.escapingControlCharacters) (from \(source.rawValue)): there is nothing there; "
                    + "run 'grapevine init \(path.escapingControlCharacters)' to make one, or give the "
                    + "path of your vault"
            case .notAFolder(let path, let source):
                return
                    "no vault at \(path.escapingControlCharacters) (from \(source.rawValue)): it is not a folder; "
                    + "give the path of your vault"
            case .noVault(let folder):
                return "no vault here: neither \(folder) nor any folder above it holds .grapevine/, and it holds "
                    + "no contacts/ or interviews/ folder; run 'grapevine init' to make one ('grapevine init "
                    + "--existing' to use the notes already here), or pass --vault PATH"
            }
        }
    }

    /// Where an explicit vault path came from.
    public enum Source: String, Sendable {
        case option = "--vault"
        case environment = "$GRAPEVINE_VAULT"
    }

    /// The vault root as an absolute path without a trailing `/`; an explicit path must be an
    /// existing folder, and without one the current folder or one above it must look like a vault.
    public static func locate(
        option: String?, environment: [String: String], currentDirectory: String
    ) throws(Failure) -> String {
        if let option, !option.isEmpty { return try explicit(option, .option, from: currentDirectory) }
        if let variable = environment["GRAPEVINE_VAULT"], !variable.isEmpty {
            return try explicit(variable, .environment, from: currentDirectory)
        }
        let here = absolute(currentDirectory, from: "/")
        var folder = here
        while true {
            if FileSystem.isDirectory(folder + "/.grapevine") { return folder }
            guard let parent = parent(of: folder) else { break }
            folder = parent
        }
        guard holdsNoteFolders(here) else { throw .noVault(currentDirectory: here) }
        return here
    }

    /// Whether `folder` holds `contacts/` or `interviews/`, in any case: a vault whose folders
    /// are `Contacts/` and `Interviews/` is found, and `check` says to rename them (their notes
    /// are read as plain notes, as on a file system that tells cases apart they are not the
    /// folders SPEC §2 names).
    private static func holdsNoteFolders(_ folder: String) -> Bool {
        let names = ["contacts", "interviews"]
        if names.contains(where: { FileSystem.isDirectory(folder + "/" + $0) }) { return true }
        return FileSystem.entries(of: folder)?.contains {
            $0.kind == .directory && names.contains($0.name.lowercased())
        }
            ?? false
    }

    /// The vault a file at `path` (absolute) belongs to, for an editor that opened it: the
    /// nearest folder above it holding `.grapevine/`, else the nearest holding `contacts/` or
    /// `interviews/` (the file may be in one of those); `nil` when there is neither.
    public static func vault(containing path: String) -> String? {
        let folders = sequence(first: absolute(path, from: "/")) { parent(of: $0) }.dropFirst()
        if let marked = folders.first(where: { FileSystem.isDirectory($0 + "/.grapevine") }) { return marked }
        return folders.first(where: holdsNoteFolders)
    }

    private static func explicit(_ path: String, _ source: Source, from base: String) throws(Failure) -> String {
        let root = absolute(path, from: base)
        guard FileSystem.isDirectory(root) else {
            throw FileSystem.exists(root)
                ? .notAFolder(path: root, source: source) : .missing(path: root, source: source)
        }
        return root
    }

    /// The process's current folder.
    public static var currentDirectory: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `path` made absolute against `base`, with `.` and `..` resolved.
    public static func absolute(_ path: String, from base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func parent(of folder: String) -> String? {
        guard folder != "/", let slash = folder.lastIndex(of: "/") else { return nil }
        return slash == folder.startIndex ? "/" : String(folder[..<slash])
    }
}
