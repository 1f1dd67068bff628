extension Merge {
    /// Reads every new file back, in the vault as it will be once B is gone, and refuses the
    /// merge unless: A's front matter values are as they were (lists only longer), B's fields
    /// and Log entries are in A, no file has more errors than before, A is private when B was,
    /// and every reference that found A or B finds A (none becomes missing or ambiguous).
    func verify(_ expected: MergedNote.Expectations, in vault: Vault, aIndex: Int, bIndex: Int) throws(Refusal) {
        var notes = vault.notes
        var newErrors: [String] = []
        for change in changes {
            guard let index = vault.index(ofPath: change.path) else { continue }
            let (note, diagnostics) = NoteReader(path: change.path, parser: MarkdownParser()).read(change.contents.span)
            let errors = diagnostics.filter { $0.severity == .error }
            let before = vault.diagnostics.filter { $0.file == change.path && $0.severity == .error }.count
            if errors.count > before {
                newErrors += errors.map { "\($0.file):\($0.line):\($0.column): error: \($0.message)" }
            }
            notes[index] = note
        }
        guard newErrors.isEmpty else { throw unsafe("the new text would have errors", newErrors) }
        let a = notes[aIndex]
        try checkPrivacy(of: a, folding: vault.notes[bIndex])
        try checkFrontMatter(of: a, was: vault.notes[aIndex], expected)
        try checkLog(of: a, was: vault.notes[aIndex], expected)
        notes.remove(at: bIndex)
        let after = Vault(
            root: vault.root, config: vault.config, configText: vault.configText, notes: notes, diagnostics: [])
        try checkReferences(before: vault, after: after, aIndex: aIndex, bIndex: bIndex)
    }

    /// Refuses to fold a private B (or one whose privacy cannot be told) into an A that stays
    /// public (its own `private: false` is never changed): B's body and Log would be published.
    private func checkPrivacy(of a: Note, folding b: Note) throws(Refusal) {
        guard b.privacy != .published, a.privacy == .published else { return }
        throw Refusal(
            message:
                "\(fold.path.escapingControlCharacters) is private and \(keep.path.escapingControlCharacters) would "
                + "not be (its own 'private' stays as written), so what \(fold.path.escapingControlCharacters) holds "
                + "would go on a public site; nothing was written.",
            hints: [
                "Mark \(keep.path.escapingControlCharacters) 'private: true' first, or keep the private note: "
                    + "grapevine merge \"\(fold.name)\" \"\(keep.name)\""
            ])
    }

    private func checkFrontMatter(of a: Note, was old: Note, _ expected: MergedNote.Expectations) throws(Refusal) {
        var problems: [String] = []
        for entry in old.frontMatter.entries {
            guard let now = a.frontMatter.entry(entry.key) else {
                problems.append("'\(entry.key)' would be lost")
                continue
            }
            if entry.value.isNull, expected.copied[entry.key] != nil || expected.joined[entry.key] != nil {
                continue  // filled, and checked below
            }
            if let added = expected.joined[entry.key] {
                let items = FrontMatterMerge.items(entry.value).map(FlowYAML.text) + added
                if FrontMatterMerge.items(now.value).map(FlowYAML.text) != items {
                    problems.append("'\(entry.key)' would not read as its items and B's")
                }
            } else if !FlowYAML.same(now.value, entry.value) {
                problems.append("'\(entry.key)' would change")
            }
        }
        for (key, value) in expected.copied
        where !(a.frontMatter.entry(key).map { FlowYAML.same($0.value, value) } ?? false) {
            problems.append("'\(key)' would not read as \(fold.path.escapingControlCharacters) has it")
        }
        if old.frontMatter.entry("aliases")?.value.isNull ?? true, let added = expected.joined["aliases"] {
            let now = a.frontMatter.entry("aliases").map { FrontMatterMerge.items($0.value).map(FlowYAML.text) }
            if now != added { problems.append("the aliases would not read as \(added.joined(separator: ", "))") }
        }
        guard problems.isEmpty else { throw unsafe("\(keep.path.escapingControlCharacters)'s front matter", problems) }
    }

    private func checkLog(of a: Note, was old: Note, _ expected: MergedNote.Expectations) throws(Refusal) {
        guard !expected.moved.isEmpty else { return }
        let log = a.contact?.log ?? []
        let key = { (entry: LogEntry) in "\(entry.date) \(entry.word) \(entry.text)" }
        let wanted = (old.contact?.log ?? []).map(key) + expected.moved.map(key)
        guard log.count == wanted.count, log.map(key).sorted() == wanted.sorted() else {
            throw unsafe(
                "the Log of \(keep.path.escapingControlCharacters) would not hold its entries and "
                    + "\(fold.path.escapingControlCharacters)'s",
                [])
        }
    }

    /// Every reference of every note: to A or B before, to A after; none missing or ambiguous
    /// that was not before. A's references before are its own and all of B's, since B's fields
    /// (`referred_by: Zed Quinn`, someone with no note yet) and body move into it.
    private func checkReferences(before: Vault, after: Vault, aIndex: Int, bIndex: Int) throws(Refusal) {
        let newA = after.index(ofPath: keep.path)!
        var problems: [String] = []
        for index in before.notes.indices where index != bIndex {
            let path = before.notes[index].path
            let newIndex = after.index(ofPath: path)!
            var old = Counts(before.references(ofNote: index), a: aIndex, b: bIndex)
            let new = Counts(after.references(ofNote: newIndex), a: newA, b: nil)
            if index == aIndex {
                let moved = Counts(before.references(ofNote: bIndex), a: aIndex, b: bIndex)
                old.found += moved.bodyFound
                old.broken += moved.broken
            }
            if new.found < old.found {
                problems.append(
                    "\(path.escapingControlCharacters): a reference to \(keep.path.escapingControlCharacters) or "
                        + "\(fold.path.escapingControlCharacters) would find neither"
                )
            }
            problems += new.brokenAnew(since: old).map { entry in
                let place =
                    "\(path.escapingControlCharacters):\(entry.reference.position.line):\(entry.reference.position.column)"
                let name = ReferenceProblems.displayName(of: entry.reference)
                guard case .ambiguous(let notes) = entry.resolution else {
                    return "\(place): '\(name)' would find no note"
                }
                let paths = notes.map { after.notes[$0].path.escapingControlCharacters }.joined(separator: ", ")
                return "\(place): '\(name)' would find several notes: \(paths)"
            }
        }
        guard problems.isEmpty else { throw unsafe("the references", problems) }
    }

    /// How many of a note's references find A (or B), and which find nothing or several notes.
    private struct Counts {
        var found = 0
        /// The references of the body (links, Referrals) that find A or B: what moves with B's body.
        var bodyFound = 0
        var broken: [ResolvedReferences.Entry] = []

        init(_ references: ResolvedReferences, a: Int, b: Int?) {
            let body = references.referrals + references.bodyLinks
            var fields = references.referredBy + references.interviewContacts
            if let organization = references.organization { fields.append(organization) }
            for (entry, inBody) in body.map({ ($0, true) }) + fields.map({ ($0, false) }) {
                switch entry.resolution {
                case .note(let index) where index == a || index == b:
                    found += 1
                    if inBody { bodyFound += 1 }
                case .note: break
                case .ambiguous, .missing: broken.append(entry)
                }
            }
        }

        /// The references broken here that were not before (by name and how they are broken):
        /// a name a merge made ambiguous, or a link it left pointing at nothing.
        func brokenAnew(since old: Counts) -> [ResolvedReferences.Entry] {
            var before: [String: Int] = [:]
            for entry in old.broken { before[Self.key(entry), default: 0] += 1 }
            return broken.filter { entry in
                let key = Self.key(entry)
                guard let count = before[key], count > 0 else { return true }
                before[key] = count - 1
                return false
            }
        }

        private static func key(_ entry: ResolvedReferences.Entry) -> String {
            let name = NameKey.fold(ReferenceProblems.displayName(of: entry.reference))
            if case .ambiguous = entry.resolution { return "ambiguous " + name }
            return "missing " + name
        }
    }

    private func unsafe(_ what: String, _ details: [String]) -> Refusal {
        Refusal(
            message:
                "cannot fold \(fold.path.escapingControlCharacters) into \(keep.path.escapingControlCharacters) "
                + "safely: \(what); nothing was written.",
            hints: details.map { "  " + $0 } + ["Merge these two by hand, or tell us what the notes hold."])
    }
}
