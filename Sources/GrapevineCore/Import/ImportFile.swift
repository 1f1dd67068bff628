#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading the file an import is given: a regular file of a sensible size, whole.
public enum ImportFile {
    /// The largest file an import reads: LinkedIn's export of 30,000 connections (its limit)
    /// is about 5 MB; an address book with photos, some tens of megabytes.
    static let largestSize = 256 << 20

    /// The bytes of the file at `path` (absolute, or relative to the current folder), or why
    /// it cannot be read; `file` is how messages name it.
    public static func read(_ path: String, named file: String) throws(ImportFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "there is no such file" : String(cString: strerror(errno))
            throw ImportFailure(file: file, message: "cannot read the file: \(reason)")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw ImportFailure(file: file, message: "cannot read the file: it is not a regular file")
        }
        guard Int(status.st_size) <= largestSize else {
            throw ImportFailure(
                file: file,
                message: "the file is \(Int(status.st_size) >> 20) MB, over the \(largestSize >> 20) MB an import reads"
            )
        }
        guard let bytes = FileSystem.contents(ofOpenFile: descriptor) else {
            throw ImportFailure(file: file, message: "cannot read the file: \(String(cString: strerror(errno)))")
        }
        return bytes
    }
}
