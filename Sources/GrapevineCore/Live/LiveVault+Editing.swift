extension LiveVault {
    /// Puts `text` in place of the note at `path` (vault-relative), or adds the note; returns
    /// the files whose problems changed. A path that is no note of the vault (not `*.md`,
    /// hidden, ignored) changes nothing.
    public mutating func replace(_ path: String, with text: String) -> Set<String> {
        guard isNote(path) else { return [] }
        guard let note = noteIndex(ofPath: path) else { return add(path, text) }
        let (new, problems) = Self.read(path, text)
        guard new.text != notes[note].text else { return [] }
        let before = (vault: snapshot ?? graphBasis, graph: GraphInputs(notes[note], resolved[note]))
        snapshot = nil
        let old = notes[note]
        notes[note] = new
        readerProblems[note] = problems
        var touched: Set<String> = [path]
        let newKeys = ReferenceIndex.Keys(new)
        let identityChanged = newKeys != keys[note]
        var affected: Set<Int> = [note]
        var recheck: Set<Int> = []
        if identityChanged {
            var changedNames = keys[note].names.symmetricDifference(newKeys.names)
            // A placeholder organization decides how a Referrals item linking it reads.
            if keys[note].organization != newKeys.organization {
                changedNames.formUnion([keys[note].organization, newKeys.organization].compactMap { $0 })
            }
            let kindChanged = newKeys.kind != keys[note].kind
            keys[note] = newKeys
            index = ReferenceIndex(keys: keys)
            closeNames = CloseNames(notes: notes, lookAlikeKeys: index.lookAlikeKeys)
            recheck = notesWithMissing
            if kindChanged {
                affected = Set(notes.indices)
            } else {
                for name in changedNames { affected.formUnion(dependents[name] ?? []) }
            }
        } else if old.frontMatter.entry("name")?.value.position != new.frontMatter.entry("name")?.value.position
            || old.name != new.name
        {
            // Look-alike warnings elsewhere quote this note's name and the line of its `name`.
            recheck = notesWithMissing
        }
        // A duplicate's merge keeps the note more notes refer to (`MergeDirection`).
        let referredBefore = duplicateProblems.isEmpty ? [] : affected.map { Self.referredNotes(resolved[$0]) }
        resolve(affected)
        let referencesMoved =
            !duplicateProblems.isEmpty && affected.map { Self.referredNotes(resolved[$0]) } != referredBefore
        graphBasis = !identityChanged && before.graph == GraphInputs(new, resolved[note]) ? before.vault : nil
        updateProbes(of: note)
        recheck.formUnion(affected)
        recheck.formUnion(updatePlaceholders(of: affected))
        // An organization's note warns about the contacts it links that name no organization.
        if (old.contact?.organization == nil) != (new.contact?.organization == nil) {
            recheck.formUnion(
                notes.indices.filter { other in
                    notes[other].kind == .organization
                        && resolved[other].bodyLinks.contains { $0.resolution == .note(note) }
                })
        }
        var checker = referenceChecker
        for other in recheck {
            referenceProblems[other] = checker.diagnostics(ofNote: other, resolved[other])
            if resolved[other].hasMissing { notesWithMissing.insert(other) } else { notesWithMissing.remove(other) }
            touched.insert(notes[other].path)
        }
        let duplicates = DuplicateInputs(new, newKeys)
        // Which note an interview's people resolve to can change with another note's names.
        if duplicates != duplicateInputs[note] || identityChanged || referencesMoved {
            duplicateInputs[note] = duplicates
            touched.formUnion(duplicateProblems.keys)
            findDuplicates()
            touched.formUnion(duplicateProblems.keys)
        }
        // A note's kind decides whether a reference to it makes a referral; its name is in the
        // message of a cycle it is part of.
        let cyclesAgain =
            old.kind != new.kind || (old.name != new.name && cycleFiles.contains(path))
        if updateReferralInputs(of: affected) || cyclesAgain {
            touched.formUnion(cycleProblems.keys)
            findCycles()
            touched.formUnion(cycleProblems.keys)
        }
        return reassemble(touched)
    }

    /// Removes the note at `path` (vault-relative), as when its file is deleted, or when it
    /// became a file loading the vault skips (`skipped`, the warning that says why, as
    /// `refusal(of:)` gives it); returns the files whose problems changed.
    public mutating func remove(_ path: String, skipped: Diagnostic? = nil) -> Set<String> {
        let removed = fileProblems.removeValue(forKey: path)
        if let skipped { fileProblems[path] = [skipped] }
        guard let note = noteIndex(ofPath: path) else {
            guard removed != nil || skipped != nil else { return [] }
            // A file not read for its extension (`Bea Lin.md.txt`) that came or went changes
            // the hint of a reference to a missing note it may be (`ReferenceProblems.unreadFiles`).
            let unreadFileChanged = ((removed ?? []) + (skipped.map { [$0] } ?? [])).contains {
                $0.code == .otherMarkdownExtension
            }
            return reassemble(Set([path]).union(unreadFileChanged ? recheckMissing() : []))
        }
        notes.remove(at: note)
        readerProblems.remove(at: note)
        return reindexEverything(also: [path])
    }

    /// Checks the references of the notes that name a missing note again; their paths.
    private mutating func recheckMissing() -> Set<String> {
        var checker = referenceChecker
        for note in notesWithMissing { referenceProblems[note] = checker.diagnostics(ofNote: note, resolved[note]) }
        return Set(notesWithMissing.map { notes[$0].path })
    }

    /// Adds a note that was not there.
    private mutating func add(_ path: String, _ text: String) -> Set<String> {
        let (new, problems) = Self.read(path, text)
        let place = notes.firstIndex { $0.path > path } ?? notes.count
        notes.insert(new, at: place)
        readerProblems.insert(problems, at: place)
        fileProblems[path] = nil
        return reindexEverything(also: [path])
    }

    /// Checks every note again after the list of notes changed; every file whose problems changed.
    private mutating func reindexEverything(also files: Set<String>) -> Set<String> {
        let before = Set(assembled.keys)
        snapshot = nil
        graphBasis = nil
        reindexAll()
        return reassemble(before.union(allFiles).union(files))
    }

    // MARK: Steps of an edit

    /// The notes a note's references resolve to.
    private static func referredNotes(_ references: ResolvedReferences) -> Set<Int> {
        Set(references.all.compactMap { if case .note(let index) = $0.resolution { index } else { nil } })
    }

    /// Resolves the references of `affected` notes again, on all cores when they are many.
    private mutating func resolve(_ affected: Set<Int>) {
        let list = Array(affected)
        let found = parallelMap(count: list.count, batch: 64, makeState: {}) { [notes, index] _, offset in
            let note = notes[list[offset]]
            return ResolvedReferences(path: note.path, details: note.details, links: note.body.links, index: index)
        }
        for (offset, note) in list.enumerated() { resolved[note] = found[offset] }
    }

    /// Files the note under the names its references now look up.
    private mutating func updateProbes(of note: Int) {
        let names = ReferenceIndex.nameProbes(resolved[note], of: notes[note])
        guard names != probes[note] else { return }
        for name in probes[note] {
            dependents[name]?.remove(note)
            if dependents[name]?.isEmpty == true { dependents[name] = nil }
        }
        for name in names { dependents[name, default: []].insert(note) }
        probes[note] = names
    }

    /// Counts the placeholders the `affected` notes' fields make again; the notes that name a
    /// placeholder one of them started or stopped naming (a body link to one that came or
    /// went; the first field naming a placeholder organization, whose warning lists the others).
    private mutating func updatePlaceholders(of affected: Set<Int>) -> Set<Int> {
        var changed: Set<String> = []
        let owner = ownerKey
        for note in affected {
            let names = ReferenceProblems.placeholderNames(resolved[note], ownerKey: owner)
            guard names != placeholderNames[note] else { continue }
            for name in placeholderNames[note] {
                placeholderCounts[name, default: 0] -= 1
                if placeholderCounts[name] == 0 { placeholderCounts[name] = nil }
                changed.insert(name)
            }
            for name in names {
                placeholderCounts[name, default: 0] += 1
                changed.insert(name)
            }
            placeholderNames[note] = names
        }
        return changed.reduce(into: Set<Int>()) { $0.formUnion(dependents[$1] ?? []) }
    }

    /// Reads what the referral edges depend on from the `affected` notes again; whether the
    /// cycles must be found again: the edges may differ, or a line they point at may have moved.
    private mutating func updateReferralInputs(of affected: Set<Int>) -> Bool {
        var again = false
        for note in affected {
            let inputs = ReferralInputs(notes[note], resolved[note])
            if inputs.differsBeyondLines(from: referralInputs[note]) {
                again = true
            } else if inputs.lines != referralInputs[note].lines, cycleFiles.contains(notes[note].path) {
                again = true
            }
            referralInputs[note] = inputs
        }
        return again
    }
}

/// What building the graph reads of a note (`GraphBuilder`): its name and kind, its referral
/// inputs, and its body links with what each resolved to. When none of it changes, and no
/// other note's references resolve differently, the graph is the same.
struct GraphInputs: Equatable, Sendable {
    var name: String
    var kind: NoteKind
    var referrals: ReferralInputs
    var links: [ReferenceIndex.Resolution]
    var linkTargets: [String]
    var linkLines: [Int]

    init(_ note: Note, _ resolved: ResolvedReferences) {
        name = note.name
        kind = note.kind
        referrals = ReferralInputs(note, resolved)
        links = resolved.bodyLinks.map(\.resolution)
        linkTargets = resolved.bodyLinks.map { ReferenceProblems.displayName(of: $0.reference) }
        linkLines = resolved.bodyLinks.map(\.reference.position.line)
    }
}
