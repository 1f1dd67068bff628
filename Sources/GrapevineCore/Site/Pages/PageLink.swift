/// A person, organization or note named on a page: its name as links show it, and the link to
/// its page from the page it is on (`nil` when it has no page).
struct PageLink: Sendable {
    var name: String
    var href: String? = nil
    /// The node it links to, when `SiteBuilder.link` made it: the node's link HTML is made once
    /// a build (`SiteBuilder.LinkHTML`), and written for the link when its name and `href` are
    /// the ones it was made with.
    var node: Graph.NodeID? = nil
}

extension PageLink: Equatable {
    /// Two links are equal when they show the same name and go to the same page: `node` only
    /// says where a link's HTML may be found ready-made.
    static func == (first: PageLink, second: PageLink) -> Bool {
        first.name == second.name && first.href == second.href
    }
}

/// Text from a note (a Log entry, an agenda question) with its links: `[[wikilinks]]` to pages,
/// and `http`, `https` and `mailto` URLs, bare or written in Markdown.
struct InlineText: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        /// A wikilink to a page: its label and the link to the page.
        case link(String, href: String)
        /// A URL: the text shown (the URL itself, or a Markdown link's words) and the address.
        case url(String, href: String)
    }

    /// A link written in Markdown in a list item: its words, the address they link to, and
    /// where the item's text (`itemLength` bytes) has the words (`Link.textOffset`).
    struct WrittenLink: Sendable, Equatable {
        var text: String
        var href: String
        var offset: Int?
        var itemLength: Int
    }

    var pieces: [Piece]
}

/// A next step in a list.
struct StepItem: Sendable, Equatable {
    /// The kind's name in the step's class (`followUp`), and as a word (`follow up`).
    var kind: String
    var label: String
    var isOverdue: Bool
    var due: LocalDate?
    var title: String
    /// The page of the person or note the step is about; `nil` on that page itself.
    var href: String?
    var details: [String]
    var file: String
    var line: Int
}
