import Testing

@testable import GrapevineCore

@Suite("Report figures and their text")
struct ReportTests {
    static func report(daysToReply: [Int] = [], reachedOut: Int = 0, replied: Int = 0) -> Report {
        var report = Report(period: ReportPeriod(asOf: LocalDate("2026-11-18")!))
        report.daysToReply = daysToReply
        report.funnel.reachedOut = reachedOut
        report.funnel.replied = replied
        return report
    }

    @Test(
        "the median of an odd count is the middle one; of an even count, halfway between the two middle ones",
        arguments: [([3], 3), ([0, 1, 1, 2, 2, 3, 6], 2), ([1, 1, 2, 3], 1.5), ([1, 4], 2.5)] as [([Int], Double)])
    func median(days: [Int], median: Double) {
        #expect(Self.report(daysToReply: days).medianDaysToReply == median)
    }

    @Test("nothing to divide by gives no figure, not a crash")
    func empty() {
        let report = Self.report()
        #expect(report.responseRate == nil)
        #expect(report.medianDaysToReply == nil)
        #expect(report.referralsPerInterview == nil)
        #expect(report.interviewsPerWeek == 0)
        #expect(Self.report(reachedOut: 4, replied: 3).responseRate == 0.75)
    }

    @Test("the period holds events from since to as of, and undated ones only without since")
    func period() throws {
        let period = ReportPeriod(asOf: try #require(LocalDate("2026-11-18")), since: LocalDate("2026-11-01"))
        #expect(period.contains(LocalDate("2026-11-01")!))
        #expect(period.contains(LocalDate("2026-11-18")!))
        #expect(!period.contains(LocalDate("2026-10-31")!))
        #expect(!period.contains(LocalDate("2026-11-19")!))
        #expect(!period.contains(nil as LocalDate?))
        #expect(ReportPeriod(asOf: LocalDate("2026-11-18")!).contains(nil as LocalDate?))
    }

    @Test(
        "bars: eighths of a cell, a sliver for anything above zero, nothing for zero",
        arguments: [
            (8, 8, 4, "████"), (4, 8, 4, "██"), (1, 8, 4, "▌"), (1, 1000, 4, "▏"), (0, 8, 4, ""), (3, 0, 4, ""),
            (9, 8, 4, "████"),
        ])
    func bar(value: Int, maximum: Int, width: Int, bar: String) {
        #expect(BarChart.bar(value, of: maximum, width: width) == bar)
    }

    @Test("a bar of parts: one cell per unit while it fits, else shrunk, and never less than a cell")
    func cells() {
        #expect(BarChart.cells([3, 0, 2], of: 5, width: 16) == [3, 0, 2])
        #expect(BarChart.cells([30, 1, 9], of: 40, width: 16) == [12, 1, 4])
    }

    @Test(
        "numbers for people: percentages, at most two decimals, motivation as dots",
        arguments: [
            (ReportText.percent(9.0 / 11.0), "82%"), (ReportText.decimal(0.5), "0.5"),
            (ReportText.decimal(9.0 / 7.0), "1.29"), (ReportText.decimal(3), "3"), (ReportText.decimal(0.05), "0.05"),
            (ReportText.motivation(2), "●●○"), (ReportText.motivation(nil), "–"), (ReportText.motivation(5), "5"),
        ])
    func formatting(text: String, expected: String) {
        #expect(text == expected)
    }
}
