/// Resolves references to notes in the order of SPEC §2.4: a vault-relative path, a unique
/// file stem, a unique `name`/`title`/`aliases` entry, then a unique stem equal to the slug.
struct ReferenceIndex {
    /// What a reference resolved to.
    enum Resolution: Equatable {
        case note(Int)
        case ambiguous([Int])
        case missing
    }

    private let notes: [Note]
    private var byPath: [String: Int] = [:]
    private var byStem: [String: [Int]] = [:]
    private var byName: [String: [Int]] = [:]
    private var bySlug: [String: [Int]] = [:]

    init(notes: [Note]) {
        self.notes = notes
        for (index, note) in notes.enumerated() {
            byPath[note.path] = index
            byStem[note.stem, default: []].append(index)
            bySlug[NameKey.slug(note.stem), default: []].append(index)
            var names: Set<String> = []
            if note.hasExplicitName { names.insert(NameKey.fold(note.name)) }
            if let title = note.title { names.insert(NameKey.fold(title)) }
            for alias in note.aliases { names.insert(NameKey.fold(alias)) }
            for name in names { byName[name, default: []].append(index) }
        }
    }

    /// Resolves `reference`; when several notes match, one of the `preferred` kind wins alone.
    func resolve(_ reference: Reference, preferring preferred: NoteKind? = nil) -> Resolution {
        if reference.form == .path {
            return byPath[reference.target].map(Resolution.note) ?? .missing
        }
        let target = reference.target
        if let path = VaultPath.normalize(target) {
            if let index = byPath[path] ?? byPath[path + ".md"] { return .note(index) }
        }
        let steps: [() -> [Int]?] = [
            { byStem[target] }, { byName[NameKey.fold(target)] }, { bySlug[NameKey.slug(target)] },
        ]
        for step in steps {
            guard let candidates = step(), !candidates.isEmpty else { continue }
            return choose(among: candidates, preferring: preferred)
        }
        return .missing
    }

    /// The notes a name would resolve to among several, for messages.
    func paths(_ indices: [Int]) -> [String] {
        indices.map { notes[$0].path }.sorted()
    }

    private func choose(among candidates: [Int], preferring preferred: NoteKind?) -> Resolution {
        let unique = Array(Set(candidates)).sorted()
        if unique.count == 1 { return .note(unique[0]) }
        if let preferred {
            let ofKind = unique.filter { notes[$0].kind == preferred }
            if ofKind.count == 1 { return .note(ofKind[0]) }
            if ofKind.count > 1 { return .ambiguous(ofKind) }
        }
        return .ambiguous(unique)
    }
}
