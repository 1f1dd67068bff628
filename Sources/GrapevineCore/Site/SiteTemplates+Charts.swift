/// The Progress page's charts as SVG, drawn from their worked-out values
/// (`HorizontalBarChart`, `WeeklyActivityChart`) by their templates
/// (`SiteTemplates+Progress.swift`), as `svg(of:)` draws the referral graph.
extension SiteTemplates {
    /// A bar chart as SVG: `bar-chart-svg.html`, with `bar-chart-row.html` for each row and
    /// `chart-bar.html` for each bar. `id` names the chart's title and description.
    func svg(of chart: ProgressPage.Chart<HorizontalBarChart>, id: String) -> HTMLWriter {
        let drawing = chart.drawing
        var values = PageValues(capacity: 12)
        var memo: TemplateShapes.Memo?
        var rows = HTMLWriter(capacity: 512 * drawing.rows.count)
        for row in drawing.rows {
            let bars = html(of: row.bars)
            values.removeAll()
            values["name"] = row.name
            values["label"] = row.label
            values["href"] = row.href
            values["note"] = row.note
            values["nameX"] = SVGNumber.text(drawing.nameEnd)
            values["nameY"] = SVGNumber.text(row.nameY)
            values["noteY"] = SVGNumber.text(row.noteY)
            values.put("bars", bars)
            render("bar-chart-row", values, into: &rows, memo: &memo)
        }
        values.removeAll()
        values["id"] = id
        values["title"] = chart.title
        values["summary"] = chart.summary
        values["width"] = SVGNumber.text(drawing.width)
        values["height"] = SVGNumber.text(drawing.height)
        values.put("rows", rows)
        var svg = HTMLWriter(capacity: rows.count + 2048)
        render("bar-chart-svg", values, into: &svg)
        return svg
    }

    /// The weekly chart as SVG: `week-chart-svg.html`, with `week-chart-grid.html` for each
    /// grid line, `week-chart-week.html` for each week and `chart-bar.html` for each bar.
    func svg(of chart: ProgressPage.Chart<WeeklyActivityChart>, id: String) -> HTMLWriter {
        let drawing = chart.drawing
        var values = PageValues(capacity: 12)
        var memo: TemplateShapes.Memo?
        var grid = HTMLWriter(capacity: 160 * drawing.grid.count)
        for line in drawing.grid {
            values.removeAll()
            values["value"] = line.value
            values["y"] = SVGNumber.text(line.y)
            values["left"] = SVGNumber.text(drawing.plotLeft)
            values["right"] = SVGNumber.text(drawing.plotRight)
            values["textX"] = SVGNumber.text(drawing.plotLeft - 6)
            render("week-chart-grid", values, into: &grid, memo: &memo)
        }
        memo = nil
        var weeks = HTMLWriter(capacity: 1024 * drawing.weeks.count)
        for week in drawing.weeks {
            let bars = html(of: week.bars)
            values.removeAll()
            values["week"] = week.week
            values["label"] = week.label
            values["monday"] = week.monday
            values["textX"] = SVGNumber.text(week.textX)
            values["weekY"] = SVGNumber.text(drawing.weekY)
            values["mondayY"] = SVGNumber.text(drawing.mondayY)
            values.put("bars", bars)
            render("week-chart-week", values, into: &weeks, memo: &memo)
        }
        values.removeAll()
        values["id"] = id
        values["title"] = chart.title
        values["summary"] = chart.summary
        values["width"] = SVGNumber.text(drawing.width)
        values["height"] = SVGNumber.text(drawing.height)
        values["left"] = SVGNumber.text(drawing.plotLeft)
        values["right"] = SVGNumber.text(drawing.plotRight)
        values["baseline"] = SVGNumber.text(drawing.baseline)
        values.put("grid", grid)
        values.put("weeks", weeks)
        var svg = HTMLWriter(capacity: grid.count + weeks.count + 2048)
        render("week-chart-svg", values, into: &svg)
        return svg
    }

    /// Bars as SVG (`chart-bar.html` each).
    private func html(of bars: [ChartBar]) -> HTMLWriter {
        var values = PageValues(capacity: 10)
        var memo: TemplateShapes.Memo?
        var html = HTMLWriter(capacity: 192 * bars.count)
        for bar in bars {
            values.removeAll()
            values["series"] = bar.series
            values["value"] = bar.value
            values["x"] = SVGNumber.text(bar.x)
            values["y"] = SVGNumber.text(bar.y)
            values["width"] = SVGNumber.text(bar.width)
            values["height"] = SVGNumber.text(bar.height)
            values["tip"] = bar.tip
            values["text"] = bar.text
            values["textX"] = SVGNumber.text(bar.textX)
            values["textY"] = SVGNumber.text(bar.textY)
            render("chart-bar", values, into: &html, memo: &memo)
        }
        return html
    }
}
