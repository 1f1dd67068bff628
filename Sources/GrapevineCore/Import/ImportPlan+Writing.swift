/// Writing a plan: new notes with `FileWriter.createAll`, missing fields with
/// `FileWriter.updateAll` and `FrontMatterInsertion` — each file as `new` and `done` write
/// one, atomically and never over an edit saved meanwhile, with one sync per folder.
extension ImportPlan {
    /// What happened to one person.
    public enum Outcome: Sendable, Equatable {
        case created(path: String)
        /// The keys of the fields added, in order.
        case updated(path: String, keys: [String])
        case unchanged(path: String)
        case skipped(ImportProblem)
        /// Nothing was written: `path: error: message`.
        case failed(path: String, message: String)
    }

    /// What the plan would do, written nowhere (`--dry-run`).
    public var outcomes: [Outcome] {
        entries.map { entry in
            switch entry.action {
            case .create(let note): return .created(path: note.path)
            case .update(let insertion, _): return .updated(path: insertion.path, keys: insertion.fields.map(\.key))
            case .unchanged(let path): return .unchanged(path: path)
            case .skip(let problem): return .skipped(problem)
            }
        }
    }

    /// The number of files the plan writes.
    public var writes: Int {
        entries.count { if case .create = $0.action { true } else if case .update = $0.action { true } else { false } }
    }

    /// Writes the plan into the vault at `root`; `progress` is called with the number of files
    /// done as they are done. A field the note has gained since the plan was made is left out;
    /// a note that changes while it is written is not written.
    public func write(inVault root: String, progress: @Sendable (Int) -> Void = { _ in }) -> [Outcome] {
        var outcomes = self.outcomes
        let creations = entries.indices.compactMap { index -> (Int, NewNote)? in
            if case .create(let note) = entries[index].action { (index, note) } else { nil }
        }
        let updates = entries.indices.compactMap { index -> (Int, FrontMatterInsertion, Planned)? in
            if case .update(let insertion, let planned) = entries[index].action {
                (index, insertion, planned)
            } else {
                nil
            }
        }
        for (index, failure) in create(creations.map(\.1), inVault: root, progress: progress) {
            outcomes[creations[index].0] = failure
        }
        let results = FileWriter.updateAll(updates.map { root + "/" + $0.1.path }, inVault: root, progress: progress) {
            (position, bytes) throws(UpdateRefusal) in
            let (_, insertion, planned) = updates[position]
            // The file as the plan read it: the plan's bytes, checked then, are written.
            if bytes.elementsEqual(planned.original.utf8) {
                return (planned.contents, insertion.fields.map(\.key))
            }
            return try Self.inserting(insertion, into: bytes)
        }
        for (position, result) in results.enumerated() {
            let (index, path) = (updates[position].0, updates[position].1.path)
            switch result {
            case .success(let keys): outcomes[index] = .updated(path: path, keys: keys)
            case .failure(.refused(.nothingLeft)): outcomes[index] = .unchanged(path: path)
            case .failure(.refused(.insertion(let failure))):
                outcomes[index] = .failed(path: path, message: failure.message)
            case .failure(.write(let error)):
                outcomes[index] = .failed(
                    path: path, message: NewLogEntry.Failure.write(error.relative(to: root)).message)
            }
        }
        return outcomes
    }

    // MARK: Private

    /// Why a note gets none of its fields after all.
    private enum UpdateRefusal: Error {
        /// It has every one of them by now.
        case nothingLeft
        /// Its front matter changed so that it cannot take them.
        case insertion(FrontMatterInsertion.Failure)
    }

    /// The new notes' files; the failures, by position among `notes`.
    private func create(_ notes: [NewNote], inVault root: String, progress: @Sendable (Int) -> Void) -> [(Int, Outcome)]
    {
        guard !notes.isEmpty else { return [] }
        var failures: [(Int, Outcome)] = []
        for folder in Set(notes.map { VaultPath.directory(of: $0.path) }) {
            do throws(FileWriter.WriteError) {
                try FileWriter.createFolder(String(folder.dropLast()), inVault: root)
            } catch {
                let message = NewLogEntry.Failure.write(error.relative(to: root)).message
                return notes.indices.map { ($0, .failed(path: notes[$0].path, message: message)) }
            }
        }
        let errors = FileWriter.createAll(notes.map { (root + "/" + $0.path, Array($0.text.utf8)) }, progress: progress)
        for (position, error) in errors.enumerated() {
            guard let error else { continue }
            let message =
                error.kind == .exists
                ? "a file of that name appeared meanwhile; nothing was written over it"
                : NewLogEntry.Failure.write(error.relative(to: root)).message
            failures.append((position, .failed(path: notes[position].path, message: message)))
        }
        return failures
    }

    /// The bytes with the fields the note still lacks inserted, and their keys.
    private static func inserting(_ insertion: FrontMatterInsertion, into original: [UInt8]) throws(UpdateRefusal)
        -> (contents: [UInt8], result: [String])
    {
        let inserted: (contents: [UInt8], result: FrontMatterInsertion.Inserted)
        do throws(FrontMatterInsertion.Failure) {
            inserted = try insertion.inserted(into: original, leavingOutWritten: true)
        } catch {
            throw .insertion(error)
        }
        guard !inserted.result.fields.isEmpty else { throw .nothingLeft }
        return (inserted.contents, inserted.result.fields.map(\.key))
    }
}
