/// A heading and the blocks it opens, up to the next heading of the same or a higher level.
public struct Section: Sendable, Equatable {
    /// The heading's plain text.
    public var title: String
    /// The heading level, 1 to 6.
    public var level: Int
    /// Where the heading is.
    public var position: SourcePosition
    /// The heading's index in `MarkdownDocument.blocks`.
    public var headingIndex: Int
    /// The indices of the blocks after the heading that belong to the section.
    public var content: Range<Int>
    /// The title as compared: lowercase, without trailing `:` or what decorates the name
    /// (`normalizedTitle`).
    let key: String

    /// Creates a section.
    public init(title: String, level: Int, position: SourcePosition, headingIndex: Int, content: Range<Int>) {
        self.title = title
        self.level = level
        self.position = position
        self.headingIndex = headingIndex
        self.content = content
        key = Section.normalizedTitle(title)
    }

    /// Whether `name` names this section: compared case-insensitively, a trailing `:` ignored,
    /// and the name's decorations too (`normalizedTitle`).
    public func isNamed(_ name: String) -> Bool {
        key == Section.normalizedTitle(name)
    }

    /// The key of a section's name as Grapevine's readers and writers name sections: looked
    /// up for the names every note's reading asks for (normalizing them each time took 1% of
    /// reading a vault), else `normalizedTitle`. A name missing from `knownKeys` is only slower.
    static func key(ofName name: String) -> String {
        knownKeys[name] ?? normalizedTitle(name)
    }

    /// The keys of the section names the readers of contacts, interviews and organizations
    /// ask for (`NoteReader.sectionNames`).
    private static let knownKeys: [String: String] = Dictionary(
        uniqueKeysWithValues: [
            "Log", "Notes", "Agenda", "Questions", "Referrals", "Resources", "Leads", "Next steps", "Research",
            "Openings", "Open roles", "Open positions", "Job openings", "Jobs",
        ].map { ($0, normalizedTitle($0)) })

    /// A title as compared: lowercase, trimmed, without a trailing `:` (SPEC §2.2), and without
    /// what people put around a section's name: a number before it (`3. Referrals`), a remark
    /// in brackets after it (`Leads (openings)`), emoji and marks around it (`Referrals 🎯`),
    /// and a plural `s` (`## Referral` is the Referrals section). Other words are another
    /// section: `Job leads` is not Leads (`SectionUnderAnotherHeading` warns about it).
    static func normalizedTitle(_ title: String) -> String {
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            let key = normalizedASCIITitle(title)
            return key.isPlainWords ? key.text : withoutDecorations(key.text)
        }
        var text = Substring(title.trimmingWhitespace())
        while text.hasSuffix(":") { text = text.dropLast().trimmingWhitespace() }
        return withoutDecorations(text.lowercasedByScalars())
    }

    /// `key`, lowercase and trimmed, without the decorations `normalizedTitle` lists.
    private static func withoutDecorations(_ key: String) -> String {
        let isLetter = { (byte: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
        // Nearly every heading is words between letters: only the plural to drop.
        if let first = key.utf8.first, let last = key.utf8.last, isLetter(first), isLetter(last) {
            return last == UInt8(ascii: "s") && key.utf8.count > 3 ? String(key.dropLast()) : key
        }
        var text = Substring(key)
        let number = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        if !number.isEmpty {
            var rest = text.dropFirst(number.count)
            if rest.first == ")" { rest = rest.dropFirst() }
            if rest.first?.isWhitespace == true { text = rest }
        }
        if text.last == ")", let open = text.lastIndex(of: "("), open > text.startIndex { text = text[..<open] }
        text = text.drop { !$0.isLetter && !$0.isNumber }
        while let last = text.last, !last.isLetter, !last.isNumber { text = text.dropLast() }
        if text.count > 3, text.last == "s" { text = text.dropLast() }
        return String(text)
    }

    /// The same on bytes, where a `:` is always a character of its own; every note's headings
    /// go through here, nearly all of them ASCII. For a title that is words between letters
    /// (`isPlainWords`), the key is whole, its plural already dropped; else it still has the
    /// decorations for `withoutDecorations`.
    private static func normalizedASCIITitle(_ title: String) -> (text: String, isPlainWords: Bool) {
        var title = title
        return title.withUTF8 { bytes in
            var (start, end) = (0, bytes.count)
            func trim() {
                while start < end, UInt8.isASCIISpace(bytes[start]) { start += 1 }
                while end > start, UInt8.isASCIISpace(bytes[end - 1]) { end -= 1 }
            }
            trim()
            while end > start, bytes[end - 1] == UInt8(ascii: ":") {
                end -= 1
                trim()
            }
            let isLetter = { (byte: UInt8) in (byte | 0x20) &- UInt8(ascii: "a") < 26 }
            let isPlainWords = end > start && isLetter(bytes[start]) && isLetter(bytes[end - 1])
            if isPlainWords, end - start > 3, bytes[end - 1] | 0x20 == UInt8(ascii: "s") { end -= 1 }
            let text = String(unsafeUninitializedCapacity: end - start) { key in
                for offset in 0..<(end - start) {
                    let byte = bytes[start + offset]
                    key[offset] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                }
                return end - start
            }
            return (text, isPlainWords)
        }
    }
}

extension Section {
    /// Every section opened by a top-level heading among `blocks`, in document order.
    static func sections(of blocks: [Block]) -> [Section] {
        var result: [Section] = []
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level, let title) = block.kind else { continue }
            var end = index + 1
            while end < blocks.count {
                if case .heading(let next, _) = blocks[end].kind, next <= level { break }
                end += 1
            }
            result.append(
                Section(
                    title: title, level: level, position: block.start, headingIndex: index, content: (index + 1)..<end))
        }
        return result
    }

}

