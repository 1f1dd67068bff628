/// How text from the notes a public site shows hides the nodes it leaves out (private notes,
/// and the people named only in them): the one mechanism behind `SitePaths.hidingLinksToLeftOutNodes`,
/// `SitePaths.hidingLeftOutNodes` and `PublicFields.publicView`.
extension Vault {
    /// `text` from the note at `notePath` with every link that resolves, as the graph resolves
    /// references (path, file name, name, title, alias, slug), to a node other than the owner
    /// for which `isLeftOut` is true replaced by "(private)", whatever its label says: the
    /// label is the user's words for that note (`[[Sam Reyes|the recruiter]]`, `[[sam|S.]]`,
    /// `[my chat with Sam](sam.md)`), and may say who it is by more than a name. Reference
    /// links (`[chat][s]` with `[s]: sam.md`) too.
    func hidingLinks(
        in text: String, fromNote notePath: String, leftOut isLeftOut: (Graph.NodeID) -> Bool, names: LeftOutNames
    ) -> String {
        guard text.utf8.count > 4 else { return text }
        let hasWikilink = text.containsBytes("[[")
        // Reference links are defined anywhere in the note (`[s]: sam.md`), most often in
        // another part than theirs.
        let note = text.containsBytes("]") ? note(atPath: notePath) : nil
        let hasDefinition = note?.text.containsBytes("]:") == true
        guard hasWikilink || hasDefinition || text.containsBytes("](") else { return text }
        func isHidden(_ target: Link.Target) -> Bool {
            let link = Link(target: target, position: .start, blockIndex: 0)
            guard let reference = Reference(link, in: notePath) else { return false }
            guard let node = node(referencedBy: reference) else {
                // Nothing, or several notes: a name a note left out may be known by (its own
                // could not be read) is hidden all the same.
                return names.isLeftOutName(GraphBuilder.displayName(of: reference))
            }
            return node != Graph.owner && isLeftOut(node)
        }
        var text = text
        if hasWikilink {
            let bytes = Array(text.utf8)
            let hidden = Wikilink.matches(in: bytes).filter { isHidden(.wiki($0.target)) }
            text = Self.replacing(hidden.map { ($0.offset..<$0.end, "(private)") }, in: bytes) ?? text
        }
        if text.containsBytes("](") {
            let bytes = Array(text.utf8)
            let hidden = Self.markdownLinks(in: bytes).filter { isHidden(.url($0.destination)) }
            text = Self.replacing(hidden.map { ($0.range, "(private)") }, in: bytes) ?? text
        }
        if hasDefinition, let note {
            text =
                Self.hidingReferenceLinks(in: Array(text.utf8), definedIn: { Array(note.text.utf8) }) {
                    isHidden(.url($0))
                } ?? text
        }
        return text
    }

    /// `text` from the note at `notePath` with the values of `private_fields` hidden
    /// (`LeftOutNames.values`), the passages naming a node left out (`LeftOutNames.passages`), its links to those nodes as `hidingLinks` hides them, then
    /// their names and aliases written as plain words
    /// (`LeftOutNames`), except in a wikilink to a node that is not left out (`[[Sam Park|Sam]]`)
    /// and in the first `kept` bytes, Grapevine's own words (a step's verb), which name no one:
    /// the one redaction of what a public site shows besides a note's name and body.
    func hidingLeftOutNodes(
        in text: String, fromNote notePath: String, keeping kept: Int = 0, leftOut isLeftOut: (Graph.NodeID) -> Bool,
        names: LeftOutNames
    ) -> String {
        guard !text.isEmpty else { return text }
        let text = hidingLinks(
            in: names.hidingPassages(in: names.values.hiding(in: text)), fromNote: notePath, leftOut: isLeftOut,
            names: names)
        let start = kept > 0 ? [0..<kept] : []
        guard text.containsBytes("[[") else { return names.hiding(in: text, except: start) }
        // A wikilink to a node on the site stays, but for names to hide in its words.
        let bytes = Array(text.utf8)
        var shown: [UInt8] = []
        var links: [Range<Int>] = []
        var copied = 0
        for link in Wikilink.matches(in: bytes) {
            guard let node = node(linkedBy: .wiki(link.target), from: notePath), !isLeftOut(node) else { continue }
            shown += bytes[copied..<link.offset]
            let written = shown.count
            if let label = label(of: link, to: node, names: names) {
                shown += "[[\(link.target)|\(label)]]".utf8
            } else {
                shown += bytes[link.offset..<link.end]
            }
            if written >= kept { links.append(written..<shown.count) }
            copied = link.end
        }
        shown += bytes[copied...]
        return names.hiding(in: String(decoding: shown, as: UTF8.self), except: start + links)
    }

