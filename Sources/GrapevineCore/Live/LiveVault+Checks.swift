/// The checks between notes, run for every note when a vault is read or a note added or
/// removed, and for the notes an edit concerns when a note's text changes.
extension LiveVault {
    /// Indexes every note and runs every check between notes.
    mutating func reindexAll() {
        keys = parallelMap(count: notes.count, makeState: {}) { [notes] _, index in ReferenceIndex.Keys(notes[index]) }
        index = ReferenceIndex(keys: keys)
        closeNames = CloseNames(notes: notes, lookAlikeKeys: index.lookAlikeKeys)
        resolved = GraphBuilder.resolve(notes, index: index)
        probes = parallelMap(count: notes.count, makeState: {}) { [resolved, notes] _, note in
            ReferenceIndex.nameProbes(resolved[note], of: notes[note])
        }
        dependents = [:]
        for (note, names) in probes.enumerated() {
            for name in names { dependents[name, default: []].insert(note) }
        }
        let owner = ownerKey
        placeholderNames = resolved.map { ReferenceProblems.placeholderNames($0, ownerKey: owner) }
        placeholderCounts = [:]
        for names in placeholderNames {
            for name in names { placeholderCounts[name, default: 0] += 1 }
        }
        var checker = referenceChecker
        referenceProblems = notes.indices.map { checker.diagnostics(ofNote: $0, resolved[$0]) }
        notesWithMissing = Set(notes.indices.filter { resolved[$0].hasMissing })
        duplicateInputs = notes.indices.map { DuplicateInputs(notes[$0], keys[$0]) }
        findDuplicates()
        referralInputs = notes.indices.map { ReferralInputs(notes[$0], resolved[$0]) }
        findCycles()
    }

    /// The owner's name, folded.
    var ownerKey: String { NameKey.fold(config.ownerName) }

    /// The reference check for the notes as they stand, and the files not read for their
    /// extension as they stand (`check`'s hint: "'Bea Lin.md.txt' is not read …").
    var referenceChecker: ReferenceProblems {
        var checker = ReferenceProblems(
            notes: notes, index: index, closeNames: closeNames, ownerKey: ownerKey,
            placeholderNames: Set(placeholderCounts.keys))
        checker.unreadFiles = ReferenceProblems.unreadFiles(among: fileProblems.values.joined())
        return checker
    }

    /// Looks for notes that may be one again, over every note.
    mutating func findDuplicates() {
        duplicateProblems = Dictionary(
            grouping: DuplicateNotes(notes: notes, index: index, resolved: resolved).diagnostics(), by: \.file)
    }

    /// Builds the graph to find the referral cycles again; the vault built is kept for `vault()`.
    mutating func findCycles() {
        var vault = Vault(
            root: root, config: config, configText: configText, notes: notes, index: index, resolved: resolved,
            closeNames: closeNames, diagnostics: [])
        let cycles = ReferralCycles.diagnostics(in: vault.graph)
        cycleProblems = Dictionary(grouping: cycles, by: \.file)
        // The people of a cycle are named in its message: their notes count too.
        let found = ReferralCycles.find(in: vault.graph)
        let members = found.flatMap { $0 }.compactMap { vault.note(for: $0)?.path }
        cycleFiles = Set(cycles.map(\.file)).union(ReferralCycles.files(in: vault.graph, cycles: found)).union(members)
        vault.diagnostics = diagnosticsWith(cycles: cycleProblems)
        snapshot = vault
    }

    /// Every problem, with `cycles` in place of the cycle problems last found.
    private func diagnosticsWith(cycles: [String: [Diagnostic]]) -> [Diagnostic] {
        var found =
            fileProblems.values.flatMap { $0 } + readerProblems.flatMap { $0 } + referenceProblems.flatMap { $0 }
        found += duplicateProblems.values.flatMap { $0 } + cycles.values.flatMap { $0 }
        return found.sorted(by: Diagnostic.byLocation)
    }
}

extension ResolvedReferences {
    /// Whether any reference names no note.
    var hasMissing: Bool {
        all.contains { $0.resolution == .missing }
    }
}
