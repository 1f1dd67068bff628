/// `grapevine merge A B` worked out before anything is written (SPEC §4): note B folded into
/// note A, and every reference to B made a reference to A.
///
/// A gains the front matter fields it lacks (`FrontMatterMerge`), B's names as aliases, B's Log
/// entries in date order (`LogMerge`) and the rest of B's body under `## From <B's file>`;
/// every other note that names B names A. Every new file is read back and checked before the
/// plan is given out (`Merge+Verification`); writing it (`Merge+Writing`) removes B last.
public struct Merge: Sendable {
    /// The note that stays, A.
    public var keep: Side
    /// The note folded into A and removed, B.
    public var fold: Side
    /// Every file that changes, A first, then the others by path.
    public var changes: [FileChange]
    /// What B's file held, to remove it only if it still does.
    var foldBytes: [UInt8]

    /// One of the two notes.
    public struct Side: Sendable, Equatable {
        /// The vault-relative path.
        public var path: String
        /// The display name.
        public var name: String
    }

    /// A file's bytes as read and as they become, with what changes in words.
    public struct FileChange: Sendable {
        /// The vault-relative path.
        public var path: String
        var original: [UInt8]
        var contents: [UInt8]
        /// One line per change: `+ email: maria@acme.com`, `notes/ideas.md:7: [[Maria L.]] → [[Maria Lopez]]`.
        public var lines: [String]
    }

    /// Why the merge is refused, and what to do instead; `isUsage` when the command line asked
    /// for something that cannot be (exit status 2).
    public struct Refusal: Error, Sendable {
        /// What is wrong, as a sentence.
        public var message: String
        /// What to do instead, or the places concerned, one line each.
        public var hints: [String] = []
        /// Whether the names asked for a merge that cannot be (exit status 2).
        public var isUsage = false
    }

    /// The merge of note `b` into note `a` in `vault`; refused when they are one note, of two
    /// kinds, not both notes, or when a file cannot be changed safely.
    public init(folding b: Graph.NodeID, into a: Graph.NodeID, in vault: Vault) throws(Refusal) {
        let (aIndex, bIndex) = try Self.checked(a, b, in: vault)
        let (aNote, bNote) = (vault.notes[aIndex], vault.notes[bIndex])
        keep = Side(path: aNote.path, name: aNote.name)
        fold = Side(path: bNote.path, name: bNote.name)
        let names = NewTargets(a: aNote, b: bNote, in: vault)
        var rewriters: [Int: ReferenceRewriter] = [:]
        var foundBy: [String] = []
        for index in vault.notes.indices where index != bIndex {
            let references = vault.references(ofNote: index)
            var rewriter: ReferenceRewriter?
            for (entry, key) in references.keyed where entry.resolution == .note(bIndex) {
                if key == nil, entry.reference.form == .name {
                    foundBy.append(entry.reference.target)  // a Referrals item's text: found through an alias
                    continue
                }
                if rewriter == nil { rewriter = try Self.rewriter(for: vault.notes[index], in: vault) }
                rewriter?.rewrite(
                    entry.reference, frontMatterKey: key, target: names.target(for: entry.reference), path: aNote.path)
            }
            if let rewriter { rewriters[index] = rewriter }
        }
        let failures = rewriters.values.flatMap(\.failures).sorted()
        guard failures.isEmpty else {
            throw Refusal(
                message:
                    "cannot rewrite these references to \(bNote.path.escapingControlCharacters) (a reference-style "
                    + "link, or a link over "
                    + "several lines); nothing was written:",
                hints: failures.map { "  " + $0 } + [
                    "Point them at \(aNote.path.escapingControlCharacters) by hand, then merge again."
                ])
        }
        let moving = try Self.movingText(of: bIndex, into: aNote, names: names, in: vault)
        foldBytes = moving.original
        var composer = MergedNote(
            a: (aNote, FileLines(try Self.bytes(of: aNote, in: vault))), b: (bNote, FileLines(moving.rewritten)),
            edits: rewriters[aIndex]?.edits ?? ByteEdits())
        let aliases = [bNote.name] + bNote.aliases + foundBy
        let aChange = try composer.compose(
            aliases: aliases, items: Self.comparison(in: vault, a: a, b: b, path: aNote.path),
            publicFields: PublicFields(config: vault.config))
        var changes = [
            FileChange(
                path: aNote.path, original: composer.a.lines.bytes, contents: aChange.bytes,
                lines: aChange.lines + (rewriters[aIndex]?.changes ?? []))
        ]
        for (index, rewriter) in rewriters.sorted(by: { $0.key < $1.key }) where index != aIndex {
            guard let contents = rewriter.edits.applied(to: rewriter.bytes) else {
                throw Refusal(
                    message:
                        "\(rewriter.path.escapingControlCharacters): two references to "
                        + "\(bNote.path.escapingControlCharacters) overlap; nothing was written."
                )
            }
            changes.append(
                FileChange(path: rewriter.path, original: rewriter.bytes, contents: contents, lines: rewriter.changes))
        }
        self.changes = changes
        try verify(composer.expectations, in: vault, aIndex: aIndex, bIndex: bIndex)
    }

