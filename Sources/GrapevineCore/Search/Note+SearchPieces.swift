extension Note {
    /// The pieces of the note that search reads, in file order: the front matter's values
    /// (all but `type` and `private`; `name`, `title` and `aliases` as the title), then every
    /// line of the body. Front matter that could not be read is searched as lines of text.
    ///
    /// With `fields` (`site --public`), only public front matter is read, and no reference
    /// field (`organization`, `referred_by`, `contact`), whose plain names may be of notes the
    /// site leaves out; a note whose front matter could not be read gives none of it.
    func searchPieces(publishing fields: PublicFields? = nil) -> [SearchPiece] {
        var pieces: [SearchPiece] = []
        forEachSearchPiece(publishing: fields) { pieces.append($0) }
        return pieces
    }

    /// Whether the note's name is its file's (`Maria Lopez.md`), written nowhere in it: search
    /// reads it as a title all the same. (A note's or pitch's `title` names it where it is
    /// written; an interview's name, made from its people and date, is its `contact` and `date`
    /// values, which search reads as they are.)
    var isNamedByFile: Bool {
        guard !hasExplicitName else { return false }
        switch kind {
        case .contact, .organization: return true
        case .note, .pitch: return title == nil
        case .interview: return false
        }
    }

    /// Calls `visit` with each of `searchPieces(publishing:)`, in order, without gathering them:
    /// `grapevine search` reads every line of every note.
    func forEachSearchPiece(publishing fields: PublicFields? = nil, _ visit: (SearchPiece) -> Void) {
        forEachFrontMatterPiece(publishing: fields, visit)
        forEachBodyPiece(publishing: fields, visit)
    }

    /// The front matter's pieces of `forEachSearchPiece(publishing:_:)`: its values, as the
    /// title or other values.
    func forEachFrontMatterPiece(publishing fields: PublicFields? = nil, _ visit: (SearchPiece) -> Void) {
        let entries = frontMatter.entries
        guard !entries.isEmpty else { return }
        for entry in fields?.entries(entries, in: kind) ?? entries {
            guard let field = Self.searchField(ofKey: entry.key) else { continue }
            if fields != nil, Self.isReferenceKey(entry.key) { continue }
            forEachPiece(of: entry.value, as: field, visit)
        }
    }

    /// The rest of `forEachSearchPiece(publishing:_:)`, all body pieces: the lines of front
    /// matter that could not be read, then the body's.
    func forEachBodyPiece(publishing fields: PublicFields? = nil, _ visit: (SearchPiece) -> Void) {
        if frontMatter.entries.isEmpty, fields == nil, bodyLineOffset > 2 {
            forEachLine(from: 2, through: bodyLineOffset - 1, visit)
        }
        forEachLine(from: bodyLineOffset + 1, visit)
    }

    /// What search reads the value of the front matter key `key` as: the note's title (`name`,
    /// `title`, `aliases`), another value, or nothing (`type` and `private`, the note's
    /// bookkeeping). A switch, not a set: every key of every note comes through here.
    static func searchField(ofKey key: String) -> SearchPiece.Field? {
        switch key {
        case "type", "private": nil
        case "name", "title", "aliases": .title
        default: .value
        }
    }

    /// Whether the values of the front matter key `key` name other notes.
    static func isReferenceKey(_ key: String) -> Bool {
        switch key {
        case "organization", "referred_by", "contact", "contacts": true
        default: false
        }
    }

    /// Each of the file's lines from `first` through `last` (to the end without one) that is
    /// not empty, as a body piece without its line ending.
    private func forEachLine(from first: Int, through last: Int = .max, _ visit: (SearchPiece) -> Void) {
        let utf8 = text.utf8
        let bytes = utf8.span
        var start = 0
        var line = 1
        while start < bytes.count, line <= last {
            let end = bytes.firstIndex(of: UInt8(ascii: "\n"), from: start) ?? bytes.count
            if line >= first {
                let contentEnd = end > start && bytes[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
                if contentEnd > start {
                    let from = utf8.index(utf8.startIndex, offsetBy: start)
                    let to = utf8.index(utf8.startIndex, offsetBy: contentEnd)
                    visit(SearchPiece(line: line, field: .body, text: text[from..<to]))
                }
            }
            start = end + 1
            line += 1
        }
    }

    /// The scalars of `value`, at any depth, as pieces.
    ///
    /// A value on one line is one piece on its line. A literal block (`|`) gives one piece
    /// per line, from the line after the `|`. A folded block (`>`) and a plain or quoted
    /// value written over several lines are one piece each, on their first line: YAML joins
    /// their lines, so which line a word was on is not kept.
    private func forEachPiece(of value: FrontMatter.Value, as field: SearchPiece.Field, _ visit: (SearchPiece) -> Void)
    {
        switch value.content {
        case .list(let items):
            for item in items { forEachPiece(of: item, as: field, visit) }
        case .mapping(let entries):
            for entry in entries { forEachPiece(of: entry.value, as: field, visit) }
        case .scalar(let scalar, _):
            guard !value.isNull else { return }
            let line = value.position.line
            guard scalar.utf8.span.contains(UInt8(ascii: "\n")) else {
                visit(SearchPiece(line: line, field: field, text: scalar[...]))
                return
            }
            switch blockIndicator(at: value.position) {
            case UInt8(ascii: "|")?:
                for (offset, text) in scalar.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where !text.isEmpty {
                    visit(SearchPiece(line: line + 1 + offset, field: field, text: text))
                }
            case UInt8(ascii: ">")?:
                visit(SearchPiece(line: line + 1, field: field, text: scalar[...]))
            default:
                visit(SearchPiece(line: line, field: field, text: scalar[...]))
            }
        }
    }

    /// The block scalar indicator (`|` or `>`) at `position` in the file, if one is there.
    private func blockIndicator(at position: SourcePosition) -> UInt8? {
        guard let line = text.lines(position.line...position.line).first else { return nil }
        let rest = line.unicodeScalars.dropFirst(max(0, position.column - 1))
        guard let first = rest.first, first == "|" || first == ">" else { return nil }
        return UInt8(first.value)
    }
}
