/// The warm introductions on an organization's page: what `grapevine path ORG` says
/// (`WarmIntroductions`), in the same order and words, with every name linked.
extension SiteBuilder {
    /// The ways into `organization` as its page at `path` lists them, warmest first.
    func introductions(to organization: Graph.NodeID, from path: String) -> [NotePage.Introduction] {
        let warm = WarmIntroductions(
            organization: organization, in: vault, today: today, chains: chains, statuses: statuses)
        return warm.introductions.map { introduction in
            let person = introduction.person.node
            return NotePage.Introduction(
                person: link(person, from: path), title: introduction.title, warmth: introduction.warmth.label,
                warmthCode: introduction.warmth.code, worksThere: introduction.worksThere,
                referred: introduction.referred.map { link($0.node, from: path) }, status: introduction.status,
                action: linkingNames(
                    in: introduction.action.text, of: [person] + introduction.action.about.map(\.node), from: path),
                chain: chain(to: person, from: path))
        }
    }

    /// `text` with the first mention of each of `people`, by their whole name, linked to their
    /// page; longer names first, so that "Ann Lee" is not taken for "Ann Leeds".
    func linkingNames(in text: String, of people: [Graph.NodeID], from path: String) -> InlineText {
        var mentions: [(range: Range<String.Index>, node: Graph.NodeID)] = []
        let names = Set(people).map { (node: $0, name: vault.graph.nodes[$0].name) }
            .sorted { ($0.name.count, $1.node) > ($1.name.count, $0.node) }
        for (node, name) in names where !name.isEmpty {
            var from = text.startIndex
            while let range = text.range(of: name, range: from..<text.endIndex) {
                if !mentions.contains(where: { $0.range.overlaps(range) }) {
                    mentions.append((range, node))
                    break
                }
                from = range.upperBound
            }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        var pieces: [InlineText.Piece] = []
        var written = text.startIndex
        for mention in mentions {
            if written < mention.range.lowerBound {
                pieces.append(.text(String(text[written..<mention.range.lowerBound])))
            }
            let name = Self.shortened(String(text[mention.range]))
            pieces.append(href(mention.node, from: path).map { .link(name, href: $0) } ?? .text(name))
            written = mention.range.upperBound
        }
        if written < text.endIndex { pieces.append(.text(String(text[written...]))) }
        return InlineText(pieces: pieces)
    }
}
