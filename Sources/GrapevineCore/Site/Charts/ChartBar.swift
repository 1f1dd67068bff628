/// One bar of a chart on the Progress page: which series it belongs to, the number it stands
/// for, where it is, and the number written beside it. Built by `HorizontalBarChart` and
/// `WeeklyActivityChart`; drawn by the `chart-bar` template.
struct ChartBar: Sendable, Equatable {
    /// The series' position in its chart's legend (0: the first kind of count).
    var series: Int
    var value: Int
    /// The top left corner and the size, in SVG user units; a bar for zero has no width or
    /// no height.
    var x: Double
    var y: Double
    var width: Double
    var height: Double
    /// What the bar says on hover: "2026-W47: 3 referrals".
    var tip: String
    /// The number as written beside the bar ("4 names"), where, and `nil` for none.
    var text: String?
    var textX: Double = 0
    var textY: Double = 0
}
