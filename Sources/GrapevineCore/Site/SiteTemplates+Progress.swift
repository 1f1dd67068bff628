/// The built-in templates of the Progress page and of its parts: the headline figures, the
/// charts (`SiteTemplates+Charts.swift` fills them in) and the table of weeks. Each can be
/// replaced like any other by a file of the same name in `.grapevine/templates/`.
extension SiteTemplates {
    static let progressParts: [(name: String, text: String)] = [
        ("rate", rate), ("week-row", weekRow), ("bar-chart-svg", barChartSVG), ("bar-chart-row", barChartRow),
        ("week-chart-svg", weekChartSVG), ("week-chart-grid", weekChartGrid), ("week-chart-week", weekChartWeek),
        ("chart-bar", chartBar),
    ]

    /// The report drawn: the rates, then the funnel, the weeks, the connectors and the targets.
    static let progress = """
        {{<layout}}{{$main}}
        <h1>Progress</h1>
        <p class="lede">Where the search stands as of {{asOf}}: what <code>grapevine report</code> says, drawn.</p>

        <section class="rates" aria-labelledby="rates">
          <h2 id="rates">Rates</h2>
          <dl class="figures">
        {{{rates}}}</dl>
        </section>

        <section class="chart-section" aria-labelledby="funnel">
          <h2 id="funnel">Funnel</h2>
          {{#hasFunnel}}<p class="chart-note">Your contacts, those you reached out to, who replied and whom you met; then the names people gave you and the leads your interviews turned up.</p>
          <figure class="chart">{{{funnel}}}</figure>{{/hasFunnel}}
          {{^hasFunnel}}<p class="empty">No contacts yet: start with <code>grapevine new contact NAME</code>.</p>{{/hasFunnel}}
        </section>

        <section class="chart-section" aria-labelledby="weeks">
          <h2 id="weeks">Week by week</h2>
          <p class="chart-note">{{weeksNote}}</p>
          {{#hasWeeksChart}}<figure class="chart">{{{weeksChart}}}
          <figcaption class="legend"><svg class="chart key" viewBox="0 0 10 10" aria-hidden="true"><rect class="bar series-0" width="10" height="10"/></svg> outreach <svg class="chart key" viewBox="0 0 10 10" aria-hidden="true"><rect class="bar series-1" width="10" height="10"/></svg> replies <svg class="chart key" viewBox="0 0 10 10" aria-hidden="true"><rect class="bar series-2" width="10" height="10"/></svg> interviews <svg class="chart key" viewBox="0 0 10 10" aria-hidden="true"><rect class="bar series-3" width="10" height="10"/></svg> referrals</figcaption>
          </figure>
          <div class="table-wrap">
          <table class="weeks">
            <caption class="visually-hidden">Activity per week</caption>
            <thead><tr><th scope="col">Week</th><th scope="col">Monday</th><th scope="col">Outreach</th><th scope="col">Replies</th><th scope="col">Interviews</th><th scope="col">Referrals</th></tr></thead>
            <tbody>
        {{{weeks}}}</tbody>
          </table>
          </div>{{/hasWeeksChart}}
        </section>

        <section class="chart-section" aria-labelledby="connectors">
          <h2 id="connectors">Top connectors</h2>
          {{#hasConnectors}}<p class="chart-note">The people who gave you the most names, and how many people you reached through them, their referrals' referrals included.</p>
          <figure class="chart">{{{connectors}}}</figure>{{/hasConnectors}}
          {{^hasConnectors}}<p class="empty">Nobody has given you a name yet: ask "who else should I talk to?" in every interview.</p>{{/hasConnectors}}
        </section>

        {{#showsTargets}}
        <section class="chart-section" aria-labelledby="targets">
          <h2 id="targets">Target organizations</h2>
          {{#hasTargets}}<p class="chart-note">How many people you know at each organization on your target list, and how many of them you have met.</p>
          <figure class="chart">{{{targets}}}</figure>
          {{#moreTargets}}<p class="more">{{moreTargets}} <code>grapevine report --json</code> lists them all.</p>{{/moreTargets}}{{/hasTargets}}
          {{^hasTargets}}<p class="empty">No organization is a target yet: add <code>target: true</code> to those you want to work for.</p>{{/hasTargets}}
        </section>
        {{/showsTargets}}
        {{/main}}{{/layout}}

        """

    /// A headline figure: its name, the figure, and what it was worked out from.
    static let rate = """
        <div class="figure"><dt>{{label}}</dt><dd><span class="value">{{value}}</span> <span class="detail">{{detail}}</span></dd></div>

        """

