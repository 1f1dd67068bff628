/// The built-in templates of the site. Each can be replaced by a file of the same name in
/// `.grapevine/templates/`; `docs/site.md` lists the values each template receives.
///
/// `{{name}}` is HTML-escaped; `{{{name}}}` is used only for HTML the site rendered itself
/// (Markdown through cmark-gfm, the graph's SVG, the search script).
extension SiteTemplates {
    static let defaults: [(name: String, text: String)] = [
        ("layout", layout), ("link", link), ("steps", steps), ("backlinks", backlinks), ("details", details),
        ("dashboard", dashboard), ("contacts", contacts), ("contact", contact), ("interview", interview),
        ("organization", organization), ("placeholder", placeholder), ("note", note), ("tags", tags),
        ("tag", tag), ("graph", graph), ("search", search),
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

    /// A person, organization or note: a link when it has a page, else its name.
    static let link = """
        {{#href}}<a href="{{href}}">{{name}}</a>{{/href}}{{^href}}<span class="no-page">{{name}}</span>{{/href}}
        """

    static let steps = """
        <ul class="steps">
        {{#steps}}
          <li class="step kind-{{kind}}{{#overdue}} overdue{{/overdue}}">
            <span class="when">{{#due}}<time datetime="{{due}}">{{due}}</time>{{/due}}{{^due}}anytime{{/due}}</span>
            <span class="what"><span class="kind">{{kindLabel}}</span> {{#href}}<a href="{{href}}">{{title}}</a>{{/href}}{{^href}}{{title}}{{/href}}</span>
            {{#hasDetails}}<ul class="step-details">{{#details}}<li>{{.}}</li>{{/details}}</ul>{{/hasDetails}}
            <span class="source">{{file}}:{{line}}</span>
          </li>
        {{/steps}}
        </ul>

        """

    static let backlinks = """
        {{#hasBacklinks}}
        <section class="backlinks" aria-labelledby="backlinks">
          <h2 id="backlinks">Linked from</h2>
          <ul>{{#backlinks}}<li>{{>link}} <span class="source">line {{line}}</span></li>{{/backlinks}}</ul>
        </section>
        {{/hasBacklinks}}

        """

    /// The front matter fields of a note, as a definition list.
    static let details = """
        {{#hasDetails}}
        <dl class="details">
        {{#details}}
          <dt>{{label}}</dt><dd>{{#href}}<a href="{{href}}" rel="noopener noreferrer">{{value}}</a>{{/href}}{{^href}}{{value}}{{/href}}</dd>
        {{/details}}
        </dl>
        {{/hasDetails}}

        """

    static let dashboard = """
        {{<layout}}{{$main}}
        <h1>{{site}}</h1>
        <p class="lede">As of {{today}}: {{summary}}</p>

        <section class="funnel" aria-labelledby="funnel">
          <h2 id="funnel">The search in numbers</h2>
          <ol>
          {{#funnel}}<li><span class="count">{{count}}</span> <span class="label">{{label}}</span></li>
          {{/funnel}}
          </ol>
        </section>

        <div class="columns">
        <section class="agenda" aria-labelledby="next-steps">
          <h2 id="next-steps">Next steps</h2>
          {{#groups}}
          <h3 class="group group-{{id}}">{{title}} <span class="count">{{count}}</span></h3>
          {{>steps}}
          {{#more}}<p class="more">And {{more}} more: each is listed on its contact's page, and <code>grapevine next</code> lists them all.</p>{{/more}}
          {{/groups}}
          {{^groups}}<p class="empty">Nothing to do right now.</p>{{/groups}}
          {{#later}}<p class="more">{{later}} more due later; see each contact's page or run <code>grapevine next --all</code>.</p>{{/later}}
        </section>

        <section class="upcoming" aria-labelledby="upcoming">
          <h2 id="upcoming">Upcoming interviews</h2>
          {{#hasUpcoming}}
          <ol class="interviews">
          {{#upcoming}}
            <li><a href="{{href}}"><time datetime="{{date}}">{{when}}</time></a>
              with {{#with}}{{>link}}{{^last()}}, {{/last()}}{{/with}}{{#organization}} ({{>link}}){{/organization}}
              {{#mode}}<span class="mode">{{mode}}</span>{{/mode}}</li>
          {{/upcoming}}
          </ol>
          {{/hasUpcoming}}
          {{^upcoming}}<p class="empty">No interview scheduled.</p>{{/upcoming}}
        </section>
        </div>
        {{/main}}{{/layout}}

        """

    static let contacts = """
        {{<layout}}{{$main}}
        <h1>Contacts</h1>
        <p class="lede">{{count}} people. Click a column heading to sort; type to filter.</p>
        <div class="table-tools" hidden>
          <label>Filter <input type="search" id="contact-filter" placeholder="name, organization, title…"></label>
          <label>Status <select id="status-filter"><option value="">any</option>{{#statuses}}<option value="{{code}}">{{label}}</option>{{/statuses}}</select></label>
          <span id="contact-count" aria-live="polite"></span>
        </div>
        <div class="table-wrap">
        <table class="contacts" id="contacts">
          <thead><tr>
            <th scope="col" aria-sort="ascending"><button type="button" data-column="0">Name</button></th>
            <th scope="col"><button type="button" data-column="1">Organization</button></th>
            <th scope="col"><button type="button" data-column="2">Title</button></th>
            <th scope="col"><button type="button" data-column="3">Status</button></th>
            <th scope="col"><button type="button" data-column="4">Last touch</button></th>
            <th scope="col"><button type="button" data-column="5">Referred by</button></th>
          </tr></thead>
          <tbody>
          {{#rows}}
          <tr data-status="{{statusCode}}">
            <td data-sort="{{sortName}}">{{#person}}{{>link}}{{/person}}</td>
            <td>{{#organization}}{{>link}}{{/organization}}</td>
            <td>{{title}}</td>
            <td data-sort="{{statusRank}}"><span class="status status-{{statusCode}}">{{status}}</span></td>
            <td data-sort="{{lastTouch}}">{{#lastTouch}}<time datetime="{{lastTouch}}">{{lastTouch}}</time>{{/lastTouch}}</td>
            <td>{{#referredBy}}{{>link}}{{^last()}}, {{/last()}}{{/referredBy}}</td>
          </tr>
          {{/rows}}
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
          {{#hasAliases}}<p class="aliases">Also {{#aliases}}{{.}}{{^last()}}, {{/last()}}{{/aliases}}</p>{{/hasAliases}}
          {{#role}}<p class="role">{{title}}{{#title}}{{#organization}} at {{/organization}}{{/title}}{{#organization}}{{>link}}{{/organization}}</p>{{/role}}
          <p class="status status-{{statusCode}}">{{status}}{{#lastTouch}} · last in touch <time datetime="{{lastTouch}}">{{lastTouch}}</time>{{/lastTouch}}</p>
          {{>details}}
          {{#hasTags}}<p class="tags">{{#tags}}<a class="tag" href="{{href}}">#{{name}}</a> {{/tags}}</p>{{/hasTags}}
        </header>

        <section aria-labelledby="chain">
          <h2 id="chain">How you reached them</h2>
          {{#hasChain}}<ol class="chain">{{#chain}}<li>{{>link}}</li>{{/chain}}</ol>{{/hasChain}}
          {{^chain}}<p class="empty">No referral chain leads here from you.</p>{{/chain}}
          {{#hasReferredBy}}<p>Referred by {{#referredBy}}{{>link}}{{^last()}}, {{/last()}}{{/referredBy}}.</p>{{/hasReferredBy}}
        </section>

        {{#hasLedTo}}
        <section aria-labelledby="led-to">
          <h2 id="led-to">Who they led to</h2>
          <ul class="led-to">{{#ledTo}}<li>{{#person}}{{>link}}{{/person}}{{#via}} <span class="via">via {{>link}}</span>{{/via}}{{#date}} <time datetime="{{date}}">{{date}}</time>{{/date}}</li>{{/ledTo}}</ul>
        </section>
        {{/hasLedTo}}

        {{#hasSteps}}
        <section aria-labelledby="next">
          <h2 id="next">Next steps</h2>
          {{>steps}}
        </section>
        {{/hasSteps}}

        {{#hasInterviews}}
        <section aria-labelledby="interviews">
          <h2 id="interviews">Interviews</h2>
          <ul class="interviews">{{#interviews}}<li>{{#href}}<a href="{{href}}">{{when}}</a>{{/href}}{{^href}}{{when}}{{/href}} <span class="status status-{{status}}">{{status}}</span>{{#mode}} · {{mode}}{{/mode}}{{#thankYou}} · thanked {{thankYou}}{{/thankYou}}{{#update}} · updated {{update}}{{/update}}</li>{{/interviews}}</ul>
        </section>
        {{/hasInterviews}}

        {{#hasLog}}
        <section aria-labelledby="log">
          <h2 id="log">Log</h2>
          <ol class="timeline">{{#log}}<li class="event-{{event}}"><time datetime="{{date}}">{{date}}</time> <span class="event">{{word}}</span> <span class="text">{{{text}}}</span></li>{{/log}}</ol>
        </section>
        {{/hasLog}}

        {{#hasTasks}}
        <section aria-labelledby="tasks">
          <h2 id="tasks">Open tasks</h2>
          <ul class="tasks">{{#tasks}}<li>{{text}}{{#due}} <span class="due">due <time datetime="{{due}}">{{due}}</time></span>{{/due}} <span class="source">{{file}}:{{line}}</span></li>{{/tasks}}</ul>
        </section>
        {{/hasTasks}}

        {{#hasReminders}}
        <section aria-labelledby="reminders">
          <h2 id="reminders">Reminders</h2>
          <ul class="tasks">{{#reminders}}<li><time datetime="{{date}}">{{date}}</time> {{text}}</li>{{/reminders}}</ul>
        </section>
        {{/hasReminders}}

        {{#body}}<section class="markdown" aria-label="Notes">{{{body}}}</section>{{/body}}
        {{>backlinks}}
        <p class="source-file">{{file}}</p>
        </article>
        {{/main}}{{/layout}}

        """

    static let interview = """
        {{<layout}}{{$main}}
        <article class="note interview">
        <header class="card">
          <h1>{{title}}</h1>
          <p class="role">{{#when}}<time datetime="{{date}}">{{when}}</time>{{/when}}{{#mode}} · {{mode}}{{/mode}} · {{duration}} minutes · <span class="status status-{{status}}">{{status}}</span></p>
          <p>With {{#with}}{{>link}}{{#organization}} ({{>link}}){{/organization}}{{^last()}}, {{/last()}}{{/with}}</p>
          {{>details}}
          {{#hasTags}}<p class="tags">{{#tags}}<a class="tag" href="{{href}}">#{{name}}</a> {{/tags}}</p>{{/hasTags}}
        </header>

        {{#hasAgenda}}
        <section aria-labelledby="agenda">
          <h2 id="agenda">Agenda</h2>
          <p class="lede">{{asked}} of {{agendaCount}} asked.</p>
          <ul class="agenda">{{#agenda}}<li class="{{#asked}}asked{{/asked}}{{^asked}}unasked{{/asked}}"><span class="mark" aria-hidden="true">{{#asked}}✓{{/asked}}{{^asked}}○{{/asked}}</span> {{{text}}}<span class="visually-hidden">{{#asked}} (asked){{/asked}}{{^asked}} (not asked){{/asked}}</span></li>{{/agenda}}</ul>
        </section>
        {{/hasAgenda}}

        {{#hasReferrals}}
        <section aria-labelledby="referrals">
          <h2 id="referrals">Referrals</h2>
          <ul class="referrals">{{#referrals}}<li>{{#person}}{{>link}}{{/person}}{{#text}} — {{{text}}}{{/text}}</li>{{/referrals}}</ul>
        </section>
        {{/hasReferrals}}

        {{#hasResources}}
        <section aria-labelledby="resources">
          <h2 id="resources">Resources</h2>
          <ul>{{#resources}}<li class="{{#done}}done{{/done}}">{{{text}}}</li>{{/resources}}</ul>
        </section>
        {{/hasResources}}

        {{#hasLeads}}
        <section aria-labelledby="leads">
          <h2 id="leads">Leads</h2>
          <ul>{{#leads}}<li class="{{#done}}done{{/done}}">{{{text}}}</li>{{/leads}}</ul>
        </section>
        {{/hasLeads}}

        {{#hasSteps}}
        <section aria-labelledby="next">
          <h2 id="next">Next steps</h2>
          {{>steps}}
        </section>
        {{/hasSteps}}

        {{#body}}<section class="markdown" aria-label="Notes">{{{body}}}</section>{{/body}}
        {{>backlinks}}
        <p class="source-file">{{file}}</p>
        </article>
        {{/main}}{{/layout}}

        """

    static let organization = """
        {{<layout}}{{$main}}
        <article class="note organization">
        <header class="card">
          <h1>{{name}}</h1>
          {{#target}}<p class="role"><span class="badge">target</span>{{#motivation}} · motivation {{motivation}} of 3{{/motivation}}</p>{{/target}}
          {{>details}}
          {{#hasTags}}<p class="tags">{{#tags}}<a class="tag" href="{{href}}">#{{name}}</a> {{/tags}}</p>{{/hasTags}}
        </header>

        <section aria-labelledby="people">
          <h2 id="people">People there</h2>
          {{#hasPeople}}<ul class="people">{{#people}}<li>{{#person}}{{>link}}{{/person}}{{#title}}, {{title}}{{/title}} <span class="status">{{status}}</span></li>{{/people}}</ul>{{/hasPeople}}
          {{^people}}<p class="empty">Nobody yet: ask the people you meet whom they know here.</p>{{/people}}
        </section>

        {{#hasInterviews}}
        <section aria-labelledby="interviews">
          <h2 id="interviews">Interviews</h2>
          <ul class="interviews">{{#interviews}}<li>{{#href}}<a href="{{href}}">{{when}}</a>{{/href}}{{^href}}{{when}}{{/href}} with {{#with}}{{>link}}{{^last()}}, {{/last()}}{{/with}} <span class="status status-{{status}}">{{status}}</span></li>{{/interviews}}</ul>
        </section>
        {{/hasInterviews}}

        {{#research}}
        <section class="markdown" aria-labelledby="research">
          <h2 id="research">Research</h2>
          {{{research}}}
        </section>
        {{/research}}

        {{#hasSteps}}
        <section aria-labelledby="next">
          <h2 id="next">Next steps</h2>
          {{>steps}}
        </section>
        {{/hasSteps}}

        {{#body}}<section class="markdown" aria-label="Notes">{{{body}}}</section>{{/body}}
        {{>backlinks}}
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
        {{#hasReferredBy}}<section aria-labelledby="chain"><h2 id="chain">Referred by</h2><ul>{{#referredBy}}<li>{{>link}}</li>{{/referredBy}}</ul></section>{{/hasReferredBy}}
        {{#hasPeople}}<section aria-labelledby="people"><h2 id="people">People there</h2><ul class="people">{{#people}}<li>{{#person}}{{>link}}{{/person}}{{#title}}, {{title}}{{/title}}</li>{{/people}}</ul></section>{{/hasPeople}}
        {{#hasSteps}}<section aria-labelledby="next"><h2 id="next">Next steps</h2>{{>steps}}</section>{{/hasSteps}}
        {{>backlinks}}
        </article>
        {{/main}}{{/layout}}

        """

    /// A pitch or a plain note.
    static let note = """
        {{<layout}}{{$main}}
        <article class="note">
        <header class="card">
          <h1>{{name}}</h1>
          {{>details}}
          {{#hasTags}}<p class="tags">{{#tags}}<a class="tag" href="{{href}}">#{{name}}</a> {{/tags}}</p>{{/hasTags}}
        </header>
        {{#hasSteps}}<section aria-labelledby="next"><h2 id="next">Next steps</h2>{{>steps}}</section>{{/hasSteps}}
        {{#body}}<section class="markdown" aria-label="Note">{{{body}}}</section>{{/body}}
        {{>backlinks}}
        <p class="source-file">{{file}}</p>
        </article>
        {{/main}}{{/layout}}

        """

    static let tags = """
        {{<layout}}{{$main}}
        <h1>Tags</h1>
        {{#hasTags}}<ul class="tag-cloud">{{#tags}}<li><a class="tag" href="{{href}}">#{{name}}</a> <span class="count">{{count}}</span></li>{{/tags}}</ul>{{/hasTags}}
        {{^tags}}<p class="empty">No note has tags yet. Add <code>tags: [alumni]</code> to a note's front matter.</p>{{/tags}}
        {{/main}}{{/layout}}

        """

    static let tag = """
        {{<layout}}{{$main}}
        <h1>#{{name}}</h1>
        <ul class="tagged">{{#notes}}<li>{{>link}} <span class="kind">{{kind}}</span>{{#title}} · {{title}}{{/title}}</li>{{/notes}}</ul>
        {{/main}}{{/layout}}

        """

    static let graph = """
        {{<layout}}{{$main}}
        <h1>Referral graph</h1>
        <p class="lede">{{people}} people, {{referrals}} referrals. Each box is a person and links to their page; an arrow runs from whoever gave you a name to that person. Dashed boxes have no note yet; dashed lines are second referrals of someone already placed.</p>
        <div class="graph-wrap">
        {{{svg}}}
        </div>
        {{/main}}{{/layout}}

        """

    static let search = """
        {{<layout}}{{$main}}
        <h1>Search</h1>
        <form class="search" action="search.html" role="search">
          <label for="search-input">Search names, notes and tags</label>
          <input type="search" id="search-input" name="q" autocomplete="off" autofocus>
        </form>
        <p id="search-status" aria-live="polite"><noscript>Search needs JavaScript; every page is also listed on the <a href="contacts.html">contacts</a> and <a href="tags.html">tags</a> pages.</noscript></p>
        <ol id="search-results" class="search-results"></ol>
        <script src="search-index.js"></script>
        <script>{{{script}}}</script>
        {{/main}}{{/layout}}

        """
}
