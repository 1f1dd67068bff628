/// What a note holds, for an editor's outline: its sections, nested as their headings are,
/// and the entries of a contact's Log.
public struct OutlineItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case section, logEntry
    }

    public var name: String
    public var detail: String?
    public var kind: Kind
    /// The bytes of the note the item takes: a section to its last block, an entry its item.
    public var range: Range<Int>
    /// The bytes of its heading's or item's line.
    public var selection: Range<Int>
    public var children: [OutlineItem]
}

/// A person, organization or other note to go to from anywhere in the vault.
public struct VaultSymbol: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case person, organization
    }

    public var name: String
    public var kind: Kind
    /// Where it is: its note's `name`, or for someone with no note yet the first place that
    /// names them.
    public var place: NoteRange
    /// Where a person works; "no note yet" for someone without one.
    public var container: String?
}

extension LiveVault {
    /// The outline of the note at `path`.
    public func outline(ofNote path: String) -> [OutlineItem] {
        guard let note = note(atPath: path) else { return [] }
        let lines = FileLines(Array(note.text.utf8))
        let body = note.body
        var roots: [OutlineItem] = []
        // Each section with the sections under it: a stack of the open ones, deepest last.
        var open: [(level: Int, item: OutlineItem)] = []
        func close(above level: Int) {
            while let last = open.last, last.level >= level {
                open.removeLast()
                if open.isEmpty {
                    roots.append(last.item)
                } else {
                    open[open.count - 1].item.children.append(last.item)
                }
            }
        }
        for section in body.sections {
            close(above: section.level)
            let endLine =
                section.content.last.map { body.blocks[$0].endLine } ?? body.blocks[section.headingIndex].endLine
            let start = lines.start(ofLine: section.position.line)
            var item = OutlineItem(
                name: section.title, detail: nil, kind: .section, range: start..<lines.end(ofLine: endLine),
                selection: start..<lines.end(ofLine: section.position.line), children: [])
            if note.kind == .contact, section.isNamed("Log") {
                item.children = body.items(in: section).filter { $0.depth == 0 }.map { entry in
                    let start = lines.start(ofLine: entry.position.line)
                    let range = start..<lines.end(ofLine: entry.position.line)
                    return OutlineItem(
                        name: entry.text, detail: nil, kind: .logEntry, range: range, selection: range, children: [])
                }
            }
            open.append((section.level, item))
        }
        close(above: 0)
        return roots
    }

    /// The people and organizations whose names or aliases match `query` (by word starts, case
    /// and accents folded; every one for an empty query), at most `limit`, by name: each once,
    /// under its name (`Wei` finds 张伟, whose alias it is).
    public func symbols(matching query: String, limit: Int = 1000) -> [VaultSymbol] {
        let key = NameKey.slug(query)
        let firstMentions = firstMentions()
        let names = knownNames().filter { $0.kind != .otherNote }
        let matching = Set(
            names.filter { name in
                let slug = NameKey.slug(name.text)
                return key.isEmpty || slug.hasPrefix(key) || slug.contains("-" + key)
            }.compactMap { $0.aliasOf == nil ? nil : $0.path })
        var found: [VaultSymbol] = []
        for name in names where name.aliasOf == nil {
            let slug = NameKey.slug(name.text)
            guard
                key.isEmpty || slug.hasPrefix(key) || slug.contains("-" + key)
                    || name.path.map(matching.contains) == true
            else { continue }
            let place =
                name.path.flatMap { path in
                    noteIndex(ofPath: path).map { NoteRange(path: path, range: nameRange(ofNote: $0) ?? 0..<0) }
                } ?? firstMentions[NameKey.fold(name.text)]
            guard let place else { continue }
            found.append(
                VaultSymbol(
                    name: name.text, kind: name.kind == .person ? .person : .organization, place: place,
                    container: name.path == nil ? "no note yet" : name.detail))
        }
        return Array(found.sorted { NameKey.fold($0.name) < NameKey.fold($1.name) }.prefix(limit))
    }

    /// The first reference to each name no note has, by folded name.
    private func firstMentions() -> [String: NoteRange] {
        var found: [String: NoteRange] = [:]
        for index in notes.indices {
            let missing = resolved[index].all.filter { $0.resolution == .missing }
            guard !missing.isEmpty else { continue }
            let spans = ReferenceSpans(missing.map(\.reference), in: FileLines(Array(notes[index].text.utf8)))
            for (entry, range) in zip(missing, spans.ranges) {
                let name = NameKey.fold(ReferenceProblems.displayName(of: entry.reference))
                guard found[name] == nil, let range else { continue }
                found[name] = NoteRange(path: notes[index].path, range: range)
            }
        }
        return found
    }
}
