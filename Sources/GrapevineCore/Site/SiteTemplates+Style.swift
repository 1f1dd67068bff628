extension SiteTemplates {
    /// The site's one stylesheet: system fonts only (nothing is fetched), a readable measure,
    /// a layout that folds to one column on a phone, and a print style for prep before an interview.
    static let defaultStyle = """
        :root {
          --text: #1f2328; --muted: #5f6670; --line: #d9dde3; --soft: #f4f6f8; --paper: #fff;
          --accent: #2457a6; --accent-soft: #e8eefa; --late: #a4262c; --late-soft: #fbeaea;
          --ok: #1c6b3a; --ok-soft: #e6f4ea; --warn: #8a5a00; --warn-soft: #fdf3dc;
          --radius: 6px;
          color-scheme: light;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0; color: var(--text); background: var(--paper);
          font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
        }
        a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
        a:hover { text-decoration-thickness: 2px; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .9em; }
        pre { background: var(--soft); padding: .75rem 1rem; border-radius: var(--radius); overflow-x: auto; }
        h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 .5em; }
        h1 { font-size: 1.9rem; margin-top: .4em; }
        h2 { font-size: 1.25rem; padding-bottom: .25em; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.05rem; }
        time { font-variant-numeric: tabular-nums; white-space: nowrap; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 2; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

        header.site {
          display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem;
          padding: .75rem max(1rem, calc((100% - 72rem) / 2)); border-bottom: 1px solid var(--line); background: var(--soft);
        }
        header.site .brand {
          font-weight: 700; color: var(--text); text-decoration: none; font-size: 1.1rem;
          flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
        }
        header.site nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; flex: none; }
        @media (min-width: 761px) { header.site { flex-wrap: nowrap; } .quick-search { flex: none; } }
        header.site nav a { text-decoration: none; color: var(--muted); padding: .2rem 0; border-bottom: 2px solid transparent; }
        header.site nav a:hover, header.site nav a[aria-current="page"] { color: var(--text); border-bottom-color: var(--accent); }
        .quick-search { margin-left: auto; }
        .quick-search input { width: 9rem; }
        .page-graph main { max-width: none; }
        input[type="search"], select {
          font: inherit; padding: .35rem .6rem; border: 1px solid var(--line); border-radius: var(--radius); background: var(--paper);
        }
        /* A long URL or word in a note breaks rather than widen the page (a phone scrolled sideways). */
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
        footer.site { max-width: 72rem; margin: 2rem auto 0; padding: 1rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
        .lede { color: var(--muted); font-size: 1.05rem; margin-top: 0; }
        .empty { color: var(--muted); font-style: italic; }
        .more { color: var(--muted); font-size: .9rem; }
        .source, .source-file { color: var(--muted); font-size: .8rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
        .no-page { color: var(--muted); }
        /* A name written right to left (ليلى حداد) keeps its own direction, set apart from the date beside it. */
        main a, .no-page, h1 { unicode-bidi: plaintext; }
        .unread-files { border-left: 4px solid var(--late); background: var(--soft); padding: .5rem 1rem; }
        .unread-files h2 { color: var(--late); font-size: 1.1rem; margin: .25rem 0; }
        .warned-files { border-left: 4px solid var(--warn); padding: .25rem 1rem; margin-top: 2rem; }
        .warned-files summary { color: var(--warn); font-weight: 600; cursor: pointer; }
        .uncounted-referrals { border-left: 4px solid var(--warn); background: var(--warn-soft); padding: .5rem 1rem; }
        .uncounted-referrals h2 { color: var(--warn); font-size: 1.1rem; margin: .25rem 0; }

        .columns { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 0 2.5rem; }
        .funnel ol { display: flex; flex-wrap: wrap; gap: .75rem; list-style: none; padding: 0; margin: 0; }
        .funnel li { flex: 1 1 7rem; background: var(--soft); border-radius: var(--radius); padding: .6rem .8rem; }
        .funnel .count { display: block; font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .funnel .label { color: var(--muted); font-size: .9rem; }
        p.headline { font-size: 1.35rem; font-weight: 600; margin: 0 0 .2rem; }
        h3.group { display: flex; align-items: baseline; gap: .5rem; }
        h3.group .count { font-size: .8rem; font-weight: 600; color: var(--muted); background: var(--soft); border-radius: 999px; padding: 0 .5rem; }
        h3.group-overdue { color: var(--late); }

        ul.steps { list-style: none; padding: 0; margin: 0 0 1rem; }
        li.step {
          display: grid; grid-template-columns: 6.5rem minmax(0, 1fr); gap: .1rem .75rem;
          padding: .55rem 0; border-bottom: 1px solid var(--line);
        }
        li.step .when { color: var(--muted); font-size: .9rem; }
        li.step.overdue .when { color: var(--late); font-weight: 600; }
        li.step .step-details, li.step .source { grid-column: 2; }
        li.step .step-details { margin: .15rem 0 0; padding-left: 1.1rem; color: var(--muted); font-size: .92rem; }
        .kind {
          display: inline-block; font-size: .72rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em;
          color: var(--accent); background: var(--accent-soft); border-radius: 4px; padding: 0 .35rem; vertical-align: 1px;
        }
        ol.interviews, ul.interviews { padding-left: 1.2rem; }
        ol.interviews li, ul.interviews li { margin: .35rem 0; }
        .mode { color: var(--muted); font-size: .9rem; }

        .status { font-size: .9rem; }
        span.status { border-radius: 4px; padding: 0 .35rem; background: var(--soft); white-space: nowrap; }
        .status-met, .status-held { color: var(--ok); background: var(--ok-soft); }
        .status-scheduled, .status-replied { color: var(--accent); background: var(--accent-soft); }
        .status-awaiting-reply { color: var(--warn); background: var(--warn-soft); }
        .status-declined, .status-cancelled, .status-no-show { color: var(--late); background: var(--late-soft); }
        p.status { display: inline-block; padding: .1rem .5rem; border-radius: var(--radius); }

        /* A long name wraps in its cell; a status never does (see span.status), so it cannot be squeezed. */
        th, td { overflow-wrap: normal; }
        table.contacts td:first-child, table.contacts td:last-child { overflow-wrap: anywhere; }
        .table-tools { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; margin: 0 0 .75rem; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .95rem; }
        th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        thead th { position: sticky; top: 0; background: var(--paper); border-bottom: 2px solid var(--line); white-space: nowrap; }
        th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
        th[aria-sort="ascending"] button::after { content: " ▲"; font-size: .7em; }
        th[aria-sort="descending"] button::after { content: " ▼"; font-size: .7em; }
        tbody tr:hover { background: var(--soft); }

        header.card { border-bottom: 1px solid var(--line); padding-bottom: 1rem; }
        header.card h1 { margin-bottom: .2rem; }
        .role, .aliases { margin: .2rem 0; color: var(--muted); }
        .badge { font-size: .8rem; font-weight: 600; color: var(--ok); background: var(--ok-soft); border-radius: 4px; padding: 0 .4rem; }
        dl.details { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; margin: .75rem 0; }
        dl.details dt { color: var(--muted); }
        dl.details dd { margin: 0; overflow-wrap: anywhere; }
        .tags { margin: .5rem 0 0; }
        a.tag { display: inline-block; font-size: .85rem; text-decoration: none; background: var(--soft); border-radius: 999px; padding: 0 .55rem; margin: 0 .2rem .2rem 0; }
        ol.chain { display: flex; flex-wrap: wrap; list-style: none; padding: 0; margin: .5rem 0; gap: .25rem; }
        ol.chain li:not(:last-child)::after { content: "→"; margin-left: .35rem; color: var(--muted); }
        ul.led-to ul { margin: .15rem 0 .35rem .3rem; padding-left: 1rem; border-left: 1px solid var(--line); }
        ol.timeline { list-style: none; padding: 0 0 0 1rem; margin: .5rem 0; border-left: 2px solid var(--line); }
        ol.timeline li { position: relative; padding: .25rem 0 .25rem .5rem; }
        ol.timeline li::before { content: ""; position: absolute; left: -1.4rem; top: .75rem; width: .6rem; height: .6rem; border-radius: 50%; background: var(--line); }
        ol.timeline .event { font-weight: 600; }
        ol.timeline li.future { color: var(--muted); }
        ol.timeline .not-counted { font-style: italic; }
        ul.agenda { list-style: none; padding: 0; }
        ul.agenda li { padding: .2rem 0; }
        ul.agenda .mark { display: inline-block; width: 1.4rem; }
        ul.agenda li.asked .mark { color: var(--ok); }
        ul.agenda li.unasked { color: var(--muted); }
        li.done { text-decoration: line-through; color: var(--muted); }
        .markdown { margin-top: 1.5rem; }
        .markdown table { margin: 1rem 0; display: block; overflow-x: auto; }
        .markdown code { overflow-wrap: anywhere; }
        .markdown blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 3px solid var(--line); color: var(--muted); }
        .markdown img { max-width: 100%; }
        .markdown .callout { margin: 1rem 0; padding: .5rem 1rem; border-left: 3px solid var(--accent);
          background: var(--accent-soft); border-radius: var(--radius); }
        .markdown .callout-title { margin: 0 0 .25rem; font-weight: 600; }
        .markdown .callout > :last-child { margin-bottom: 0; }
        .markdown li.task-list-item, .markdown ul.contains-task-list { list-style: none; }
        .markdown .footnotes { margin-top: 1.5rem; padding-top: .5rem; border-top: 1px solid var(--line); font-size: .9em; color: var(--muted); }
        .markdown .footnote-ref a, .markdown .footnote-backref { text-decoration: none; }
        .backlinks ul { padding-left: 1.2rem; }
        ul.tag-cloud { display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; padding: 0; }
        .tag-cloud .count, ul.tagged .kind { color: var(--muted); font-size: .85rem; }

        .graph-wrap { overflow: auto; border: 1px solid var(--line); border-radius: var(--radius); background: var(--paper); max-height: 80vh; }
        .referral-graph .person rect { fill: var(--paper); stroke: #8a93a0; }
        .referral-graph .owner rect { fill: var(--accent-soft); stroke: var(--accent); stroke-width: 2; }
        .referral-graph .referral { stroke: #a3abb6; }
        .referral-graph a:hover rect, .referral-graph a:focus rect { stroke: var(--accent); stroke-width: 2; }

        dl.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; margin: 0; }
        dl.figures .figure { background: var(--soft); border-radius: var(--radius); padding: .6rem .8rem; }
        dl.figures dt { color: var(--muted); font-size: .9rem; }
        dl.figures dd { margin: 0; }
        dl.figures .value { display: block; font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        dl.figures .detail { color: var(--muted); font-size: .85rem; }
        .chart-note { color: var(--muted); margin-top: 0; }
        figure.chart { margin: .5rem 0 1rem; overflow-x: auto; }
        figure.chart > svg.chart { display: block; height: auto; }
        figure.chart .legend { color: var(--muted); font-size: .9rem; margin-top: .35rem; }
        svg.key { width: .8em; height: .8em; margin-left: .5rem; vertical-align: -.05em; }
        svg.key:first-child { margin-left: 0; }
        table.weeks { width: auto; font-size: .9rem; }
        table.weeks th, table.weeks td { padding: .2rem .75rem; }
        table.weeks td { text-align: right; font-variant-numeric: tabular-nums; }
        table.weeks tr.earlier { color: var(--muted); }
        ol.introductions { list-style: none; padding: 0; margin: .5rem 0; }
        ol.introductions > li { padding: .55rem 0; border-bottom: 1px solid var(--line); }
        ol.introductions .warmth {
          display: inline-block; min-width: 6.5rem; font-size: .8rem; font-weight: 600; color: var(--muted);
        }
        ol.introductions .warmth-met .warmth { color: var(--ok); }
        ol.introductions .warmth-replied .warmth { color: var(--accent); }
        ol.introductions .warmth-reached-out .warmth { color: var(--warn); }
        ol.introductions .relation, ol.introductions .state { color: var(--muted); font-size: .9rem; }
        ol.introductions .action { margin: .15rem 0 0 6.5rem; }
        ol.introductions .action::before { content: "→ "; color: var(--muted); }
        ol.introductions ol.chain, ol.introductions p.more { margin: .15rem 0 0 6.5rem; font-size: .85rem; color: var(--muted); }

        form.search label { display: block; margin-bottom: .35rem; color: var(--muted); }
        form.search input { width: min(36rem, 100%); font-size: 1.1rem; }
        ol.search-results { padding-left: 1.3rem; }
        ol.search-results li { margin: .6rem 0; }
        ol.search-results .snippet { margin: .15rem 0 0; color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
        ol.search-results mark { background: var(--accent-soft); color: inherit; border-radius: 2px; }

        @media (max-width: 760px) {
          body { font-size: 15px; }
          .columns { grid-template-columns: minmax(0, 1fr); }
          header.site .brand { white-space: normal; }
          header.site nav { flex: 1 1 100%; }
          .quick-search { margin-left: 0; width: 100%; }
          .quick-search input { width: 100%; }
          li.step { grid-template-columns: minmax(0, 1fr); }
          li.step .step-details, li.step .source { grid-column: 1; }
          ol.introductions .action, ol.introductions ol.chain, ol.introductions p.more { margin-left: 0; }
          h1 { font-size: 1.5rem; }
        }

        @media print {
          :root { --paper: #fff; --soft: #fff; }
          body { font-size: 11pt; }
          header.site, footer.site, .quick-search, .table-tools, .skip, form.search { display: none !important; }
          main { max-width: none; padding: 0; }
          a { color: inherit; text-decoration: none; }
          .markdown a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: #555; }
          h2 { break-after: avoid; }
          li.step, ol.timeline li, tr { break-inside: avoid; }
          .columns { display: block; }
          .graph-wrap { overflow: visible; max-height: none; border: 0; }
          figure.chart { overflow: visible; }
          figure.chart > svg.chart { min-width: 0; max-width: 100% !important; }
          .chart-section, figure.chart, table.weeks, dl.figures .figure, ol.introductions > li { break-inside: avoid; }
          .chart-note { break-after: avoid; }
          dl.figures .figure { border: 1px solid var(--line); }
          thead th { position: static; }
        }

        """
}