    /// The words a wikilink to `node`, a node on the site, shows with the names to hide hidden
    /// in them; `nil` when it shows none. A person's or an organization's own name keeps them
    /// (`[[Sam Park|Sam]]`, when a private note is called Sam too), and so does a label of its
    /// words; another label does not (`[[Sam Park|Zelda Quist's husband]]`), nor does the name
    /// of a note that is no one's own (`[[Coffee with Zelda Quist]]`, which shows "Coffee with
    /// (private)", as its page's title does, and still leads to it).
    private func label(of link: Wikilink.Match, to node: Graph.NodeID, names: LeftOutNames) -> String? {
        let words = link.label ?? link.target
        let hidden = names.hiding(in: words)
        guard hidden != words else { return nil }
        let isOwnName =
            LeftOutNames.keepsItsWords(node, in: self)
            && Set(WordFolder.words(of: words)).isSubset(of: WordFolder.words(of: graph.nodes[node].name))
        return isOwnName ? nil : hidden
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
        let destination = LinkDestination.range(in: bytes, after: start)
        let (start, end) = (destination.lowerBound, destination.upperBound)
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
/// they are that name, and stay. A name of one word may be an ordinary word too (a note
/// "Meeting" whose front matter cannot be read): it is hidden where it is written as a name is,
/// capitalized ("Meeting", "MEETING's") and standing alone, not in "a meeting" or "In-Person"
/// (one written in lower case, an alias "sammy", is hidden in any case).
struct LeftOutNames: Sendable {
    /// Names as sequences of folded words: node 0 is the root, each node's children by the
    /// next word, `ends` the nodes where a name ends.
    private struct Trie: Sendable {
        var children: [[String: Int]] = [[:]]
        var ends: [Bool] = [false]
        /// The most words a name has.
        var longest = 0

        mutating func insert(_ words: [String]) {
            var node = 0
            for word in words {
                if let next = children[node][word] {
                    node = next
                } else {
                    children.append([:])
                    ends.append(false)
                    children[node][word] = children.count - 1
                    node = children.count - 1
                }
            }
            ends[node] = true
            longest = max(longest, words.count)
        }

        /// The longest name whose words are the text's from `start`, each joined to the next by
        /// `joiners` alone: how many words it has and where it ends in the text's bytes. Its
        /// last word may be possessive (`Reyes's` folds to `reyess`); the `'s` stays after it.
        /// With `plainPossessive` (a path, which drops apostrophes) an `s` alone makes one too,
        /// and goes with the name (`zelda-quists-notes`).
        func longest(at start: Int, in text: Text, plainPossessive: Bool = false) -> (words: Int, end: Int)? {
            var node = 0
            var found: (words: Int, end: Int)?
            var position = start
            while position < text.words.count {
                // Parts of one word that folding split (`½`) share its place.
                if position > start, text.words[position].source != text.words[position - 1].source {
                    let gap = text.bytes[
                        text.words[position - 1].source.upperBound..<text.words[position].source.lowerBound]
                    guard gap.allSatisfy(LeftOutNames.joiners.contains) else { break }
                }
                let word = text.folded[position]
                if word.utf8.last == UInt8(ascii: "s"), let name = children[node][String(word.dropLast())], ends[name] {
                    let written = text.words[position].source
                    if let apostrophe = LeftOutNames.possessive(in: text.bytes[written]) {
                        found = (position - start + 1, apostrophe)
                    } else if plainPossessive {
                        found = (position - start + 1, written.upperBound)
                    }
                }
                guard let next = children[node][word] else { break }
                node = next
                position += 1
                if ends[node] { found = (position - start, text.words[position - 1].source.upperBound) }
            }
            return found
        }
    }

    /// The names to hide.
    private let leftOut: Trie
    /// The names of the nodes on the site, which stay whole where a name to hide is in one.
    private let shown: Trie
    /// A first look at a text for the names to hide, without folding its words.
    private let sieve: Sieve
    /// The names to hide, each as its folded words.
    private let hidden: Set<[String]>
    /// The names of one word to hide in any case, since they are written in lower case.
    private let lowercaseWords: Set<String>
    /// The given and family names of the people left out (`nameParts`), folded: hidden with
    /// the words glued to them by `-` (`Quist-Smith`), and in lower case where set apart by
    /// marks (`:zelda:`, `(zelda)`, `@zelda`).
    private let nameParts: Set<String>
    /// Texts hidden whole wherever they are written, as they are written: the Referrals items
    /// that name a person with no note left out in a way no name list reads whole (`Zelda Q.`),
    /// whose rest may be the rest of the name, and a left-out person's name written family name
    /// first (`Quist, Zelda`: `PublicFields.publicView`).
    var passages: [String] = []
    /// The values of `private_fields`, hidden wherever they are written (`PrivateValues`): on a
    /// public site that leaves no note out too.
    var values = PrivateValues()

    /// No names.
    init() {
        (leftOut, shown, sieve, hidden, lowercaseWords, nameParts) = (Trie(), Trie(), Sieve([]), [], [], [])
    }

    /// The names `leftOut` (to hide) among `shown` (the names of the pages, which stay; one
    /// that is also a name to hide is hidden), and `nameParts`, the given and family names of
    /// the people among them, hidden too and more widely than other names of one word.
    init(leftOut: some Sequence<String>, shown: some Sequence<String>, nameParts: [String] = []) {
        let leftOut = Array(leftOut) + nameParts
        // A name of more words is no one's (an interview's, named after its people and date),
        // and each name found is looked for inside the longest of them.
        let shownNames = shown.map(Self.words(of:)).filter { !$0.isEmpty && $0.count <= Self.longestShownName }
        var hidden: Set<[String]> = []
        var lowercaseWords: Set<String> = []
        for name in leftOut {
            let words = Self.words(of: name)
            if !words.isEmpty { hidden.insert(words) }
            if words.count == 1, !Self.isCapitalized(name.trimmingWhitespace()[...]) { lowercaseWords.insert(words[0]) }
            // Written as one word in a handle or an address (`@ZoraQuist`, `/in/zoraquist`),
            // in any case, unless someone on the site is called so.
            if words.count > 1, !shownNames.contains([words.joined()]) {
                hidden.insert([words.joined()])
                lowercaseWords.insert(words.joined())
            }
        }
        var (leftOutTrie, shownTrie) = (Trie(), Trie())
        sieve = Sieve(hidden)
        self.hidden = hidden
        self.lowercaseWords = lowercaseWords
        self.nameParts = Set(nameParts.flatMap(Self.words(of:)))
        guard !hidden.isEmpty else {
            (self.leftOut, self.shown) = (leftOutTrie, shownTrie)
            return
        }
        for words in hidden { leftOutTrie.insert(words) }
        for words in shownNames where !hidden.contains(words) { shownTrie.insert(words) }
        (self.leftOut, self.shown) = (leftOutTrie, shownTrie)
    }

    /// The most words a name on the site has to keep the words of a left-out name in it.
    static let longestShownName = 12

    /// The names and aliases of the nodes of `vault` for which `isLeftOut` is true (the owner
    /// never is), among the names of the others; a note's aliases (and any other name it may be
    /// known by) are `aliases(index)`.
    init(of vault: Vault, leftOut isLeftOut: (Graph.NodeID) -> Bool, aliases: (Int) -> [String]) {
        var leftOut: [String] = []
        var shown: [String] = []
        var organizations: [String] = []
        var people: [String] = []
        for node in vault.graph.nodes.indices {
            let name = vault.graph.nodes[node].name
            guard node != Graph.owner, isLeftOut(node) else {
                // A name with a link in it is hidden where it is shown: it keeps no words.
                guard !name.containsBytes("[["), !name.containsBytes("](") else { continue }
                if Self.keepsItsWords(node, in: vault) {
                    let own = Self.ownPart(ofPersonName: name)
                    if !own.isEmpty { shown.append(String(own)) }
                } else if Self.isOrganization(node, in: vault) {
                    organizations.append(name)
                }
                continue
            }
            leftOut.append(name)
            if let index = vault.graph.noteIndex(of: node) { leftOut += aliases(index) }
            if Self.isPerson(node, in: vault) { people.append(name) }
        }
        // An organization named after someone left out (`Zelda Quist's startup`) gives the
        // site no word of their name.
        let fullNames = LeftOutNames(leftOut: leftOut, shown: shown)
        let givenAndFamily = Self.givenAndFamilyNames(
            of: people, besides: shown + organizations.map { fullNames.hiding(in: $0) })
        self.init(leftOut: leftOut, shown: shown, nameParts: givenAndFamily)
    }

    /// The first and the last word of each of `people`'s names, written capitalized, that are
    /// no word of any of the names `shown`: "Keiko" and "Tanaka" alone ("José and Keiko") are
    /// Keiko Tanaka's, when nobody on the site is called so. A word someone or something on the
    /// site has too ("Sam", with Sam Park's page; "Tanaka", with Tanaka Foods') may be theirs,
    /// and stays.
    private static func givenAndFamilyNames(of people: [String], besides shown: [String]) -> [String] {
        guard !people.isEmpty else { return [] }
        let shownWords = Set(shown.flatMap(Self.words(of:)))
        var names: [String] = []
        for name in people {
            let words = name.words()
            guard words.count > 1 else { continue }
            // Not an initial or a title (`Dr.`), which names no one.
            for word in [words[0], words[words.count - 1]]
            where word.count > 1 && isCapitalized(word) && !word.contains(".") {
                let folded = Self.words(of: String(word))
                if !folded.isEmpty, !folded.contains(where: shownWords.contains) { names.append(String(word)) }
            }
        }
        return names
    }

    /// Whether the name of `node` of `vault` is its own, which keeps the words of a left-out name
    /// in it whole (`Alice Elena Dlamini`): a person's, with a note or without, and yours. Any
    /// other name is about someone when it holds their name, and hides them as text does: a
    /// note's or an interview's (`Coffee with Zelda Quist`), an organization's (`Zelda Quist's
    /// startup`, `Zelda Quist Design`: named after her). An organization that shares one word
    /// with her (`Quist & Sons`) keeps it (`givenAndFamilyNames`).
    static func keepsItsWords(_ node: Graph.NodeID, in vault: Vault) -> Bool {
        switch vault.graph.nodes[node].kind {
        case .note(let index): vault.notes[index].kind == .contact
        case .owner, .placeholderPerson: true
        case .placeholderOrganization: false
        }
    }

    /// The part of a person's name that is theirs, which keeps the words of a left-out name in
    /// it (`Alice Elena Dlamini`): the name up to what tells who they are, as a Referrals item
    /// names a person (`InterviewReader.personName`: `Bob (Zelda Quist's assistant)`, `Bob,
    /// Zelda's assistant`, `Bob at Zelda Quist Design` are "Bob"), and nothing when that part
    /// says whose they are (`Zelda Quist's assistant`, `Zelda's Bob`): a name is no possessive.
    static func ownPart(ofPersonName name: String) -> Substring {
        let own = InterviewReader.personName(in: name)
        guard !own.isEmpty, let range = name.range(of: own) else { return name[name.startIndex..<name.startIndex] }
        let part = name[..<range.upperBound]
        let isPossessive = part.words().contains {
            possessive(in: ArraySlice($0.utf8)) != nil
        }
        return isPossessive ? part.prefix(0) : part
    }

    /// `name`, a person's, with `hideLinks` applied to it and `hide` to what is not their own
    /// (`ownPart`): `Bob (Zelda Quist's assistant)` is shown "Bob ((private)'s assistant)",
    /// where `Alice Elena Dlamini` and a public Sam Reyes beside a private one keep their names.
    static func personName(
        _ name: String, hidingLinks hideLinks: (String) -> String, hiding hide: (String) -> String
    ) -> String {
        let linked = hideLinks(name)
        let own = ownPart(ofPersonName: linked)
        guard own.endIndex < linked.endIndex else { return linked }
        return String(own) + hide(String(linked[own.endIndex...]))
    }

    /// Whether `node` of `vault` is an organization, with a note or without.
    private static func isOrganization(_ node: Graph.NodeID, in vault: Vault) -> Bool {
        switch vault.graph.nodes[node].kind {
        case .note(let index): vault.notes[index].kind == .organization
        case .placeholderOrganization: true
        case .owner, .placeholderPerson: false
        }
    }

    /// Whether `node` of `vault` is a person: a contact note or a person without one (a node
    /// left out of a public view no longer counts as a person there).
    private static func isPerson(_ node: Graph.NodeID, in vault: Vault) -> Bool {
        switch vault.graph.nodes[node].kind {
        case .note(let index): vault.notes[index].kind == .contact
        case .placeholderPerson: true
        default: false
        }
    }

    /// `text` with each of `passages` in it replaced by "(private)".
    func hidingPassages(in text: String) -> String {
        passages.reduce(text) { text, passage in
            text.containsBytes(passage) ? text.replacing(passage, with: "(private)") : text
        }
    }

    /// Whether `name`, all of it, is one of the names to hide, its words folded as `hiding`
    /// folds them (`zelda-secret` is Zelda Secret).
    func isLeftOutName(_ name: String) -> Bool {
        !hidden.isEmpty && hidden.contains(Self.words(of: name))
    }

    /// The folded words of a name, its look-alike letters read as Latin ones, as the text it
    /// is looked for in is read (`TextAsRead`): `Zоra` with a Cyrillic `о` is `zora`.
    static func words(of name: String) -> [String] {
        WordFolder.words(of: LatinLookAlikes.reading(name))
    }

    /// `text` with each of the names replaced by "(private)", but for words in `kept` (byte
    /// ranges, in order).
    func hiding(in text: String, except kept: [Range<Int>] = []) -> String {
        let replaced = hiddenRanges(in: text, except: kept)
        guard !replaced.isEmpty else { return text }
        return ByteRanges.replacing(replaced, in: Array(text.utf8), with: "(private)")
    }

    /// Where `hiding(in:except:)` hides a name in `text` (UTF-8 offsets, in order): found in
    /// the text as a reader of the page reads it (`TextAsRead`: `Zora%20Quist`, `Zor&#97;`,
    /// `Zo<soft hyphen>ra`), hidden as written.
    func hiddenRanges(in text: String, except kept: [Range<Int>] = []) -> [Range<Int>] {
        guard !sieve.isEmpty, !text.isEmpty else { return [] }
        guard TextAsRead.mayReadOtherwise(text.utf8.span) else {
            guard sieve.mayHoldName(text.utf8.span) else { return [] }
            return ranges(in: Array(text.utf8), except: kept)
        }
        return TextAsRead.writtenRanges(in: Array(text.utf8)) { read in
            guard sieve.mayHoldName(read.bytes.span) else { return [] }
            return ranges(in: read.bytes, except: kept.map(read.readRange(ofWritten:)))
        }
    }

    /// `tag` with the names hidden in it as in a path (`hiding(inPath:of:)`): a tag is written
    /// in lower case, its words joined (`friends-of-zelda`), so a name of one word is hidden
    /// there in any case, as a part of it.
    func hiding(inTag tag: String) -> String {
        guard !sieve.isEmpty, !tag.isEmpty else { return tag }
        let bytes = Array(tag.utf8)
        let read = TextAsRead(bytes)
        guard sieve.mayHoldName(read.bytes.span) else { return tag }
        let found = ranges(in: read.bytes, except: [], inPath: true).map(read.writtenRange)
        guard !found.isEmpty else { return tag }
        return ByteRanges.replacing(ByteRanges.merged(found), in: bytes, with: "(private)")
    }

    /// The vault-relative `path` of a note whose name on the site is `name`, with the names
    /// hidden in its folders and file name (`notes/Coffee with Zelda Quist.md`, the page
    /// `notes/coffee-with-private.html`). A path is written in lower case, its words joined,
    /// so a name of one word is hidden there in any case and joined to others (`zelda-notes`).
    /// A file name that is the note's own name stays (`contacts/sam-reyes.md` of Sam Reyes,
    /// whose page keeps his name).
    func hiding(inPath path: String, of name: String) -> String {
        guard !sieve.isEmpty, !path.isEmpty else { return path }
        let bytes = Array(path.utf8)
        let read = TextAsRead(bytes)
        guard sieve.mayHoldName(read.bytes.span) else { return path }
        let stem = VaultPath.stem(of: path)
        let stemStart = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        let isOwnName = WordFolder.words(of: stem) == WordFolder.words(of: name)
        let kept = isOwnName ? [read.readRange(ofWritten: stemStart..<(stemStart + stem.utf8.count))] : []
        let found = ranges(in: read.bytes, except: kept, inPath: true).map(read.writtenRange)
        guard !found.isEmpty else { return path }
        return ByteRanges.replacing(ByteRanges.merged(found), in: bytes, with: "(private)")
    }

    /// Where the names are in `bytes`, but for words in `kept`; `inPath`, a name of one word
    /// in any case, joined to other words or not.
    private func ranges(in bytes: [UInt8], except kept: [Range<Int>], inPath: Bool = false) -> [Range<Int>] {
        var folder = WordFolder()
        let words = folder.words(in: bytes.span)
        let folded = words.map { String(decoding: $0.folded, as: UTF8.self) }
        let read = Text(words: words, folded: folded, bytes: bytes)
        var replaced: [Range<Int>] = []
        var index = 0
        var keptIndex = 0
        while index < words.count {
            let source = words[index].source
            while keptIndex < kept.count, kept[keptIndex].upperBound <= source.lowerBound { keptIndex += 1 }
            if keptIndex < kept.count, kept[keptIndex].overlaps(source) {
                index += 1
                continue
            }
            guard let (count, end) = leftOut.longest(at: index, in: read, plainPossessive: inPath),
                !isInShownName(index, count, read),
                count > 1 || inPath || isWrittenAsName(source.lowerBound..<end, folded: folded[index], in: bytes)
            else {
                index += 1
                continue
            }
            var range = Self.trimmingQuotes(source.lowerBound..<end, in: bytes)
            if !inPath, count > 1 || nameParts.contains(folded[index]) {
                // A double-barrelled name holds theirs: `Dr. Quist-Smith` shows "Dr. (private)".
                range = Self.compound(around: range, in: bytes)
                if let last = replaced.last, last.upperBound > range.lowerBound {
                    range = last.lowerBound..<range.upperBound
                    replaced.removeLast()
                }
            }
            replaced.append(range)
            index += count
            while index < words.count, words[index].source.lowerBound < range.upperBound { index += 1 }
        }
        return replaced
    }

    /// `range` with the capitalized words glued to it by `-` or `_`, before and after, which
    /// make a longer name of it (`Quist-Smith`, `Ann-Zelda`); a word in lower case is no name
    /// (`Quist-san`, `zelda-quist-followup`).
    private static func compound(around range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start >= 2, isGlue(bytes[start - 1]), isWordByte(bytes[start - 2]) {
            var word = start - 1
            while word > 0, isWordByte(bytes[word - 1]) { word -= 1 }
            guard isCapitalized(bytes, at: word) else { break }
            start = word
        }
        while end + 1 < bytes.count, isGlue(bytes[end]), isCapitalized(bytes, at: end + 1) {
            end += 1
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        }
        return start..<end
    }

    /// Whether the word that starts at `offset` of `bytes` starts with a capital letter.
    private static func isCapitalized(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard isWordByte(bytes[offset]) else { return false }
        var end = offset + 1
        while end < bytes.count, end - offset < 4, bytes[end] >= 0x80, bytes[end] < 0xC0 { end += 1 }
        return isCapitalized(String(decoding: bytes[offset..<end], as: UTF8.self)[...])
    }

    /// Whether `byte` glues two words into one (`In-Person`, `Meeting_notes`).
    private static func isGlue(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// Whether `byte` is part of a word: an ASCII letter or digit, or a byte of a character
    /// outside ASCII.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (WordFolder.isASCIIWordByte(byte) && !WordFolder.isApostrophe(byte))
    }

    /// Whether the one word of a name to hide at `range` of `bytes` is written as that name, not
    /// as an ordinary word: capitalized (unless the name is written in lower case), and not
    /// joined by `-` or `_` to a word before or after it ("In-Person", "Meeting_notes").
    private func isWrittenAsName(_ range: Range<Int>, folded: String, in bytes: [UInt8]) -> Bool {
        let range = Self.trimmingQuotes(range, in: bytes)
        // A possessive's word folds with its `s` (`zelda's` is `zeldas`), and ends before it.
        let folded = Self.end(ofPossessiveAt: range.upperBound, in: bytes) != nil ? String(folded.dropLast()) : folded
        let isNamePart = nameParts.contains(folded)
        guard
            lowercaseWords.contains(folded) || Self.isCapitalized(String(decoding: bytes[range], as: UTF8.self)[...])
                || isNamePart && Self.isSetApart(range, in: bytes)
        else { return false }
        // Someone's given or family name glued to another word is part of a longer name.
        guard !isNamePart else { return true }
        func isWordByte(_ offset: Int) -> Bool {
            bytes.indices.contains(offset) && (bytes[offset] >= 0x80 || WordFolder.isASCIIWordByte(bytes[offset]))
        }
        let start = range.lowerBound
        if start >= 2, Self.isGlue(bytes[start - 1]), isWordByte(start - 2) { return false }
        // A possessive's `'s` ends the name (`Sam's`), and stays outside the range.
        let end = range.upperBound
        return !(end + 1 < bytes.count && Self.isGlue(bytes[end]) && isWordByte(end + 1))
    }

    /// Whether the word at `range` of `bytes` is set apart as a name or a handle, not written
    /// as a word of a sentence: after `@` or `#` (`@zelda`), or between marks that are no
    /// space (`:zelda:`, `(zelda)`, `/zelda/`, `` `zelda` ``, a footnote's `[^zelda]`), where
    /// "(may be)" is a sentence's.
    private static func isSetApart(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        // An address's local part (`zelda@mail.example`) is set apart by what follows it.
        if range.upperBound < bytes.count, bytes[range.upperBound] == UInt8(ascii: "@") { return true }
        guard range.lowerBound > 0 else { return false }
        let before = bytes[range.lowerBound - 1]
        if before == UInt8(ascii: "@") || before == UInt8(ascii: "#") { return true }
        guard openingMarks.contains(before) else { return false }
        let end = Self.end(ofPossessiveAt: range.upperBound, in: bytes) ?? range.upperBound
        guard end < bytes.count else { return true }
        let after = bytes[end]
        let isMark = WordFolder.isApostrophe(after) || !WordFolder.isASCIIWordByte(after)
        return after < 0x80 && isMark && !spaces.contains(after)
    }

    /// The end of the `'s` or `’s` at `offset` of `bytes` that ends a word; `nil` for none.
    private static func end(ofPossessiveAt offset: Int, in bytes: [UInt8]) -> Int? {
        guard let length = offset < bytes.count ? quoteLength(bytes, at: offset) : nil,
            offset + length < bytes.count, bytes[offset + length] | 0x20 == UInt8(ascii: "s")
        else { return nil }
        let end = offset + length + 1
        return end < bytes.count && isWordByte(bytes[end]) ? nil : end
    }

    /// The marks before a word that may set it apart from a sentence (`isSetApart`).
    private static let openingMarks: Set<UInt8> = Set(":([{<\"/'`^".utf8)
    private static let spaces: Set<UInt8> = Set(" \t\n\r".utf8)

    /// Whether `word` starts with a capital letter.
    private static func isCapitalized(_ word: Substring) -> Bool {
        word.first?.isUppercase == true
    }

    /// Whether the `count` words from `index` are inside a longer name of someone on the site
    /// (`Elena Dlamini` in `Alice Elena Dlamini`): then they are that name.
    private func isInShownName(_ index: Int, _ count: Int, _ text: Text) -> Bool {
        for start in stride(from: index, through: max(0, index - shown.longest + 1), by: -1) {
            guard let (words, _) = shown.longest(at: start, in: text) else { continue }
            if start + words >= index + count, start < index || words > count { return true }
        }
        return false
    }

    /// Hashes of the words that start the names to hide, to tell at a glance most texts
    /// without any: a one-word name's word, or the first two words of a longer one, each as
    /// search folds words written in ASCII (letters and digits, lowercase, apostrophes dropped),
    /// with an `s` after the last (`Sam's`, `Sam Reyes's`). A text with a character outside
    /// ASCII may fold to anything, and is always read.
    private struct Sieve: Sendable {
        private var singles: Set<UInt64> = []
        private var pairs: Set<UInt64> = []
        let isEmpty: Bool

        init(_ names: Set<[String]>) {
            isEmpty = names.isEmpty
            for words in names where words.prefix(2).allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
                if words.count == 1 {
                    singles.formUnion([Self.hash(words[0].utf8), Self.hash((words[0] + "s").utf8)])
                } else {
                    let first = Self.hash(words[0].utf8)
                    pairs.insert(Self.pair(first, Self.hash(words[1].utf8)))
                    if words.count == 2 { pairs.insert(Self.pair(first, Self.hash((words[1] + "s").utf8))) }
                }
            }
        }

        /// Whether `bytes` may hold one of the names: a word, or two words joined as in a name,
        /// that start one, or a character outside ASCII.
        func mayHoldName(_ bytes: Span<UInt8>) -> Bool {
            var previous: UInt64?
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                guard byte < 0x80 else { return true }
                guard WordFolder.isASCIIWordByte(byte) else {
                    if !LeftOutNames.joiners.contains(byte) { previous = nil }
                    offset += 1
                    continue
                }
                var hash = Self.basis
                var hasLetter = false
                while offset < bytes.count, bytes[offset] < 0x80, WordFolder.isASCIIWordByte(bytes[offset]) {
                    if !WordFolder.isApostrophe(bytes[offset]) {
                        hash = (hash ^ UInt64(WordFolder.lowercased(bytes[offset]))) &* Self.prime
                        hasLetter = true
                    }
                    offset += 1
                }
                guard hasLetter else {
                    previous = nil
                    continue
                }
                if singles.contains(hash) { return true }
                if let previous, pairs.contains(Self.pair(previous, hash)) { return true }
                previous = hash
            }
            return false
        }

        private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        private static let prime: UInt64 = 0x0000_0100_0000_01b3

        private static func hash(_ bytes: String.UTF8View) -> UInt64 {
            bytes.reduce(basis) { ($0 ^ UInt64($1)) &* prime }
        }

        private static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
            (first &* prime) ^ (second &+ 0x9E37_79B9_7F4A_7C15)
        }
    }

    /// A text's words as `hiding` reads them.
    fileprivate struct Text {
        let words: [(source: Range<Int>, folded: ArraySlice<UInt8>)]
        /// Each word's folded form.
        let folded: [String]
        let bytes: [UInt8]
    }

    /// `range` without the apostrophes a word may start or end with (`'Sam Reyes'` quoted):
    /// they are the text's, not the name's.
    fileprivate static func trimmingQuotes(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
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

    /// The bytes that may join the words of a name in text: a space, a tab, `-`, `_`, `.`, a
    /// line break (Markdown joins the lines of a paragraph: "Jane\nSecret" is shown "Jane
    /// Secret"), and `+`, a space in a URL's query (`?who=Jane+Secret`).
    fileprivate static let joiners: Set<UInt8> = [
        UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
        UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "+"),
    ]

    /// The offset of the apostrophe of a word that ends in `'s` or `’s`; `nil` for another word.
    fileprivate static func possessive(in word: ArraySlice<UInt8>) -> Int? {
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
