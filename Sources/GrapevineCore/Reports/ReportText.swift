/// The report as text for a terminal, 80 columns wide: the funnel and the weeks as bars, the
/// rates with what they were worked out from, connectors and targets as aligned tables.
public struct ReportText {
    let report: Report
    let style: TextStyle

    /// How many weeks the text shows, the latest; `--json` has them all.
    static let shownWeeks = 12
    /// How many target organizations the text shows, the most wanted; `--json` has them all.
    static let shownTargets = 20
    /// The longest name shown in a table; longer ones end in `…`.
    static let nameWidth = 28
    /// The funnel's longest bar.
    static let funnelWidth = 32
    /// The widest bar of a week.
    static let weekWidth = 16

    /// Creates a renderer.
    public init(_ report: Report, style: TextStyle = .plain) {
        self.report = report
        self.style = style
    }

    /// The whole report.
    public var text: String {
        [heading, funnel, rates, connectors, targets, weeks].joined(separator: "\n\n")
    }

    private var heading: String {
        let since = report.period.since.map { ", counting events from \($0) on" } ?? ""
        let ended =
            report.searchEnded.map { "\nYour search ended on \($0) (search_ended in .grapevine/config.yml)." } ?? ""
        return style.bold("Report as of \(report.asOf)") + since + ended
    }

    // MARK: Funnel

