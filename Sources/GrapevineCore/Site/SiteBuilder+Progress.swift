/// The Progress page: the report of the notes the site shows, as of its day, drawn as charts
/// (`ProgressPage`), and its template values.
extension SiteBuilder {
    /// The weekly chart draws at most this many weeks, the latest; the table adds up the rest.
    static let progressWeeks = 16
    /// The targets chart draws at most this many organizations, the first in its order (as
    /// `report`'s text does).
    static let progressTargets = 20

    /// What the Progress page shows.
    func progressPage() -> ProgressPage {
        let report = Report(
            vault: vault, period: ReportPeriod(asOf: today),
            isIncluded: { self.paths.page(of: Graph.node(ofNote: $0)) != nil })
        let (earlier, shown) = report.lastWeeks(Self.progressWeeks)
        let showsTargets = shows("target", in: .organization)
        return ProgressPage(
            asOf: today, rates: report.rates, funnel: funnelChart(of: report.funnel),
            weeks: shown.isEmpty ? nil : weeksChart(of: shown), weeksNote: Self.weeksNote(earlier, shown),
            weekRows: Self.weekRows(earlier, shown), connectors: connectorsChart(of: report.topConnectors),
            targets: showsTargets ? targetsChart(of: report.targets) : nil,
            moreTargets: showsTargets ? Self.moreTargets(report.targets) : nil, showsTargets: showsTargets)
    }

    // MARK: Charts

    private func funnelChart(of funnel: Funnel) -> ProgressPage.Chart<HorizontalBarChart>? {
        guard funnel.contacts > 0 || funnel.referrals > 0 else { return nil }
        let stages = funnel.stages
        let items = stages.indices.map { index in
            let share = funnel.shareOfPrevious(index).map {
                " · \(ReportText.percent($0)) of \(stages[index - 1].label)"
            }
            return HorizontalBarChart.Item(
                name: stages[index].label,
                bars: [.init(value: stages[index].count, text: "\(stages[index].count)" + (share ?? ""))])
        }
        return ProgressPage.Chart(
            title: "Funnel: contacts, reached out, replied, met, referrals, leads",
            summary: stages.map { "\($0.label) \($0.count)" }.joined(separator: ", ") + ".",
            drawing: HorizontalBarChart(items: items))
    }

    private func weeksChart(of weeks: ArraySlice<Report.Week>) -> ProgressPage.Chart<WeeklyActivityChart> {
        let totals = Report.Week.columns.indices.map { column in weeks.reduce(0) { $0 + $1.counts[column] } }
        let sums = zip(totals, Report.Week.columns).map { "\($0) \($1)" }
        return ProgressPage.Chart(
            title: "Activity per week: outreach, replies, interviews and referrals, "
                + (weeks.count == 1 ? "this week" : "the last \(weeks.count) weeks"),
            summary: "In these weeks: " + Prose.list(sums) + ". The table below has each week's numbers.",
            drawing: WeeklyActivityChart(weeks: weeks))
    }

    private func connectorsChart(of connectors: [Report.Connector]) -> ProgressPage.Chart<HorizontalBarChart>? {
        guard !connectors.isEmpty else { return nil }
        let path = SitePaths.progress
        let items = connectors.map { connector in
            HorizontalBarChart.Item(
                name: Self.shortened(connector.name), href: href(connector.node, from: path),
                bars: [
                    .init(value: connector.referrals, text: ReportText.count(connector.referrals, "name")),
                    .init(value: connector.ledTo, text: "led to \(connector.ledTo)"),
                ])
        }
        return ProgressPage.Chart(
            title: "Top connectors: the names each gave you, and everyone you reached through them",
            summary: connectors.map {
                "\(Self.shortened($0.name)): \(ReportText.count($0.referrals, "name")), led to \($0.ledTo)"
            }.joined(separator: "; ") + ".",
            drawing: HorizontalBarChart(items: items))
    }

