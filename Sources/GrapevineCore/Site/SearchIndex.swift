/// The site's offline search: a compact index with one entry per page, written as a script
/// that `search.html` loads (browsers block `fetch` of local files on `file://`), and the few
/// lines of plain JavaScript that filter it as the reader types.
public struct SearchIndex: Sendable {
    /// One page as search sees it.
    public struct Entry: Sendable, Equatable, Codable {
        /// The page's title: a name, a tag.
        public var title: String
        /// `contact`, `interview`, `organization`, `pitch`, `note`, `person`, `tag`.
        public var kind: String
        /// The page, site-relative.
        public var url: String
        /// A short excerpt: a few front matter values and the opening of the body.
        public var text: String
        /// The note's tags.
        public var tags: [String]
    }

    /// Excerpts are cut to about this many characters.
    static let excerptLength = 200

    /// The entries: pages of nodes in node order, then tag pages by tag.
    public let entries: [Entry]

    /// The index of the pages `paths` gives; with `isPublic`, only `PublicFields` are read
    /// from front matter.
    public init(vault: Vault, paths: SitePaths, isPublic: Bool) {
        let fields = isPublic ? PublicFields(config: vault.config) : nil
        var entries = parallelMap(count: vault.graph.nodes.count, batch: 64, makeState: {}) { _, node -> Entry? in
            guard let url = paths.page(of: node) else { return nil }
            let graphNode = vault.graph.nodes[node]
            if let index = vault.graph.noteIndex(of: node) {
                return Self.entry(forNote: index, in: vault, url: url, fields: fields) {
                    paths.hidingLinksToLeftOutNodes(in: $0, fromNote: index)
                }
            }
            let kind = graphNode.kind == .placeholderPerson ? "person" : NoteKind.organization.rawValue
            return Entry(title: graphNode.name, kind: kind, url: url, text: "", tags: [])
        }.compactMap { $0 }
        if fields?.isPublic("tags", in: .note) != false {
            for (tag, url) in paths.allTagPages.sorted(by: { $0.key < $1.key }) {
                entries.append(Entry(title: "#" + tag, kind: "tag", url: url, text: "", tags: [tag]))
            }
        }
        self.entries = entries
    }

    /// The index as compact JSON: an array of objects with sorted keys.
    ///
    /// `<`, U+2028 and U+2029 (which occur only inside strings) are written as `\u` escapes, so
    /// the text stays valid JavaScript and cannot close a `<script>` element it is placed in.
    public func json() -> String {
        var json = HTMLWriter(capacity: estimatedLength)
        writeJSON(into: &json)
        return json.html
    }

    /// The contents of `search-index.js`: the index assigned to `window.GRAPEVINE_SEARCH`.
    public func javaScript() -> String {
        script().html
    }

    /// `javaScript()` as bytes, for the site: the index of a big vault is megabytes, written
    /// once into one buffer rather than copied into a string and a script.
    func script() -> HTMLWriter {
        var script = HTMLWriter(capacity: estimatedLength + 32)
        script.append("window.GRAPEVINE_SEARCH = ")
        writeJSON(into: &script)
        script.append(";\n")
        return script
    }

    /// Room for the JSON of most indexes: an entry takes about 320 bytes.
    private var estimatedLength: Int { 64 + entries.count * 352 }

