/// A person, organization or note named on a page: its name as links show it, and the link to
/// its page from the page it is on (`nil` when it has no page).
struct PageLink: Sendable, Equatable {
    var name: String
    var href: String? = nil
}

/// Text from a note (a Log entry, an agenda question) with its links: `[[wikilinks]]` to pages
/// and bare `http(s)` URLs.
struct InlineText: Sendable, Equatable {
    enum Piece: Sendable, Equatable {
        case text(String)
        /// A wikilink to a page: its label and the link to the page.
        case link(String, href: String)
        /// A bare URL, linked to itself.
        case url(String, href: String)
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