    private var funnel: String {
        let stages = report.funnel.stages
        let widest = stages.map(\.count).max() ?? 0
        let labelWidth = stages.map(\.label.count).max() ?? 0
        let countWidth = stages.map { String($0.count).count }.max() ?? 1
        var lines = [style.bold("Funnel")]
        for (index, stage) in stages.enumerated() {
            let bar = BarChart.bar(stage.count, of: widest, width: Self.funnelWidth)
            var line =
                "  " + Self.pad(stage.label, labelWidth) + "  " + Self.padLeft(String(stage.count), countWidth) + "  "
                + style.cyan(bar)
            // Each person stage as a share of the one before it.
            if let share = report.funnel.shareOfPrevious(index) {
                line += Self.spaces(Self.funnelWidth - bar.count + 2)
                line += style.dim("\(Self.percent(share)) of \(stages[index - 1].label)")
            }
            lines.append(line.trimmingTrailingSpaces())
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Rates

    private var rates: String {
        let rates = report.rates
        let labelWidth = rates.map(\.label.count).max() ?? 0
        let valueWidth = rates.map(\.value.count).max() ?? 0
        let lines = rates.map { rate in
            "  " + Self.pad(rate.label, labelWidth) + "  " + Self.padLeft(rate.value, valueWidth) + "  "
                + style.dim(rate.detail)
        }
        return ([style.bold("Rates")] + lines).joined(separator: "\n")
    }

    // MARK: Connectors

    private var connectors: String {
        let title = style.bold("Top connectors")
        guard !report.topConnectors.isEmpty else {
            return title + "\n  " + style.dim("Nobody has given you a name yet.")
        }
        let names = report.topConnectors.map { Self.cut($0.name) }
        let nameWidth = max(names.map(TerminalWidth.of).max() ?? 0, "Top connectors".count - 2)
        var lines = [title + Self.spaces(nameWidth + 2 - "Top connectors".count) + "  " + style.dim("names  led to")]
        for (connector, name) in zip(report.topConnectors, names) {
            lines.append(
                "  " + Self.pad(name, nameWidth) + "  " + Self.padLeft(String(connector.referrals), 5) + "  "
                    + Self.padLeft(String(connector.ledTo), 6))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Targets

    private var targets: String {
        let title = style.bold("Target organizations")
        guard !report.targets.isEmpty else {
            return title + "\n  " + style.dim("No organization has target: true yet.")
        }
        let shown = report.targets.prefix(Self.shownTargets)
        let names = shown.map { Self.cut($0.organization) }
        let nameWidth = max(names.map(TerminalWidth.of).max() ?? 0, "Target organizations".count - 2)
        let header = "motivation  people  met  posting"
        var lines = [title + Self.spaces(nameWidth + 2 - "Target organizations".count) + "  " + style.dim(header)]
        for (target, name) in zip(shown, names) {
            var line =
                "  " + Self.pad(name, nameWidth) + "  " + Self.pad(Self.motivation(target.motivation), 10) + "  "
                + Self.padLeft(String(target.contacts), 6) + "  " + Self.padLeft(String(target.met), 3) + "  "
                + (target.posting ? style.green("yes") : "no ")
            if target.contacts == 0 { line += "  " + style.dim("nobody there yet") }
            lines.append(line.trimmingTrailingSpaces())
        }
        let rest = report.targets.dropFirst(shown.count)
        if !rest.isEmpty {
            let empty = rest.count { $0.contacts == 0 }
            let nobody = empty == 0 ? "" : ", \(empty) with nobody there yet"
            lines.append("  " + style.dim("… and \(rest.count) more\(nobody) (--json lists them all)"))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Weeks

    private var weeks: String {
        let title = style.bold("Week by week")
        guard !report.weeks.isEmpty else { return title + "\n  " + style.dim("Nothing dated yet.") }
        let (earlier, shown) = report.lastWeeks(Self.shownWeeks)
        let widest = shown.map(\.total).max() ?? 0
        let columns = Report.Week.columns
        // The numbers start after "  2026-W47  Nov 16".
        var lines = [
            title + Self.spaces(2 + 8 + 2 + 6 - "Week by week".count) + "  "
                + style.dim(columns.joined(separator: "  "))
        ]
        if let earlier {
            // The weeks before those shown, added up in one row without a bar.
            let numbers = zip(earlier.sums.counts, columns).map { Self.padLeft(String($0), $1.count) }
                .joined(separator: "  ")
            lines.append(
                style.dim("  " + Self.pad("earlier", 8) + "  " + Self.pad("\(earlier.weeks) wks", 6) + "  " + numbers))
        }
        for week in shown {
            let counts = week.counts
            let numbers = zip(counts, columns).map { Self.padLeft(String($0), $1.count) }.joined(separator: "  ")
            lines.append(
                ("  \(week.week)  " + Self.pad(Self.monthDay(week.week.monday), 6) + "  " + numbers + "  "
                    + bar(counts, widest))
                    .trimmingTrailingSpaces())
        }
        lines.append("  " + style.dim("bars: ") + legend)
        return lines.joined(separator: "\n")
    }

    /// The parts of a week's bar, and how each is drawn.
    private var parts: [(character: String, color: (String) -> String, name: String)] {
        [
            ("█", style.cyan, "outreach"), ("▓", style.green, "replies"), ("▒", style.yellow, "interviews"),
            ("░", { $0 }, "referrals"),
        ]
    }

    private var legend: String {
        parts.map { $0.color($0.character) + " " + $0.name }.joined(separator: "  ")
    }

    private func bar(_ counts: [Int], _ widest: Int) -> String {
        let cells = BarChart.cells(counts, of: widest, width: Self.weekWidth)
        return zip(cells, parts).map { cells, part in
            cells == 0 ? "" : part.color(String(repeating: part.character, count: cells))
        }.joined()
    }

    // MARK: Formatting

    /// ●●○ for motivation 2 of 3; the number when it is off the scale; – for none.
    static func motivation(_ level: Int?) -> String {
        guard let level else { return "–" }
        guard (1...3).contains(level) else { return String(level) }
        return String(repeating: "●", count: level) + String(repeating: "○", count: 3 - level)
    }

    /// "81%".
    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    /// At most two decimals, without trailing zeros: 0.75, 1.14, 3.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let (whole, fraction) = (hundredths / 100, hundredths % 100)
        if fraction == 0 { return String(whole) }
        let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        return "\(whole)." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }

    /// "1 person", "3 people".
    static func people(_ count: Int) -> String {
        count == 1 ? "1 person" : "\(count) people"
    }

    /// "1 referral", "3 referrals".
    static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }

    /// "Nov 16".
    static func monthDay(_ date: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let (_, month, day) = date.components
        return "\(months[month - 1]) \(day)"
    }

    /// `name`, cut to `nameWidth` columns with `…` at the end (a wide character takes two).
    static func cut(_ written: String) -> String {
        // A line break in a name (`name: "Ana\nLopez"`) would break the table's row.
        let name = written.escapingLineBreaks
        guard TerminalWidth.of(name) > nameWidth else { return name }
        var kept = ""
        var width = 0
        for character in name {
            width += TerminalWidth.of(String(character))
            guard width <= nameWidth - 1 else { break }
            kept.append(character)
        }
        return kept + "…"
    }

    /// `text` and spaces after it to fill `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        text + spaces(width - TerminalWidth.of(text))
    }

    /// Spaces, then `text`, to fill `width` columns.
    static func padLeft(_ text: String, _ width: Int) -> String {
        spaces(width - TerminalWidth.of(text)) + text
    }

    /// `count` spaces; none when `count` is not above zero.
    static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: max(0, count))
    }
}
