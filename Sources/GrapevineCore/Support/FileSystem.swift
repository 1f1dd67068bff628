#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few POSIX file calls Grapevine needs, fast enough for tens of thousands of notes.
enum FileSystem {
    /// An entry of a folder listing.
    struct Entry {
        enum Kind { case file, directory, symlink, other }
        var name: String
        var kind: Kind
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The entries of a folder, without `.` and `..`; `nil` when it cannot be read.
    static func entries(of path: String) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var result: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
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
            result.append(Entry(name: name, kind: kind))
        }
        return result
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

    /// The whole file, handed to `body` as bytes; an error message when it cannot be read.
    ///
    /// `path` is relative to the open folder `folder` (or the current folder). System calls are
    /// the costly part of reading a vault, so it makes four per file: open, size, read, close.
    static func withContents<Result>(
        of path: String, in folder: Int32 = AT_FDCWD, buffer: inout [UInt8],
        _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Swift.Result<Result, FileError> {
        let descriptor = openat(folder, path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(FileError(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(FileError(errno: errno)) }
        let size = Int(info.st_size)
        if buffer.count < size + 1 { buffer = [UInt8](repeating: 0, count: max(size + 1, 2 * buffer.count)) }
        var count = 0
        while count < size || size == 0 {
            if count == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let got = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + count, raw.count - count)
            }
            if got < 0, errno == EINTR { continue }
            if got < 0 { return .failure(FileError(errno: errno)) }
            if got == 0 { break }
            count += got
        }
        return .success(buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<count])) })
    }

    /// Writes all of `bytes` to an open file, retrying after interruptions and short writes;
    /// `nil` on success, else the `errno` of the failed write.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            if written < 0 { return errno }
            offset += written
        }
        return nil
    }

    /// The whole of an open file, read from its start whatever its offset; `nil` when it
    /// cannot be read.
    static func contents(ofOpenFile descriptor: Int32) -> [UInt8]? {
        var info = stat()
        var bytes: [UInt8] = []
        if fstat(descriptor, &info) == 0 { bytes.reserveCapacity(Int(info.st_size) + 1) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress, raw.count, off_t(bytes.count))
            }
            if got < 0, errno == EINTR { continue }
            if got < 0 { return nil }
            if got == 0 { return bytes }
            bytes += chunk[..<got]
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
        var message: String

        init(errno code: Int32) {
            message = String(cString: strerror(code))
        }
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif
