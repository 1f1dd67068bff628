/// The referral graph drawn: a layered forest rooted at you, each person a box that links to
/// their page, each referral a curve. Coordinates are ready to write; the SVG itself comes from
/// the `graph-svg`, `graph-referral` and `graph-person` templates.
///
/// Pure and deterministic: the same graph and page URLs give the same drawing.
struct ReferralGraphDrawing: Sendable {
    /// The sizes of the drawing, in SVG user units.
    enum Metrics {
        static let boxWidth = 132.0
        static let boxHeight = 28.0
        static let slotWidth = 148.0
        /// From one depth's last sub-row to the next depth's first.
        static let rowHeight = 84.0
        /// From one sub-row to the next within a depth.
        static let subRowHeight = 40.0
        /// The picture never shrinks below this share of its natural size: wider graphs scroll.
        static let minimumScale = 0.7
        static let margin = 12.0
        /// Labels longer than this many characters end in an ellipsis.
        static let labelLength = 18
    }

    /// A person's box.
    struct Box: Sendable, Equatable {
        var node: Graph.NodeID
        /// `owner`, `contact` or `placeholder` (no note yet).
        var kind: String
        /// The full name, shown on hover; `label` is the name cut to fit the box.
        var name: String
        var label: String
        /// The page's relative URL, or `nil` for no link.
        var href: String?
        /// The box's top left corner and its text's centre.
        var x: String
        var y: String
        var textX: String
        var textY: String
    }

    /// A referral's line: `path` is the SVG path data (`ReferralGraphRoutes`); `isTree` is
    /// false for a second referral of someone already placed (drawn dashed).
    struct Curve: Sendable, Equatable {
        var isTree: Bool
        var path: String
    }

    /// The picture's size, and the width it never shrinks below.
    let width: String
    let height: String
    let minimumWidth: String
    /// Every box's size.
    static let boxWidth = number(Metrics.boxWidth)
    static let boxHeight = number(Metrics.boxHeight)
    let curves: [Curve]
    private(set) var boxes: [Box]

    /// This drawing with each box numbered by its place among the boxes, in the order of their
    /// nodes, for a public site: a node keeps its ID there (`Graph.keeping`), and the IDs of the
    /// notes left out would show as gaps, how many private notes there are and where their
    /// paths sort.
    func numberedInOrder() -> ReferralGraphDrawing {
        let order = Dictionary(uniqueKeysWithValues: boxes.map(\.node).sorted().enumerated().map { ($1, $0) })
        var drawing = self
        for index in drawing.boxes.indices { drawing.boxes[index].node = order[drawing.boxes[index].node]! }
        return drawing
    }

    /// Lays out the referral graph of `graph`; `pageURL` gives each node's relative page URL,
    /// or `nil` for no link.
    init(graph: Graph, pageURL: (Graph.NodeID) -> String?) {
        let layout = ReferralGraphLayout(graph: graph)
        var top = Metrics.margin
        let rowTops = layout.subRowCounts.map { subRows in
            defer { top += Double(subRows - 1) * Metrics.subRowHeight + Metrics.rowHeight }
            return top
        }
        let topLeft = { (node: Graph.NodeID) in Self.topLeft(of: layout.positions[node]!, rowTops: rowTops) }
        let width = Metrics.slotWidth * Double(layout.slotCount) + 2 * Metrics.margin
        let lastSubRows = Double((layout.subRowCounts.last ?? 1) - 1)
        self.width = Self.number(width)
        height = Self.number(
            rowTops.last! + lastSubRows * Metrics.subRowHeight + Metrics.boxHeight + Metrics.margin)
        minimumWidth = Self.number(width * Metrics.minimumScale)
        let routes = ReferralGraphRoutes(
            corners: Dictionary(uniqueKeysWithValues: layout.nodes.map { ($0, topLeft($0)) }),
            slotCount: layout.slotCount)
        curves = layout.referrals.map { referral in
            Curve(
                isTree: referral.isTree,
                path: routes.path(of: referral, subRow: layout.positions[referral.to]!.subRow))
        }
        boxes = layout.nodes.map { node in Self.box(node, in: graph, at: topLeft(node), href: pageURL(node)) }
    }

    private static func box(
        _ node: Graph.NodeID, in graph: Graph, at corner: (x: Double, y: Double), href: String?
    ) -> Box {
        let name = graph.nodes[node].name.isEmpty && node == Graph.owner ? "You" : graph.nodes[node].name
        let kind =
            switch graph.nodes[node].kind {
            case .owner: "owner"
            case .placeholderPerson, .placeholderOrganization: "placeholder"
            case .note: "contact"
            }
        return Box(
            node: node, kind: kind, name: name.xmlSafe, label: label(name).xmlSafe, href: href?.xmlSafe,
            x: number(corner.x), y: number(corner.y), textX: number(corner.x + Metrics.boxWidth / 2),
            textY: number(corner.y + Metrics.boxHeight / 2))
    }

    private static func topLeft(of position: ReferralGraphLayout.Position, rowTops: [Double]) -> (x: Double, y: Double)
    {
        (
            Metrics.margin + position.slot * Metrics.slotWidth + (Metrics.slotWidth - Metrics.boxWidth) / 2,
            rowTops[position.row] + Double(position.subRow) * Metrics.subRowHeight
        )
    }

    /// A name short enough for its box: cut with an ellipsis past `Metrics.labelLength`.
    static func label(_ name: String) -> String {
        name.count <= Metrics.labelLength ? name : name.prefix(Metrics.labelLength - 1) + "…"
    }

    /// A coordinate with at most one decimal, written the same way on every machine.
    private static func number(_ value: Double) -> String {
        SVGNumber.text(value)
    }
}

extension String {
    /// The text with the characters XML 1.0 cannot hold at all (most control characters,
    /// U+FFFE, U+FFFF) replaced by U+FFFD: the drawing is also a standalone SVG document.
    fileprivate var xmlSafe: String {
        // Names have no control characters and no U+FFFE or U+FFFF (EF BF BE, EF BF BF).
        if utf8.allSatisfy({ $0 >= 0x20 && $0 != 0xEF }) { return self }
        let allowed = unicodeScalars.map { scalar -> Unicode.Scalar in
            let forbidden =
                (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar))
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF
            return forbidden ? "\u{FFFD}" : scalar
        }
        return String(String.UnicodeScalarView(allowed))
    }
}
