#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileWriter {
    /// Removes the file at `path` if it still holds exactly `bytes` (SPEC §2: `merge` is the one
    /// command that removes a file, once everything it moves has been written).
    ///
    /// Under the folder's lock, the file is moved aside to a temporary name and checked there
    /// to be the file read, unchanged, before it is unlinked: an editor's save in between is
    /// put back and the removal fails. A symlink, a read-only file or one that changed is
    /// refused, and left where it is; with `root`, the vault the file is in, so is a file whose
    /// folder now leads out of that vault (a folder swapped for a symlink since it was read).
    public static func remove(_ path: String, expecting bytes: [UInt8], inVault root: String? = nil)
        throws(WriteError)
    {
        let folderPath = VaultPath.directory(of: path)
        if let root, let real = FileSystem.realPath(folderPath.isEmpty ? "." : folderPath),
            let refusal = LockedFolder.linkOut(path, target: real + "/" + path.dropFirst(folderPath.count), of: root)
        {
            throw refusal
        }
        let folder = try LockedFolder.forNewFile(path, timeout: lockTimeout)
        defer { folder.unlock() }
        let original = try OriginalFile(in: folder)
        defer { original.close() }
        guard original.bytes == bytes else { throw folder.changed }
        let aside = TemporaryFile.newName()
        guard renameat(folder.descriptor, folder.name, folder.descriptor, aside) == 0 else {
            throw WriteError(path: path, reason: "it could not be removed (\(String(cString: strerror(errno))))")
        }
        guard original.isUnchanged(at: aside, in: folder) else {
            // Saved meanwhile: back under its name, unless a newer file took the name already.
            if linkat(folder.descriptor, aside, folder.descriptor, folder.name, 0) == 0 {
                unlinkat(folder.descriptor, aside, 0)
            } else {
                renameat(
                    folder.descriptor, aside, folder.descriptor,
                    folder.name + ".kept-" + String(UInt32.random(in: 0...UInt32.max), radix: 16))
            }
            throw folder.changed
        }
        unlinkat(folder.descriptor, aside, 0)
        folder.sync()
    }

    /// Whether the file at `path` holds exactly `bytes`, once no other program is writing it;
    /// `false` also when it cannot be read. Before `merge` removes B, every file it wrote must
    /// still hold what it wrote: an editor's save in between holds none of what B moved.
    static func holds(_ path: String, exactly bytes: [UInt8]) -> Bool {
        guard let folder = try? LockedFolder.forExistingFile(path, timeout: lockTimeout) else { return false }
        defer { folder.unlock() }
        guard let original = try? OriginalFile(in: folder) else { return false }
        defer { original.close() }
        return original.bytes == bytes
    }
}
