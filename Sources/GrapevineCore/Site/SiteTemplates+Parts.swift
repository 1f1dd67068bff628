/// The built-in templates of the repeated parts of pages: one link, one step, one Log entry, …
/// Pages place a list of them with `{{{log}}}` inside the list's own markup, which the page's
/// template writes (`<ol class="timeline">{{{log}}}</ol>`). Each part is rendered once per item
/// and can be replaced, like a page, by a file of the same name in `.grapevine/templates/`.
///
/// Parts hold values only: no part includes another (a part that needs a link, or a list of
/// them, gets it ready-made as `{{{person}}}`), so every part is filled in at the speed of a
/// copy once its shape is known (`TemplateShapes`).
extension SiteTemplates {
    static let parts: [(name: String, text: String)] =
        [
            ("link", link), ("step", step), ("step-detail", stepDetail), ("log-entry", logEntry), ("task", task),
            ("reminder", reminder), ("meeting", meeting), ("member", member), ("backlink", backlink),
            ("tag-link", tagLink), ("detail", detail), ("chain-person", chainPerson), ("chain-more", chainMore),
            ("led-to", ledTo), ("remark", remark), ("agenda-item", agendaItem), ("list-item", listItem),
            ("referral", referral),
            ("interviewee", interviewee), ("step-group", stepGroup), ("funnel-stage", funnelStage),
            ("upcoming", upcoming), ("unread-file", unreadFile), ("warned-file", warnedFile),
            ("uncounted-referral", uncountedReferral),
            ("contact-row", contactRow),
            ("status-option", statusOption),
            ("tag-count", tagCount), ("tagged-note", taggedNote), ("graph-svg", graphSVG),
            ("graph-referral", graphReferral),
            ("graph-person", graphPerson), ("url", url), ("introduction", introduction),
            ("live-reload", liveReload), ("callout", callout),
        ] + progressParts

    /// An Obsidian callout in a note's text (`> [!note] Title`): its `kind` ("note", "quote"),
    /// and its `title` and `body` as HTML (the title is the kind, capitalized, when none is
    /// written).
    static let callout = """
        <aside class="callout callout-{{kind}}"><p class="callout-title">{{{title}}}</p>
        {{{body}}}</aside>

        """

    /// A person, organization or note: a link to its page, or its name when it has none.
    static let link =
        #"{{#href}}<a href="{{href}}">{{name}}</a>{{/href}}{{^href}}<span class="no-page">{{name}}</span>{{/href}}"#

    /// A URL in a note's text (a Log entry, an agenda question): `text` is what the note shows,
    /// the URL itself or a Markdown link's words; `url` is the address.
    static let url = #"<a href="{{href}}" rel="noopener noreferrer">{{text}}</a>"#

    /// A next step. `href` is the page of the person or note it is about, empty on that page.
    static let step = """
        <li class="step kind-{{kind}}{{#overdue}} overdue{{/overdue}}"><span class="when">{{#due}}<time datetime="{{due}}">{{due}}</time>{{/due}}{{^due}}anytime{{/due}}</span><span class="what"><span class="kind">{{label}}</span> {{#href}}<a href="{{href}}">{{title}}</a>{{/href}}{{^href}}{{title}}{{/href}}</span>{{#hasDetails}}<ul class="step-details">{{{details}}}</ul>{{/hasDetails}}<span class="source">{{file}}:{{line}}</span></li>

        """

    /// One line of detail under a step.
    static let stepDetail = "<li>{{text}}</li>"

    /// A Log entry; `text` is the entry's text with its links. A line left out for its date has
    /// no `date`, but `written` (its date as written) and `notCounted` (why, as `show` says).
    static let logEntry = """
        <li{{#future}} class="future"{{/future}}{{#notCounted}} class="not-read"{{/notCounted}}>{{#date}}<time datetime="{{date}}">{{date}}</time>{{/date}}{{^date}}<span class="written">{{written}}</span>{{/date}} <span class="event event-{{event}}">{{word}}</span> {{{text}}}{{#future}} <span class="not-counted">(after today, not counted yet)</span>{{/future}}{{#notCounted}} <span class="not-counted">({{notCounted}})</span>{{/notCounted}}</li>

        """

    /// An open task; `text` with its links.
    static let task = """
        <li>{{{text}}}{{#due}} <span class="due">due <time datetime="{{due}}">{{due}}</time></span>{{/due}} <span class="source">{{file}}:{{line}}</span></li>

        """

    /// A reminder.
    static let reminder = """
        <li><time datetime="{{date}}">{{date}}</time> {{text}}</li>

        """

    /// An interview in a list; `with` is the people met, as links.
    static let meeting = """
        <li>{{#href}}<a href="{{href}}">{{when}}</a>{{/href}}{{^href}}{{when}}{{/href}} with {{{with}}}{{#more}} and {{more}} more{{/more}} <span class="status status-{{status}}">{{status}}</span>{{#mode}} · {{mode}}{{/mode}}{{#thankYou}} · thanked {{thankYou}}{{/thankYou}}{{#update}} · updated {{update}}{{/update}}</li>

        """

    /// A person at an organization.
    static let member = """
        <li>{{{person}}}{{#title}}, {{title}}{{/title}} <span class="status">{{status}}</span></li>

        """

    /// A note that links to the page, with the line of the link.
    static let backlink = """
        <li>{{{from}}} <span class="source">line {{line}}</span></li>

        """

    /// A way into an organization (`grapevine path ORG`): how warm, who (`person`, HTML), why
    /// they count (`worksThere`, or the people there they `referred`, HTML), where things
    /// stand, what to do (`action`, HTML: the sentence with its names linked) and the chain
    /// from you (`chain`, HTML: `chain-person.html` and `chain-more.html` parts).
    static let introduction = """
        <li class="warmth-{{warmthCode}}"><span class="warmth">{{warmth}}</span> {{{person}}}{{#title}}, {{title}}{{/title}} <span class="relation">{{#worksThere}}works there{{/worksThere}}{{^worksThere}}referred {{{referred}}}{{/worksThere}}</span> · <span class="state">{{status}}</span>
        <p class="action">{{{action}}}</p>{{#hasChain}}<ol class="chain" aria-label="{{#isReached}}How you reached them{{/isReached}}{{^isReached}}How you came by their name{{/isReached}}">
        {{{chain}}}</ol>{{/hasChain}}{{^hasChain}}<p class="more">No referral chain from you: only a referral cycle leads to them.</p>{{/hasChain}}</li>

        """

    /// A tag, linked to its page.
    static let tagLink = #"<a class="tag" href="{{href}}">#{{name}}</a>"#

    /// A front matter field; `url` when its value is a link.
    static let detail = """
        <dt>{{label}}</dt><dd>{{#url}}<a href="{{url}}" rel="noopener noreferrer">{{value}}</a>{{/url}}{{^url}}{{value}}{{/url}}</dd>

        """

    /// A person on the referral chain from you.
    static let chainPerson = """
        <li>{{{person}}}</li>

        """

    /// The middle of a long referral chain: how many people, linked to the nearest of them.
    static let chainMore = """
        <li class="more">{{#href}}<a href="{{href}}" title="the nearest of them">… {{hidden}} more …</a>{{/href}}{{^href}}… {{hidden}} more …{{/href}}</li>

        """

    /// Someone a contact led to, with what the contact's Referrals item says of them (`remark`)
    /// and the people they led to in turn (`children`).
    static let ledTo = """
        <li>{{{person}}}{{#date}} <time datetime="{{date}}">{{date}}</time>{{/date}}{{#hasRemark}} <span class="remark">{{{remark}}}</span>{{/hasRemark}}{{#hasChildren}}
        <ul>
        {{{children}}}</ul>{{/hasChildren}}</li>

        """

    /// What a Referrals item that gave you a contact's name says of them besides the name
    /// (`- [[Jo]] (in HR)`), and who gave it (`by`).
    static let remark = """
        <li>{{{by}}} gave you the name: {{{text}}}</li>

        """

    /// An agenda question, asked or not; `text` with its links.
    static let agendaItem = """
        <li class="{{#asked}}asked{{/asked}}{{^asked}}unasked{{/asked}}"><span class="mark" aria-hidden="true">{{#asked}}✓{{/asked}}{{^asked}}○{{/asked}}</span> {{{text}}}<span class="visually-hidden">{{#asked}} (asked){{/asked}}{{^asked}} (not asked){{/asked}}</span></li>

        """

    /// A resource or lead of an interview; `text` with its links.
    static let listItem = """
        <li{{#done}} class="done"{{/done}}>{{{text}}}</li>

        """

    /// A person an interview referred you to, with what was said: the item as written.
    static let referral = """
        <li>{{{item}}}</li>

        """

    /// A person met in an interview, with their organization; `first` for the first of them.
    static let interviewee =
        "{{^first}}, {{/first}}{{{person}}}{{#hasOrganization}} ({{{organization}}}){{/hasOrganization}}"