    // MARK: Checks

    /// The notes' indices; refused when the names are one note, not both notes, of two kinds,
    /// or when either has errors.
    private static func checked(_ a: Graph.NodeID, _ b: Graph.NodeID, in vault: Vault) throws(Refusal) -> (Int, Int) {
        let graph = vault.graph
        for node in [a, b] where graph.noteIndex(of: node) == nil {
            let name = graph.nodes[node].name
            throw Refusal(
                message: node == Graph.owner
                    ? "'\(name)' is you, not a note; merge two notes." : "'\(name)' has no note yet; nothing to merge.",
                hints: node == Graph.owner
                    ? [] : ["To have '\(name)' find a note, add it to that note's aliases."],
                isUsage: true)
        }
        let (aIndex, bIndex) = (graph.noteIndex(of: a)!, graph.noteIndex(of: b)!)
        let (aNote, bNote) = (vault.notes[aIndex], vault.notes[bIndex])
        guard aIndex != bIndex else {
            throw Refusal(
                message:
                    "'\(aNote.name)' and '\(bNote.name)' are one note (\(aNote.path.escapingControlCharacters)); "
                    + "nothing to merge.",
                isUsage: true)
        }
        guard aNote.kind == bNote.kind else {
            throw Refusal(
                message:
                    "\(bNote.path.escapingControlCharacters) is \(bNote.kind.withArticle) and "
                    + "\(aNote.path.escapingControlCharacters) \(aNote.kind.withArticle); "
                    + "only notes of one kind can be merged.",
                isUsage: true)
        }
        if aNote.kind == .interview { try refuseOtherPeople(aIndex, bIndex, in: vault) }
        try refuseReferredByItself(aIndex, bIndex, in: vault)
        let broken = [aNote.path, bNote.path].filter { path in
            vault.diagnostics.contains { $0.file == path && $0.severity == .error }
        }
        guard broken.isEmpty else {
            throw Refusal(
                message:
                    "\(broken.joined(separator: " and ").escapingControlCharacters) "
                    + "\(broken.count == 1 ? "has" : "have") errors; fix them first "
                    + "(grapevine check shows them). Nothing was written.")
        }
        return (aIndex, bIndex)
    }

