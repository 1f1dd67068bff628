extension Vault {
    /// What `MergeDirection` reads of the note at `index`, with the other notes that refer to it.
    func mergeCandidate(ofNote index: Int) -> MergeDirection.Candidate {
        let referrers = notes.indices.count { other in
            other != index && references(ofNote: other).all.contains { $0.resolution == .note(index) }
        }
        return MergeDirection.Candidate(notes[index], referredToBy: referrers)
    }

    /// How to fold a note about to be written (`new`) and the vault's note at `path` into one,
    /// when they are one person: "keep … (why) and fold … into it: grapevine merge …".
    public func mergeAdvice(_ path: String, _ new: NewNote) -> String {
        let existing = index(ofPath: path).map(mergeCandidate(ofNote:))
        return existing.map { MergeDirection($0, MergeDirection.Candidate(new)).advice }
            ?? "fold it into \(path.escapingControlCharacters): grapevine merge \(Shell.quoted(path)) "
            + "\(Shell.quoted(new.path))"
    }
}
