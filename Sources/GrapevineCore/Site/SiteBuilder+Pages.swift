/// The site's fixed pages: the dashboard, the contacts table, the graph, tags and search.
extension SiteBuilder {
    /// At most this many steps are listed under each dashboard heading; every step is also on
    /// its contact's or note's page.
    static let dashboardStepLimit = 50

    func dashboard() -> Context {
        let path = SitePaths.dashboard
        var context = base(path, title: "Dashboard", page: "dashboard")
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
        var html = ""
        for (group, indices) in grouped {
            html +=
                "<h3 class=\"group group-\(group)\">\(agenda.title(of: group)) <span class=\"count\">\(indices.count)</span></h3>\n"
            html += stepsHTML(indices.prefix(Self.dashboardStepLimit), from: path)
            if indices.count > Self.dashboardStepLimit {
                html += "<p class=\"more\">And \(indices.count - Self.dashboardStepLimit) more: each is listed on "
                html += "its contact's page, and <code>grapevine next</code> lists them all.</p>\n"
            }
        }
        if later > 0 {
            html += "<p class=\"more\">\(later) more due later: see each contact's page, or run "
            html += "<code>grapevine next --all</code>.</p>\n"
        }
        context.put("steps", html)
        let shown = steps.count - later
        let overdue = steps.filter { $0.isOverdue(asOf: today) }.count
        context["summary"] =
            "\(shown) next step\(shown == 1 ? "" : "s") to act on, \(overdue) overdue"
            + (later > 0 ? ", and \(later) due later." : ".")
        let funnel = Funnel(
            vault: vault, today: today, isIncluded: { paths.page(of: Graph.node(ofNote: $0)) != nil })
        context["funnel"] =
            "<ol>\n"
            + funnel.stages.map {
                "<li><span class=\"count\">\($0.count)</span> <span class=\"label\">\($0.label)</span></li>\n"
            }.joined() + "</ol>\n"
        context.put("upcoming", Self.list("ol", "interviews", upcomingInterviews(from: path)))
        return context
    }

    /// Interviews from today on that are neither cancelled nor missed, soonest first.
    private func upcomingInterviews(from path: String) -> [String] {
        var upcoming: [(date: LocalDateTime, node: Graph.NodeID)] = []
        for (index, note) in vault.notes.enumerated() {
            let node = Graph.node(ofNote: index)
            guard let interview = note.interview, interview.status == nil, let date = interview.date,
                date.date >= today, paths.page(of: node) != nil
            else { continue }
            upcoming.append((date, node))
        }
        return upcoming.sorted { ($0.date, $0.node) < ($1.date, $1.node) }.map { date, node in
            let people = vault.graph.neighbors(.met, from: node)
            var html = "<a href=\"\(href(node, from: path)!)\">"
            html += Self.time(date.description, label: Self.describe(date)) + "</a> with "
            html += Self.inline(people.map { anchor($0, from: path) })
            if let organization = people.lazy.compactMap({ vault.graph.organization(of: $0) }).first {
                html += " (" + anchor(organization, from: path) + ")"
            }
            if let mode = vault.notes[vault.graph.noteIndex(of: node)!].interview?.mode {
                html += " <span class=\"mode\">\(mode.rawValue)</span>"
            }
            return html
        }
    }

    // MARK: Contacts

    /// Statuses in the order of a search: the table sorts by this rank.
    static let statusOrder = ["not-contacted", "awaiting-reply", "replied", "scheduled", "met", "declined"]

    static let statusNames = [
        "not-contacted": "not contacted", "awaiting-reply": "waiting for a reply", "replied": "replied",
        "scheduled": "scheduled", "met": "met", "declined": "declined",
    ]

    func contactTable() -> Context {
        let path = SitePaths.contacts
        var context = base(path, title: "Contacts", page: "contacts")
        var rows: [(sortName: String, html: String)] = []
        var statuses: Set<String> = []
        for index in vault.notes.indices {
            let node = Graph.node(ofNote: index)
            guard let contact = vault.notes[index].contact, paths.page(of: node) != nil else { continue }
            let interviews = vault.interviews(with: node)
            let status = ContactStatus(log: contact.log, interviews: interviews, today: today)
            let sortName = NameKey.fold(vault.notes[index].name)
            let lastTouch = DossierBuilder.lastTouch(log: contact.log, interviews: interviews, today: today)
            let rank = Self.statusOrder.firstIndex(of: status.code) ?? 0
            var html = "<tr data-status=\"\(status.code)\">"
            html += "<td data-sort=\"\(HTML.escape(sortName))\">\(anchor(node, from: path))</td>"
            html += "<td>" + (vault.graph.organization(of: node).map { anchor($0, from: path) } ?? "") + "</td>"
            html += "<td>" + HTML.escape(vault.notes[index].title ?? "") + "</td>"
            html += "<td data-sort=\"\(rank)\"><span class=\"status status-\(status.code)\">"
            html += HTML.escape(status.label) + "</span></td>"
            html += "<td data-sort=\"\(lastTouch?.description ?? "")\">"
            html += (lastTouch.map { Self.time($0.description) } ?? "") + "</td>"
            html +=
                "<td>" + Self.inline(vault.graph.referrers(of: node).map { anchor($0, from: path) }) + "</td></tr>\n"
            statuses.insert(status.code)
            rows.append((sortName, html))
        }
        rows.sort { $0.sortName < $1.sortName }
        context["rows"] = rows.map(\.html).joined()
        context["count"] = rows.count
        context["statuses"] = Self.statusOrder.filter(statuses.contains).map {
            "<option value=\"\($0)\">\(Self.statusNames[$0] ?? $0)</option>"
        }.joined()
        context["script"] = Self.contactTableScript
        return context
    }

    // MARK: Graph, tags, search

    func graphPage() -> Context {
        let path = SitePaths.graph
        var context = base(path, title: "Referral graph", page: "graph")
        let graph = vault.graph
        context["svg"] = ReferralGraphSVG(graph: graph).render { node in
            href(node, from: path)
        }
        context["people"] = graph.nodes.indices.filter { $0 != Graph.owner && graph.nodes[$0].isPerson }.count
        context["referrals"] = graph.edges.filter { $0.kind == .referred }.count
        return context
    }

    func tagList() -> Context {
        let path = SitePaths.tags
        var context = base(path, title: "Tags", page: "tags")
        let items = tagged.keys.sorted().compactMap { key -> String? in
            guard let page = paths.page(ofTag: key), let entry = tagged[key] else { return nil }
            return
                "<a class=\"tag\" href=\"\(SitePaths.relative(from: path, to: page))\">#\(HTML.escape(entry.name))</a>"
                + " <span class=\"count\">\(entry.notes.count)</span>"
        }
        context.put("tags", hiddenFields.contains("tags") ? "" : Self.list("ul", "tag-cloud", items))
        return context
    }

    func tagPage(_ tag: String, at path: String) -> Context {
        var context = base(path, title: "#" + tag, page: "tag")
        context["name"] = tag
        let items = (tagged[tag]?.notes ?? []).map { index in
            anchor(Graph.node(ofNote: index), from: path)
                + " <span class=\"kind\">\(vault.notes[index].kind.rawValue)</span>"
                + (vault.notes[index].title.map { " · " + HTML.escape($0) } ?? "")
        }
        context.put("notes", Self.list("ul", "tagged", items))
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
