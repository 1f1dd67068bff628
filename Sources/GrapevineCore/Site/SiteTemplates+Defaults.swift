/// The built-in templates of the site's pages. Each can be replaced by a file of the same name in
/// `.grapevine/templates/`; `docs/site.md` lists the values each template receives.
///
/// `{{name}}` is HTML-escaped; `{{{name}}}` is used only for HTML the site rendered itself:
/// Markdown through cmark-gfm, the graph's SVG, the scripts, and the lists of parts, each part
/// rendered from its own template (`SiteTemplates+Parts.swift`).
extension SiteTemplates {
    static let defaults: [(name: String, text: String)] = [
        ("layout", layout), ("dashboard", dashboard), ("contacts", contacts), ("contact", contact),
        ("interview", interview), ("organization", organization), ("placeholder", placeholder), ("note", note),
        ("tags", tags), ("tag", tag), ("graph", graph), ("search", search), ("progress", progress),
    ]

    static let layout = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Grapevine">
        <meta name="robots" content="noindex, nofollow">
        <meta name="referrer" content="no-referrer">
        <title>{{title}} · {{site}}</title>
        <link rel="stylesheet" href="{{root}}style.css">
        </head>
        <body class="page-{{page}}">
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <a class="brand" href="{{root}}index.html">{{site}}</a>
          <nav aria-label="Site">
            <a href="{{root}}index.html"{{#onDashboard}} aria-current="page"{{/onDashboard}}>Dashboard</a>
            <a href="{{root}}progress.html"{{#onProgress}} aria-current="page"{{/onProgress}}>Progress</a>
            <a href="{{root}}contacts.html"{{#onContacts}} aria-current="page"{{/onContacts}}>Contacts</a>
            <a href="{{root}}graph.html"{{#onGraph}} aria-current="page"{{/onGraph}}>Graph</a>
            <a href="{{root}}tags.html"{{#onTags}} aria-current="page"{{/onTags}}>Tags</a>
            <a href="{{root}}search.html"{{#onSearch}} aria-current="page"{{/onSearch}}>Search</a>
          </nav>
          <form class="quick-search" action="{{root}}search.html" role="search">
            <input type="search" name="q" placeholder="Search" aria-label="Search the site">
          </form>
        </header>
        <main id="main">
        {{$main}}{{/main}}
        </main>
        <footer class="site">
          <p>{{site}} · built by Grapevine as of {{today}}{{#isPublic}} · public edition: private notes and fields left out{{/isPublic}}</p>
        </footer>
        </body>
        </html>

        """

    static let dashboard = """
        {{<layout}}{{$main}}
        <h1>{{site}}</h1>
        <p class="headline">{{headline}}</p>
        <p class="lede">As of {{today}}.{{#summary}} {{summary}}{{/summary}} <a href="progress.html">See your progress</a>.</p>
        {{#searchEnded}}<p class="search-ended" role="note">{{searchEnded}}</p>{{/searchEnded}}
        {{#hasUnreadFiles}}
        <section class="unread-files" role="note" aria-labelledby="unread-files">
          <h2 id="unread-files">{{unreadHeadline}}</h2>
          <p>What could not be read in them is left out, so some next steps may be missing or wrong.
          Run <code>grapevine check</code> to see each problem and how to fix it.</p>
          <ul>
        {{{unreadFiles}}}</ul>
        </section>
        {{/hasUnreadFiles}}
        {{#hasUncountedReferrals}}
        <section class="uncounted-referrals" role="note" aria-labelledby="uncounted-referrals">
          <h2 id="uncounted-referrals">{{uncountedHeadline}}</h2>
          <p>A Referrals item counts when it starts with the person suggested, so the next steps about the people
          meant here are missing. Start each item with the person: <code>- [[Their Name]] — what you know of them</code> or
          <code>- Their Name at [[Organization]]</code>.</p>
          <ul>
        {{{uncountedReferrals}}}</ul>
        </section>
        {{/hasUncountedReferrals}}

        <section class="funnel" aria-labelledby="funnel">
          <h2 id="funnel">The search in numbers</h2>
          <ol>
        {{{funnel}}}</ol>
        </section>

        <div class="columns">
        <section class="agenda" aria-labelledby="next-steps">
          <h2 id="next-steps">Next steps</h2>
          {{{steps}}}
          {{#later}}<p class="more">{{later}} more due later: see each contact's page, or run <code>grapevine next --all</code>.</p>{{/later}}
          {{^hasSteps}}<p class="empty">Nothing to do right now.</p>{{/hasSteps}}
        </section>

        <section class="upcoming" aria-labelledby="upcoming">
          <h2 id="upcoming">Upcoming interviews</h2>
          {{#hasUpcoming}}<ol class="interviews">
        {{{upcoming}}}</ol>{{/hasUpcoming}}
          {{^hasUpcoming}}<p class="empty">No interview scheduled.</p>{{/hasUpcoming}}
        </section>
        </div>
        {{#hasWarnedFiles}}
        <details class="warned-files" id="warned-files">
          <summary>{{warningsHeadline}}</summary>
          <p>These files are read, but something in them may not mean what you meant. Run
          <code>grapevine check</code> to see each warning and how to fix it.</p>
          <ul>
        {{{warnedFiles}}}{{#moreWarnedFiles}}<li>and {{moreWarnedFiles}} more files</li>
        {{/moreWarnedFiles}}</ul>
        </details>
        {{/hasWarnedFiles}}
        {{/main}}{{/layout}}

        """

    static let contacts = """
        {{<layout}}{{$main}}
        <h1>Contacts</h1>
        <p class="lede">{{count}} people. Click a column heading to sort; type to filter.</p>
        <div class="table-tools" hidden>
          <label>Filter <input type="search" id="contact-filter" placeholder="name, organization, title…"></label>
          <label>Status <select id="status-filter"><option value="">any</option>{{{statuses}}}</select></label>
          <span id="contact-count" aria-live="polite"></span>
        </div>
        <div class="table-wrap">
        <table class="contacts" id="contacts">
          <thead><tr>
            <th scope="col" aria-sort="ascending"><button type="button">Name</button></th>
            <th scope="col"><button type="button">Organization</button></th>
            <th scope="col"><button type="button">Title</button></th>
            <th scope="col"><button type="button">Status</button></th>
            <th scope="col"><button type="button">Last touch</button></th>
            <th scope="col"><button type="button">Referred by</button></th>
          </tr></thead>
          <tbody>
        {{{rows}}}
          </tbody>
        </table>
        </div>
        <script>{{{script}}}</script>
        {{/main}}{{/layout}}

        """

    static let contact = """
        {{<layout}}{{$main}}
        <article class="note contact">
        <header class="card">
          <h1>{{name}}</h1>
          {{#hasAliases}}<p class="aliases">Also {{aliases}}</p>{{/hasAliases}}
          {{#hasRole}}<p class="role">{{jobTitle}}{{#jobTitle}}{{#hasOrganization}} at {{/hasOrganization}}{{/jobTitle}}{{{organization}}}</p>{{/hasRole}}
          {{^isWithheld}}<p class="status status-{{statusCode}}">{{status}}{{#lastTouch}} · last in touch <time datetime="{{lastTouch}}">{{lastTouch}}</time>{{/lastTouch}}</p>{{/isWithheld}}
          {{#hasDetails}}<dl class="details">
        {{{details}}}</dl>{{/hasDetails}}
          {{#hasTags}}<p class="tags">{{{tags}}}</p>{{/hasTags}}
        </header>

        {{^isWithheld}}<section aria-labelledby="chain">
          <h2 id="chain">{{#isReached}}How you reached them{{/isReached}}{{^isReached}}How you came by their name{{/isReached}}</h2>
          {{#hasChain}}<ol class="chain">
        {{{chain}}}</ol>{{/hasChain}}
          {{^hasChain}}<p class="empty">No referral chain leads here from you.</p>{{/hasChain}}
          {{#hasReferredBy}}<p>Referred by {{{referredBy}}}.</p>{{/hasReferredBy}}
          {{#hasRemarks}}<ul class="remarks">
        {{{remarks}}}</ul>{{/hasRemarks}}
        </section>{{/isWithheld}}

        {{#hasLedTo}}
        <section aria-labelledby="led-to">
          <h2 id="led-to">Who they led to</h2>
          <ul class="led-to">
        {{{ledTo}}}{{#moreLedTo}}<li><span class="more">and more further down the chain</span></li>
        {{/moreLedTo}}</ul>
        </section>
        {{/hasLedTo}}

        {{#hasSteps}}
        <section aria-labelledby="next">
          <h2 id="next">What to do next</h2>
          <ul class="steps">
        {{{steps}}}</ul>
        </section>
        {{/hasSteps}}

        {{#hasInterviews}}
        <section aria-labelledby="interviews">
          <h2 id="interviews">Interviews</h2>
          <ul class="interviews">
        {{{interviews}}}</ul>
        </section>
        {{/hasInterviews}}

        {{#hasLog}}
        <section aria-labelledby="log">
          <h2 id="log">Log</h2>
          <ol class="timeline">
        {{{log}}}</ol>
        </section>
        {{/hasLog}}

        {{#hasTasks}}
        <section aria-labelledby="tasks">
          <h2 id="tasks">Open tasks</h2>
          <ul class="tasks">
        {{{tasks}}}</ul>
        </section>
        {{/hasTasks}}

        {{#hasReminders}}
        <section aria-labelledby="reminders">
          <h2 id="reminders">Reminders</h2>
          <ul class="tasks">
        {{{reminders}}}</ul>
        </section>
        {{/hasReminders}}

        {{#hasBody}}<section class="markdown" aria-label="Notes">{{{body}}}</section>{{/hasBody}}
        {{#hasBacklinks}}<section aria-labelledby="backlinks"><h2 id="backlinks">Linked from</h2><ul class="backlinks">
        {{{backlinks}}}</ul></section>{{/hasBacklinks}}
        <p class="source-file">{{file}}</p>
        </article>
        {{/main}}{{/layout}}

        """

    static let interview = """
        {{<layout}}{{$main}}
        <article class="note interview">
        <header class="card">
          <h1>{{name}}</h1>
          <p class="role">{{#date}}<time datetime="{{date}}">{{dateLabel}}</time>{{/date}}{{^date}}Undated{{/date}}{{#mode}} · {{mode}}{{/mode}}{{#duration}} · {{duration}} minutes{{/duration}} · <span class="status status-{{status}}">{{status}}</span></p>
          {{#hasWith}}<p>With {{{with}}}</p>{{/hasWith}}
          {{#hasDetails}}<dl class="details">
        {{{details}}}</dl>{{/hasDetails}}
          {{#hasTags}}<p class="tags">{{{tags}}}</p>{{/hasTags}}
        </header>

        {{#hasAgenda}}
        <section aria-labelledby="agenda">
          <h2 id="agenda">Agenda</h2>
          <p class="lede">{{asked}}</p>
          <ul class="agenda">
        {{{agenda}}}</ul>
        </section>
        {{/hasAgenda}}

        {{#hasReferrals}}
        <section aria-labelledby="referrals">
          <h2 id="referrals">Referrals</h2>
          <ul class="referrals">
        {{{referrals}}}</ul>
        </section>
        {{/hasReferrals}}

        {{#hasResources}}
        <section aria-labelledby="resources">
          <h2 id="resources">Resources</h2>
          <ul>
        {{{resources}}}</ul>
        </section>
        {{/hasResources}}

        {{#hasLeads}}
        <section aria-labelledby="leads">
          <h2 id="leads">Leads</h2>
          <ul>
        {{{leads}}}</ul>
        </section>
        {{/hasLeads}}

        {{#hasSteps}}
        <section aria-labelledby="next">
          <h2 id="next">What to do next</h2>
          <ul class="steps">
        {{{steps}}}</ul>
        </section>
        {{/hasSteps}}

        {{#hasBody}}<section class="markdown" aria-label="Notes">{{{body}}}</section>{{/hasBody}}
        {{#hasBacklinks}}<section aria-labelledby="backlinks"><h2 id="backlinks">Linked from</h2><ul class="backlinks">
        {{{backlinks}}}</ul></section>{{/hasBacklinks}}
        <p class="source-file">{{file}}</p>
        </article>
        {{/main}}{{/layout}}

        """

    static let organization = """
        {{<layout}}{{$main}}
        <article class="note organization">
        <header class="card">
          <h1>{{name}}</h1>
          {{#target}}<p class="role"><span class="badge">{{target}}</span></p>{{/target}}
          {{#hasDetails}}<dl class="details">
        {{{details}}}</dl>{{/hasDetails}}
          {{#hasTags}}<p class="tags">{{{tags}}}</p>{{/hasTags}}
        </header>

        <section aria-labelledby="introductions">
          <h2 id="introductions">Warm introductions</h2>
          {{#hasIntroductions}}<p class="lede">Everyone you know here and who could introduce you, warmest first, with what to do next.</p>
          <ol class="introductions">
        {{{introductions}}}</ol>{{#moreIntroductions}}
          <p class="more">And {{moreIntroductions}} more: <code>{{pathCommand}}</code> lists everyone.</p>{{/moreIntroductions}}{{/hasIntroductions}}
          {{^hasIntroductions}}<p class="empty">Nobody yet: ask the people you meet whom they know here.</p>{{/hasIntroductions}}
        </section>

        {{#hasInterviews}}
        <section aria-labelledby="interviews">
          <h2 id="interviews">Interviews</h2>
          <ul class="interviews">
        {{{interviews}}}</ul>
        </section>
        {{/hasInterviews}}

        {{#hasResearch}}
        <section class="markdown" aria-labelledby="research">
          <h2 id="research">Research</h2>
          {{{research}}}
        </section>
        {{/hasResearch}}

        {{#hasSteps}}
        <section aria-labelledby="next">
          <h2 id="next">What to do next</h2>
          <ul class="steps">
        {{{steps}}}</ul>
        </section>
        {{/hasSteps}}

        {{#hasBody}}<section class="markdown" aria-label="Notes">{{{body}}}</section>{{/hasBody}}
        {{#hasBacklinks}}<section aria-labelledby="backlinks"><h2 id="backlinks">Linked from</h2><ul class="backlinks">
        {{{backlinks}}}</ul></section>{{/hasBacklinks}}
        <p class="source-file">{{file}}</p>
        </article>
        {{/main}}{{/layout}}

        """

    /// A person or organization named in the vault who has no note yet.
    static let placeholder = """
        {{<layout}}{{$main}}
        <article class="note placeholder">
        <header class="card">
          <h1>{{name}}</h1>
          <p class="role">No note yet. To start one: <code>{{command}}</code></p>
        </header>
        {{#hasReferredBy}}<section aria-labelledby="chain"><h2 id="chain">Referred by</h2><p>{{{referredBy}}}</p></section>{{/hasReferredBy}}
        {{#hasIntroductions}}<section aria-labelledby="introductions"><h2 id="introductions">Warm introductions</h2><ol class="introductions">
        {{{introductions}}}</ol>{{#moreIntroductions}}<p class="more">And {{moreIntroductions}} more: <code>{{pathCommand}}</code> lists everyone.</p>{{/moreIntroductions}}</section>{{/hasIntroductions}}{{^hasIntroductions}}{{#hasPeople}}<section aria-labelledby="people"><h2 id="people">People there</h2><ul class="people">
        {{{people}}}</ul></section>{{/hasPeople}}{{/hasIntroductions}}
        {{#hasSteps}}<section aria-labelledby="next"><h2 id="next">What to do next</h2><ul class="steps">
        {{{steps}}}</ul></section>{{/hasSteps}}
        {{#hasBacklinks}}<section aria-labelledby="backlinks"><h2 id="backlinks">Linked from</h2><ul class="backlinks">
        {{{backlinks}}}</ul></section>{{/hasBacklinks}}
        </article>
        {{/main}}{{/layout}}

        """

    /// A pitch or a plain note.
    static let note = """
        {{<layout}}{{$main}}
        <article class="note">
        <header class="card">
          <h1>{{name}}</h1>
          {{#hasDetails}}<dl class="details">
        {{{details}}}</dl>{{/hasDetails}}
          {{#hasTags}}<p class="tags">{{{tags}}}</p>{{/hasTags}}
        </header>
        {{#hasSteps}}<section aria-labelledby="next"><h2 id="next">What to do next</h2><ul class="steps">
        {{{steps}}}</ul></section>{{/hasSteps}}
        {{#hasBody}}<section class="markdown" aria-label="Note">{{{body}}}</section>{{/hasBody}}
        {{#hasBacklinks}}<section aria-labelledby="backlinks"><h2 id="backlinks">Linked from</h2><ul class="backlinks">
        {{{backlinks}}}</ul></section>{{/hasBacklinks}}
        <p class="source-file">{{file}}</p>
        </article>
        {{/main}}{{/layout}}

        """

    static let tags = """
        {{<layout}}{{$main}}
        <h1>Tags</h1>
        {{#hasTags}}<ul class="tag-cloud">
        {{{tags}}}</ul>{{/hasTags}}
        {{^hasTags}}<p class="empty">No note has tags yet. Add <code>tags: [alumni]</code> to a note's front matter.</p>{{/hasTags}}
        {{/main}}{{/layout}}

        """

    static let tag = """
        {{<layout}}{{$main}}
        <h1>#{{name}}</h1>
        {{#hasNotes}}<ul class="tagged">
        {{{notes}}}</ul>{{/hasNotes}}
        {{/main}}{{/layout}}

        """

    static let graph = """
        {{<layout}}{{$main}}
        <h1>Referral graph</h1>
        <p class="lede">{{people}} people, {{referrals}} referrals. Each box is a person and links to their page; a line runs down from whoever gave you a name to that person. Dashed boxes have no note yet; dashed lines are second referrals of someone already placed.</p>
        <div class="graph-wrap">
        {{{svg}}}
        </div>
        {{/main}}{{/layout}}

        """

    static let search = """
        {{<layout}}{{$main}}
        <h1>Search</h1>
        <form class="search" action="search.html" role="search">
          <label for="search-input">Search every note: names, front matter and text. Put "a phrase" in quotes.</label>
          <input type="search" id="search-input" name="q" autocomplete="off" autofocus>
        </form>
        <p id="search-status" aria-live="polite"><noscript>Search needs JavaScript; every page is also listed on the <a href="contacts.html">contacts</a> and <a href="tags.html">tags</a> pages.</noscript></p>
        <ol id="search-results" class="search-results"></ol>
        <script src="search-index.js"></script>
        <script>{{{script}}}</script>
        {{/main}}{{/layout}}

        """
}
