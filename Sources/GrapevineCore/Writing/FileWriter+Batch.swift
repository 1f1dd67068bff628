import CSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Many files written at once (`import`): each as `create` or `update` writes it, with the same
/// checks and the same guarantee — a file is its old bytes or its new ones, never a mix — but
/// with one lock, one clean-up and one sync of the file system per folder and chunk, where
/// single writes sync every file: an `fsync` costs milliseconds, and an import of ten thousand
/// connections would spend most of its time in them.
///
/// The order is what makes one sync enough: every temporary file of a chunk is written first,
/// then the file system is synced, and only then is each one linked or swapped into place.
extension FileWriter {
    /// How many files a batch holds open at once, on all cores together (a change holds two
    /// descriptors each): as many as the process may open with room to spare, up to 8,192.
    /// Each chunk costs one sync of the file system, tens of milliseconds on a busy machine.
    static let openFilesForBatch: Int = {
        var limit = rlimit()
        #if os(Linux)
            let status = getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        #else
            let status = getrlimit(RLIMIT_NOFILE, &limit)
        #endif
        guard status == 0 else { return 256 }
        return max(32, min(8192, (Int(min(limit.rlim_cur, 1 << 20)) - 256) / 2))
    }()

    /// The most files one core writes in a chunk.
    static var largestChunk: Int { max(16, openFilesForBatch / max(1, ProcessorCount.active)) }

    /// `indices` in chunks that the cores work on at once: as few as `largestChunk` allows,
    /// as many as a multiple of the cores, and of one size, so that no core is left writing
    /// a last chunk alone.
    static func chunks(_ indices: [Int]) -> [ArraySlice<Int>] {
        guard !indices.isEmpty else { return [] }
        let cores = max(1, ProcessorCount.active)
        let rounds = (indices.count + largestChunk * cores - 1) / (largestChunk * cores)
        let size = (indices.count + rounds * cores - 1) / (rounds * cores)
        return stride(from: 0, to: indices.count, by: size).map { indices[$0..<min($0 + size, indices.count)] }
    }

    /// Creates each file as `create` does, refusing those that exist; in the order given, `nil`
    /// for a file created, else why it was not. `progress` is called with the number of files
    /// done as each chunk is done, from any thread.
    public static func createAll(
        _ files: [(path: String, contents: [UInt8])], progress: @Sendable (Int) -> Void = { _ in }
    ) -> [WriteError?] {
        var results = [WriteError?](repeating: nil, count: files.count)
        for (folderPath, indices) in grouped(files.map(\.path), by: { VaultPath.directory(of: $0) }) {
            let folder: LockedFolder
            do {
                folder = try LockedFolder(folderPath, name: "", path: files[indices[0]].path, timeout: lockTimeout)
            } catch {
                for index in indices { results[index] = error.about(files[index].path) }
                progress(indices.count)
                continue
            }
            defer { folder.unlock() }
            TemporaryFile.removeStale(in: folder)
            let chunks = chunks(indices)
            let done = parallelMap(count: chunks.count, batch: 1, makeState: {}) { _, number in
                let errors = createChunk(chunks[number], of: files, in: folder, folderPath: folderPath)
                progress(chunks[number].count)
                return errors
            }
            for (index, error) in done.joined() { results[index] = error }
        }
        return results
    }

