import Testing

@testable import GrapevineCore

/// The Progress page's charts worked out as numbers, before any SVG.
@Suite("Charts: bars on one scale, weeks side by side, round grid lines")
struct ChartTests {
    typealias Item = HorizontalBarChart.Item

    static let items = [
        Item(
            name: "Ann Archer", href: "contacts/ann-archer.html",
            bars: [.init(value: 4, text: "4 names"), .init(value: 5, text: "led to 5")]),
        Item(name: "Quinn Quade", bars: [.init(value: 1, text: "1 name"), .init(value: 0, text: "led to 0")]),
    ]

    @Test func everyBarIsOnOneScaleTheLongestFillingTheBarSpace() {
        let chart = HorizontalBarChart(items: Self.items)
        #expect(chart.maximum == 5)
        let bars = chart.rows.map { $0.bars.map(\.width) }
        #expect(bars == [[chart.barSpace * 4 / 5, chart.barSpace], [chart.barSpace / 5, 0]])
        // Every bar starts where the names end, with its text just after it.
        for bar in chart.rows.flatMap(\.bars) {
            #expect(bar.x == chart.barStart)
            #expect(bar.textX == bar.x + bar.width + HorizontalBarChart.Metrics.textGap)
        }
        #expect(chart.barStart + chart.barSpace + HorizontalBarChart.Metrics.textRoom == chart.width)
    }

    @Test func rowsStackDownwardsAndTheChartIsAsHighAsItsRows() {
        let chart = HorizontalBarChart(items: Self.items)
        let metrics = HorizontalBarChart.Metrics.self
        #expect(chart.rows.map { $0.bars.map(\.y) } == [[8, 27], [55, 74]])
        #expect(chart.rows[0].bars[0].y + metrics.barHeight + metrics.barGap == chart.rows[0].bars[1].y)
        #expect(chart.height == 74 + metrics.barHeight + metrics.margin)
        // A name in the middle of its row; the text of a bar in the middle of the bar.
        #expect(chart.rows[0].nameY == 8 + (2 * metrics.barHeight + metrics.barGap) / 2)
        #expect(chart.rows[0].bars[0].textY == 8 + metrics.barHeight / 2)
    }

    @Test func aSliverForOneInAThousandAndNothingForZero() {
        let chart = HorizontalBarChart(items: [
            Item(name: "a", bars: [.init(value: 1000, text: "")]), Item(name: "b", bars: [.init(value: 1, text: "")]),
            Item(name: "c", bars: [.init(value: 0, text: "")]),
        ])
        #expect(chart.rows.map { $0.bars[0].width } == [chart.barSpace, 2, 0])
    }

    @Test func namesGetTheRoomTheLongestNeedsAndLongOnesAreCut() {
        let short = HorizontalBarChart(items: [Item(name: "met", bars: [.init(value: 1, text: "1")])])
        let long = HorizontalBarChart(items: [
            Item(name: "An organization with a very long name indeed", bars: [.init(value: 1, text: "1")])
        ])
        #expect(short.nameEnd < long.nameEnd)
        #expect(long.nameEnd == HorizontalBarChart.Metrics.margin + HorizontalBarChart.Metrics.nameRoom)
        #expect(long.rows[0].label == "An organization with a very…")
        #expect(long.rows[0].name == "An organization with a very long name indeed")
        #expect(long.rows[0].bars[0].tip == "An organization with a very long name indeed: 1")
    }

    @Test func aNoteMakesRoomUnderTheName() {
        let chart = HorizontalBarChart(items: [
            Item(name: "Acme", note: "posting", bars: [.init(value: 1, text: "1 known")])
        ])
        let metrics = HorizontalBarChart.Metrics.self
        #expect(chart.height == metrics.margin + metrics.notedRowHeight + metrics.margin)
        #expect(chart.rows[0].noteY > chart.rows[0].nameY)
    }

    @Test func noItemsNoRows() {
        let chart = HorizontalBarChart(items: [])
        #expect(chart.rows.isEmpty)
        #expect(chart.maximum == 0)
    }

    static func week(_ week: String, _ counts: [Int]) -> Report.Week {
        let monday = LocalDate(valid: week)
        return Report.Week(
            week: ISOWeek(containing: monday), outreach: counts[0], replies: counts[1], interviews: counts[2],
            referrals: counts[3])
    }

    @Test func weeksAreGroupsOfFourBarsOnARoundScale() {
        let chart = WeeklyActivityChart(weeks: [
            Self.week("2026-11-09", [3, 1, 0, 0]), Self.week("2026-11-16", [0, 0, 1, 3]),
        ])
        let metrics = WeeklyActivityChart.Metrics.self
        #expect(chart.top == 3)
        #expect(chart.grid.map(\.value) == [0, 1, 2, 3])
        #expect(chart.grid.first?.y == chart.baseline)
        #expect(chart.grid.last?.y == metrics.plotTop)
        #expect(chart.weeks.map(\.week) == ["2026-W46", "2026-W47"])
        #expect(chart.weeks.map(\.label) == ["W46", "W47"])
        #expect(chart.weeks.map(\.monday) == ["Nov 9", "Nov 16"])
        let first = chart.weeks[0].bars
        #expect(first.map(\.series) == [0, 1, 2, 3])
        #expect(first.map(\.height) == [metrics.plotHeight, metrics.plotHeight / 3, 0, 0])
        // Every bar stands on the baseline, side by side.
        for bar in first { #expect(bar.y + bar.height == chart.baseline) }
        #expect(first[1].x == first[0].x + metrics.barWidth + metrics.barGap)
        #expect(chart.weeks[1].bars[0].x > first[3].x + metrics.barWidth)
        #expect(
            first.map(\.tip) == [
                "2026-W46: 3 outreach", "2026-W46: 1 reply", "2026-W46: 0 interviews", "2026-W46: 0 referrals",
            ])
        #expect(chart.width == chart.plotRight + metrics.margin)
    }

    @Test(
        "grid lines: the smallest of 1, 2, 5, 10, 20, 50… that reaches the highest count in four steps",
        arguments: [(0, 1), (3, 1), (4, 1), (5, 2), (8, 2), (9, 5), (20, 5), (21, 10), (41, 20), (199, 50), (201, 100)])
    func step(highest: Int, step: Int) {
        #expect(WeeklyActivityChart.step(for: highest, lines: 4) == step)
    }

    @Test func aWeekOfNothingStillHasAScale() {
        let chart = WeeklyActivityChart(weeks: [Self.week("2026-11-16", [0, 0, 0, 0])])
        #expect(chart.top == 1)
        #expect(chart.grid.map(\.value) == [0, 1])
        #expect(chart.weeks[0].bars.allSatisfy { $0.height == 0 })
    }

    @Test(
        "coordinates: at most one decimal, the same on every machine",
        arguments: [
            (12.0, "12"), (7.25, "7.3"), (7.04, "7"), (-30.5, "-30.5"), (-0.5, "-0.5"), (0.0, "0"), (149.96, "150"),
        ])
    func svgNumbers(value: Double, text: String) {
        #expect(SVGNumber.text(value) == text)
    }
}
