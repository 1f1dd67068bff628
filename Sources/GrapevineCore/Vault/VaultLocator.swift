#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the vault folder: `--vault`, else `$GRAPEVINE_VAULT`, else the nearest folder upward
/// holding `.grapevine/`, else the current folder.
public enum VaultLocator {
    /// The vault root as an absolute path without a trailing `/`.
    public static func locate(option: String?, environment: [String: String], currentDirectory: String) -> String {
        if let option, !option.isEmpty { return absolute(option, from: currentDirectory) }
        if let variable = environment["GRAPEVINE_VAULT"], !variable.isEmpty {
            return absolute(variable, from: currentDirectory)
        }
        var folder = absolute(currentDirectory, from: "/")
        while true {
            if FileSystem.isDirectory(folder + "/.grapevine") { return folder }
            guard let parent = parent(of: folder) else { break }
            folder = parent
        }
        return absolute(currentDirectory, from: "/")
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

extension VaultLocator {
    /// Whether `path` is an existing folder.
    public static func isFolder(_ path: String) -> Bool {
        FileSystem.isDirectory(path)
    }
}
