#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file of the vault that is not a note: the config and the user's templates.
///
/// Like notes, such a file is read only when it is a regular file inside the vault: a symlink
/// is followed only when it resolves inside the vault (SPEC §2), so a cloned vault whose
/// `style.css` links to `~/.ssh/id_rsa` cannot copy that file into a site, and a FIFO or a
/// device is never opened for reading (`FileSystem.withContents`).
enum VaultFile {
    /// The contents of `relativePath` in the vault at `root`, handed to `body`; `nil` when there
    /// is no such file, an error when it cannot or must not be read.
    static func withContents<Result>(
        of relativePath: String, inVault root: String, buffer: inout [UInt8],
        _ body: (Span<UInt8>) -> Result
    ) -> Swift.Result<Result, FileSystem.FileError>? {
        let path = root + "/" + relativePath
        guard let real = FileSystem.realPath(path) else {
            let code = errno
            var info = stat()
            // Nothing there (or no folder on the way): the file is absent, which is fine.
            guard lstat(path, &info) == 0 else { return nil }
            let isLink = info.st_mode & S_IFMT == S_IFLNK
            return .failure(FileSystem.FileError(isLink ? .brokenSymlink(code) : .system(code)))
        }
        let realRoot = FileSystem.realPath(root) ?? root
        guard real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
            return .failure(FileSystem.FileError(.symlinkOutside(real)))
        }
        // The resolved path has no symlink left; one put there since is not followed.
        return FileSystem.withContents(of: real, followingSymlinks: false, buffer: &buffer, body)
    }
}
