/// A Markdown body reduced to the values Grapevine reads from it.
///
/// Positions are in the coordinates of the whole file, front matter included.
public struct MarkdownDocument: Sendable, Equatable {
    /// The top-level blocks, in document order.
    public var blocks: [Block]
    /// Every list item at any depth, in document order.
    public var items: [ListItem]
    /// Every link and wikilink, in document order.
    public var links: [Link]
    /// Every section opened by a top-level heading, in document order.
    public internal(set) var sections: [Section]
    /// The parts of the body read only in part, to keep the work bounded.
    public var problems: [MarkdownProblem]
    /// Headings that open a list item (`- ## Log`), which open no section.
    public var itemHeadings: [ItemHeading] = []
    /// The byte ranges of the text nothing shows (`UnshownText`), in the bytes parsed: read as
    /// blank.
    public var unshown: [Range<Int>] = []
    /// The tags written in the text (`#mentor`, `InlineTags`), in order, as written.
    public var tags: [String] = []

    /// Creates a document from its parts.
    public init(blocks: [Block] = [], items: [ListItem] = [], links: [Link] = [], problems: [MarkdownProblem] = []) {
        self.blocks = blocks
        self.items = items
        self.links = links
        self.problems = problems
        sections = Section.sections(of: blocks)
    }
}

/// A heading that opens a list item (`- ## Referrals`, as Logseq writes every heading): it
/// opens no section, so `check` says so when it names one Grapevine reads.
public struct ItemHeading: Sendable, Equatable {
    /// The heading's plain text.
    public var title: String
    /// The heading level, 1 to 6.
    public var level: Int
    /// Where the heading's `#` is.
    public var position: SourcePosition
}

/// A top-level block of a Markdown body.
public struct Block: Sendable, Equatable {
    /// What kind of block this is.
    public enum Kind: Sendable, Equatable {
        case heading(level: Int, title: String)
        case paragraph
        case list
        case codeBlock
        case blockQuote
        case table
        case thematicBreak
        case html
        case other
    }

    /// The kind of block.
    public var kind: Kind
    /// Where the block starts.
    public var start: SourcePosition
    /// The last line of the block.
    public var endLine: Int

    /// Creates a block.
    public init(kind: Kind, start: SourcePosition, endLine: Int) {
        self.kind = kind
        self.start = start
        self.endLine = endLine
    }
}

/// A list item, possibly a task.
public struct ListItem: Sendable, Equatable {
    /// The plain text of the item's first paragraph (wikilinks kept verbatim, markup dropped).
    public var text: String
    /// `nil` when the item is not a task; otherwise whether its box is checked.
    public var checked: Bool?
    /// Where the item's list marker is.
    public var position: SourcePosition
    /// Where the item's text starts (after the marker and any task box).
    public var textPosition: SourcePosition
    /// 0 for an item of a top-level list, 1 for an item nested in it, and so on.
    public var depth: Int
    /// The index in `MarkdownDocument.blocks` of the top-level block holding the item.
    public var blockIndex: Int
    /// The links in the item's first paragraph, as indices into `MarkdownDocument.links`.
    public var links: Range<Int>
    /// Where `text` has the words of a code span, as UTF-8 offsets: `` `due 2026-11-20` `` is
    /// text about the syntax, not when the item is due.
    public var codeSpans: [Range<Int>] = []
    /// Where `text`'s first line ends (a UTF-8 offset, at the space its line break became),
    /// when the first paragraph goes on over more lines: `- Lia Chen` / `She runs the lab.`
    public var firstLineEnd: Int?

    /// Creates a list item.
    public init(
        text: String, checked: Bool? = nil, position: SourcePosition, textPosition: SourcePosition? = nil,
        depth: Int = 0, blockIndex: Int, links: Range<Int> = 0..<0
    ) {
        self.text = text
        self.checked = checked
        self.position = position
        self.textPosition = textPosition ?? position
        self.depth = depth
        self.blockIndex = blockIndex
        self.links = links
    }

    /// Whether the item is a task (`- [ ]` or `- [x]`).
    public var isTask: Bool { checked != nil }
}

extension [ListItem] {
    /// The items not nested in another of them. Under Referrals or Leads, an item nested in
    /// another is a detail of it (`- Data Analyst` / `  - closes Dec 15`), not one of its own.
    var outermost: [ListItem] {
        let depth = map(\.depth).min() ?? 0
        return filter { $0.depth == depth }
    }
}

/// A link written in a body: a Markdown link, an autolink or a `[[wikilink]]`.
public struct Link: Sendable, Equatable {
    /// What the link points at.
    public enum Target: Sendable, Equatable {
        /// `[text](destination)` or `<destination>`.
        case url(String)
        /// `[[target]]` or `[[target|label]]`.
        case wiki(String)
    }

    /// What the link points at.
    public var target: Target
    /// The visible text: the label of a wikilink, the text of a Markdown link.
    public var label: String?
    /// Where the link starts.
    public var position: SourcePosition
    /// The index in `MarkdownDocument.blocks` of the top-level block holding the link.
    public var blockIndex: Int
    /// For a link in a list item's first paragraph, where its words start in the item's
    /// `text` (a UTF-8 offset): the text keeps a Markdown link's words, not its destination.
    public var textOffset: Int?

    /// Creates a link.
    public init(target: Target, label: String? = nil, position: SourcePosition, blockIndex: Int) {
        self.target = target
        self.label = label
        self.position = position
        self.blockIndex = blockIndex
    }
}
