#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few POSIX file calls Grapevine needs, fast enough for tens of thousands of notes.
public enum FileSystem {
    /// An entry of a folder listing.
    struct Entry {
        enum Kind { case file, directory, symlink, other }
        /// The name, with any bytes that are not UTF-8 replaced (`hasValidName` is then false,
        /// and the name cannot be used to open the entry).
        var name: String
        var kind: Kind
        var hasValidName = true
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether anything is at `path`, a symlink included (where it leads is not looked at).
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether the file's mode lets its owner write it (a file made read-only is not, even for root).
    static func isUserWritable(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IWUSR != 0
    }

    /// The entries of a folder, without `.` and `..`; `nil` when it cannot be read.
    static func entries(of path: String) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var result: [Entry] = []
        while let entry = readdir(directory) {
            // `d_name` is a C array of bytes ended by a zero byte.
            let (name, isValid) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix { $0 != 0 }
                if let name = String(validating: bytes, as: UTF8.self) { return (name, true) }
                return (String(decoding: bytes, as: UTF8.self), false)
            }
            if name == "." || name == ".." { continue }
            let kind: Entry.Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symlink
            case Int32(DT_UNKNOWN): kind = self.kind(of: path + "/" + name)
            default: kind = .other
            }
            result.append(Entry(name: name, kind: kind, hasValidName: isValid))
        }
        return result
    }

    /// The names in the open folder `folder` that start with a dot (`.` and `..` included),
    /// from the start of its listing; empty when it cannot be listed.
    static func hiddenNames(inOpenFolder folder: Int32) -> [String] {
        // `fdopendir` takes over the descriptor it is given, and `closedir` closes it.
        let copy = dup(folder)
        guard copy >= 0 else { return [] }
        guard let directory = fdopendir(copy) else {
            close(copy)
            return []
        }
        defer { closedir(directory) }
        rewinddir(directory)
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.first == UInt8(ascii: ".") ? String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) : nil
            }
            if let name { names.append(name) }
        }
        return names
    }

    /// What `path` is, without following a final symlink.
    static func kind(of path: String) -> Entry.Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The canonical absolute path, with every symlink resolved; `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The most bytes a file Grapevine reads (a note, the config, a template, the site's
    /// marker) may hold: 32 MiB, a thousand times a long note. A bigger file is reported, not
    /// read, so a huge or sparse file costs neither the time nor the memory.
    static let maximumFileSize = 32 << 20

    /// The whole file, handed to `body` as bytes; an error when it cannot be read.
    ///
    /// `path` is relative to the open folder `folder` (or the current folder). Only a regular
    /// file is read: the file is opened without blocking (a FIFO would wait for a writer
    /// forever) and what was opened is checked, not what a path named a moment before. Without
    /// `followingSymlinks` a symlink at `path` is refused too. A file over `maximumFileSize` is
    /// an error. System calls are the costly part of reading a vault, so it makes four per
    /// file: open, size, read, close.
    static func withContents<Result>(
        of path: String, in folder: Int32 = AT_FDCWD, followingSymlinks: Bool = true, buffer: inout [UInt8],
        _ body: (Span<UInt8>) -> Result
    ) -> Swift.Result<Result, FileError> {
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (followingSymlinks ? 0 : O_NOFOLLOW)
        let descriptor = openat(folder, path, flags)
        guard descriptor >= 0 else {
            let code = errno
            let isLink = !followingSymlinks && code == ELOOP
            return .failure(isLink ? FileError(.notRegular("a symlink")) : FileError(errno: code))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(FileError(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(FileError(.notRegular(kindName(info.st_mode)))) }
        let size = Int(info.st_size)
        guard size <= maximumFileSize else { return .failure(FileError(.tooLarge(size))) }
        if buffer.count < size + 1 { buffer = [UInt8](repeating: 0, count: max(size + 1, 2 * buffer.count)) }
        var count = 0
        // A file that says it is empty (as files in /proc do) is read to its end, within the limit.
        while count < size || size == 0 {
            guard count <= maximumFileSize else { return .failure(FileError(.tooLarge(count))) }
            if count == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let got = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + count, raw.count - count)
            }
            if got < 0, errno == EINTR { continue }
            if got < 0 { return .failure(FileError(errno: errno)) }
            if got == 0 { break }
            count += got
        }
        guard count <= maximumFileSize else { return .failure(FileError(.tooLarge(count))) }
        return .success(body(buffer.span.extracting(0..<count)))
    }

    /// What a file that is not a regular file is, in words: "a FIFO", "a folder", …
    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symlink"
        default: return "an unknown kind of file"
        }
    }

    /// `path` (absolute, without `.` or `..` parts) with every symlink resolved in the part of
    /// it that exists; the rest, which does not exist yet, is kept as written.
    static func resolvedPath(_ path: String) -> String {
        var existing = path
        var rest: [Substring] = []
        while true {
            if let real = realPath(existing.isEmpty ? "/" : existing) {
                let joined = ([real == "/" ? "" : real] + rest.reversed().map(String.init)).joined(separator: "/")
                return joined.isEmpty ? "/" : joined
            }
            guard let slash = existing.lastIndex(of: "/") else { return path }
            rest.append(existing[existing.index(after: slash)...])
            existing = String(existing[..<slash])
        }
    }

    /// Reads what is there of an open file or stream into the start of `buffer`, retrying after
    /// interruptions: how many bytes, 0 at its end, -1 on an error.
    public static func readSome(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            return count
        }
    }

    /// Writes all of `bytes` to an open file, retrying after interruptions and short writes;
    /// `nil` on success, else the `errno` of the failed write.
    public static func writeAll(_ bytes: Span<UInt8>, to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written < 0 { return errno }
                offset += written
            }
            return nil
        }
    }

    /// The whole of an open file, read from its start whatever its offset; `nil` when it
    /// cannot be read.
    static func contents(ofOpenFile descriptor: Int32) -> [UInt8]? {
        var info = stat()
        var bytes: [UInt8] = []
        let size = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        bytes.reserveCapacity(size + 1)
        // A chunk the file's size fills: zeroing 64 KB for every note of an import was
        // measurable. One byte over, so that a file that did not grow is read in one call.
        var chunk = [UInt8](repeating: 0, count: min(max(size + 1, 4096), 1 << 16))
        while true {
            let got = chunk.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress, raw.count, off_t(bytes.count))
            }
            if got < 0, errno == EINTR { continue }
            if got < 0 { return nil }
            if got == 0 { return bytes }
            bytes += chunk[..<got]
            // Short of what was asked, and all the size said: the end (a second call to see
            // it cost one call per file of an import).
            if got < chunk.count, bytes.count == size { return bytes }
        }
    }

    /// Opens a folder for `withContents(of:in:)`; `nil` when it cannot be opened.
    static func openFolder(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return descriptor >= 0 ? descriptor : nil
    }

    /// Closes a folder opened with `openFolder`.
    static func closeFolder(_ descriptor: Int32) {
        close(descriptor)
    }

    /// Why a file could not be read, in words.
    struct FileError: Error {
        /// What kind of problem it is.
        enum Kind: Equatable {
            /// A system call failed with this `errno`.
            case system(Int32)
            /// Not a regular file: what it is instead ("a FIFO").
            case notRegular(String)
            /// More than `maximumFileSize` bytes: how many.
            case tooLarge(Int)
            /// A symlink that resolves outside the folder it must stay in: its target.
            case symlinkOutside(String)
            /// A symlink that resolves to a hidden or ignored part of the vault (`.git/config`):
            /// its target, relative to the vault.
            case symlinkHidden(String)
            /// A symlink that cannot be followed (its target is missing, or a loop): why.
            case brokenSymlink(Int32)
            /// A name that is not UTF-8, which Grapevine cannot open by name.
            case nameNotUTF8
        }

        var kind: Kind
        var message: String

        init(errno code: Int32) {
            self.init(.system(code))
        }

        init(_ kind: Kind) {
            self.kind = kind
            switch kind {
            case .system(let code): message = String(cString: strerror(code))
            case .notRegular(let what): message = "it is \(what), not a regular file"
            case .tooLarge(let size):
                message =
                    "it holds \(Self.megabytes(size)), more than the \(Self.megabytes(maximumFileSize)) Grapevine reads"
            case .symlinkOutside(let target):
                message = "it is a symlink to '\(target)', outside the vault, and is not followed"
            case .symlinkHidden(let target):
                message = "it is a symlink to '\(target)', a hidden or ignored part of the vault, and is not followed"
            case .brokenSymlink(let code):
                message = "it is a symlink that cannot be followed (\(String(cString: strerror(code))))"
            case .nameNotUTF8:
                message = "its name is not valid UTF-8"
            }
        }

        private static func megabytes(_ bytes: Int) -> String {
            bytes < 1 << 20 ? "\(bytes) bytes" : "\(bytes >> 20) MB"
        }
    }
}

#if canImport(Glibc)
    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#endif