extension MarkdownDocument {
    /// The first section named by any of `names` (e.g. "Agenda", "Questions").
    public func section(named names: String...) -> Section? {
        section(named: names)
    }

    /// The first section named by any of `names`: where Grapevine writes.
    public func section(named names: [String]) -> Section? {
        guard !sections.isEmpty else { return nil }
        let keys = names.map(Section.key(ofName:))
        return sections.first { keys.contains($0.key) }
    }

    /// Every section named by any of `names`, in document order: what Grapevine reads, since
    /// a note can have a second `## Log` written further down (`check` warns).
    public func sections(named names: [String]) -> [Section] {
        guard !sections.isEmpty else { return [] }
        let keys = names.map(Section.key(ofName:))
        return sections.filter { keys.contains($0.key) }
    }

    /// The list items inside a section, nested ones included.
    public func items(in section: Section) -> [ListItem] {
        items.filter { section.content.contains($0.blockIndex) }
    }

    /// The list items inside any of `sections`, nested ones included, each once, in document order.
    public func items(in sections: [Section]) -> [ListItem] {
        guard sections.count > 1 else { return sections.first.map { items(in: $0) } ?? [] }
        // The sections' blocks marked once: a note of 20,000 Log headings and as many items
        // compared every item with every section.
        var isInside = [Bool](repeating: false, count: blocks.count)
        for section in sections {
            let content = section.content.clamped(to: blocks.indices)
            // A section inside one already marked is marked already.
            guard !content.isEmpty, !isInside[content.lowerBound] else { continue }
            for index in content { isInside[index] = true }
        }
        return items.filter { isInside.indices.contains($0.blockIndex) && isInside[$0.blockIndex] }
    }

    /// The items nested in `item`, at any depth, in document order: its details.
    public func items(nestedIn item: ListItem) -> [ListItem] {
        // Items are in document order: found by halving, since an organization with thousands
        // of openings asked this of each one (a scan each made `next` quadratic).
        let start = items.partitioningIndex { $0.position >= item.position }
        guard start < items.endIndex, items[start].position == item.position else { return [] }
        return Array(items[(start + 1)...].prefix { $0.depth > item.depth && $0.blockIndex == item.blockIndex })
    }

    /// The links inside a section.
    public func links(in section: Section) -> [Link] {
        links.filter { section.content.contains($0.blockIndex) }
    }

    /// Whether a section holds anything besides its heading and empty sub-headings.
    public func hasContent(_ section: Section) -> Bool {
        blocks[section.content.clamped(to: blocks.indices)].contains { block in
            if case .heading = block.kind { return false }
            return true
        }
    }
}
