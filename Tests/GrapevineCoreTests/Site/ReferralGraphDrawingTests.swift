import Foundation
import Testing

@testable import GrapevineCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Issue 4 item 2: the referral graph as an SVG picture.
@Suite("Referral graph SVG")
struct ReferralGraphDrawingTests {
    /// You → Dan → Maria → Sam; you → Eve; Zed referred by both Dan and Eve; Kim Park a
    /// placeholder named in Maria's interview.
    static let files: [String: String] = [
        ".grapevine/config.yml": "owner: Alex Kim\n",
        "contacts/dan-moore.md": "---\nname: Dan Moore\n---\n",
        "contacts/eve-stone.md": "---\nname: Eve Stone\n---\n",
        "contacts/maria-lopez.md": "---\nname: Maria Lopez\nreferred_by: Dan Moore\n---\n",
        "contacts/sam-reyes.md": "---\nname: Sam Reyes\nreferred_by: \"[[Maria Lopez]]\"\n---\n",
        "contacts/zed-ward.md": "---\nname: Zed Ward\nreferred_by: [Dan Moore, Eve Stone]\n---\n",
        "interviews/2026-10-14-maria-lopez.md": """
        ---
        contact: "[[Maria Lopez]]"
        date: 2026-10-14
        ---
        ## Referrals
        - Kim Park — design lead at Globex
        """,
    ]

    /// The graph's SVG as the site writes it, from the built-in templates.
    static func svg(_ graph: Graph, pageURL: (Graph.NodeID) -> String?) throws -> String {
        try SiteTemplates(vaultRoot: "/nonexistent/grapevine-built-in-templates")
            .svg(of: ReferralGraphDrawing(graph: graph, pageURL: pageURL)).html
    }

    /// The page of each note, as a site would build it; none for you and placeholders.
    static func pageURL(_ graph: Graph) -> (Graph.NodeID) -> String? {
        { graph.noteIndex(of: $0).map { "contacts/\($0).html" } }
    }

    @Test func parsesWithOneBoxPerPersonAndTheOwner() throws {
        let vault = try TemporaryVault.load(Self.files)
        let boxes = try SVGBoxes(Self.svg(vault.graph, pageURL: Self.pageURL(vault.graph)))
        let people = vault.graph.nodes.indices.filter { vault.graph.nodes[$0].isPerson }
        #expect(boxes.nodes.sorted() == ([Graph.owner] + people).sorted())
        #expect(try #require(boxes[Graph.owner]).classes.contains("owner"))
        #expect(boxes.root["viewBox"] != nil)
        #expect(boxes.root["width"] == "100%")
    }

