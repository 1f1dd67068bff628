/// The referral graph drawn as a standalone SVG picture: a layered forest rooted at you, each
/// person a box that links to their page.
///
/// Pure and deterministic: the same graph and page URLs give the same bytes. Every name is
/// escaped; the only links are the relative URLs `pageURL` returns.
public struct ReferralGraphSVG: Sendable {
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
        static let fontSize = 12
        /// Labels longer than this many characters end in an ellipsis.
        static let labelLength = 18
    }

    private let graph: Graph
    private let layout: ReferralGraphLayout
    /// The top of each row's first sub-row.
    private let rowTops: [Double]

    /// Lays out the referral graph of `graph`.
    public init(graph: Graph) {
        self.graph = graph
        layout = ReferralGraphLayout(graph: graph)
        var top = Metrics.margin
        rowTops = layout.subRowCounts.map { subRows in
            defer { top += Double(subRows - 1) * Metrics.subRowHeight + Metrics.rowHeight }
            return top
        }
    }

    /// The SVG document; `pageURL` gives each node's relative page URL, or `nil` for no link.
    public func render(pageURL: (Graph.NodeID) -> String?) -> String {
        var svg = HTMLWriter()
        write(pageURL: pageURL, into: &svg)
        return svg.html
    }

    /// Writes the SVG document into `svg`.
    func write(pageURL: (Graph.NodeID) -> String?, into svg: inout HTMLWriter) {
        let width = Metrics.slotWidth * Double(layout.slotCount) + 2 * Metrics.margin
        let lastSubRows = Double((layout.subRowCounts.last ?? 1) - 1)
        let height = rowTops.last! + lastSubRows * Metrics.subRowHeight + Metrics.boxHeight + Metrics.margin
        svg.append(
            """
            <svg xmlns="http://www.w3.org/2000/svg" class="referral-graph" \
            viewBox="0 0 \(number(width)) \(number(height))" width="100%" \
            style="min-width: \(number(width * Metrics.minimumScale))px" \
            role="img" aria-label="Referral graph">

            """)
        svg.append(Self.fallbackStyle)
        svg.append("<g class=\"referrals\">\n")
        for referral in layout.referrals { edge(referral, into: &svg) }
        svg.append("</g>\n<g class=\"people\">\n")
        for node in layout.nodes { box(node, href: pageURL(node), into: &svg) }
        svg.append("</g>\n</svg>\n")
    }

    /// Colours and lines for when the page's stylesheet says nothing; `:where` gives them
    /// no specificity, so any site rule wins.
    static let fallbackStyle = """
        <style>
        :where(.referral-graph .person rect) { fill: #fff; stroke: #667; stroke-width: 1; }
        :where(.referral-graph .owner rect) { fill: #e8eefc; stroke: #334; stroke-width: 2; }
        :where(.referral-graph .placeholder rect) { fill: #f6f6f6; stroke-dasharray: 4 3; }
        :where(.referral-graph .placeholder text) { fill: #666; font-style: italic; }
        :where(.referral-graph text) { font-family: sans-serif; font-size: \(Metrics.fontSize)px; \
        fill: #222; text-anchor: middle; dominant-baseline: central; }
        :where(.referral-graph .referral) { fill: none; stroke: #99a; stroke-width: 1.2; }
        :where(.referral-graph .referral.extra) { stroke-dasharray: 5 4; }
        :where(.referral-graph a:hover rect, .referral-graph a:focus rect) { stroke: #0645ad; stroke-width: 2; }
        </style>

        """

    private func box(_ node: Graph.NodeID, href: String?, into svg: inout HTMLWriter) {
        let (x, y) = topLeft(of: node)
        let name = graph.nodes[node].name.isEmpty && node == Graph.owner ? "You" : graph.nodes[node].name
        let kind =
            switch graph.nodes[node].kind {
            case .owner: "owner"
            case .placeholderPerson, .placeholderOrganization: "placeholder"
            case .note: "contact"
            }
        if let href {
            svg.append("<a href=\"")
            svg.append(href.xmlEscaped)
            svg.append("\">")
        }
        svg.append("<g class=\"person ")
        svg.append(kind)
        svg.append("\" data-node=\"")
        svg.append(String(node))
        svg.append("\"><title>")
        svg.append(name.xmlEscaped)
        svg.append("</title><rect x=\"")
        svg.append(number(x))
        svg.append("\" y=\"")
        svg.append(number(y))
        svg.append(
            "\" width=\"\(number(Metrics.boxWidth))\" height=\"\(number(Metrics.boxHeight))\" rx=\"6\"/><text x=\"")
        svg.append(number(x + Metrics.boxWidth / 2))
        svg.append("\" y=\"")
        svg.append(number(y + Metrics.boxHeight / 2))
        svg.append("\">")
        svg.append(Self.label(name).xmlEscaped)
        svg.append("</text></g>")
        if href != nil { svg.append("</a>") }
        svg.append("\n")
    }

    private func edge(_ referral: ReferralGraphLayout.Referral, into svg: inout HTMLWriter) {
        let (fromX, fromY) = topLeft(of: referral.from)
        let (toX, toY) = topLeft(of: referral.to)
        let (x1, x2) = (fromX + Metrics.boxWidth / 2, toX + Metrics.boxWidth / 2)
        let bend = Metrics.rowHeight / 2
        let (y1, bend1, y2, bend2): (Double, Double, Double, Double)
        if toY > fromY {  // down to a later row: bottom to top
            (y1, bend1, y2, bend2) = (fromY + Metrics.boxHeight, bend, toY, -bend)
        } else if toY < fromY {  // back up a cycle: top to bottom
            (y1, bend1, y2, bend2) = (fromY, -bend, toY + Metrics.boxHeight, bend)
        } else {  // along one sub-row: an arc below, bottom to bottom
            (y1, bend1, y2, bend2) = (fromY + Metrics.boxHeight, bend / 2, toY + Metrics.boxHeight, bend / 2)
        }
        svg.append(referral.isTree ? "<path class=\"referral\" d=\"M" : "<path class=\"referral extra\" d=\"M")
        for (index, value) in [x1, y1, x1, y1 + bend1, x2, y2 + bend2, x2, y2].enumerated() {
            if index > 0 { svg.append(index == 2 ? " C" : " ") }
            svg.append(number(value))
        }
        svg.append("\"/>\n")
    }

    private func topLeft(of node: Graph.NodeID) -> (Double, Double) {
        let position = layout.positions[node]!
        return (
            Metrics.margin + position.slot * Metrics.slotWidth + (Metrics.slotWidth - Metrics.boxWidth) / 2,
            rowTops[position.row] + Double(position.subRow) * Metrics.subRowHeight
        )
    }

    /// A name short enough for its box: cut with an ellipsis past `Metrics.labelLength`.
    static func label(_ name: String) -> String {
        name.count <= Metrics.labelLength ? name : name.prefix(Metrics.labelLength - 1) + "…"
    }

    /// A coordinate with at most one decimal, written the same way on every machine.
    private func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}

extension String {
    /// The text escaped for XML content and quoted attribute values: `HTML.escape`, after
    /// replacing the characters XML 1.0 cannot hold at all (most control characters) by U+FFFD.
    fileprivate var xmlEscaped: String {
        // Names have no control characters and no U+FFFE or U+FFFF (EF BF BE, EF BF BF): at
        // most escaping to do.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 != 0xEF }) { return HTML.escape(self) }
        let allowed = unicodeScalars.map { scalar -> Unicode.Scalar in
            let forbidden =
                (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar))
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF
            return forbidden ? "\u{FFFD}" : scalar
        }
        return HTML.escape(String(String.UnicodeScalarView(allowed)))
    }
}
