#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only way Grapevine writes into a vault: new files appear whole or not at all, and an
/// existing file is changed only by `update`, which `log` uses to add a line to a note.
///
/// Every write locks the folder it writes in against other Grapevine writes, removes the
/// temporary files killed writers left there, and writes the new bytes to a temporary file of
/// its own first (see `TemporaryFile`), which is removed on every way out.
public enum FileWriter {
    /// Why a write did not happen.
    public struct WriteError: Error, Equatable, CustomStringConvertible {
        /// What went wrong, for a command to word its own advice.
        public enum Kind: Sendable, Equatable {
            /// `create` found a file already there.
            case exists
            /// The file changed, or was removed, while Grapevine was writing it.
            case changed
            /// The file's permissions do not let it be written (mode 444, say).
            case readOnly
            /// The file is marked immutable or append-only (`chattr +i`, `chflags uchg`).
            case immutable
            /// The file system holding the file is mounted read-only.
            case readOnlyFileSystem
            /// No file can be created in the file's folder.
            case folderNotWritable
            /// Another Grapevine command held the folder's lock for too long.
            case busy
            /// Anything else; `reason` says what.
            case other
        }

        /// The file, as the caller named it.
        public var path: String
        /// What went wrong, as a clause without the path.
        public var reason: String
        /// What went wrong, as a case.
        public var kind: Kind = .other
        /// The line of the file the problem is on, when there is one (a merge conflict's first marker).
        public var line: Int? = nil
        public var description: String { "cannot write \(location): \(reason)" }
        /// `path`, or `path:line:1` when the problem is on a line, as diagnostics name places.
        public var location: String { line.map { "\(path.escapingControlCharacters):\($0):1" } ?? path }

        /// The same error with its path relative to `root` when it lies inside it.
        public func relative(to root: String) -> WriteError {
            var error = self
            if path.hasPrefix(root + "/") { error.path = String(path.dropFirst(root.count + 1)) }
            return error
        }
    }

    /// Why `update` changed nothing.
    public enum UpdateFailure<Refusal: Error>: Error {
        /// The change refused the file's contents.
        case refused(Refusal)
        /// The file could not be read or written.
        case write(WriteError)
    }

    /// How long a write waits for another Grapevine command writing in the same folder.
    static let lockTimeout = Duration.seconds(10)

    /// Creates `path` with `contents`, refusing when it exists.
    ///
    /// The text goes to a temporary file in the same folder first, which is then hard-linked
    /// into place: `link` fails rather than replace an existing file, so a crash leaves either
    /// nothing or the whole file.
    public static func create(_ path: String, contents: String) throws(WriteError) {
        let folder = try LockedFolder.forNewFile(path, timeout: lockTimeout)
        defer { folder.unlock() }
        TemporaryFile.removeStale(in: folder)
        var exists = WriteError(path: path, reason: "the file already exists", kind: .exists)
        var status = stat()
        guard fstatat(folder.descriptor, folder.name, &status, AT_SYMLINK_NOFOLLOW) != 0 else {
            if status.st_mode & S_IFMT == S_IFLNK { exists.reason = linkReason(folder) }
            throw exists
        }
        let temporary = try TemporaryFile(in: folder, contents: Array(contents.utf8))
        let linked = linkat(folder.descriptor, temporary.name, folder.descriptor, folder.name, 0) == 0 ? 0 : errno
        temporary.remove()
        guard linked == 0 else {
            throw linked == EEXIST ? exists : WriteError(path: path, reason: String(cString: strerror(linked)))
        }
        folder.sync()
    }

    /// Why a symlink where a new note goes is not replaced: where it leads, and what to do.
    private static func linkReason(_ folder: LockedFolder) -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = readlinkat(folder.descriptor, folder.name, &buffer, buffer.count)
        let target = count > 0 ? " to '\(String(decoding: buffer[..<count], as: UTF8.self))'" : ""
        return "a symlink\(target) is there, and a link is never replaced; "
            + "remove it, or move the note it leads to in its place (`grapevine check` says how that note is read)"
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

    /// Creates `folder` (vault-relative; empty for the vault itself) and its parents in the vault
    /// at `root`; succeeds when it exists. Refuses, creating nothing, when a part of it that
    /// exists is a symlink leading out of the vault: the reader does not follow such links
    /// (SPEC §2), so a note written there would be outside the vault and never read.
    public static func createFolder(_ folder: String, inVault root: String) throws(WriteError) {
        if let refusal = linkOut(of: folder, inVault: root) { throw refusal }
        try createFolder(folder.isEmpty ? root : root + "/" + folder)
    }

