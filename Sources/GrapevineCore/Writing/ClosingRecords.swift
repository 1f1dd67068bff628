/// The records one `done`, `skip` or `snooze` writes (SPEC §4), each made on its note as it is
/// on disk before any is written: a record that cannot be written is found while nothing is,
/// so the command refuses the steps together, and several steps close all or none.
public struct ClosingRecords: Sendable {
    /// A note the records go into: its bytes as read, the same with every record of it in
    /// them, and which records those are.
    struct NoteChange: Sendable {
        var path: String
        var original: [UInt8]
        var contents: [UInt8]
        var records: [Int]
    }

    /// Why some of the records cannot be written.
    public struct Failures: Error, Sendable {
        /// Each record that cannot be written, by its index, with why, in order.
        public var failures: [(record: Int, failure: ClosingRecord.WriteFailure)]
    }

    /// What each record writes, in the order given, each at its line once all are in.
    public let written: [ClosingRecord.Written]
    /// The notes, in the order of their first record.
    let notes: [NoteChange]

    /// Makes every record on its note as it is on disk (several records of one note, one after
    /// the other; a record the same as one before it is that one, written once: `done 8 9` for
    /// two thank-referrer steps of one person is one `thanked` line that closes both), writing
    /// nothing; refused with every record that cannot be written. A note is
    /// taken only while it reads as the vault read it (the text the steps were worked out from):
    /// one changed since (another `done` at the same moment, an editor's save) may no longer
    /// need the record, or hold it already (SPEC §2, "only if the file still holds what was read").
    public init(_ records: [ClosingRecord], in vault: Vault) throws(Failures) {
        var notes: [NoteChange] = []
        var noteOf: [String: Result<Int, ClosingRecord.WriteFailure>] = [:]
        var written = [ClosingRecord.Written?](repeating: nil, count: records.count)
        var failures: [(record: Int, failure: ClosingRecord.WriteFailure)] = []
        // A ticked box or a due date replaces its line and moves none: made first, each item is
        // found at the line the steps were read from, before a Log entry above it moves it down.
        let isItem = records.map { if case .itemEdit = $0 { true } else { false } }
        let sameAs = records.indices.map { records[..<$0].firstIndex(of: records[$0]) }
        let distinct = records.indices.filter { sameAs[$0] == nil }
        for index in distinct.filter({ isItem[$0] }) + distinct.filter({ !isItem[$0] }) {
            let record = records[index]
            if noteOf[record.path] == nil {
                noteOf[record.path] = Self.bytes(ofNoteAt: record.path, in: vault).map { bytes in
                    notes.append(NoteChange(path: record.path, original: bytes, contents: bytes, records: []))
                    return notes.count - 1
                }
            }
            do throws(ClosingRecord.WriteFailure) {
                let note = try noteOf[record.path]!.get()
                let (contents, line) = try record.change(notes[note].contents)
                Self.moveLines(of: notes[note].records, in: &written, from: notes[note].contents, to: contents)
                notes[note].contents = contents
                notes[note].records.append(index)
                written[index] = line
            } catch {
                failures.append((index, error))
            }
        }
        guard failures.isEmpty else { throw Failures(failures: failures.sorted { $0.record < $1.record }) }
        for (index, first) in sameAs.enumerated() { if let first { written[index] = written[first] } }
        self.written = written.map { $0! }
        self.notes = notes
    }

    /// Moves the lines written by `records` down past the lines inserted when `before` became
    /// `after` (one insertion of whole lines: a Log entry, a front matter field), so each says
    /// where its line is once all are in.
    private static func moveLines(
        of records: [Int], in written: inout [ClosingRecord.Written?], from before: [UInt8], to after: [UInt8]
    ) {
        let newline = UInt8(ascii: "\n")
        let added = after.count(where: { $0 == newline }) - before.count(where: { $0 == newline })
        guard added != 0 else { return }
        let same = zip(before, after).prefix { $0 == $1 }.count
        // Added at the end (after a last line without a line break too): nothing moves.
        guard same < before.count else { return }
        let linesBefore = before[..<same].count(where: { $0 == newline })
        for record in records where written[record]!.line > linesBefore { written[record]!.line += added }
    }

    /// The bytes of the note at `path` (vault-relative) on disk, when it reads as `vault` read it.
    private static func bytes(ofNoteAt path: String, in vault: Vault) -> Result<[UInt8], ClosingRecord.WriteFailure> {
        guard let note = vault.note(atPath: path) else {
            return .failure(
                .init(
                    description:
                        "\(path.escapingControlCharacters): error: the note is no longer in the vault; "
                        + "nothing was written."
                ))
        }
        var buffer: [UInt8] = []
        switch FileSystem.withContents(of: vault.root + "/" + path, buffer: &buffer, { Array($0) }) {
        case .failure(let error):
            return .failure(
                .init(
                    description:
                        "\(path.escapingControlCharacters): error: it cannot be read (\(error)); nothing was written."))
        case .success(let bytes):
            guard NoteReader.text(of: bytes.span).text.utf8.elementsEqual(note.text.utf8) else {
                return .failure(
                    .init(description: "\(path.escapingControlCharacters): error: " + ClosingRecord.changedSinceRead))
            }
            if let conflict = FileWriter.unresolvedMergeConflict(in: bytes, path: path) {
                return .failure(.init(description: NewLogEntry.Failure.write(conflict).description))
            }
            return .success(bytes)
        }
    }

    /// Writes each note, in the order of its first record, atomically and only while it holds
    /// the bytes the records were made on (`FileWriter.update`). When one cannot be written,
    /// the notes written before it are put back as they were (those saved over since are left
    /// alone), and the failure says so.
    public func write(inVault root: String) throws(ClosingRecord.WriteFailure) {
        var done: [NoteChange] = []
        for note in notes {
            do throws(FileWriter.WriteError) {
                try FileWriter.replace(
                    root + "/" + note.path, inVault: root, expecting: note.original, with: note.contents,
                    ifChanged: ClosingRecord.changedSinceRead)
                done.append(note)
            } catch {
                let failure = NewLogEntry.Failure.write(error.relative(to: root)).description
                throw ClosingRecord.WriteFailure(description: failure + putBack(done, inVault: root))
            }
        }
    }

    /// Puts back the notes in `done` as they were before, and says what is left of them: nothing
    /// when every one was put back.
    private func putBack(_ done: [NoteChange], inVault root: String) -> String {
        guard !done.isEmpty else { return "" }
        var kept: [Int] = []
        for note in done.reversed() {
            do throws(FileWriter.WriteError) {
                try FileWriter.replace(
                    root + "/" + note.path, inVault: root, expecting: note.contents, with: note.original,
                    ifChanged: ClosingRecord.changedSinceRead)
            } catch {
                kept += note.records
            }
        }
        let notes = done.map(\.path.escapingControlCharacters).joined(separator: ", ")
        guard !kept.isEmpty else {
            return "\n\(notes), written before it, \(done.count == 1 ? "was" : "were") put back as "
                + "\(done.count == 1 ? "it was" : "they were"): nothing was written."
        }
        return "\nWritten before it, and kept (the note changed again since, so it was not put back):\n"
            + kept.sorted().map { "  \(written[$0].path):\(written[$0].line): \(written[$0].text)" }
            .joined(separator: "\n")
    }
}
