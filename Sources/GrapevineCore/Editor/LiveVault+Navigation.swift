/// A stretch of a note's text: where an editor goes, or what it underlines.
public struct NoteRange: Sendable, Equatable, Hashable {
    /// The note, vault-relative.
    public var path: String
    /// The bytes of the note's text.
    public var range: Range<Int>

    public init(path: String, range: Range<Int>) {
        self.path = path
        self.range = range
    }
}

/// What a place in a note names: a note, someone with no note yet (by folded name), or
/// several notes at once.
enum NamedTarget: Equatable {
    case note(Int)
    case placeholder(String)
    case ambiguous
}

extension LiveVault {
    /// The reference at byte `offset` of the note at `path`, with the bytes it takes.
    func reference(inNote path: String, at offset: Int) -> (entry: ResolvedReferences.Entry, range: Range<Int>)? {
        guard let index = noteIndex(ofPath: path) else { return nil }
        return referenceSpans(ofNote: index).reference(at: offset)
    }

    /// The references of the note at `index` with the bytes each takes, to look up many places.
    func referenceSpans(ofNote index: Int) -> NoteReferenceSpans {
        let entries = resolved[index].all
        let spans = ReferenceSpans(entries.map(\.reference), in: FileLines(Array(notes[index].text.utf8)))
        return NoteReferenceSpans(entries: entries, spans: spans)
    }

    /// What the place at `offset` names: a reference's target, or the note itself when the
    /// place is on its `name`.
    func target(inNote path: String, at offset: Int) -> (target: NamedTarget, range: Range<Int>)? {
        guard let index = noteIndex(ofPath: path) else { return nil }
        if let range = nameRange(ofNote: index), range.contains(offset) || range.upperBound == offset {
            return (.note(index), range)
        }
        guard let (entry, range) = reference(inNote: path, at: offset) else { return nil }
        switch entry.resolution {
        case .note(let target):
            return (.note(target), range)
        case .ambiguous:
            return (.ambiguous, range)
        case .missing:
            let name = NameKey.fold(ReferenceProblems.displayName(of: entry.reference))
            return name == ownerKey ? nil : (.placeholder(name), range)
        }
    }

    /// The bytes of a note's `name` value.
    func nameRange(ofNote index: Int) -> Range<Int>? {
        guard let entry = notes[index].frontMatter.entry("name") else { return nil }
        let lines = FileLines(Array(notes[index].text.utf8))
        let reference = Reference(target: notes[index].name, form: .name, position: entry.value.position)
        return ReferenceSpan.range(of: reference, in: lines)
    }

    /// Where the note a place names is: its `name`, else its start. `nil` for someone with no
    /// note yet, or a reference that could mean several notes.
    public func definition(inNote path: String, at offset: Int) -> NoteRange? {
        guard case (.note(let index), _)? = target(inNote: path, at: offset) else { return nil }
        return NoteRange(path: notes[index].path, range: nameRange(ofNote: index) ?? 0..<0)
    }

    /// Every reference to what the place at `offset` names, in any note: front matter fields
    /// (`referred_by`, `contact`, `organization`), Referrals items and links in the body; with
    /// `includeDeclaration`, the named note's `name` too. By path, then place.
    public func references(inNote path: String, at offset: Int, includeDeclaration: Bool) -> [NoteRange] {
        guard let (target, _) = target(inNote: path, at: offset), target != .ambiguous else { return [] }
        var found: [NoteRange] = []
        if includeDeclaration, case .note(let index) = target {
            found.append(NoteRange(path: notes[index].path, range: nameRange(ofNote: index) ?? 0..<0))
        }
        return found + references(to: target)
    }

    /// Every reference to `target`, in note order, then in the order of each note.
    func references(to target: NamedTarget) -> [NoteRange] {
        var found: [NoteRange] = []
        for index in notes.indices {
            let entries = resolved[index].all.filter { entry in
                switch (target, entry.resolution) {
                case (.note(let wanted), .note(let named)): return wanted == named
                case (.placeholder(let name), .missing):
                    return NameKey.fold(ReferenceProblems.displayName(of: entry.reference)) == name
                default: return false
                }
            }
            guard !entries.isEmpty else { continue }
            let lines = FileLines(Array(notes[index].text.utf8))
            let ranges = ReferenceSpans(entries.map(\.reference), in: lines).ranges.compactMap { $0 }
            found += Set(ranges).sorted { $0.lowerBound < $1.lowerBound }.map {
                NoteRange(path: notes[index].path, range: $0)
            }
        }
        return found
    }
}

/// A note's references and the bytes each takes (`ReferenceSpans`).
struct NoteReferenceSpans {
    let entries: [ResolvedReferences.Entry]
    let spans: ReferenceSpans

    /// The first reference (in the note's order) whose bytes hold `offset` or end at it.
    func reference(at offset: Int) -> (entry: ResolvedReferences.Entry, range: Range<Int>)? {
        spans.first(containing: offset).map { (entries[$0.index], $0.range) }
    }
}
