/// The warm introductions on an organization's page: what `grapevine path ORG` says
/// (`WarmIntroductions`), in the same order and words, with every name linked; the warmest
/// `introductionLimit` of them.
extension SiteBuilder {
    /// The most introductions an organization's page lists. A big employer can have a thousand
    /// people you know of; a page lists the warmest and says how many more `grapevine path`
    /// lists (the Contacts table has everyone).
    static let introductionLimit = 20

    /// The ways into `organization` as its page at `path` lists them, warmest first, and how
    /// many more there are.
    func introductions(to organization: Graph.NodeID, from path: String) -> (
        shown: [NotePage.Introduction], more: Int
    ) {
        let warm = WarmIntroductions(
            organization: organization, in: vault, today: today, chains: chains, statuses: statuses,
            listingChains: false, limit: Self.introductionLimit)
        let shown = warm.introductions.map { introduction in
            let person = introduction.person.node
            return NotePage.Introduction(
                person: link(person, from: path), title: introduction.title, warmth: introduction.warmth.label,
                warmthCode: introduction.warmth.code, worksThere: introduction.worksThere,
                referred: introduction.referred.map { link($0.node, from: path) }, status: introduction.status,
                action: linkingNames(
                    in: introduction.action.text, of: [person] + introduction.action.about.map(\.node), from: path),
                chain: chain(to: person, from: path))
        }
        return (shown, warm.leftOut)
    }

    /// `text` with the first mention of each of `people`, by their whole name, linked to their
    /// page; longer names first, so that "Ann Lee" is not taken for "Ann Leeds".
    func linkingNames(in text: String, of people: [Graph.NodeID], from path: String) -> InlineText {
        // By UTF-8 offsets: a name is whole valid UTF-8, so where its bytes start a scalar starts.
        var mentions: [(range: Range<Int>, node: Graph.NodeID)] = []
        let names = Set(people).map { (node: $0, name: vault.graph.nodes[$0].name) }
            .sorted { ($0.name.utf8.count, $1.node) > ($1.name.utf8.count, $0.node) }
        for (node, name) in names where !name.isEmpty {
            var from = 0
            while let start = text.byteOffset(of: name, from: from) {
                let range = start..<start + name.utf8.count
                if !mentions.contains(where: { $0.range.overlaps(range) }) {
                    mentions.append((range, node))
                    break
                }
                from = start + 1
            }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        let bytes = Array(text.utf8)
        let piece = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
        var pieces: [InlineText.Piece] = []
        var written = 0
        for mention in mentions {
            if written < mention.range.lowerBound { pieces.append(.text(piece(written..<mention.range.lowerBound))) }
            let name = Self.shortened(piece(mention.range))
            pieces.append(href(mention.node, from: path).map { .link(name, href: $0) } ?? .text(name))
            written = mention.range.upperBound
        }
        if written < bytes.count { pieces.append(.text(piece(written..<bytes.count))) }
        return InlineText(pieces: pieces)
    }
}
