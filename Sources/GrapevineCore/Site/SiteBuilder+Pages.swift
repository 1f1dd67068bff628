/// The site's fixed pages: the dashboard, the contacts table, the graph, tags and search.
extension SiteBuilder {
    /// At most this many steps are listed under each dashboard heading; every step is also on
    /// its contact's or note's page.
    static let dashboardStepLimit = 50

    /// What the dashboard shows.
    func dashboardPage() -> DashboardPage {
        let path = SitePaths.dashboard
        // Only its grouping is used: the steps are `steps`, by index.
        let agenda = NextStepAgenda(steps: [], today: today)
        var grouped: [(group: NextStepAgenda.Group, indices: [Int])] = []
        var later = 0
        for index in steps.indices {
            let group = agenda.group(of: steps[index])
            if group == .later {
                later += 1
            } else if grouped.last?.group == group {
                grouped[grouped.count - 1].indices.append(index)
            } else {
                grouped.append((group, [index]))
            }
        }
        let count = { (group: NextStepAgenda.Group) in
            grouped.reduce(0) { $0 + ($1.group == group ? $1.indices.count : 0) }
        }
        let funnel = Funnel(
            vault: vault, period: ReportPeriod(asOf: today),
            isIncluded: { self.paths.page(of: Graph.node(ofNote: $0)) != nil })
        let warned = isPublic ? (files: [], count: 0, fileCount: 0) : warnedFiles()
        return DashboardPage(
            headline: DashboardPage.headline(
                overdue: count(.overdue), today: count(.today), soon: count(.soon),
                soonTitle: agenda.title(of: .soon)),
            summary: DashboardPage.rest(anytime: count(.anytime), later: later),
            searchEnded: vault.config.searchEndedNotice(asOf: today),
            groups: grouped.map { group in
                DashboardPage.StepGroup(
                    group: "\(group.group)", title: agenda.title(of: group.group), count: group.indices.count,
                    steps: stepItems(group.indices.prefix(Self.dashboardStepLimit), from: path))
            },
            later: later, funnel: funnel.stages.map { DashboardPage.Stage(count: $0.count, label: $0.label) },
            upcoming: upcomingInterviews(from: path), unreadFiles: isPublic ? [] : unreadFiles(),
            uncountedReferrals: isPublic ? [] : uncountedReferrals(),
            warnedFiles: warned.files, warnings: (warned.count, warned.fileCount))
    }

    /// How many files with warnings the dashboard lists; the headline counts them all.
    static let dashboardWarnedFileLimit = 20

    /// Each file with warnings as `check` gives them (not `--strict`'s pedantic ones, nor the
    /// Referrals items the dashboard lists on their own), at its first, with how many it has;
    /// the first `dashboardWarnedFileLimit` files, and the counts of all.
    private func warnedFiles() -> (files: [DashboardPage.WarnedFile], count: Int, fileCount: Int) {
        var files: [DashboardPage.WarnedFile] = []
        var count = 0
        var fileCount = 0
        var last: String?
        for problem in vault.diagnostics
        where problem.severity == .warning && !problem.code.isStrictOnly && problem.code != .referralNotCounted {
            count += 1
            if problem.file == last {
                if fileCount <= Self.dashboardWarnedFileLimit { files[files.count - 1].count += 1 }
                continue
            }
            last = problem.file
            fileCount += 1
            guard fileCount <= Self.dashboardWarnedFileLimit else { continue }
            files.append(
                DashboardPage.WarnedFile(
                    file: paths.shownFile(problem.file), line: problem.line, message: problem.message, count: 1))
        }
        return (files, count, fileCount)
    }

    /// Each file with errors, at its first (`vault.diagnostics` are in file and line order).
    private func unreadFiles() -> [DashboardPage.UnreadFile] {
        var files: [DashboardPage.UnreadFile] = []
        for problem in vault.diagnostics where problem.severity == .error && files.last?.file != problem.file {
            files.append(
                DashboardPage.UnreadFile(
                    file: paths.shownFile(problem.file), line: problem.line, message: problem.message))
        }
        return files
    }

    /// Each Referrals item that counts no referral, with why (`vault.diagnostics` are in file
    /// and line order).
    private func uncountedReferrals() -> [DashboardPage.UncountedReferral] {
        vault.diagnostics.filter { $0.code == .referralNotCounted }.map { problem in
            DashboardPage.UncountedReferral(
                file: paths.shownFile(problem.file), line: problem.line,
                reason: ReferenceProblems.notCountedReason(problem.message))
        }
    }

