/// Resolves references to notes in the order of SPEC §2.4: a vault-relative path, a unique
/// file stem, a unique `name`/`title`/`aliases` entry, then a unique stem equal to the slug.
struct ReferenceIndex: Sendable {
    /// What a reference resolved to.
    enum Resolution: Equatable, Sendable {
        case note(Int)
        case ambiguous([Int])
        case missing
    }

    private let paths: [String]
    private let kinds: [NoteKind]
    private var byPath: [String: Int] = [:]
    private var byStem: [String: [Int]] = [:]
    private var byName: [String: [Int]] = [:]
    private var bySlug: [String: [Int]] = [:]

    init(notes: [Note]) {
        paths = notes.map(\.path)
        kinds = notes.map(\.kind)
        // Folding and slugging every name is the costly part: do it on all cores.
        let keys = parallelMap(count: notes.count, makeState: {}) { _, index in
            Keys(
                path: notes[index].path, name: notes[index].hasExplicitName ? notes[index].name : nil,
                title: notes[index].title, aliases: notes[index].aliases)
        }
        for (index, key) in keys.enumerated() {
            byPath[paths[index]] = index
            byStem[key.stem, default: []].append(index)
            bySlug[key.slug, default: []].append(index)
            for name in key.names { byName[name, default: []].append(index) }
        }
    }

    /// The lookup keys of one note.
    private struct Keys: Sendable {
        var stem: String
        var slug: String
        var names: Set<String>

        init(path: String, name: String?, title: String?, aliases: [String]) {
            stem = VaultPath.stem(of: path)
            slug = NameKey.slug(stem)
            names = []
            if let name { names.insert(NameKey.fold(name)) }
            if let title { names.insert(NameKey.fold(title)) }
            for alias in aliases { names.insert(NameKey.fold(alias)) }
        }
    }

    /// Resolves `reference`; when several notes match, one of the `preferred` kind wins alone.
    func resolve(_ reference: Reference, preferring preferred: NoteKind? = nil) -> Resolution {
        if reference.form == .path {
            return byPath[reference.target].map(Resolution.note) ?? .missing
        }
        let target = reference.target
        if let path = VaultPath.normalize(target), let index = byPath[path] ?? byPath[path + ".md"] {
            return .note(index)
        }
        if let candidates = byStem[target] { return choose(among: candidates, preferring: preferred) }
        if let candidates = byName[NameKey.fold(target)] { return choose(among: candidates, preferring: preferred) }
        if let candidates = bySlug[NameKey.slug(target)] { return choose(among: candidates, preferring: preferred) }
        return .missing
    }

    /// The paths of notes, sorted, for messages.
    func paths(_ indices: [Int]) -> [String] {
        indices.map { paths[$0] }.sorted()
    }

    private func choose(among candidates: [Int], preferring preferred: NoteKind?) -> Resolution {
        if candidates.count == 1 { return .note(candidates[0]) }
        let unique = Array(Set(candidates)).sorted()
        if unique.count == 1 { return .note(unique[0]) }
        if let preferred {
            let ofKind = unique.filter { kinds[$0] == preferred }
            if ofKind.count == 1 { return .note(ofKind[0]) }
            if ofKind.count > 1 { return .ambiguous(ofKind) }
        }
        return .ambiguous(unique)
    }
}
