/// How text from the notes a public site shows hides the nodes it leaves out (private notes,
/// and the people named only in them): the one mechanism behind `SitePaths.hidingLinksToLeftOutNodes`,
/// `SitePaths.hidingLeftOutNodes` and `PublicFields.publicView`.
extension Vault {
    /// `text` from the note at `notePath` with every link that resolves, as the graph resolves
    /// references (path, file name, name, title, alias, slug), to a node other than the owner
    /// for which `isLeftOut` is true replaced by its label with `names` hidden in it, or by
    /// "(private)" when it has none: `[[Sam Reyes|a friend]]` → "a friend", `[[sammy]]`,
    /// `[[contacts/sam#Log]]` → "(private)", `[Sam Reyes](../contacts/sam.md)` → "(private)",
    /// `[my friend](sam.md)` → "my friend". Wikilinks go first, so a Markdown link's text has
    /// none left when it is put in its link's place.
    func hidingLinks(
        in text: String, fromNote notePath: String, leftOut isLeftOut: (Graph.NodeID) -> Bool, names: LeftOutNames
    ) -> String {
        guard text.utf8.count > 4 else { return text }
        let hasWikilink = text.containsBytes("[[")
        guard hasWikilink || text.containsBytes("](") else { return text }
        func isHidden(_ target: Link.Target) -> Bool {
            guard let node = node(linkedBy: target, from: notePath) else { return false }
            return node != Graph.owner && isLeftOut(node)
        }
        var text = text
        if hasWikilink {
            let bytes = Array(text.utf8)
            let hidden = Wikilink.matches(in: bytes).filter { isHidden(.wiki($0.target)) }
            text = Self.replacing(hidden.map { ($0.offset..<$0.end, names.label($0.label)) }, in: bytes) ?? text
        }
        if text.containsBytes("](") {
            let bytes = Array(text.utf8)
            let hidden = Self.markdownLinks(in: bytes).filter { isHidden(.url($0.destination)) }
            text = Self.replacing(hidden.map { ($0.range, names.label($0.text)) }, in: bytes) ?? text
        }
        return text
    }

    /// `bytes` with each range (in order, none overlapping) replaced by its text; `nil` for none.
    private static func replacing(_ replacements: [(Range<Int>, String)], in bytes: [UInt8]) -> String? {
        guard !replacements.isEmpty else { return nil }
        var result = ""
        var start = 0
        for (range, text) in replacements where range.lowerBound >= start {
            result += String(decoding: bytes[start..<range.lowerBound], as: UTF8.self)
            result += text
            start = range.upperBound
        }
        return result + String(decoding: bytes[start...], as: UTF8.self)
    }

    /// The inline Markdown links and images of `bytes`, `[text](destination "title")` and
    /// `![text](destination)`, each on one line: where each is (its `!` included), its text
    /// trimmed, and its destination without angle brackets or a title.
    static func markdownLinks(in bytes: [UInt8]) -> [(range: Range<Int>, text: String, destination: String)] {
        var links: [(range: Range<Int>, text: String, destination: String)] = []
        var offset = 0
        while let open = bytes[offset...].firstIndex(of: UInt8(ascii: "[")) {
            offset = open + 1
            guard let close = ReferenceRewriter.closingBracket(in: bytes, from: open), close + 1 < bytes.count,
                bytes[close + 1] == UInt8(ascii: "("),
                let (destination, end) = Self.destination(in: bytes, from: close + 2)
            else { continue }
            let start = open > 0 && bytes[open - 1] == UInt8(ascii: "!") ? open - 1 : open
            let text = String(decoding: bytes[(open + 1)..<close], as: UTF8.self).trimmingWhitespace()
            links.append((start..<end, text, destination))
            offset = end
        }
        return links
    }

    /// The destination of a link whose `(` is just before `start`, and the offset after its
    /// `)`; `nil` when the parenthesis is not closed on the line.
    private static func destination(in bytes: [UInt8], from start: Int) -> (String, Int)? {
        var start = start
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
        let angled = start < bytes.count && bytes[start] == UInt8(ascii: "<")
        if angled { start += 1 }
        var end = start
        var depth = 0
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\n") || angled && byte == UInt8(ascii: ">") { break }
            if !angled, byte == UInt8(ascii: " ") { break }
            if !angled, byte == UInt8(ascii: "(") { depth += 1 }
            if !angled, byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            end += 1
        }
        // The link closes at the first `)` after the destination (and any title).
        guard let close = bytes[end...].firstIndex(where: { $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "\n") }),
            bytes[close] == UInt8(ascii: ")")
        else { return nil }
        return (String(decoding: bytes[start..<end], as: UTF8.self), close + 1)
    }
}

