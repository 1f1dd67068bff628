/// A chart of horizontal bars, worked out: a row per item (a stage of the funnel, a connector,
/// a target organization) with its name on the left, linked to its page, and one bar per count
/// with the count written after it. Every bar of the chart is on one scale, so the longest
/// fills `Metrics.barSpace`.
///
/// Coordinates are ready to write; the SVG comes from the `bar-chart-svg`, `bar-chart-row`
/// and `chart-bar` templates. Pure: the same items give the same chart.
struct HorizontalBarChart: Sendable, Equatable {
    /// The sizes of the chart, in SVG user units (a unit is a CSS pixel at full width).
    enum Metrics {
        static let width = 720.0
        /// The room names get: about this much per character (13px type), for the longest name
        /// shown, which is at most `nameLength` characters.
        static let characterWidth = 7.5
        static let nameRoom = characterWidth * Double(nameLength)
        /// From the end of the names to the start of the bars.
        static let nameGap = 10.0
        /// Room after the longest bar for its count ("16 · 84% of contacts").
        static let textRoom = 180.0
        static let barHeight = 16.0
        /// Between the bars of one row.
        static let barGap = 3.0
        /// Between rows.
        static let rowGap = 12.0
        /// A row with a note under its name is at least this high.
        static let notedRowHeight = 32.0
        static let margin = 8.0
        /// Names longer than this many characters end in an ellipsis (the whole name shows on hover).
        static let nameLength = 28
        /// From a bar's end to its count.
        static let textGap = 6.0
    }

    /// What a row shows, before any geometry.
    struct Item: Sendable, Equatable {
        var name: String
        var href: String?
        /// A second line under the name, smaller ("motivation 3 of 3 · posting").
        var note: String?
        /// One bar each.
        var bars: [Count]
    }

    /// A number to draw as a bar, and the text written after the bar ("4 names").
    struct Count: Sendable, Equatable {
        var value: Int
        var text: String
    }

    /// A row as drawn.
    struct Row: Sendable, Equatable {
        /// The whole name (shown on hover) and the name cut to fit.
        var name: String
        var label: String
        var href: String?
        var note: String?
        /// Where the name and the note are written (right-aligned at the chart's `nameEnd`).
        var nameY: Double
        var noteY: Double
        var bars: [ChartBar]
    }

    var width: Double
    var height: Double
    /// Where names end (they are right-aligned there) and bars start.
    var nameEnd: Double
    var barStart: Double
    /// The length of the longest bar, and the number it stands for.
    var barSpace: Double
    var maximum: Int
    var rows: [Row]

    /// Lays out `items`, top to bottom, on one scale.
    init(items: [Item]) {
        maximum = items.flatMap { $0.bars.map(\.value) }.max() ?? 0
        width = Metrics.width
        let longest = items.map { Self.label($0.name).count }.max() ?? 0
        nameEnd = Metrics.margin + min(Metrics.nameRoom, Metrics.characterWidth * Double(longest))
        barStart = nameEnd + Metrics.nameGap
        barSpace = width - barStart - Metrics.textRoom
        rows = []
        height = 2 * Metrics.margin
        var top = Metrics.margin
        for item in items {
            let (row, rowHeight) = row(item, top: top)
            rows.append(row)
            height = top + rowHeight + Metrics.margin
            top += rowHeight + Metrics.rowGap
        }
    }

    /// The row of `item` whose top is at `top`, and its height.
    private func row(_ item: Item, top: Double) -> (Row, height: Double) {
        let count = Double(item.bars.count)
        let barsHeight = count * Metrics.barHeight + max(0, count - 1) * Metrics.barGap
        let height = max(barsHeight, item.note == nil ? 0 : Metrics.notedRowHeight)
        let bars = item.bars.enumerated().map { series, bar in
            let y = top + Double(series) * (Metrics.barHeight + Metrics.barGap)
            let length = length(of: bar.value)
            return ChartBar(
                series: series, value: bar.value, x: barStart, y: y, width: length, height: Metrics.barHeight,
                tip: "\(item.name): \(bar.text)", text: bar.text, textX: barStart + length + Metrics.textGap,
                textY: y + Metrics.barHeight / 2)
        }
        // One line: in the middle of the row. With a note: the name by the first bar, the note below.
        let nameY = item.note == nil ? top + height / 2 : top + Metrics.barHeight / 2
        let row = Row(
            name: item.name, label: Self.label(item.name), href: item.href, note: item.note, nameY: nameY,
            noteY: nameY + 14, bars: bars)
        return (row, height)
    }

    /// A bar's length: its share of `barSpace`, at least a sliver for anything above zero.
    func length(of value: Int) -> Double {
        guard value > 0, maximum > 0 else { return 0 }
        return max(2, Double(min(value, maximum)) / Double(maximum) * barSpace)
    }

    /// A name short enough for the name column: cut with an ellipsis past `Metrics.nameLength`.
    static func label(_ name: String) -> String {
        name.count <= Metrics.nameLength ? name : name.prefix(Metrics.nameLength - 1) + "…"
    }
}