    /// The targets, by motivation when the site shows it, else by name (the order would tell it).
    private func targetsChart(of targets: [Report.Target]) -> ProgressPage.Chart<HorizontalBarChart>? {
        guard !targets.isEmpty else { return nil }
        let path = SitePaths.progress
        let showsMotivation = shows("motivation", in: .organization)
        let showsPosting = shows("posting", in: .organization)
        let ordered =
            (showsMotivation
            ? targets : targets.sorted { NameKey.precedes($0.organization, $1.organization) })
            .prefix(Self.progressTargets)
        let items = ordered.map { target in
            let motivation = showsMotivation ? target.motivation.map { "motivation \($0) of 3" } : nil
            let posting = showsPosting && target.posting ? "posting" : nil
            let note = [motivation, posting].compactMap { $0 }.joined(separator: " · ")
            return HorizontalBarChart.Item(
                name: Self.shortened(target.organization),
                href: vault.index(ofPath: target.file).flatMap { href(Graph.node(ofNote: $0), from: path) },
                note: note.isEmpty ? nil : note,
                bars: [
                    .init(value: target.contacts, text: "\(target.contacts) known"),
                    .init(value: target.met, text: "\(target.met) met"),
                ])
        }
        let summary = ordered.map { "\(Self.shortened($0.organization)): \($0.contacts) known, \($0.met) met" }
        return ProgressPage.Chart(
            title: "Target organizations: the people you know at each, and those you have met",
            summary: summary.joined(separator: "; ") + ".", drawing: HorizontalBarChart(items: items))
    }

    /// "The first 20 of 290 targets are drawn; 270 more, 3 with nobody there yet, are on their
    /// own pages." when the chart leaves some out; `nil` when it has them all.
    private static func moreTargets(_ targets: [Report.Target]) -> String? {
        let rest = targets.dropFirst(progressTargets)
        guard !rest.isEmpty else { return nil }
        let empty = rest.count { $0.contacts == 0 }
        return "The first \(progressTargets) of \(targets.count) targets are drawn; \(rest.count) more"
            + (empty == 0 ? "" : ", \(empty) with nobody there yet,") + " are on their own pages."
    }

    // MARK: Weeks in words

    private static func weeksNote(_ earlier: (weeks: Int, sums: Report.Week)?, _ shown: ArraySlice<Report.Week>)
        -> String
    {
        guard let first = shown.first else { return "Nothing dated yet: the weeks start with your first Log entry." }
        let from = "from the week of \(first.week.monday)"
        guard let earlier else {
            return shown.count == 1 ? "This week, the first with anything dated." : "All \(shown.count) weeks, \(from)."
        }
        return "The last \(shown.count) of \(shown.count + earlier.weeks) weeks, \(from); "
            + "the table's first row adds up the \(earlier.weeks) before."
    }

    private static func weekRows(_ earlier: (weeks: Int, sums: Report.Week)?, _ shown: ArraySlice<Report.Week>)
        -> [ProgressPage.WeekRow]
    {
        let before = earlier.map { earlier in
            ProgressPage.WeekRow(
                week: "earlier", monday: nil, when: ReportText.count(earlier.weeks, "week"), counts: earlier.sums.counts
            )
        }
        return (before.map { [$0] } ?? [])
            + shown.map { week in
                ProgressPage.WeekRow(
                    week: week.week.description, monday: week.week.monday,
                    when: ReportText.monthDay(week.week.monday), counts: week.counts)
            }
    }

    // MARK: Values

    /// The Progress page's template values.
    func progress() -> Context {
        let page = progressPage()
        var context = base(SitePaths.progress, title: "Progress", page: "progress")
        context["asOf"] = page.asOf.description
        context.put(
            "rates",
            parts("rate", page.rates) { context, rate in
                context["label"] = rate.label
                context["value"] = rate.value
                context["detail"] = rate.detail
            })
        context.put("funnel", page.funnel.map { templates.svg(of: $0, id: "funnel-chart") } ?? HTMLWriter())
        context.put("weeksChart", page.weeks.map { templates.svg(of: $0, id: "weeks-chart") } ?? HTMLWriter())
        context["weeksNote"] = page.weeksNote
        context.put(
            "weeks",
            parts("week-row", page.weekRows) { context, row in
                context["week"] = row.week
                context["monday"] = row.monday?.description
                context["when"] = row.when
                for (column, count) in zip(Report.Week.columns, row.counts) { context[column] = count }
            })
        context.put(
            "connectors", page.connectors.map { templates.svg(of: $0, id: "connectors-chart") } ?? HTMLWriter())
        context["showsTargets"] = page.showsTargets
        context.put("targets", page.targets.map { templates.svg(of: $0, id: "targets-chart") } ?? HTMLWriter())
        context["moreTargets"] = page.moreTargets
        return context
    }
}