    /// A row of the table of weeks; `monday` is empty for the row of earlier weeks.
    static let weekRow = """
        <tr{{^monday}} class="earlier"{{/monday}}><th scope="row">{{week}}</th><td>{{#monday}}<time datetime="{{monday}}">{{when}}</time>{{/monday}}{{^monday}}{{when}}{{/monday}}</td><td>{{outreach}}</td><td>{{replies}}</td><td>{{interviews}}</td><td>{{referrals}}</td></tr>

        """

    /// The style every chart starts from; `:where` gives it no specificity, so the page's
    /// stylesheet wins. (A style element in an SVG applies to the whole page: the legend's
    /// keys take their colours from it too.)
    static let chartStyle = """
        <style>
        :where(svg.chart text) { font-family: system-ui, sans-serif; font-size: 13px; fill: #1f2328; dominant-baseline: central; }
        :where(svg.chart .name, svg.chart .note, svg.chart .axis) { text-anchor: end; }
        :where(svg.chart .note, svg.chart .axis, svg.chart .monday) { font-size: 11px; fill: #5f6670; }
        :where(svg.chart .week-label, svg.chart .monday) { text-anchor: middle; }
        :where(svg.chart a text) { fill: #2457a6; }
        :where(svg.chart a:hover text, svg.chart a:focus text) { text-decoration: underline; }
        :where(svg.chart .bar.series-0) { fill: #2457a6; }
        :where(svg.chart .bar.series-1) { fill: #8fb0e0; }
        :where(svg.chart .bar.series-2) { fill: #1c6b3a; }
        :where(svg.chart .bar.series-3) { fill: #d4952b; }
        :where(svg.chart .grid-line) { stroke: #e3e6ea; stroke-width: 1; }
        :where(svg.chart .baseline) { stroke: #8a93a0; stroke-width: 1; }
        </style>
        """

    /// A chart of horizontal bars; `rows` are its rows. `id` names its title and description.
    static let barChartSVG = """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart bar-chart" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}" role="group" aria-labelledby="{{id}}-title" aria-describedby="{{id}}-desc">
        <title id="{{id}}-title">{{title}}</title>
        <desc id="{{id}}-desc">{{summary}}</desc>
        \(chartStyle)
        {{{rows}}}</svg>

        """

    /// A row of a bar chart: the name (linked when it has a page, whole on hover), a note
    /// under it, and the row's bars.
    static let barChartRow = """
        <g class="row">{{#href}}<a href="{{href}}">{{/href}}<text class="name" x="{{nameX}}" y="{{nameY}}"><title>{{name}}</title>{{label}}</text>{{#href}}</a>{{/href}}{{#note}}<text class="note" x="{{nameX}}" y="{{noteY}}">{{note}}</text>{{/note}}{{{bars}}}</g>

        """

    /// The weekly column chart; `grid` and `weeks` are its grid lines and weeks.
    static let weekChartSVG = """
        <svg xmlns="http://www.w3.org/2000/svg" class="chart week-chart" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}" role="img" aria-labelledby="{{id}}-title {{id}}-desc">
        <title id="{{id}}-title">{{title}}</title>
        <desc id="{{id}}-desc">{{summary}}</desc>
        \(chartStyle)
        <g class="grid">
        {{{grid}}}</g>
        <g class="weeks">
        {{{weeks}}}</g>
        <line class="baseline" x1="{{left}}" y1="{{baseline}}" x2="{{right}}" y2="{{baseline}}"/>
        </svg>

        """

    /// A grid line of the weekly chart, with its number on the left.
    static let weekChartGrid = """
        <line class="grid-line" x1="{{left}}" y1="{{y}}" x2="{{right}}" y2="{{y}}"/><text class="axis" x="{{textX}}" y="{{y}}">{{value}}</text>

        """

    /// A week of the weekly chart: its bars, then the week and its Monday under them.
    static let weekChartWeek = """
        <g class="week" data-week="{{week}}">{{{bars}}}<text class="week-label" x="{{textX}}" y="{{weekY}}">{{label}}</text><text class="monday" x="{{textX}}" y="{{mondayY}}">{{monday}}</text></g>

        """

    /// A bar, with what it stands for on hover and, in a bar chart, its number after it.
    static let chartBar = """
        <rect class="bar series-{{series}}" x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}"><title>{{tip}}</title></rect>{{#text}}<text class="value" x="{{textX}}" y="{{textY}}">{{text}}</text>{{/text}}
        """
}
