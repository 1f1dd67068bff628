extension Merge {
    /// Why the merge was not written, as `path: error: message` lines; the vault is as it was,
    /// unless `restored` is false.
    public struct WriteFailure: Error, Sendable, CustomStringConvertible {
        /// What failed, and what state the vault is in.
        public var description: String
        /// Whether every file written before the failure was put back as it was.
        public var restored: Bool
    }

    /// Writes every changed file, then removes B; when anything fails, puts back the files
    /// already written and removes nothing.
    ///
    /// Each file is replaced atomically (`FileWriter.update`) only if it still holds what the
    /// merge was worked out from; B is removed only if every file written still holds what the
    /// merge wrote (an editor's save of A in between holds none of B) and B itself is unchanged
    /// (`FileWriter.remove`).
    public func write(inVault root: String) throws(WriteFailure) {
        try write(inVault: root, beforeRemoving: {})
    }

    /// `write(inVault:)`, with `beforeRemoving` run once everything is written, where tests
    /// save a file as an editor would.
    func write(inVault root: String, beforeRemoving: () -> Void) throws(WriteFailure) {
        if let refusal = Self.unremovable(root + "/" + fold.path) {
            throw WriteFailure(
                description: "\(fold.path.escapingControlCharacters): error: \(refusal). Nothing was written.",
                restored: true)
        }
        var written: [FileChange] = []
        do throws(FileWriter.WriteError) {
            for change in changes {
                try Self.replace(
                    root + "/" + change.path, inVault: root, expecting: change.original, with: change.contents)
                written.append(change)
            }
            beforeRemoving()
            if let overwritten = written.first(where: { !FileWriter.holds(root + "/" + $0.path, exactly: $0.contents) })
            {
                throw FileWriter.WriteError(
                    path: root + "/" + overwritten.path,
                    reason:
                        "it changed after the merge wrote it (saved from an editor?), so "
                        + "\(fold.path.escapingControlCharacters) was not "
                        + "removed", kind: .changed)
            }
            try FileWriter.remove(root + "/" + fold.path, expecting: foldBytes, inVault: root)
        } catch {
            throw undo(written, in: root, after: error.relative(to: root))
        }
    }

    /// Puts back the files written before `failure`, except those saved over since (they hold
    /// what was saved, which is newer than both), and says what state the vault is in.
    private func undo(_ written: [FileChange], in root: String, after failure: FileWriter.WriteError) -> WriteFailure {
        var (unrestored, savedOver): ([String], [String]) = ([], [])
        for change in written.reversed() {
            guard FileWriter.holds(root + "/" + change.path, exactly: change.contents) else {
                savedOver.append(change.path.escapingControlCharacters)
                continue
            }
            do throws(FileWriter.WriteError) {
                try Self.replace(
                    root + "/" + change.path, inVault: root, expecting: change.contents, with: change.original)
            } catch {
                unrestored.append(change.path.escapingControlCharacters)
            }
        }
        let what = "\(failure.location): error: " + Self.message(for: failure)
        var outcome =
            unrestored.isEmpty
            ? "Nothing was merged: every file is as it was, and \(fold.path.escapingControlCharacters) is still there."
            : "\(fold.path.escapingControlCharacters) is still there, but these files already hold the merge and "
                + "could not be put back: "
                + unrestored.joined(separator: ", ")
                + ". Compare them with git, or merge again once the cause is fixed."
        if !savedOver.isEmpty {
            outcome =
                "\(fold.path.escapingControlCharacters) is still there; "
                + "\(savedOver.reversed().joined(separator: ", ")) "
                + "\(savedOver.count == 1 ? "holds" : "hold") what was saved there meanwhile, not the merge"
                + (unrestored.isEmpty
                    ? ", and every other file is as it was. Merge again once the file is saved."
                    : "; these files hold the merge and could not be put back: " + unrestored.joined(separator: ", ")
                        + ". Compare them with git.")
        }
        return WriteFailure(description: what + outcome, restored: unrestored.isEmpty)
    }

    /// Why the file at `path` cannot be removed by a merge, or `nil`: a symlink is not a note's
    /// own file, and a read-only one was made so on purpose.
    private static func unremovable(_ path: String) -> String? {
        switch FileSystem.kind(of: path) {
        case .file: break
        case .symlink: return "it is a symbolic link; merge removes only a note's own file. Merge into it instead"
        default: return "it is not a regular file"
        }
        guard FileSystem.isUserWritable(path) else {
            return "the note is read-only; make it writable (chmod u+w) to merge it away"
        }
        return nil
    }

    private static func message(for error: FileWriter.WriteError) -> String {
        switch error.kind {
        case .readOnly:
            return
                "the note is read-only; make it writable (chmod u+w \(Shell.quoted(error.path))) to merge. "
        case .immutable: return "the note is marked immutable; clear that flag to merge. "
        default: return error.reason + ". "
        }
    }

    /// Replaces a file's bytes when it holds `expected`.
    private static func replace(
        _ path: String, inVault root: String, expecting expected: [UInt8], with contents: [UInt8]
    )
        throws(FileWriter.WriteError)
    {
        try FileWriter.replace(
            path, inVault: root, expecting: expected, with: contents,
            ifChanged: "the file changed since the merge was worked out; try again")
    }
}