    @Test func rowsFollowTheReferralChains() throws {
        let vault = try TemporaryVault.load(Self.files)
        let boxes = try SVGBoxes(Self.svg(vault.graph, pageURL: { _ in nil }))
        let depths = try boxes.nodes.map { (try #require(vault.graph.referralChain(to: $0)).count, $0) }
        for (depth, node) in depths {
            for (otherDepth, other) in depths {
                let (y, otherY) = (try #require(boxes[node]).y, try #require(boxes[other]).y)
                #expect((depth < otherDepth) == (y < otherY))
                #expect((depth == otherDepth) == (y == otherY))
            }
        }
        #expect(boxes[try vault.node("Sam Reyes")]!.y > boxes[try vault.node("Maria Lopez")]!.y)
    }

    @Test func everyReferralIsDrawnIncludingSecondReferrers() throws {
        let vault = try TemporaryVault.load(Self.files)
        let svg = try Self.svg(vault.graph, pageURL: { _ in nil })
        let boxes = try SVGBoxes(svg)
        // you → Dan, Eve; Dan → Maria, Zed; Eve → Zed; Maria → Sam, Kim Park.
        #expect(boxes.paths.count == 7)
        #expect(boxes.paths.filter { $0.contains("extra") }.count == 1)
    }

    @Test func placeholdersAreStyledApart() throws {
        let vault = try TemporaryVault.load(Self.files)
        let boxes = try SVGBoxes(Self.svg(vault.graph, pageURL: Self.pageURL(vault.graph)))
        let kim = try #require(boxes[try vault.node("Kim Park")])
        #expect(kim.classes.contains("placeholder"))
        #expect(kim.href == nil)
        #expect(!(try #require(boxes[try vault.node("Dan Moore")])).classes.contains("placeholder"))
    }

    @Test func everyNodeWithAPageLinksToExactlyIt() throws {
        let vault = try TemporaryVault.load(Self.files)
        let pageURL: (Graph.NodeID) -> String? = { node in
            vault.graph.noteIndex(of: node).map { "contacts/\($0).html?a=1&b='2'" }
        }
        let boxes = try SVGBoxes(Self.svg(vault.graph, pageURL: pageURL))
        for node in boxes.nodes {
            #expect(boxes[node]?.href == pageURL(node), "node \(node)")
        }
    }

    @Test func hostileNamesAreEscaped() throws {
        let name = #"<script>alert("x")</script> & 'Bobby' <img src=x onerror=alert(1)>"#
        let vault = try TemporaryVault.load([
            ".grapevine/config.yml": "owner: \"<b>me</b>\"\n",
            "contacts/hostile.md": "---\nname: '\(name.replacingOccurrences(of: "'", with: "''"))'\n---\n",
            "contacts/control.md": "---\nname: \"Bell\\a Nul\\0 Tab\"\n---\n",
        ])
        let svg = try Self.svg(vault.graph, pageURL: Self.pageURL(vault.graph))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<img"))
        #expect(!svg.contains("<b>"))
        let boxes = try SVGBoxes(svg)
        let hostile = try #require(boxes[try vault.node(atPath: "contacts/hostile.md")])
        #expect(hostile.title == name)
        #expect(boxes[Graph.owner]?.title == "<b>me</b>")
        #expect(boxes[try vault.node(atPath: "contacts/control.md")]?.title == "Bell\u{FFFD} Nul\u{FFFD} Tab")
    }

    @Test func longNamesAreCutWithTheFullNameInTheTitle() throws {
        let name = "Maximilian Alexander Featherstonehaugh-Worthington"
        let vault = try TemporaryVault.load(["contacts/max.md": "---\nname: \(name)\n---\n"])
        let boxes = try SVGBoxes(Self.svg(vault.graph, pageURL: { _ in nil }))
        let box = try #require(boxes[try vault.node(atPath: "contacts/max.md")])
        #expect(box.title == name)
        #expect(box.label.hasSuffix("…"))
        #expect(box.label.count == ReferralGraphDrawing.Metrics.labelLength)
    }

    @Test func cyclesNobodyStartedGetRowsOfTheirOwn() throws {
        let vault = try TemporaryVault.load([
            "contacts/ann.md": "---\nname: Ann\nreferred_by: Bea\n---\n",
            "contacts/bea.md": "---\nname: Bea\nreferred_by: Ann\n---\n",
            "contacts/cal.md": "---\nname: Cal\nreferred_by: Bea\n---\n",
            "contacts/dot.md": "---\nname: Dot\n---\n",
        ])
        let boxes = try SVGBoxes(Self.svg(vault.graph, pageURL: { _ in nil }))
        #expect(boxes.nodes.count == 5)
        let (ann, bea, cal, dot) = (
            boxes[try vault.node("Ann")]!, boxes[try vault.node("Bea")]!, boxes[try vault.node("Cal")]!,
            boxes[try vault.node("Dot")]!
        )
        #expect(ann.y > dot.y)
        #expect(bea.y > ann.y)
        #expect(cal.y > bea.y)
    }

    @Test func threeHundredPeopleNeverOverlapInARow() throws {
        var files = [".grapevine/config.yml": "owner: Alex Kim\n"]
        for index in 0..<300 {
            let referrer = index < 12 ? "" : "referred_by: Person \(index / 4)\n"
            let also = index % 37 == 0 && index > 40 ? "referred_by: [Person \(index / 4), Person 3]\n" : referrer
            files["contacts/person-\(index).md"] = "---\nname: Person \(index)\n\(also)---\n"
        }
        let vault = try TemporaryVault.load(files)
        let boxes = try SVGBoxes(Self.svg(vault.graph, pageURL: Self.pageURL(vault.graph)))
        #expect(boxes.nodes.count == 301)
        for row in Dictionary(grouping: boxes.all, by: \.y).values {
            let sorted = row.sorted { $0.x < $1.x }
            for (left, right) in zip(sorted, sorted.dropFirst()) {
                #expect(left.x + left.width <= right.x, "\(left.title) overlaps \(right.title)")
            }
        }
    }

    @Test func manyChildlessReferralsWrapIntoSubRowsBelowTheirReferrer() throws {
        var files = ["contacts/hub.md": "---\nname: Hub\n---\n"]
        for index in 0..<20 {
            files["contacts/leaf-\(index).md"] = "---\nname: Leaf \(index)\nreferred_by: Hub\n---\n"
        }
        let vault = try TemporaryVault.load(files)
        let boxes = try SVGBoxes(Self.svg(vault.graph, pageURL: { _ in nil }))
        let hub = try #require(boxes[try vault.node("Hub")])
        let leaves = boxes.all.filter { $0.title.hasPrefix("Leaf") }
        #expect(leaves.count == 20)
        #expect(leaves.allSatisfy { $0.y > hub.y })
        #expect(Set(leaves.map(\.x)).count <= ReferralGraphLayout.blockColumns)
        #expect(Set(leaves.map(\.y)).count == 3)
        #expect(Set(leaves.map { "\($0.x) \($0.y)" }).count == 20)
    }

    /// Trial of December 5: with the owner's contacts wrapped into sub-rows, the curve from you
    /// to a box in the second sub-row ran behind the box above it, which then looked like its
    /// referrer. Every line must start on its referrer's box, end on the person's, and pass
    /// behind no other box; here with blocks under you and under a contact, subtrees beside
    /// them, second referrers from inside a block, and a cycle.
    @Test(arguments: [12, 40, 150])
    func noLinePassesBehindABoxItDoesNotConnect(directContacts: Int) throws {
        var files = [".grapevine/config.yml": "owner: Alex Kim\n"]
        for index in 0..<directContacts {
            files["contacts/p\(index).md"] = "---\nname: Person \(index)\nsource: linkedin\n---\n"
        }
        for index in 0..<12 {
            files["contacts/q\(index).md"] = "---\nname: Quinn \(index)\nreferred_by: Person 1\n---\n"
        }
        let last = "Person \(directContacts - 1)"
        files["contacts/r.md"] = "---\nname: Rae\nreferred_by: [Person 0, \(last), Quinn 11]\n---\n"
        files["contacts/s.md"] = "---\nname: Sol\nreferred_by: [Rae, Person 5]\n---\n"
        files["contacts/t.md"] = "---\nname: Tam\nreferred_by: [Person 2, Quinn 3]\n---\n"
        files["contacts/u.md"] = "---\nname: Uma\nreferred_by: Vic\n---\n"
        files["contacts/v.md"] = "---\nname: Vic\nreferred_by: Uma\n---\n"
        files["contacts/w.md"] = "---\nname: Wyn\nreferred_by: [Vic, Person 3]\n---\n"
        let vault = try TemporaryVault.load(files)
        try Self.expectNoLineBehindABox(vault.graph)
    }

    @Test func noLinePassesBehindABoxInTheExampleVault() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Vault-Example").path
        try Self.expectNoLineBehindABox(VaultLoader.load(root: example).graph)
    }

    /// Checks every line of the drawing of `graph` against every box, point by point.
    static func expectNoLineBehindABox(_ graph: Graph, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let layout = ReferralGraphLayout(graph: graph)
        let drawing = ReferralGraphDrawing(graph: graph, pageURL: { _ in nil })
        let (width, height) = (ReferralGraphDrawing.Metrics.boxWidth, ReferralGraphDrawing.Metrics.boxHeight)
        var boxes: [Graph.NodeID: (x: Double, y: Double)] = [:]
        for box in drawing.boxes { boxes[box.node] = (try #require(Double(box.x)), try #require(Double(box.y))) }
        let isInside = { (point: (x: Double, y: Double), box: (x: Double, y: Double), margin: Double) in
            point.x > box.x + margin && point.x < box.x + width - margin && point.y > box.y + margin
                && point.y < box.y + height - margin
        }
        let isOnEdge = { (point: (x: Double, y: Double), box: (x: Double, y: Double)) in
            isInside(point, box, -0.1) && !isInside(point, box, 0.1)
        }
        #expect(layout.referrals.count == drawing.curves.count, sourceLocation: sourceLocation)
        for (referral, curve) in zip(layout.referrals, drawing.curves) {
            let points = try Self.points(along: curve.path)
            let (from, to) = (try #require(boxes[referral.from]), try #require(boxes[referral.to]))
            let name = "\(graph.nodes[referral.from].name) → \(graph.nodes[referral.to].name)"
            #expect(isOnEdge(points.first!, from), "\(name) starts off its box", sourceLocation: sourceLocation)
            #expect(isOnEdge(points.last!, to), "\(name) ends off its box", sourceLocation: sourceLocation)
            for (node, box) in boxes where node != referral.from && node != referral.to {
                if let point = points.first(where: { isInside($0, box, 0.5) }) {
                    Issue.record(
                        "\(name) passes behind \(graph.nodes[node].name) at \(point)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// Points at most 2 units apart along SVG path data made of `M`, `C` and `L` commands.
    static func points(along path: String) throws -> [(x: Double, y: Double)] {
        var command: Character = "M"
        var numbers: [Double] = []
        var points: [(x: Double, y: Double)] = []
        func flush() throws {
            guard !numbers.isEmpty else { return }
            let pairs = stride(from: 0, to: numbers.count, by: 2).map { (x: numbers[$0], y: numbers[$0 + 1]) }
            switch command {
            case "M": points.append(pairs[0])
            case "C":
                let p0 = try #require(points.last)
                for step in 1...200 {
                    let t = Double(step) / 200, u = 1 - t
                    let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                    points.append(
                        (
                            a * p0.x + b * pairs[0].x + c * pairs[1].x + d * pairs[2].x,
                            a * p0.y + b * pairs[0].y + c * pairs[1].y + d * pairs[2].y
                        ))
                }
            case "L":
                let p0 = try #require(points.last)
                let length = max(abs(pairs[0].x - p0.x), abs(pairs[0].y - p0.y))
                let steps = max(1, Int(length / 2))
                for step in 1...steps {
                    let t = Double(step) / Double(steps)
                    points.append((p0.x + t * (pairs[0].x - p0.x), p0.y + t * (pairs[0].y - p0.y)))
                }
            default: Issue.record("unexpected command \(command) in \(path)")
            }
            numbers = []
        }
        for token in path.split(separator: " ") {
            var token = Substring(token)
            if let first = token.first, first.isLetter {
                try flush()
                command = first
                token = token.dropFirst()
            }
            numbers.append(try #require(Double(token)))
        }
        try flush()
        return points
    }

    @Test func sameGraphSameBytes() throws {
        let vault = try TemporaryVault.load(Self.files)
        let again = try TemporaryVault.load(Self.files)
        #expect(
            try Self.svg(vault.graph, pageURL: Self.pageURL(vault.graph))
                == Self.svg(again.graph, pageURL: Self.pageURL(again.graph)))
    }

    @Test func theDrawingHoldsBoxesAndCurvesBeforeAnySVG() throws {
        let vault = try TemporaryVault.load(Self.files)
        let drawing = ReferralGraphDrawing(graph: vault.graph, pageURL: Self.pageURL(vault.graph))
        // You, Dan, Eve, Maria, Zed, Sam and Kim Park; seven referrals, one of them Zed's second.
        #expect(drawing.boxes.count == 7)
        #expect(drawing.curves.count == 7)
        #expect(drawing.curves.filter { !$0.isTree }.count == 1)
        let kim = try #require(drawing.boxes.first { $0.node == (try? vault.node("Kim Park")) })
        #expect(kim.kind == "placeholder")
        #expect(kim.href == nil)
        let owner = try #require(drawing.boxes.first { $0.node == Graph.owner })
        #expect(owner.kind == "owner")
        #expect(owner.name == "Alex Kim")
        // Every curve is a cubic Bézier from one box to another: "M x y C x y x y x y".
        #expect(drawing.curves.allSatisfy { $0.path.hasPrefix("M") && $0.path.split(separator: " ").count == 8 })
    }

    @Test func aUserTemplateDrawsThePeople() throws {
        let folder = try TestFolder()
        try folder.write([
            ".grapevine/templates/graph-person.html": #"<circle data-node="{{node}}"><title>{{name}}</title></circle>"#
        ])
        let vault = try TemporaryVault.load(Self.files)
        let svg = try SiteTemplates(vaultRoot: folder.root)
            .svg(of: ReferralGraphDrawing(graph: vault.graph, pageURL: { _ in nil })).html
        #expect(svg.contains(#"<circle data-node="0"><title>Alex Kim</title></circle>"#))
        #expect(!svg.contains("<rect"))
        #expect(svg.contains(#"<path class="referral""#))
    }
}

/// The person boxes of a rendered SVG, read back with an XML parser.
private final class SVGBoxes: NSObject, XMLParserDelegate {
    struct Box {
        var node = 0
        var classes: [String] = []
        var href: String?
        var x = 0.0, y = 0.0, width = 0.0
        var title = ""
        var label = ""
    }

    private(set) var all: [Box] = []
    private(set) var paths: [String] = []
    private(set) var root: [String: String] = [:]
    private var open: [(name: String, attributes: [String: String])] = []
    private var current: Box?

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
    }

    var nodes: [Int] { all.map(\.node) }

    subscript(node: Int) -> Box? { all.first { $0.node == node } }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "svg" { root = attributes }
        if name == "path" { paths.append(attributes["class"] ?? "") }
        if name == "g", let classes = attributes["class"]?.split(separator: " ").map(String.init),
            classes.contains("person")
        {
            let link = open.last.flatMap { $0.name == "a" ? $0.attributes["href"] : nil }
            current = Box(node: Int(attributes["data-node"] ?? "") ?? -1, classes: classes, href: link)
        }
        if name == "rect" {
            current?.x = Double(attributes["x"] ?? "") ?? .nan
            current?.y = Double(attributes["y"] ?? "") ?? .nan
            current?.width = Double(attributes["width"] ?? "") ?? .nan
        }
        open.append((name, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch open.last?.name {
        case "title": current?.title += string
        case "text": current?.label += string
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
        if name == "g", let box = current,
            !open.contains(where: { $0.name == "g" && $0.attributes["class"]?.contains("person") == true })
        {
            all.append(box)
            current = nil
        }
    }
}