    /// The dashboard's template values.
    func dashboard() -> Context {
        let page = dashboardPage()
        var context = base(SitePaths.dashboard, title: "Dashboard", page: "dashboard")
        context.put(
            "steps",
            parts("step-group", page.groups) { context, group in
                context["group"] = group.group
                context["title"] = group.title
                context["count"] = group.count
                context.put("steps", html(group.steps))
                if group.count > group.steps.count { context["more"] = group.count - group.steps.count }
            })
        if page.later > 0 { context["later"] = page.later }
        context["headline"] = page.headline
        context["unreadHeadline"] = page.unreadHeadline
        context.put(
            "unreadFiles",
            parts("unread-file", page.unreadFiles) { context, file in
                context["file"] = file.file
                context["line"] = file.line
                context["message"] = file.message
            })
        context["warningsHeadline"] = page.warningsHeadline
        context.put(
            "warnedFiles",
            parts("warned-file", page.warnedFiles) { context, file in
                context["file"] = file.file
                context["line"] = file.line
                context["message"] = file.message
                if file.count > 1 { context["more"] = file.count - 1 }
            })
        context["moreWarnedFiles"] = page.moreWarnedFiles
        context["uncountedHeadline"] = page.uncountedHeadline
        context.put(
            "uncountedReferrals",
            parts("uncounted-referral", page.uncountedReferrals) { context, item in
                context["file"] = item.file
                context["line"] = item.line
                context["reason"] = item.reason
            })
        context["summary"] = page.summary
        context["searchEnded"] = page.searchEnded
        context.put(
            "funnel",
            parts("funnel-stage", page.funnel) { context, stage in
                context["count"] = stage.count
                context["label"] = stage.label
            })
        context.put(
            "upcoming",
            parts("upcoming", page.upcoming) { context, interview in
                context["href"] = interview.href
                context["date"] = interview.date.description
                context["dateLabel"] = Self.describe(interview.date)
                context.put("with", html(interview.with))
                context.put("organization", interview.organization.map { html($0) } ?? HTMLWriter())
                context["mode"] = interview.mode
            })
        return context
    }

    /// Interviews from today on that are neither cancelled nor missed, soonest first.
    private func upcomingInterviews(from path: String) -> [DashboardPage.Upcoming] {
        var upcoming: [(date: LocalDateTime, node: Graph.NodeID)] = []
        for (index, note) in vault.notes.enumerated() {
            let node = Graph.node(ofNote: index)
            guard let interview = note.interview, interview.status == nil, let date = interview.date,
                date.date >= today, paths.page(of: node) != nil
            else { continue }
            upcoming.append((date, node))
        }
        upcoming.sort { ($0.date, $0.node) < ($1.date, $1.node) }
        return upcoming.compactMap { interview in
            guard let href = href(interview.node, from: path) else { return nil }
            let people = vault.graph.neighbors(.met, from: interview.node)
            let mode = vault.graph.noteIndex(of: interview.node).flatMap { vault.notes[$0].interview?.mode }
            return DashboardPage.Upcoming(
                href: href, date: interview.date, with: people.map { link($0, from: path) },
                organization: people.lazy.compactMap { self.vault.graph.organization(of: $0) }.first.map {
                    link($0, from: path)
                },
                mode: shows("mode", in: .interview) ? mode?.rawValue : nil)
        }
    }

    // MARK: Contacts

    /// Statuses in the order of a search: the table sorts by this rank (a status a public site
    /// withholds, shown as none, last).
    static let statusOrder = [
        "not-contacted", "awaiting-reply", "replied", "scheduled", "met", "declined",
    ]

    static let statusNames = [
        "not-contacted": "not contacted", "awaiting-reply": "waiting for a reply", "replied": "replied",
        "scheduled": "scheduled", "met": "met", "declined": "declined",
    ]

    /// What the table of contacts shows.
    func contactsPage() -> ContactsPage {
        let path = SitePaths.contacts
        var rows: [ContactsPage.Row] = []
        for index in vault.notes.indices {
            let node = Graph.node(ofNote: index)
            // Every contact note has a status.
            guard vault.notes[index].contact != nil, paths.page(of: node) != nil,
                let status = statuses[note: index]
            else { continue }
            rows.append(
                ContactsPage.Row(
                    person: link(node, from: path), sortName: nameKeys[node],
                    organization: vault.graph.organization(of: node).map { link($0, from: path) },
                    jobTitle: vault.notes[index].title, status: status.status, lastTouch: status.lastTouch,
                    referredBy: vault.graph.referrers(of: node).map { link($0, from: path) }))
        }
        rows.sort { ($0.sortName, $0.person.name) < ($1.sortName, $1.person.name) }
        return ContactsPage(rows: rows)
    }

