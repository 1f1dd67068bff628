/// The line of each referral in the drawing, kept from passing behind any box but its own two:
/// a line that ran behind a box looked as if that person had given the name (a curve from you
/// to a box in a wrapped sub-row ran through the box above it).
///
/// Boxes sit in horizontal strips (a depth's sub-rows), with free space between strips; at
/// every slot boundary a lane 16 units wide runs down between the boxes of a strip, crossed
/// only by a parent centred over its children off a whole slot.
///
/// - A tree referral into the first sub-row of a depth is a curve: the layout keeps every
///   other box out of the rectangle between a parent and its children (subtrees never
///   interleave, and wrapped blocks sit beside the subtrees of their row).
/// - A tree referral into a wrapped sub-row curves down to the lane left of its column, runs
///   down it and enters the box from the side.
/// - Any other referral (a second referrer, a cycle) is a curve when nothing is in its way;
///   else it runs in the free space next to its box, down (or up) a free lane, and along the
///   free space next to the other box.
struct ReferralGraphRoutes {
    typealias Metrics = ReferralGraphDrawing.Metrics
    typealias Point = (x: Double, y: Double)

    /// Each drawn node's box, its top left corner.
    private let corners: [Graph.NodeID: Point]
    /// The tops of the strips boxes sit in, ascending.
    private let stripTops: [Double]
    /// The boxes of each strip, by their left edge.
    private let stripBoxes: [[(x: Double, node: Graph.NodeID)]]
    /// For each lane (slot boundary) a box crosses, the strips' y-ranges where one does.
    private let blockedLanes: [Int: [ClosedRange<Double>]]
    private let laneCount: Int

    init(corners: [Graph.NodeID: Point], slotCount: Int) {
        self.corners = corners
        let tops = Set(corners.values.map(\.y)).sorted()
        var boxes = [[(x: Double, node: Graph.NodeID)]](repeating: [], count: tops.count)
        let stripOf = Dictionary(uniqueKeysWithValues: tops.enumerated().map { ($1, $0) })
        var blocked: [Int: [ClosedRange<Double>]] = [:]
        for (node, corner) in corners {
            boxes[stripOf[corner.y]!].append((corner.x, node))
            for lane in Self.lanes(crossedByBoxAt: corner.x) {
                blocked[lane, default: []].append(corner.y...(corner.y + Metrics.boxHeight))
            }
        }
        stripTops = tops
        stripBoxes = boxes.map { $0.sorted { ($0.x, $0.node) < ($1.x, $1.node) } }
        blockedLanes = blocked.mapValues { $0.sorted { $0.lowerBound < $1.lowerBound } }
        laneCount = slotCount + 1
    }

    /// The SVG path data of `referral`; `subRow` is the target's sub-row within its depth.
    func path(of referral: ReferralGraphLayout.Referral, subRow: Int) -> String {
        let (from, to) = (corners[referral.from]!, corners[referral.to]!)
        if referral.isTree {
            guard subRow > 0 else { return Self.curve(from: from, to: to) }
            return downLane(from: from, to: to, depthTop: to.y - Double(subRow) * Metrics.subRowHeight)
        }
        let curve = Self.curveEnds(from: from, to: to)
        if !isBlocked(curve, besides: [referral.from, referral.to]) { return Self.curve(from: from, to: to) }
        return around(from: from, to: to)
    }

    // MARK: The three shapes

    /// A curve from one box to another: bottom to top down to a later row, top to bottom back
    /// up a cycle, an arc below along one sub-row.
    private static func curve(from: Point, to: Point) -> String {
        path(curveEnds(from: from, to: to))
    }

    /// The start, the two control points and the end of `curve(from:to:)`.
    private static func curveEnds(from: Point, to: Point) -> [Point] {
        let (x1, x2) = (from.x + Metrics.boxWidth / 2, to.x + Metrics.boxWidth / 2)
        let bend = Metrics.rowHeight / 2
        let (y1, bend1, y2, bend2): (Double, Double, Double, Double)
        if to.y > from.y {
            (y1, bend1, y2, bend2) = (from.y + Metrics.boxHeight, bend, to.y, -bend)
        } else if to.y < from.y {
            (y1, bend1, y2, bend2) = (from.y, -bend, to.y + Metrics.boxHeight, bend)
        } else {
            (y1, bend1, y2, bend2) = (from.y + Metrics.boxHeight, bend / 2, to.y + Metrics.boxHeight, bend / 2)
        }
        return [(x1, y1), (x1, y1 + bend1), (x2, y2 + bend2), (x2, y2)]
    }

    /// A tree referral into a wrapped sub-row: a curve down to the top of the lane left of the
    /// target's column, down the lane to the middle of the box, into its left side.
    private func downLane(from: Point, to: Point, depthTop: Double) -> String {
        let start = (from.x + Metrics.boxWidth / 2, from.y + Metrics.boxHeight)
        let lane = to.x - (Metrics.slotWidth - Metrics.boxWidth) / 2
        let bend = Metrics.rowHeight / 2
        let middle = to.y + Metrics.boxHeight / 2
        return Self.path(
            [start, (start.0, start.1 + bend), (lane, depthTop - bend), (lane, depthTop)],
            then: [(lane, middle), (to.x, middle)])
    }