    private func writeJSON(into json: inout HTMLWriter) {
        json.append("[")
        for (position, entry) in entries.enumerated() {
            json.append(position > 0 ? #",{"kind":"# : #"{"kind":"#)
            Self.appendString(entry.kind, to: &json)
            json.append(#","tags":["#)
            for (index, tag) in entry.tags.enumerated() {
                if index > 0 { json.append(",") }
                Self.appendString(tag, to: &json)
            }
            json.append(#"],"text":"#)
            Self.appendString(entry.text, to: &json)
            json.append(#","title":"#)
            Self.appendString(entry.title, to: &json)
            json.append(#","url":"#)
            Self.appendString(entry.url, to: &json)
            json.append("}")
        }
        json.append("]")
    }

    /// `text` as a JSON string literal that is also safe inside HTML and JavaScript source.
    private static func appendString(_ text: String, to json: inout HTMLWriter) {
        json.append("\"")
        let bytes = text.utf8.span
        // Most text needs no escape, and is copied at once.
        if bytes.indices.contains(where: { needsEscape(bytes[$0]) }) {
            json.append(escapedJSON(bytes))
        } else {
            json.append(text)
        }
        json.append("\"")
    }

    /// The inside of a JSON string literal of `bytes`, safe inside HTML and JavaScript source.
    private static func escapedJSON(_ bytes: Span<UInt8>) -> String {
        var escaped = ""
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""): escaped += #"\""#
            case UInt8(ascii: "\\"): escaped += #"\\"#
            case UInt8(ascii: "<"): escaped += #"\u003C"#
            case UInt8(ascii: "\n"): escaped += #"\n"#
            case UInt8(ascii: "\t"): escaped += #"\t"#
            case UInt8(ascii: "\r"): escaped += #"\r"#
            case 0..<0x20:
                // Rare: control characters other than line breaks and tabs.
                escaped +=
                    #"\u00"# + String(byte >> 4, radix: 16, uppercase: true)
                    + String(byte & 0x0F, radix: 16, uppercase: true)
            // U+2028 and U+2029, in UTF-8 E2 80 A8 and E2 80 A9 (the text is valid UTF-8).
            case 0xE2 where bytes[offset] == 0x80 && bytes[offset + 1] | 1 == 0xA9:
                escaped += bytes[offset + 1] == 0xA8 ? #"\u2028"# : #"\u2029"#
                offset += 2
            default:
                // A run of bytes written as they are; it ends before an ASCII byte, so it holds
                // whole scalars.
                var end = offset
                while end < bytes.count, !needsEscape(bytes[end]) { end += 1 }
                var run = [byte]
                for index in offset..<end { run.append(bytes[index]) }
                escaped += String(decoding: run, as: UTF8.self)
                offset = end
            }
        }
        return escaped
    }

    /// Whether `appendString` writes `byte` other than as it is: a control character, `"`, `\\`,
    /// `<`, or the lead byte of U+2028 and U+2029 (and of other characters, which it keeps).
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
            || byte == 0xE2
    }

    // MARK: Entries

    /// The search entry of the note at `index`.
    private static func entry(
        forNote index: Int, in vault: Vault, url: String, fields: PublicFields?, redact: (String) -> String
    ) -> Entry {
        var text = ExcerptText()
        let note = vault.notes[index]
        let kind = note.kind
        let entries = note.frontMatter.entries
        for entry in fields?.entries(entries, in: kind) ?? entries where !text.isFull {
            guard !structuralKeys.contains(entry.key.lowercased()) else { continue }
            for value in scalars(of: entry.value) where !text.isFull { text.append(redact(value)) }
        }
        if !text.isFull {
            text.append(plainText(opening(ofNote: index, in: vault, redact: redact), enough: text.wanted))
        }
        let tags = fields?.isPublic("tags", in: kind) == false ? [] : note.tags
        return Entry(title: note.name, kind: kind.rawValue, url: url, text: excerpt(text.text), tags: tags)
    }

    /// The text an excerpt is cut from: pieces joined by ` · `, gathered only as far as
    /// `excerpt` keeps. Once the text has more characters than an excerpt, a piece appended
    /// changes neither the characters kept nor the ellipsis, so the rest is not read.
    struct ExcerptText {
        private(set) var text = ""
        /// The scalars in `text`, and whether each is a character of its own: all below U+0300
        /// and none `\r`, as in `simpleCut`.
        private var scalars = 0
        private var isSimple = true

        /// Whether `excerpt` cuts the text before its end, whatever is appended.
        var isFull: Bool { isSimple && scalars > excerptLength }

        /// How many characters a next piece needs to give for the text to be full.
        var wanted: Int {
            guard isSimple else { return excerptLength + 1 }
            return max(1, excerptLength + 1 - scalars - (text.isEmpty ? 0 : Self.separatorScalars))
        }

        /// Appends `piece` after a separator; an empty piece is left out.
        mutating func append(_ piece: String) {
            guard !piece.isEmpty else { return }
            if !text.isEmpty {
                text += Self.separator
                scalars += Self.separatorScalars
            }
            text += piece
            var piece = piece
            piece.withUTF8 { bytes in
                for byte in bytes where byte & 0xC0 != 0x80 {
                    scalars += 1
                    if !startsSimpleScalar(byte) { isSimple = false }
                }
            }
        }

        private static let separator = " · "
        private static let separatorScalars = separator.unicodeScalars.count
    }

    /// The opening of the note's body, redacted: at least as much as `plainText` reads. Only
    /// the opening is copied and redacted, not the whole body (wikilinks never span lines).
    private static func opening(ofNote index: Int, in vault: Vault, redact: (String) -> String) -> String {
        let opening = vault.notes[index].bodyOpening(length: plainTextLength * 4)
        let text = redact(String(opening.text))
        if opening.isWhole || text.unicodeScalars.count >= plainTextLength { return text }
        return redact(vault.notes[index].bodyMarkdownWithoutTitle)
    }

    /// Keys whose values are the title, the tags, bookkeeping, or references to other notes
    /// (which have their own entries), not text worth searching.
    static let structuralKeys: Set<String> = [
        "name", "type", "tags", "private", "remind", "organization", "referred_by", "contact", "contacts",
    ]

    /// The scalar values in a front matter value, nested lists and mappings included.
    private static func scalars(of value: FrontMatter.Value) -> [String] {
        switch value.content {
        case .scalar(let text, _): return value.isNull ? [] : [text.trimmingWhitespace()]
        case .list(let values): return values.flatMap(scalars(of:))
        case .mapping(let entries): return entries.flatMap { scalars(of: $0.value) }
        }
    }

    /// Markdown source with its markup characters dropped and white space folded: text for
    /// an excerpt, never HTML (the script shows it with `textContent`). Reads the first
    /// `plainTextLength` scalars, and stops early once it has written `enough` scalars that
    /// are characters of their own (see `ExcerptText`).
    static func plainText(_ markdown: String, enough: Int = .max) -> String {
        let bytes = markdown.utf8.span
        var text: [UInt8] = []
        // At most every byte read, and a space before each.
        text.reserveCapacity(2 * min(bytes.count, 4 * plainTextLength))
        var pendingSpace = false
        var index = 0
        var scalars = 0
        var writtenScalars = 0
        var isSimple = true
        // Byte by byte: only a scalar outside ASCII is decoded, to ask whether it is white space.
        while index < bytes.count, scalars < plainTextLength {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            scalars += 1
            let isDropped =
                lead < 0x80
                ? lead <= 0x20 || isMarkup(lead)
                : scalar(in: bytes, at: index, length: length).properties.isWhitespace
            if isDropped {
                pendingSpace = !text.isEmpty
                index += length
                continue
            }
            if pendingSpace {
                text.append(UInt8(ascii: " "))
                writtenScalars += 1
                pendingSpace = false
            }
            if length > 1 { isSimple = isSimple && startsSimpleScalar(lead) }
            for offset in 0..<length { text.append(bytes[index + offset]) }
            writtenScalars += 1
            index += length
            if isSimple, writtenScalars >= enough { break }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The scalar whose `length` bytes of valid UTF-8 start at `index`.
    private static func scalar(in bytes: Span<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        var value = UInt32(bytes[index]) & (0x7F >> length)
        for offset in index + 1..<index + length { value = value << 6 | UInt32(bytes[offset] & 0x3F) }
        return Unicode.Scalar(value)!
    }

    /// How many characters of Markdown `plainText` reads: enough for an excerpt.
    static let plainTextLength = excerptLength * 4

    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: ">"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// `text` cut at a word boundary near `excerptLength` characters, with an ellipsis.
    static func excerpt(_ text: String) -> String {
        switch simpleCut(of: text) {
        case .whole?: return text
        case .at(let end)?: return String(text.utf8.prefix(end))! + "…"
        case nil: break
        }
        // Only the characters up to the cut are counted, not the whole text.
        var cut = text.prefix(excerptLength)
        guard cut.endIndex < text.endIndex else { return text }
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > excerptLength / 2 {
            cut = cut[..<space]
        }
        return cut + "…"
    }

    /// Whether `byte`, read at the start of a scalar or inside one, leaves the text "simple":
    /// every scalar a character of its own. Lead bytes from 0xCC on start scalars from U+0300 on
    /// (combining marks, emoji sequences, Hangul); continuation bytes are lower; `\r` may join
    /// a `\n`.
    @inline(__always)
    private static func startsSimpleScalar(_ byte: UInt8) -> Bool {
        byte < 0xCC && byte != UInt8(ascii: "\r")
    }

    private enum Cut {
        case whole
        case at(Int)
    }

    /// Where `excerpt` cuts `text`, found on its bytes, when every character up to the cut is
    /// one scalar: all are below U+0300 (no combining marks, emoji sequences or Hangul
    /// syllables) and none is `\r` (`\r\n` is one character). `nil` for any other text.
    private static func simpleCut(of text: String) -> Cut? {
        var scalars = 0
        var lastSpace: (offset: Int, scalarsBefore: Int)?
        let bytes = text.utf8.span
        for offset in bytes.indices {
            let byte = bytes[offset]
            guard startsSimpleScalar(byte) else { return nil }
            guard byte & 0xC0 != 0x80 else { continue }
            if scalars == excerptLength {
                let space = lastSpace.flatMap { $0.scalarsBefore > excerptLength / 2 ? $0.offset : nil }
                return .at(space ?? offset)
            }
            if byte == UInt8(ascii: " ") { lastSpace = (offset, scalars) }
            scalars += 1
        }
        return .whole
    }
}