    /// Changes each file as `update` does, `change` making the new bytes of the file at an
    /// index from the bytes read; in the order given, what `change` returned or why nothing
    /// was written. `change` and `progress` are called from any thread.
    public static func updateAll<Value: Sendable, Refusal: Error>(
        _ paths: [String], inVault root: String? = nil, progress: @Sendable (Int) -> Void = { _ in },
        _ change: @Sendable (Int, [UInt8]) throws(Refusal) -> (contents: [UInt8], result: Value)
    ) -> [Result<Value, UpdateFailure<Refusal>>] {
        var results = [Result<Value, UpdateFailure<Refusal>>?](repeating: nil, count: paths.count)
        let found = resolved(paths)
        let refusals = paths.indices.map { index in
            found[index].flatMap { target in
                LockedFolder.linkIntoHidden(paths[index], target: target)
                    ?? root.flatMap { LockedFolder.linkOut(paths[index], target: target, of: $0) }
            }
        }
        let targets = paths.indices.map { refusals[$0] == nil ? found[$0] : nil }
        for index in paths.indices where targets[index] == nil {
            let gone = WriteError(path: paths[index], reason: "the file no longer exists", kind: .changed)
            results[index] = .failure(.write(refusals[index] ?? gone))
        }
        let present = paths.indices.filter { targets[$0] != nil }
        for (folderPath, indices) in grouped(present.map { targets[$0]! }, by: { VaultPath.directory(of: $0) }) {
            let indices = indices.map { present[$0] }
            let folder: LockedFolder
            do {
                folder = try LockedFolder(folderPath, name: "", path: paths[indices[0]], timeout: lockTimeout)
            } catch {
                for index in indices { results[index] = .failure(.write(error.about(paths[index]))) }
                progress(indices.count)
                continue
            }
            defer { folder.unlock() }
            TemporaryFile.removeStale(in: folder)
            let chunks = chunks(indices)
            let done = parallelMap(count: chunks.count, batch: 1, makeState: {}) { _, number in
                let files = chunks[number].map {
                    folder.file(named: String(targets[$0]!.dropFirst(folderPath.count)), path: paths[$0])
                }
                let changed = updateChunk(files, indices: Array(chunks[number]), in: folder, change)
                progress(files.count)
                return (Array(zip(chunks[number], changed.results)), changed.displaced)
            }
            for (index, result) in done.flatMap(\.0) { results[index] = result }
            removeDisplaced(done.flatMap(\.1), in: folder)
        }
        return results.map { $0! }
    }

    // MARK: Private

    private static func createChunk(
        _ chunk: ArraySlice<Int>, of files: [(path: String, contents: [UInt8])], in folder: LockedFolder,
        folderPath: String
    ) -> [(Int, WriteError?)] {
        var results: [(Int, WriteError?)] = []
        var written: [(index: Int, file: LockedFolder, temporary: TemporaryFile)] = []
        for index in chunk {
            let path = files[index].path
            let file = folder.file(named: String(path.dropFirst(folderPath.count)), path: path)
            var status = stat()
            guard fstatat(folder.descriptor, file.name, &status, AT_SYMLINK_NOFOLLOW) != 0 else {
                results.append((index, WriteError(path: path, reason: "the file already exists", kind: .exists)))
                continue
            }
            do {
                written.append(
                    (index, file, try TemporaryFile(in: file, contents: files[index].contents, syncs: false)))
            } catch {
                results.append((index, error))
            }
        }
        if let failure = sync(written.map(\.temporary), in: folder) {
            for entry in written {
                entry.temporary.remove()
                results.append((entry.index, failure.about(entry.file.path)))
            }
            return results
        }
        for entry in written {
            let linked =
                linkat(folder.descriptor, entry.temporary.name, folder.descriptor, entry.file.name, 0) == 0 ? 0 : errno
            entry.temporary.remove()
            switch linked {
            case 0: results.append((entry.index, nil))
            case EEXIST:
                results.append(
                    (entry.index, WriteError(path: entry.file.path, reason: "the file already exists", kind: .exists)))
            default:
                results.append(
                    (entry.index, WriteError(path: entry.file.path, reason: String(cString: strerror(linked)))))
            }
        }
        folder.sync()
        return results
    }

    /// The results of the chunk's files, and the temporary names that hold what the swaps
    /// displaced, for `removeDisplaced`.
    private static func updateChunk<Value: Sendable, Refusal: Error>(
        _ files: [LockedFolder], indices: [Int], in folder: LockedFolder,
        _ change: (Int, [UInt8]) throws(Refusal) -> (contents: [UInt8], result: Value)
    ) -> (results: [Result<Value, UpdateFailure<Refusal>>], displaced: [String]) {
        var results = [Result<Value, UpdateFailure<Refusal>>?](repeating: nil, count: files.count)
        var written: [(position: Int, original: OriginalFile, temporary: TemporaryFile, result: Value)] = []
        for (position, file) in files.enumerated() {
            let original: OriginalFile
            do { original = try OriginalFile(in: file) } catch {
                results[position] = .failure(.write(error))
                continue
            }
            let changed: (contents: [UInt8], result: Value)
            do throws(Refusal) { changed = try change(indices[position], original.bytes) } catch {
                original.close()
                results[position] = .failure(.refused(error))
                continue
            }
            do {
                let temporary = try TemporaryFile(
                    in: file, contents: changed.contents, like: original.status, syncs: false)
                written.append((position, original, temporary, changed.result))
            } catch {
                original.close()
                results[position] = .failure(.write(error))
            }
        }
        let failure = sync(written.map(\.temporary), in: folder)
        var displaced: [String] = []
        for entry in written {
            // The original is closed first: after a swap the temporary name holds the old file,
            // and removing it while it is still open makes ext4 put it on its orphan list and
            // free it only at the close, which cost more than the rest of the write together.
            if let failure {
                entry.original.close()
                entry.temporary.remove()
                results[entry.position] = .failure(.write(failure.about(files[entry.position].path)))
                continue
            }
            let replacement = Replacement(original: entry.original, folder: files[entry.position], options: .init())
            do {
                try replacement.replace(with: entry.temporary)
                entry.original.close()
                displaced.append(entry.temporary.closeLeavingName())
                results[entry.position] = .success(entry.result)
            } catch {
                entry.original.close()
                entry.temporary.remove()
                results[entry.position] = .failure(.write(error))
            }
        }
        folder.sync()
        return (results.map { $0! }, displaced)
    }