    /// Refuses two interview notes that are not with the same people: B's `thank_you`,
    /// `resume_requested` and Referrals are about B's people, and in A they would cover A's.
    private static func refuseOtherPeople(_ aIndex: Int, _ bIndex: Int, in vault: Vault) throws(Refusal) {
        guard vault.references(ofNote: aIndex).peopleMet != vault.references(ofNote: bIndex).peopleMet else { return }
        let (a, b) = (vault.notes[aIndex], vault.notes[bIndex])
        let people = { (note: Note) in
            let names = note.interview?.contacts.map(ReferenceProblems.displayName(of:)) ?? []
            return names.isEmpty ? "nobody named" : names.joined(separator: ", ")
        }
        throw Refusal(
            message:
                "\(a.path.escapingControlCharacters) is an interview with \(people(a)), and "
                + "\(b.path.escapingControlCharacters) one with \(people(b)); "
                + "merge folds two notes of one meeting, with the same people. Nothing was written.",
            hints: [
                "What B says (a thank-you sent, a resume asked for, referrals) is about its own people. If it was one "
                    + "meeting, give both notes the same 'contact' first; if not, keep both notes."
            ],
            isUsage: true)
    }

    /// Refuses A whose `referred_by` names B: merged, the person would have referred
    /// themselves, and which of the two notes says who did is for the user to tell. (B's
    /// `referred_by` naming A is left out of A, as every reference of B's to A or B is.)
    private static func refuseReferredByItself(_ aIndex: Int, _ bIndex: Int, in vault: Vault) throws(Refusal) {
        let (a, b) = (vault.notes[aIndex], vault.notes[bIndex])
        guard let entry = vault.references(ofNote: aIndex).referredBy.first(where: { $0.resolution == .note(bIndex) })
        else { return }
        let place =
            "\(a.path.escapingControlCharacters):\(entry.reference.position.line):\(entry.reference.position.column)"
        throw Refusal(
            message:
                "\(place): 'referred_by' names \(b.path.escapingControlCharacters), the note to fold into this one; "
                + "merged, \(a.name) "
                + "would have referred themselves. Nothing was written.",
            hints: [
                "Take '\(ReferenceProblems.displayName(of: entry.reference))' out of 'referred_by' in "
                    + "\(a.path.escapingControlCharacters) (write "
                    + "who did refer them, if anyone), then merge again; or merge the other way: "
                    + "grapevine merge \(Shell.argument(b.path)) \(Shell.argument(a.path))"
            ])
    }

    /// How items of B's lists compare with A's: references by the note they name, anything
    /// else by value; a reference to A or B is never added to A (A would name itself). A link
    /// is read from A's folder (`path`), where B's items go.
    private static func comparison(in vault: Vault, a: Graph.NodeID, b: Graph.NodeID, path: String)
        -> ItemComparison
    {
        let isReferenceKey = { (key: String) in key == "referred_by" || key == "contact" }
        // A string of several links (`"[[Nora Field]], [[Omar Haddad]]"`) names no one note: it
        // is compared as written, never taken for its first person.
        let node = { (value: FrontMatter.Value) in
            value.scalar.flatMap {
                SeveralWikilinks($0) == nil ? Reference(frontMatter: $0, at: .start, in: path) : nil
            }
            .flatMap(vault.node(referencedBy:))
        }
        // Values that say the same written another way: `Lumen Health` and `[[Lumen Health]]`,
        // `Ana@X.org` and `ana@x.org`, a profile with and without `https://www.` and `/`.
        let key = { (field: String, value: FrontMatter.Value) -> String? in
            guard let text = value.scalar else { return nil }
            switch field {
            case "email": return ContactKeys.email(text)
            case "linkedin": return ContactKeys.linkedIn(text)
            default: return nil
            }
        }
        return ItemComparison(
            same: { field, mine, theirs in
                if let theirs = key(field, theirs) { return key(field, mine) == theirs }
                guard isReferenceKey(field) || field == "organization", let theirs = node(theirs) else {
                    return FlowYAML.same(mine, theirs)
                }
                return node(mine) == theirs
            },
            namesMergedNote: { key, item in
                isReferenceKey(key) && node(item).map { $0 == a || $0 == b } == true
            })
    }

    // MARK: Files