    /// Why `folder` (vault-relative) of the vault at `root` may not be written in: the first
    /// part of it that is a symlink leading out of the vault; `nil` when none does.
    static func linkOut(of folder: String, inVault root: String) -> WriteError? {
        let vault = FileSystem.realPath(root) ?? root
        var path = root
        var link = ""
        for part in folder.split(separator: "/") {
            path += "/" + part
            link += (link.isEmpty ? "" : "/") + part
            guard FileSystem.kind(of: path) == .symlink, let target = FileSystem.realPath(path),
                target != vault, !target.hasPrefix(vault == "/" ? "/" : vault + "/")
            else { continue }
            return WriteError(
                path: path,
                reason:
                    "'\(link)' is a symlink to '\(target)', outside the vault; Grapevine writes only inside the vault, "
                    + "as it reads only there. Nothing was written")
        }
        return nil
    }

    /// Replaces the contents of the file at `path` with what `change` makes of them, and
    /// returns what else `change` returned.
    ///
    /// Other Grapevine writes in the folder wait meanwhile (up to ten seconds), so two changes
    /// to one file both land. The new bytes go to a temporary file, which replaces the file
    /// only when it still holds exactly the bytes `change` was given: editors do not take
    /// Grapevine's lock, so an edit saved meanwhile makes the update fail instead, writing
    /// nothing. A file without write permission, or immutable, is refused. A symlink is
    /// followed: its target gets the new contents and the link stays; with `root`, the vault
    /// the file is in, only when the target is in that vault too (a note read as a file and
    /// swapped for a link out of the vault since is refused, as the reader refuses it).
    public static func update<Result, Refusal: Error>(
        _ path: String, inVault root: String? = nil,
        _ change: ([UInt8]) throws(Refusal) -> (contents: [UInt8], result: Result)
    ) throws(UpdateFailure<Refusal>) -> Result {
        try update(path, Replacement.Options(vault: root), change)
    }

    static func update<Result, Refusal: Error>(
        _ path: String, _ options: Replacement.Options,
        _ change: ([UInt8]) throws(Refusal) -> (contents: [UInt8], result: Result)
    ) throws(UpdateFailure<Refusal>) -> Result {
        let folder: LockedFolder
        do {
            folder = try LockedFolder.forExistingFile(path, inVault: options.vault, timeout: options.lockTimeout)
        } catch {
            throw .write(error)
        }
        defer { folder.unlock() }
        TemporaryFile.removeStale(in: folder)
        let original: OriginalFile
        do { original = try OriginalFile(in: folder, timeout: options.lockTimeout) } catch { throw .write(error) }
        defer { original.close() }
        if let conflict = unresolvedMergeConflict(in: original.bytes, path: path) { throw .write(conflict) }
        let changed: (contents: [UInt8], result: Result)
        do { changed = try change(original.bytes) } catch { throw .refused(error) }
        do {
            try Replacement(original: original, folder: folder, options: options).replace(with: changed.contents)
        } catch {
            throw .write(error)
        }
        folder.sync()
        return changed.result
    }

    /// Why the file at `path`, holding `bytes`, is not written into: an unresolved merge
    /// conflict, inside which a note half merged by git would get the new line; `nil` when it
    /// has none.
    static func unresolvedMergeConflict(in bytes: [UInt8], path: String) -> WriteError? {
        MergeConflict.line(in: bytes.span).map { line in
            WriteError(
                path: path,
                reason: "it has an unresolved merge conflict (the '<<<<<<<' line); resolve it, then "
                    + "run the command again. Nothing was written", line: line)
        }
    }

    /// Replaces the contents of the file at `path` with `contents` as `update` does, when it
    /// holds exactly `expected`: the bytes a change was worked out from. A file that holds
    /// anything else is left as it is, a `changed` error with `reason`.
    static func replace(
        _ path: String, inVault root: String?, expecting expected: [UInt8], with contents: [UInt8],
        ifChanged reason: String
    ) throws(WriteError) {
        struct Changed: Error {}
        do {
            try update(path, inVault: root) { (current) throws(Changed) -> (contents: [UInt8], result: Void) in
                guard current == expected else { throw Changed() }
                return (contents, ())
            }
        } catch {
            switch error {
            case .refused: throw WriteError(path: path, reason: reason, kind: .changed)
            case .write(let failure): throw failure
            }
        }
    }
}