    /// A heading of the dashboard's next steps (Overdue, Today, …) and its steps, at most 50.
    static let stepGroup = """
        <h3 class="group group-{{group}}">{{title}} <span class="count">{{count}}</span></h3>
        <ul class="steps">
        {{{steps}}}</ul>
        {{#more}}<p class="more">And {{more}} more: each is listed on its contact's page, and <code>grapevine next</code> lists them all.</p>
        {{/more}}
        """

    /// A stage of the search in numbers (contacts, reached out, …).
    static let funnelStage = """
        <li><span class="count">{{count}}</span> <span class="label">{{label}}</span></li>

        """

    /// An interview to come, on the dashboard.
    static let upcoming = """
        <li><a href="{{href}}"><time datetime="{{date}}">{{dateLabel}}</time></a> with {{{with}}}{{#hasOrganization}} ({{{organization}}}){{/hasOrganization}}{{#mode}} <span class="mode">{{mode}}</span>{{/mode}}</li>

        """

    /// A file with errors, on the dashboard: where its first error is, and what it says.
    static let unreadFile = """
        <li><code>{{file}}:{{line}}</code> {{message}}</li>

        """

    /// A file with warnings, on the dashboard: where its first warning is, what it says, and
    /// how many more it has.
    static let warnedFile = """
        <li><code>{{file}}:{{line}}</code> {{message}}{{#more}} <span class="more">(and {{more}} more)</span>{{/more}}</li>

        """

    /// A Referrals item that counts no referral, on the dashboard: where it is, and why.
    static let uncountedReferral = """
        <li><code>{{file}}:{{line}}</code> {{reason}}</li>

        """

    /// A row of the table of contacts; `data-sort` is what its column sorts by.
    static let contactRow = """
        <tr data-status="{{status}}"><td data-sort="{{sortName}}">{{{person}}}</td><td>{{{organization}}}</td><td>{{jobTitle}}</td><td data-sort="{{statusRank}}"><span class="status status-{{status}}">{{statusLabel}}</span></td><td data-sort="{{lastTouch}}">{{#lastTouch}}<time datetime="{{lastTouch}}">{{lastTouch}}</time>{{/lastTouch}}</td><td>{{{referredBy}}}</td></tr>

        """

    /// A status to filter the table of contacts by.
    static let statusOption = #"<option value="{{code}}">{{name}}</option>"#

    /// A tag on the page of tags, with how many notes have it.
    static let tagCount = """
        <li><a class="tag" href="{{href}}">#{{name}}</a> <span class="count">{{count}}</span></li>

        """

    /// A note on a tag's page.
    static let taggedNote = """
        <li>{{{note}}} <span class="kind">{{kind}}</span>{{#jobTitle}} · {{jobTitle}}{{/jobTitle}}</li>

        """

    /// The referral graph's picture; `referrals` and `people` are its curves and boxes. The
    /// style is for when the page's stylesheet says nothing: `:where` gives it no specificity.
    static let graphSVG = """
        <svg xmlns="http://www.w3.org/2000/svg" class="referral-graph" viewBox="0 0 {{width}} {{height}}" width="100%" style="min-width: {{minimumWidth}}px" role="img" aria-label="Referral graph">
        <style>
        :where(.referral-graph .person rect) { fill: #fff; stroke: #667; stroke-width: 1; }
        :where(.referral-graph .owner rect) { fill: #e8eefc; stroke: #334; stroke-width: 2; }
        :where(.referral-graph .placeholder rect) { fill: #f6f6f6; stroke-dasharray: 4 3; }
        :where(.referral-graph .placeholder text) { fill: #666; font-style: italic; }
        :where(.referral-graph text) { font-family: sans-serif; font-size: 12px; fill: #222; text-anchor: middle; dominant-baseline: central; }
        :where(.referral-graph .referral) { fill: none; stroke: #99a; stroke-width: 1.2; }
        :where(.referral-graph .referral.extra) { stroke-dasharray: 5 4; }
        :where(.referral-graph a:hover rect, .referral-graph a:focus rect) { stroke: #0645ad; stroke-width: 2; }
        </style>
        <g class="referrals">
        {{{referrals}}}</g>
        <g class="people">
        {{{people}}}</g>
        </svg>

        """

    /// A referral in the graph: a line from whoever gave the name down to that person, dashed
    /// for a second referral of someone already placed.
    static let graphReferral = """
        <path class="referral{{^tree}} extra{{/tree}}" d="{{path}}"/>

        """

    /// A person in the graph: a box with their name, linked to their page.
    static let graphPerson = """
        {{#href}}<a href="{{href}}">{{/href}}<g class="person {{kind}}" data-node="{{node}}"><title>{{name}}</title><rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" rx="6"/><text x="{{textX}}" y="{{textY}}">{{label}}</text></g>{{#href}}</a>{{/href}}

        """
}
