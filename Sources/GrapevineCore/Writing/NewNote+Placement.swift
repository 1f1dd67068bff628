extension NewNote {
    /// Where a new note of a kind goes: the kind's own folder (`contacts/`), or the folder
    /// where the vault keeps notes of that kind instead (a vault of `People/` and `Meetings/`,
    /// each note with its `type:`), where the note needs a `type:` line to be of its kind.
    public struct Placement: Sendable, Equatable {
        /// The folder, vault-relative, ending in `/`; empty for the vault's top.
        public var folder: String
        /// The kind the note must be; `nil` when the folder says it.
        public var type: NoteKind?
        /// How the notes of its kind there name their files: the new note's file is named so.
        public var naming = NoteFileNaming.slug

        /// The kind's own folder (`contacts/`, `interviews/`, `organizations/`).
        public static func standard(_ kind: NoteKind) -> Placement {
            Placement(folder: (kind.folder ?? "notes") + "/", type: nil)
        }

        /// Where `notes` (a vault's) keep notes of `kind`: the kind's own folder when it holds
        /// any of them or when there are none; else the folder that holds the most of them
        /// (the first by name of those that hold as many). Files are named as most of the
        /// notes of the kind in that folder are (`People/Dana Ortiz.md`: titles).
        public init(for kind: NoteKind, among notes: [Note]) {
            var stems: [String: [String]] = [:]
            for note in notes where note.kind == kind {
                stems[VaultPath.directory(of: note.path), default: []].append(note.stem)
            }
            var placement = Placement.standard(kind)
            if stems[placement.folder] == nil,
                let most = stems.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) })
            {
                placement = Placement(folder: most.key, type: kind)
            }
            placement.naming = NoteFileNaming(ofMost: stems[placement.folder] ?? [])
            self = placement
        }

        /// Where a note dated `date` goes: when the folder is a month's or a year's
        /// (`Meetings/2026-11/`, `Meetings/2026/2026-11/`), the vault files the kind by date, and
        /// the note goes in the folder of its own month or year (made when it is new).
        public func filed(on date: LocalDate) -> Placement {
            var parts = folder.split(separator: "/").map(String.init)
            let (year, month) = (String(date.description.prefix(4)), String(date.description.prefix(7)))
            var changed = false
            for index in parts.indices.suffix(2).reversed() {
                let part = parts[index]
                if part.count == 7, LocalDate(part + "-01") != nil {
                    parts[index] = month
                } else if part.count == 4, part.allSatisfy(\.isASCII), Int(part) != nil {
                    parts[index] = year
                } else {
                    break
                }
                changed = true
            }
            guard changed else { return self }
            var placement = self
            placement.folder = parts.joined(separator: "/") + "/"
            return placement
        }

        init(folder: String, type: NoteKind?) {
            self.folder = folder
            self.type = type
        }
    }

    /// `text` with a `type:` line at the top of its front matter when `placement` needs one
    /// and the template did not write it: the note then is of its kind outside its folder.
    static func typed(_ text: String, at path: String, as placement: Placement) -> String {
        guard let kind = placement.type,
            NoteReader(path: path, parser: MarkdownParser(), makesSuggestions: false).read(text.utf8.span).0.kind
                != kind
        else { return text }
        let line = "type: \(kind.rawValue)"
        for opening in ["---\n", "---\r\n"] where text.hasPrefix(opening) {
            return opening + line + opening.dropFirst(3) + text.dropFirst(opening.count)
        }
        return "---\n\(line)\n---\n" + text
    }
}
