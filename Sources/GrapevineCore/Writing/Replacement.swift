import CSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Putting a note's new bytes in place of the original, under the folder's lock, without
/// losing an edit an editor saves at the same moment.
///
/// The new bytes are written to a temporary file and synced; the note must then still be the
/// file that was read, holding the same bytes. Between that check and the swap an editor may
/// still save, so the temporary file and the note are swapped in one step (not renamed over
/// it), and what the swap displaced is checked again: if it is not the original, unchanged and
/// open for writing by no other program (an editor that opened it before the swap would write
/// into it afterwards), it is swapped back and the update fails. Where the file system cannot swap, the temporary
/// file is renamed over the note, and an edit written into the old file meanwhile is put
/// back; a save by rename in that moment is lost (docs/decisions.md, "Replacing a file").
struct Replacement {
    /// Settings and test seams: how long to wait for the lock, whether to swap, and a hook
    /// run at each stage, where tests act as an editor would.
    struct Options {
        var lockTimeout = FileWriter.lockTimeout
        /// The vault the file is in, when it is a note: a symlink that leads out of it is refused.
        var vault: String? = nil
        var swaps = true
        var interpose: (Stage) -> Void = { _ in }
    }

    enum Stage {
        /// After the last check that the note is as read, before the swap.
        case beforeSwap
        /// After the swap (or rename), before what it displaced is checked.
        case afterSwap
    }

    let original: OriginalFile
    let folder: LockedFolder
    let options: Options

    func replace(with contents: [UInt8]) throws(FileWriter.WriteError) {
        let temporary = try TemporaryFile(in: folder, contents: contents, like: original.status)
        defer { temporary.remove() }
        try replace(with: temporary)
    }

    /// Puts `temporary`, written in full and synced by the caller, in place of the note; the
    /// caller removes it afterwards.
    func replace(with temporary: TemporaryFile) throws(FileWriter.WriteError) {
        guard original.isUnchanged(at: folder.name, in: folder) else { throw folder.changed }
        options.interpose(.beforeSwap)
        let swapped = options.swaps ? swap(temporary) : ENOTSUP
        switch swapped {
        case 0:
            options.interpose(.afterSwap)
            // The temporary name now holds what the note was: the original, unchanged, or else
            // an editor's save, which goes back.
            guard original.isUnchanged(at: temporary.name, in: folder) else {
                try putBack(temporary)
                throw folder.changed
            }
        case EINVAL, ENOSYS, ENOTSUP, EOPNOTSUPP:
            try rename(temporary)
        case ENOENT:
            throw folder.changed  // the note was removed meanwhile
        default:
            throw unreplaceable(swapped)
        }
    }

    /// Swaps the temporary file and the note; 0, or the `errno` of the failure.
    private func swap(_ temporary: TemporaryFile) -> Int32 {
        grapevine_exchange(folder.descriptor, temporary.name, folder.name) == 0 ? 0 : errno
    }

    /// Swaps back after displacing a changed note, so that the note is what was saved
    /// meanwhile. When yet another save replaced the new file at the note's name in between,
    /// that save is the newest: it is swapped back in, and the one before it dropped, as that
    /// save would have dropped it.
    private func putBack(_ temporary: TemporaryFile) throws(FileWriter.WriteError) {
        guard swap(temporary) == 0 else { throw keep(temporary) }
        if !temporary.isAt(temporary.name), swap(temporary) != 0 { throw keep(temporary) }
    }

    /// Without a swap: renames over the note, then puts back an edit written into the old
    /// file since the last check, unless a later save replaced the note already.
    private func rename(_ temporary: TemporaryFile) throws(FileWriter.WriteError) {
        guard renameat(folder.descriptor, temporary.name, folder.descriptor, folder.name) == 0 else {
            throw unreplaceable(errno)
        }
        options.interpose(.afterSwap)
        guard let now = original.currentBytes(), now != original.bytes else { return }
        if temporary.isAt(folder.name) {
            let restored = try TemporaryFile(in: folder, contents: now, like: original.status)
            defer { restored.remove() }
            guard renameat(folder.descriptor, restored.name, folder.descriptor, folder.name) == 0 else {
                throw keep(restored)
            }
        }
        throw folder.changed
    }

    private func unreplaceable(_ code: Int32) -> FileWriter.WriteError {
        FileWriter.WriteError(
            path: folder.path, reason: "it could not be replaced (\(String(cString: strerror(code)))); it is unchanged")
    }

    /// Gives the temporary file, which holds someone's save that could not be put back, a
    /// name of its own beside the note, so that no clean-up removes it, and says where it is.
    private func keep(_ temporary: TemporaryFile) -> FileWriter.WriteError {
        let name = folder.name + ".kept-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let kept = renameat(folder.descriptor, temporary.name, folder.descriptor, name) == 0
        return FileWriter.WriteError(
            path: folder.path,
            reason: "the file changed while Grapevine was writing it, and the version saved meanwhile could not be "
                + "put back" + (kept ? "; it is in \(name), beside the file" : ""),
            kind: .changed)
    }
}