/// The names of the nodes a public site leaves out, and their aliases, as plain words: a step
/// or a task names people as its note's text does, and a name its words give ("Thank Sam Reyes
/// (Hushco)") or a link made plain is no link to hide. Words are compared as search folds them
/// (case, accents, apostrophes), so "sam reyes", "SAM REYES" and "Sam Reyes's" are found, and
/// the words of a name may be joined by spaces, `-`, `_` or `.` ("sam-reyes"). Where the words
/// of a name on the site go on as a longer one (a private "Sam" in "Sam Park", who has a page),
/// they are that name, and stay.
struct LeftOutNames: Sendable {
    private struct Name: Sendable {
        var words: [String]
        var isLeftOut: Bool
    }

    /// The names by their first folded word, longest first.
    private let byFirstWord: [String: [Name]]

    /// No names.
    init() {
        byFirstWord = [:]
    }

    /// The names `leftOut` (to hide) among `shown` (the names of the pages, which stay).
    init(leftOut: some Sequence<String>, shown: some Sequence<String>) {
        var names: [[String]: Bool] = [:]
        for name in leftOut {
            let words = WordFolder.words(of: name)
            if !words.isEmpty { names[words] = true }
        }
        guard !names.isEmpty else {
            byFirstWord = [:]
            return
        }
        for name in shown {
            let words = WordFolder.words(of: name)
            if !words.isEmpty, names[words] == nil { names[words] = false }
        }
        var byFirstWord: [String: [Name]] = [:]
        for (words, isLeftOut) in names {
            byFirstWord[words[0], default: []].append(Name(words: words, isLeftOut: isLeftOut))
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        self.byFirstWord = byFirstWord
    }

    /// The names and aliases of the nodes of `vault` for which `isLeftOut` is true (the owner
    /// never is), among the names of the others; a note's aliases are `aliases(index)`.
    init(of vault: Vault, leftOut isLeftOut: (Graph.NodeID) -> Bool, aliases: (Int) -> [String]) {
        var leftOut: [String] = []
        var shown: [String] = []
        for node in vault.graph.nodes.indices {
            let name = vault.graph.nodes[node].name
            guard node != Graph.owner, isLeftOut(node) else {
                // A name with a link in it is hidden where it is shown: it keeps no words.
                if !name.containsBytes("[[") && !name.containsBytes("](") { shown.append(name) }
                continue
            }
            leftOut.append(name)
            if let index = vault.graph.noteIndex(of: node) { leftOut += aliases(index) }
        }
        self.init(leftOut: leftOut, shown: shown)
    }

    /// What a hidden link shows: its label with the names hidden in it, or "(private)" for
    /// none (a label that is the name, `[Sam Reyes](sam.md)`, names no one either).
    func label(_ label: String?) -> String {
        guard let label, !label.isEmpty else { return "(private)" }
        return hiding(in: label)
    }

    /// `text` with each of the names replaced by "(private)", but for words in `kept` (byte
    /// ranges, in order).
    func hiding(in text: String, except kept: [Range<Int>] = []) -> String {
        guard !byFirstWord.isEmpty, !text.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var folder = WordFolder()
        let words = folder.words(in: bytes.span)
        let folded = words.map { String(decoding: $0.folded, as: UTF8.self) }
        let read = Text(words: words, folded: folded, bytes: bytes)
        var replaced: [(Range<Int>, String)] = []
        var index = 0
        var keptIndex = 0
        while index < words.count {
            let source = words[index].source
            while keptIndex < kept.count, kept[keptIndex].upperBound <= source.lowerBound { keptIndex += 1 }
            if keptIndex < kept.count, kept[keptIndex].overlaps(source) {
                index += 1
                continue
            }
            guard let (name, end) = match(at: index, in: read) else {
                index += 1
                continue
            }
            if name.isLeftOut {
                replaced.append((Self.trimmingQuotes(words[index].source.lowerBound..<end, in: bytes), "(private)"))
                index += name.words.count
                continue
            }
            // A name on the site stays whole (`Alice Elena Dlamini` beside a private `Elena
            // Dlamini`), unless a left-out name starts in it and goes on past it.
            let (start, stop) = (index, index + name.words.count)
            index = stop
            for inner in (start + 1)..<stop {
                guard let (other, otherEnd) = match(at: inner, in: read, leftOutOnly: true),
                    inner + other.words.count > stop
                else { continue }
                replaced.append(
                    (Self.trimmingQuotes(words[inner].source.lowerBound..<otherEnd, in: bytes), "(private)"))
                index = inner + other.words.count
                break
            }
        }
        guard !replaced.isEmpty else { return text }
        var result = ""
        var start = 0
        for (range, replacement) in replaced {
            result += String(decoding: bytes[start..<range.lowerBound], as: UTF8.self) + replacement
            start = range.upperBound
        }
        return result + String(decoding: bytes[start...], as: UTF8.self)
    }

    /// A text's words as `hiding` reads them.
    private struct Text {
        let words: [(source: Range<Int>, folded: ArraySlice<UInt8>)]
        /// Each word's folded form.
        let folded: [String]
        let bytes: [UInt8]
    }

    /// The longest name (left out only, with `leftOutOnly`) whose words are the text's from
    /// `index`, and where it ends in the text's bytes.
    private func match(at index: Int, in text: Text, leftOutOnly: Bool = false) -> (Name, Int)? {
        // A name of one word may be possessive: `Sam's` folds to `sams`.
        var first = byFirstWord[text.folded[index]]
        if first == nil, text.folded[index].utf8.last == UInt8(ascii: "s"),
            Self.possessive(in: text.bytes[text.words[index].source]) != nil
        {
            first = byFirstWord[String(text.folded[index].dropLast())]
        }
        for name in first ?? [] where !leftOutOnly || name.isLeftOut {
            if let end = matchEnd(of: name.words, at: index, in: text.words, folded: text.folded, bytes: text.bytes) {
                return (name, end)
            }
        }
        return nil
    }

    /// Where the name of `words` (folded) ends in `bytes` when the text's words from `start`
    /// are it, each joined to the next by `joiners` alone; `nil` when they are not. The last
    /// word may have a possessive `'s` (`Sam Reyes's`), which stays after the name.
    private func matchEnd(
        of name: [String], at start: Int, in words: [(source: Range<Int>, folded: ArraySlice<UInt8>)],
        folded: [String], bytes: [UInt8]
    ) -> Int? {
        guard start + name.count <= words.count else { return nil }
        for (offset, word) in name.enumerated() {
            let position = start + offset
            // Parts of one word that folding split (`½`) share its place.
            if offset > 0, words[position].source != words[position - 1].source {
                let gap = bytes[words[position - 1].source.upperBound..<words[position].source.lowerBound]
                guard gap.allSatisfy(Self.joiners.contains) else { return nil }
            }
            guard folded[position] != word else { continue }
            // `Reyes's` folds to `reyess`: the name, then an apostrophe and an `s`.
            guard offset == name.count - 1, folded[position] == word + "s",
                let apostrophe = Self.possessive(in: bytes[words[position].source])
            else { return nil }
            return apostrophe
        }
        return words[start + name.count - 1].source.upperBound
    }

    /// `range` without the apostrophes a word may start or end with (`'Sam Reyes'` quoted):
    /// they are the text's, not the name's.
    private static func trimmingQuotes(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end, let length = quoteLength(bytes, at: start) { start += length }
        while end > start,
            bytes[end - 1] == UInt8(ascii: "'") || bytes[end - 1] == UInt8(ascii: "`")
                || end - start >= 3 && bytes[(end - 3)..<end].elementsEqual([0xE2, 0x80, 0x99])
        {
            end -= bytes[end - 1] == 0x99 ? 3 : 1
        }
        return start < end ? start..<end : range
    }

    /// The length of the apostrophe at `offset` (`'`, `` ` `` or `’`), if there is one.
    private static func quoteLength(_ bytes: [UInt8], at offset: Int) -> Int? {
        if bytes[offset] == UInt8(ascii: "'") || bytes[offset] == UInt8(ascii: "`") { return 1 }
        if offset + 3 <= bytes.count, bytes[offset..<(offset + 3)].elementsEqual([0xE2, 0x80, 0x99]) { return 3 }
        return nil
    }

    /// The bytes that may join the words of a name in text: a space, a tab, `-`, `_`, `.`.
    private static let joiners: Set<UInt8> = [
        UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
    ]

    /// The offset of the apostrophe of a word that ends in `'s` or `’s`; `nil` for another word.
    private static func possessive(in word: ArraySlice<UInt8>) -> Int? {
        guard let last = word.last, last | 0x20 == UInt8(ascii: "s") else { return nil }
        let beforeS = word.index(before: word.endIndex)
        if beforeS > word.startIndex, [UInt8(ascii: "'"), UInt8(ascii: "`")].contains(word[beforeS - 1]) {
            return beforeS - 1
        }
        // U+2019 RIGHT SINGLE QUOTATION MARK is E2 80 99.
        if beforeS - word.startIndex >= 3, Array(word[(beforeS - 3)..<beforeS]) == [0xE2, 0x80, 0x99] {
            return beforeS - 3
        }
        return nil
    }
}
