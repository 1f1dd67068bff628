#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only way Grapevine writes into a vault: new files appear whole or not at all, and an
/// existing file is never replaced.
public enum FileWriter {
    /// Why a write did not happen.
    public struct WriteError: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Creates `path` with `contents`, refusing when it exists.
    ///
    /// The text goes to a temporary file in the same folder first, which is then hard-linked
    /// into place: `link` fails rather than replace an existing file, so a crash leaves either
    /// nothing or the whole file.
    public static func create(_ path: String, contents: String) throws(WriteError) {
        guard !FileSystem.exists(path) else { throw WriteError(path: path, reason: "the file already exists") }
        let temporary =
            VaultPath.directory(of: path) + ".grapevine-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        try write(contents, to: temporary)
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else {
            let code = errno
            if code == EEXIST { throw WriteError(path: path, reason: "the file already exists") }
            throw WriteError(path: path, reason: String(cString: strerror(code)))
        }
    }

    /// Creates a folder (and its parents); succeeds when it already exists.
    public static func createFolder(_ path: String) throws(WriteError) {
        guard !FileSystem.isDirectory(path) else { return }
        let parent = VaultPath.directory(of: path)
        if parent.count > 1 { try createFolder(String(parent.dropLast())) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func write(_ contents: String, to path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var text = contents
        let failure: Int32? = text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                if written < 0 { return errno }
                offset += written
            }
            return fsync(descriptor) == 0 ? nil : errno
        }
        if let failure {
            unlink(path)
            throw WriteError(path: path, reason: String(cString: strerror(failure)))
        }
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif
