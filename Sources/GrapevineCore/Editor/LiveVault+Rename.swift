/// What renaming a person or organization changes: its file, its `name`, and every
/// reference to it, in the texts as they stand.
public struct RenamePlan: Sendable, Equatable {
    /// The note's file, moved to its new name's file name (`nil` when it stays).
    public var move: Move?
    /// The edits, in the texts before the move (an edit of the moved note is made in it
    /// after the move).
    public var edits: [FileEdit]

    /// A file moved within the vault.
    public struct Move: Sendable, Equatable {
        public var from: String
        public var to: String
    }
}

/// Why a rename cannot be done, in a sentence for the editor to show.
public struct RenameRefusal: Error, Sendable, Equatable {
    public var message: String
}

extension LiveVault {
    /// The name a rename at `offset` would change, and the bytes of the reference (or `name`)
    /// it is on; `nil` where there is nothing to rename.
    public func renameTarget(inNote path: String, at offset: Int) -> (name: String, range: Range<Int>)? {
        guard let (target, range) = target(inNote: path, at: offset) else { return nil }
        switch target {
        case .note(let index) where [.contact, .organization].contains(notes[index].kind):
            return (notes[index].name, range)
        case .placeholder:
            return reference(inNote: path, at: offset).map {
                (ReferenceProblems.displayName(of: $0.entry.reference), range)
            }
        default:
            return nil
        }
    }

    /// Renames the person or organization the place at `offset` names to `newName`: the
    /// `name` of its note (written in if it had none), its file (to the new name's slug, in
    /// the same folder, when that file is free), and every reference that named it by its old
    /// name, file or path (not those through an alias, which still hold). Someone with no
    /// note yet is renamed in every reference. Without `movingFile` (an editor that cannot
    /// rename files), the file keeps its name, and the links that name it by its path stay.
    public func rename(inNote path: String, at offset: Int, to newName: String, movingFile: Bool = true)
        throws(RenameRefusal) -> RenamePlan
    {
        let name = newName.trimmingWhitespace()
        guard !name.isEmpty, !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw RenameRefusal(message: "a name cannot be empty, span lines or hold a control character")
        }
        // Every reference is written `[[name]]`: one of these would make it a label, a heading,
        // a path or another link, and the references would name someone else.
        if let sign = name.first(where: { "|#[]/\\".contains($0) }) {
            throw RenameRefusal(
                message:
                    "'\(name)' cannot be written in a [[link]]: a name cannot hold '\(sign)' (nor any of | # [ ] / \\)")
        }
        guard let (target, _) = target(inNote: path, at: offset), target != .ambiguous else {
            throw RenameRefusal(message: "there is no person or organization here to rename")
        }
        if case .note(let index) = target, ![.contact, .organization].contains(notes[index].kind) {
            throw RenameRefusal(
                message:
                    "\(notes[index].path) is \(notes[index].kind.withArticle): only people and organizations are renamed"
            )
        }
        let keep = Self.index(of: target)
        if case .note(let other) = index.resolve(Reference(target: name, form: .name, position: .start)), other != keep
        {
            throw RenameRefusal(message: "'\(name)' is already the name of \(notes[other].path)")
        }
        var plan = RenamePlan(move: nil, edits: [])
        var newPath: String?
        if let keep {
            let note = notes[keep]
            let moved =
                VaultPath.directory(of: note.path) + NoteFileNaming.allowedOnWindows(NameKey.slug(name), separator: "-")
                + ".md"
            if movingFile, moved != note.path, !NameKey.slug(name).isEmpty, noteIndex(ofPath: moved) == nil,
                !FileSystem.exists(root + "/" + moved)
            {
                plan.move = RenamePlan.Move(from: note.path, to: moved)
            }
            newPath = plan.move?.to ?? note.path
            plan.edits += try nameEdits(ofNote: keep, to: name)
        }
        plan.edits += try referenceEdits(to: target, name: name, path: newPath, moved: plan.move != nil)
        return plan
    }

    private static func index(of target: NamedTarget) -> Int? {
        if case .note(let index) = target { return index }
        return nil
    }

    /// The edit of the note's `name`, or the `name` written into it.
    private func nameEdits(ofNote index: Int, to name: String) throws(RenameRefusal) -> [FileEdit] {
        let note = notes[index]
        if note.hasExplicitName, let range = nameRange(ofNote: index) {
            return [.replace(path: note.path, range: range, text: YAMLText.scalar(name))]
        }
        let original = Array(note.text.utf8)
        let insertion = FrontMatterInsertion(path: note.path, key: "name", value: YAMLText.scalar(name))
        guard let (changed, _) = try? insertion.inserted(into: original) else {
            throw RenameRefusal(message: "\(note.path): its front matter cannot take a name; fix it first")
        }
        return [FileEdit.difference(original, changed, in: note.path)]
    }

    /// The edits of every reference to `target` that names it by what the rename changes: its
    /// name, and its path when its note `moved` (to `newPath`).
    private func referenceEdits(to target: NamedTarget, name: String, path newPath: String?, moved: Bool)
        throws(RenameRefusal) -> [FileEdit]
    {
        let kept: Set<String>
        if case .note(let index) = target {
            kept = Set((notes[index].aliases + [notes[index].titleAsName].compactMap { $0 }).map(NameKey.fold))
        } else {
            kept = []
        }
        var edits: [FileEdit] = []
        var failures: [String] = []
        for index in notes.indices {
            let references = resolved[index].keyed.filter { entry, _ in
                Self.names(entry, target) && !kept.contains(NameKey.fold(entry.reference.target))
                    // A link to the note's file still leads to it when the file keeps its name.
                    && !(newPath != nil && !moved && Self.isPath(entry.reference))
            }
            guard !references.isEmpty else { continue }
            let pointed = self.edits(pointing: references, inNote: index, at: name, path: newPath)
            edits += pointed.edits
            failures += pointed.failures
        }
        guard failures.isEmpty else {
            throw RenameRefusal(
                message: "these references cannot be rewritten (a reference-style link, or a link over several lines): "
                    + failures.sorted().joined(separator: ", "))
        }
        return edits
    }

    /// The edits that make `references` of the note at `index` (each with the front matter key
    /// it is under) name `name`, those naming a file by its path leading to `newPath` when
    /// given; and the places that cannot be rewritten (a reference-style link, a link over lines).
    func edits(pointing references: [(ResolvedReferences.Entry, String?)], inNote index: Int, at name: String,
        path newPath: String?
    ) -> (edits: [FileEdit], failures: [String]) {
        let note = notes[index]
        let lines = FileLines(Array(note.text.utf8))
        var rewriter = ReferenceRewriter(path: note.path, bytes: lines.bytes, frontMatter: note.frontMatter)
        var edits: [FileEdit] = []
        var done: Set<Int> = []
        for (entry, key) in references {
            let reference = entry.reference
            if key == nil, reference.form == .name {
                // A Referrals item that names them in its text, with no link.
                if let range = ReferenceSpan.range(of: reference, in: lines), done.insert(range.lowerBound).inserted {
                    edits.append(.replace(path: note.path, range: range, text: name))
                }
                continue
            }
            let written = reference.target
            let newTarget =
                Self.isPath(reference) && newPath != nil
                ? (VaultWalker.isMarkdown(written) ? newPath! : VaultPath.stripMarkdownExtension(newPath!)) : name
            rewriter.rewrite(reference, frontMatterKey: key, target: newTarget, path: newPath ?? reference.target)
        }
        edits += rewriter.edits.changes.map { change in
            .replace(path: note.path, range: change.range, text: String(decoding: change.bytes, as: UTF8.self))
        }
        return (edits, rewriter.failures)
    }

    /// Whether a reference names a file by its path (`[[contacts/ana]]`, `ana.md`).
    private static func isPath(_ reference: Reference) -> Bool {
        reference.target.contains("/") || VaultWalker.isMarkdown(reference.target)
    }

    /// Whether a reference names `target`.
    private static func names(_ entry: ResolvedReferences.Entry, _ target: NamedTarget) -> Bool {
        switch (target, entry.resolution) {
        case (.note(let wanted), .note(let named)): return wanted == named
        case (.placeholder(let name), .missing):
            return NameKey.fold(ReferenceProblems.displayName(of: entry.reference)) == name
        default: return false
        }
    }

}