    /// A referral around the boxes in its way: out of the box into the free space beside its
    /// strip, along it to a free lane, along the lane to the free space beside the target's
    /// strip, along it to the target. Along one strip, through the free space below it.
    private func around(from: Point, to: Point) -> String {
        let (x1, x2) = (from.x + Metrics.boxWidth / 2, to.x + Metrics.boxWidth / 2)
        let (fromStrip, toStrip) = (strip(at: from.y), strip(at: to.y))
        let down = toStrip >= fromStrip
        let exit = down ? from.y + Metrics.boxHeight : from.y
        let entry = toStrip > fromStrip ? to.y : to.y + Metrics.boxHeight
        let besideFrom = down ? space(below: fromStrip) : space(above: fromStrip)
        let besideTo = toStrip > fromStrip ? space(above: toStrip) : space(below: toStrip)
        var points: [Point] = [(x1, exit), (x1, besideFrom)]
        if besideFrom != besideTo {
            let lane = freeLane(nearest: x2, between: besideFrom, and: besideTo)
            points += [(lane, besideFrom), (lane, besideTo)]
        }
        points += [(x2, besideTo), (x2, entry)]
        return Self.path([points[0]], then: Array(points.dropFirst()))
    }

    // MARK: Free space

    /// Whether a box other than `besides` meets the rectangle around a curve's control points.
    /// A curve across more than a few strips is taken as blocked without looking.
    private func isBlocked(_ curve: [Point], besides: [Graph.NodeID]) -> Bool {
        let xs = curve.map(\.x)
        let ys = curve.map(\.y)
        let (left, right) = (xs.min()! - Metrics.boxWidth, xs.max()!)
        let (top, bottom) = (ys.min()!, ys.max()!)
        let first = stripTops.partitioningIndex { $0 + Metrics.boxHeight > top }
        let last = stripTops.partitioningIndex { $0 >= bottom }
        guard last - first <= 4 else { return true }
        for strip in first..<last {
            let boxes = stripBoxes[strip]
            var index = boxes.partitioningIndex { $0.x > left }
            while index < boxes.count, boxes[index].x < right {
                if !besides.contains(boxes[index].node) { return true }
                index += 1
            }
        }
        return false
    }

    /// The x of the free lane nearest `x` that no box crosses between `y1` and `y2`; the lanes
    /// at both edges of the picture are always free.
    private func freeLane(nearest x: Double, between y1: Double, and y2: Double) -> Double {
        let span = min(y1, y2)...max(y1, y2)
        let nearest = min(max(0, Int(((x - Metrics.margin) / Metrics.slotWidth).rounded())), laneCount - 1)
        for distance in 0..<laneCount {
            for lane in [nearest - distance, nearest + distance] where (0..<laneCount).contains(lane) {
                if !(blockedLanes[lane] ?? []).contains(where: { $0.overlaps(span) }) { return laneX(lane) }
            }
        }
        return laneX(0)
    }

    private func laneX(_ lane: Int) -> Double {
        Metrics.margin + Double(lane) * Metrics.slotWidth
    }

    /// The lanes a box with its left edge at `x` crosses: none for a box on a whole slot.
    private static func lanes(crossedByBoxAt x: Double) -> Range<Int> {
        let left = (x - Metrics.margin) / Metrics.slotWidth
        let right = (x + Metrics.boxWidth - Metrics.margin) / Metrics.slotWidth
        let (first, last) = (Int(left.rounded(.down)) + 1, Int(right.rounded(.up)) - 1)
        return first..<max(first, last + 1)
    }

    private func strip(at y: Double) -> Int {
        stripTops.partitioningIndex { $0 >= y }
    }

    /// The middle of the free space between `strip` and the next one (or the picture's edge).
    private func space(below strip: Int) -> Double {
        let bottom = stripTops[strip] + Metrics.boxHeight
        let next = strip + 1 < stripTops.count ? stripTops[strip + 1] : bottom + Metrics.margin
        return (bottom + next) / 2
    }

    /// The middle of the free space between the strip before `strip` (or the edge) and it.
    private func space(above strip: Int) -> Double {
        let top = stripTops[strip]
        let previous = strip > 0 ? stripTops[strip - 1] + Metrics.boxHeight : top - Metrics.margin
        return (previous + top) / 2
    }

    // MARK: Path data

    /// `M x y C x y x y x y` for a curve's four points, then `L x y` for each of `lines`; or
    /// `M x y` and lines alone for a single start point.
    private static func path(_ curve: [Point], then lines: [Point] = []) -> String {
        var path = "M\(number(curve[0].x)) \(number(curve[0].y))"
        if curve.count == 4 {
            path += " C" + curve.dropFirst().map { "\(number($0.x)) \(number($0.y))" }.joined(separator: " ")
        }
        for point in lines { path += " L\(number(point.x)) \(number(point.y))" }
        return path
    }

    private static func number(_ value: Double) -> String {
        SVGNumber.text(value)
    }
}