    /// A note's bytes on disk; refused when they are not what the vault was read from.
    static func bytes(of note: Note, in vault: Vault) throws(Refusal) -> [UInt8] {
        var buffer: [UInt8] = []
        let read = FileSystem.withContents(of: vault.root + "/" + note.path, buffer: &buffer) { Array($0) }
        guard case .success(let bytes) = read else {
            throw Refusal(message: "\(note.path.escapingControlCharacters): it cannot be read; nothing was written.")
        }
        guard !NoteReader.isUTF16(bytes.span) else {
            throw Refusal(
                message: "\(note.path.escapingControlCharacters): \(NoteReader.utf16Refusal). Nothing was written.")
        }
        let (text, problem) = NoteReader.decode(bytes.span)
        guard problem == nil else {
            throw Refusal(
                message:
                    "\(note.path.escapingControlCharacters): the note is not valid UTF-8; save it as UTF-8 first. "
                    + "Nothing was written."
            )
        }
        guard text == note.text else {
            throw Refusal(
                message:
                    "\(note.path.escapingControlCharacters): the note changed while Grapevine was reading it; "
                    + "nothing was written, try again."
            )
        }
        return bytes
    }

    private static func rewriter(for note: Note, in vault: Vault) throws(Refusal) -> ReferenceRewriter {
        ReferenceRewriter(path: note.path, bytes: try bytes(of: note, in: vault), frontMatter: note.frontMatter)
    }

    /// B's bytes as read, and as they move into A: its links to itself pointing at A, and, when
    /// A is in another folder, its relative links written from A's.
    private static func movingText(of bIndex: Int, into a: Note, names: NewTargets, in vault: Vault) throws(Refusal)
        -> (original: [UInt8], rewritten: [UInt8])
    {
        let b = vault.notes[bIndex]
        var rewriter = try rewriter(for: b, in: vault)
        rewriter.base = a.path
        let moves = VaultPath.directory(of: a.path) != VaultPath.directory(of: b.path)
        let references = vault.references(ofNote: bIndex)
        for entry in references.referrals + references.bodyLinks {
            let toItself = entry.resolution == .note(bIndex)
            guard toItself || (moves && entry.reference.form == .path) else { continue }
            rewriter.rewrite(
                entry.reference, frontMatterKey: nil, target: names.target(for: entry.reference),
                path: toItself ? a.path : entry.reference.target)
        }
        guard rewriter.failures.isEmpty, let rewritten = rewriter.edits.applied(to: rewriter.bytes) else {
            throw Refusal(
                message:
                    "cannot rewrite the links in \(b.path.escapingControlCharacters) for their new place in "
                    + "\(a.path.escapingControlCharacters); nothing was written:",
                hints: rewriter.failures.map { "  " + $0 })
        }
        return (rewriter.bytes, rewritten)
    }
}

/// How the items of B's front matter lists compare with A's in a merge.
struct ItemComparison {
    /// Whether two items under a key say the same.
    let same: (String, FrontMatter.Value, FrontMatter.Value) -> Bool
    /// Whether an item under a key names A or B, and so is not added to A.
    let namesMergedNote: (String, FrontMatter.Value) -> Bool
}

/// What a reference to B is rewritten to: A's name, when it finds A once B is gone, else A's
/// path; a reference written as a path gets A's path, with `.md` when it had one.
struct NewTargets {
    let name: String
    let path: String

    init(a: Note, b: Note, in vault: Vault) {
        path = a.path
        switch vault.lookup(a.name) {
        case .found(let node) where vault.note(for: node)?.path == a.path:
            name = a.name
        case .ambiguous(let paths) where Set(paths).isSubset(of: [a.path, b.path]):
            name = a.name
        default:
            name = VaultPath.stripMarkdownExtension(a.path)
        }
    }

    func target(for reference: Reference) -> String {
        let target = reference.target
        guard target.contains("/") || VaultWalker.isMarkdown(target) else { return name }
        return VaultWalker.isMarkdown(target) ? path : VaultPath.stripMarkdownExtension(path)
    }
}