    /// The table of contacts' template values.
    func contactTable() -> Context {
        let page = contactsPage()
        var context = base(SitePaths.contacts, title: "Contacts", page: "contacts")
        context.put(
            "rows",
            parts("contact-row", page.rows) { context, row in
                // A status a public site withholds is shown as none, not as withheld.
                if row.status != .withheld {
                    context["status"] = row.status.code
                    context["statusLabel"] = row.status.label
                }
                context["statusRank"] = Self.statusOrder.firstIndex(of: row.status.code) ?? Self.statusOrder.count
                context["sortName"] = row.sortName
                context.put("person", html(row.person))
                context.put("organization", row.organization.map { html($0) } ?? HTMLWriter())
                context["jobTitle"] = row.jobTitle
                context["lastTouch"] = row.lastTouch?.description
                context.put("referredBy", html(row.referredBy))
            })
        context["count"] = page.rows.count
        let codes = Set(page.rows.map(\.status.code))
        context.put(
            "statuses",
            parts("status-option", Self.statusOrder.filter(codes.contains)) { context, code in
                context["code"] = code
                context["name"] = Self.statusNames[code] ?? code
            })
        context["script"] = Self.contactTableScript
        return context
    }

    // MARK: Graph, tags, search

    /// The referral graph's counts.
    func graphCounts() -> GraphPage {
        let graph = vault.graph
        return GraphPage(
            people: graph.nodes.indices.count { $0 != Graph.owner && graph.nodes[$0].isPerson },
            referrals: graph.edges.count { $0.kind == .referred })
    }

    /// The graph page's template values.
    func graphPage() -> Context {
        let path = SitePaths.graph
        let page = graphCounts()
        var context = base(path, title: "Referral graph", page: "graph")
        let drawing = ReferralGraphDrawing(graph: vault.graph, pageURL: { href($0, from: path) })
        context.put("svg", templates.svg(of: isPublic ? drawing.numberedInOrder() : drawing))
        context["people"] = page.people
        context["referrals"] = page.referrals
        return context
    }

    /// What the list of tags shows.
    func tagsPage() -> TagsPage {
        TagsPage(
            tags: tagged.keys.sorted().compactMap { key in
                guard let page = paths.page(ofTag: key), let tag = tagged[key] else { return nil }
                return TagsPage.Tag(
                    link: PageLink(name: tag.name, href: SitePaths.relative(from: SitePaths.tags, to: page)),
                    count: tag.notes.count)
            })
    }

    /// The list of tags' template values.
    func tagList() -> Context {
        var context = base(SitePaths.tags, title: "Tags", page: "tags")
        context.put(
            "tags",
            parts("tag-count", tagsPage().tags) { context, tag in
                context["href"] = tag.link.href
                context["name"] = tag.link.name
                context["count"] = tag.count
            })
        return context
    }

    /// What the page of the tag `key` (folded), at `path`, shows.
    func tagPage(_ key: String, at path: String) -> TagPage {
        TagPage(
            name: key,
            notes: (tagged[key]?.notes ?? []).map { index in
                TagPage.Note(
                    link: link(Graph.node(ofNote: index), from: path), kind: vault.notes[index].kind,
                    jobTitle: vault.notes[index].title)
            })
    }

    /// A tag page's template values.
    func tagPageValues(_ key: String, at path: String) -> Context {
        let page = tagPage(key, at: path)
        var context = base(path, title: "#" + page.name, page: "tag")
        context["name"] = page.name
        context.put(
            "notes",
            parts("tagged-note", page.notes) { context, note in
                context.put("note", html(note.link))
                context["kind"] = note.kind.rawValue
                context["jobTitle"] = note.jobTitle
            })
        return context
    }

    /// For each folded tag, its first spelling and the notes with a page that have it, in order.
    static func notesByTag(in vault: Vault, paths: SitePaths) -> [String: (name: String, notes: [Int])] {
        var tagged: [String: (name: String, notes: [Int])] = [:]
        for index in vault.notes.indices where paths.page(of: Graph.node(ofNote: index)) != nil {
            for tag in vault.notes[index].tags {
                let key = NameKey.fold(tag)
                if tagged[key]?.notes.last != index { tagged[key, default: (tag, [])].notes.append(index) }
            }
        }
        return tagged
    }

    func searchPage() -> Context {
        var context = base(SitePaths.search, title: "Search", page: "search")
        context["script"] = SearchIndex.script
        return context
    }
}
