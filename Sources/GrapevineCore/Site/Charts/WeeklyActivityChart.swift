/// The activity week by week as a column chart, worked out: for each week, four bars side by
/// side (outreach, replies, interviews, referrals, in `Report.Week.columns` order) over a
/// baseline, the week and its Monday written under them, and grid lines with their numbers.
///
/// Coordinates are ready to write; the SVG comes from the `week-chart-svg`, `week-chart-week`,
/// `week-chart-grid` and `chart-bar` templates. Pure: the same weeks give the same chart.
struct WeeklyActivityChart: Sendable, Equatable {
    /// The sizes of the chart, in SVG user units.
    enum Metrics {
        /// Room on the left for the grid lines' numbers.
        static let axisWidth = 36.0
        static let barWidth = 8.0
        static let barGap = 1.0
        /// Between one week's bars and the next week's.
        static let weekGap = 12.0
        static let plotTop = 10.0
        static let plotHeight = 150.0
        /// Under the baseline: the week, then its Monday.
        static let labelHeight = 36.0
        static let margin = 8.0
        /// At most this many grid lines above the baseline.
        static let gridLines = 4
        /// A bar for a count above zero is at least this high.
        static let minimumBarHeight = 1.5
    }

    /// One week's bars and labels.
    struct Week: Sendable, Equatable {
        /// "2026-W47", and as written under the bars: "W47" and its Monday, "Nov 16".
        var week: String
        var label: String
        var monday: String
        /// The middle of the week's bars, where its labels are centred.
        var textX: Double
        var bars: [ChartBar]
    }

    /// A horizontal line across the plot at a round number.
    struct GridLine: Sendable, Equatable {
        var value: Int
        var y: Double
    }

    var width: Double
    var height: Double
    /// The y of the baseline, and where the labels under it go.
    var baseline: Double
    var weekY: Double
    var mondayY: Double
    /// Where the plot starts and ends (the grid lines' ends).
    var plotLeft: Double
    var plotRight: Double
    /// The number at the top of the scale: the highest grid line.
    var top: Int
    var grid: [GridLine]
    var weeks: [Week]

    /// The chart of `weeks`, the first on the left.
    init(weeks: some Collection<Report.Week>) {
        let highest = weeks.flatMap(\.counts).max() ?? 0
        let step = Self.step(for: highest, lines: Metrics.gridLines)
        top = max(step, (highest + step - 1) / step * step)
        baseline = Metrics.plotTop + Metrics.plotHeight
        weekY = baseline + 14
        mondayY = baseline + 28
        plotLeft = Metrics.axisWidth
        let groupWidth = Double(Report.Week.columns.count) * (Metrics.barWidth + Metrics.barGap) - Metrics.barGap
        let slot = groupWidth + Metrics.weekGap
        plotRight = Metrics.axisWidth + Double(weeks.count) * slot
        width = plotRight + Metrics.margin
        height = baseline + Metrics.labelHeight
        let (top, baseline) = (top, baseline)
        grid = stride(from: 0, through: top, by: step).map { value in
            GridLine(value: value, y: baseline - Double(value) / Double(top) * Metrics.plotHeight)
        }
        self.weeks = weeks.enumerated().map { position, week in
            let left = Metrics.axisWidth + Metrics.weekGap / 2 + Double(position) * slot
            return Self.week(week, left: left, groupWidth: groupWidth, top: top, baseline: baseline)
        }
    }

    private static func week(
        _ week: Report.Week, left: Double, groupWidth: Double, top: Int, baseline: Double
    ) -> Week {
        let bars = week.counts.enumerated().map { series, count in
            let height =
                count > 0 ? max(Metrics.minimumBarHeight, Double(count) / Double(top) * Metrics.plotHeight) : 0
            return ChartBar(
                series: series, value: count, x: left + Double(series) * (Metrics.barWidth + Metrics.barGap),
                y: baseline - height, width: Metrics.barWidth, height: height,
                tip: "\(week.week): " + ReportText.count(count, singular[series], plural: Report.Week.columns[series]))
        }
        let name = week.week.description
        return Week(
            week: name, label: String(name.drop { $0 != "W" }), monday: ReportText.monthDay(week.week.monday),
            textX: left + groupWidth / 2, bars: bars)
    }

    /// The counts' names for one: "1 reply".
    private static let singular = ["outreach", "reply", "interview", "referral"]

    /// The smallest of 1, 2, 5, 10, 20, 50, … that reaches `maximum` in at most `lines` steps.
    static func step(for maximum: Int, lines: Int) -> Int {
        var scale = 1
        while true {
            for base in [1, 2, 5] where maximum <= base * scale * lines { return base * scale }
            scale *= 10
        }
    }
}