    /// Removes what the swaps of a folder displaced, once every chunk is written.
    ///
    /// Not as each chunk ends: on ext4 without a journal, freeing an inode marks it recently
    /// deleted, and every file created afterwards in its block group steps over each such
    /// inode (`recently_deleted` in `find_inode_bit`), so later chunks' temporary files took
    /// longer and longer to create. And many at once: with `discard`, freeing each file waits
    /// for the disk (`grapevine_remove_names`). The names stay Grapevine's temporary names
    /// meanwhile: a process killed before this leaves them to the next write's clean-up.
    private static func removeDisplaced(_ names: [String], in folder: LockedFolder) {
        guard !names.isEmpty else { return }
        let joined = names.flatMap(\.utf8CString)
        _ = grapevine_remove_names(folder.descriptor, joined, Int32(names.count), removalsAtOnce)
        folder.sync()
    }

    /// How many removals `removeDisplaced` keeps under way: 8 to 32 removed 5,000 notes in
    /// 0.23–0.41 s on the benchmark machine's disk, where 2 took 1.6–5.7 s.
    static let removalsAtOnce: Int32 = 16

    /// Makes the temporary files durable: the whole file system at once where the system can,
    /// else each file; `nil`, or the error for every file.
    private static func sync(_ temporaries: [TemporaryFile], in folder: LockedFolder) -> WriteError? {
        guard !temporaries.isEmpty else { return nil }
        if grapevine_sync_file_system(folder.descriptor) == 0 { return nil }
        if errno != ENOSYS {
            return WriteError(
                path: folder.path, reason: "the new text could not be synced (\(String(cString: strerror(errno))))")
        }
        for temporary in temporaries {
            if let failure = temporary.sync() {
                return WriteError(
                    path: folder.path,
                    reason: "the new text could not be synced (\(String(cString: strerror(failure))))")
            }
        }
        return nil
    }

    /// Each path with its symlinks resolved, as `update` resolves it (`nil` when it does not
    /// exist): each folder once, then only the file's own name, unless that is a symlink.
    private static func resolved(_ paths: [String]) -> [String?] {
        var folders: [String: String?] = [:]
        return paths.map { path in
            let folder = VaultPath.directory(of: path)
            var status = stat()
            guard !folder.isEmpty, lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
                return FileSystem.realPath(path)
            }
            if folders[folder] == nil {
                folders[folder] = FileSystem.realPath(folder.count > 1 ? String(folder.dropLast()) : folder)
            }
            return folders[folder]!.map { ($0 == "/" ? "" : $0) + "/" + path.dropFirst(folder.count) }
        }
    }

    /// The indices of `paths` by folder, folders in order of first appearance.
    private static func grouped(_ paths: [String], by folder: (String) -> String) -> [(String, [Int])] {
        var order: [String] = []
        var groups: [String: [Int]] = [:]
        for (index, path) in paths.enumerated() {
            let key = folder(path)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        return order.map { ($0, groups[$0]!) }
    }
}

extension FileWriter.WriteError {
    /// The same error, about the file at `path` (a batch's error about its folder, or its first file).
    fileprivate func about(_ path: String) -> FileWriter.WriteError {
        var error = self
        error.path = path
        return error
    }
}
