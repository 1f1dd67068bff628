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
        var html = HTMLWriter(capacity: 64 * 1024)
        for (group, indices) in grouped {
            html.append("<h3 class=\"group group-\(group)\">\(agenda.title(of: group)) <span class=\"count\">")
            html.append(indices.count)
            html.append("</span></h3>\n")
            html.append(stepsHTML(indices.prefix(Self.dashboardStepLimit), from: path))
            if indices.count > Self.dashboardStepLimit {
                html.append("<p class=\"more\">And \(indices.count - Self.dashboardStepLimit) more: each is listed on ")
                html.append("its contact's page, and <code>grapevine next</code> lists them all.</p>\n")
            }
        }
        if later > 0 {
            html.append("<p class=\"more\">\(later) more due later: see each contact's page, or run ")
            html.append("<code>grapevine next --all</code>.</p>\n")
        }
        context.put("steps", html)
        let shown = steps.count - later
        let overdue = steps.count { $0.isOverdue(asOf: today) }
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
        context.put("upcoming", upcomingInterviews(from: path))
        return context
    }

    /// Interviews from today on that are neither cancelled nor missed, soonest first.
    private func upcomingInterviews(from path: String) -> HTMLWriter {
        var upcoming: [(date: LocalDateTime, node: Graph.NodeID)] = []
        for (index, note) in vault.notes.enumerated() {
            let node = Graph.node(ofNote: index)
            guard let interview = note.interview, interview.status == nil, let date = interview.date,
                date.date >= today, paths.page(of: node) != nil
            else { continue }
            upcoming.append((date, node))
        }
        upcoming.sort { ($0.date, $0.node) < ($1.date, $1.node) }
        return Self.list("ol", "interviews", upcoming) { html, interview in
            let people = vault.graph.neighbors(.met, from: interview.node)
            html.append("<a href=\"")
            html.append(href(interview.node, from: path)!)
            html.append("\">")
            html.appendTime(interview.date.description, label: Self.describe(interview.date))
            html.append("</a> with ")
            writeAnchors(people, from: path, into: &html)
            if let organization = people.lazy.compactMap({ vault.graph.organization(of: $0) }).first {
                html.append(" (")
                writeAnchor(organization, from: path, into: &html)
                html.append(")")
            }
            if shows("mode", in: .interview),
                let mode = vault.graph.noteIndex(of: interview.node).flatMap({ vault.notes[$0].interview?.mode })
            {
                html.append(" <span class=\"mode\">")
                html.append(mode.rawValue)
                html.append("</span>")
            }
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
        // Sorted by name first, then written in order into one buffer.
        var rows: [(sortName: String, index: Int)] = []
        for index in vault.notes.indices {
            guard vault.notes[index].contact != nil, paths.page(of: Graph.node(ofNote: index)) != nil else { continue }
            rows.append((NameKey.fold(vault.notes[index].name), index))
        }
        rows.sort { $0.sortName < $1.sortName }
        var codes: Set<String> = []
        var html = HTMLWriter(capacity: rows.count * 512)
        for (sortName, index) in rows {
            let node = Graph.node(ofNote: index)
            // Every row is a contact note, so every row has a status.
            guard let (status, lastTouch) = statuses[note: index].map({ ($0.status, $0.lastTouch) }) else { continue }
            html.append("<tr data-status=\"")
            html.append(status.code)
            html.append("\"><td data-sort=\"")
            html.appendEscaped(sortName)
            html.append("\">")
            writeAnchor(node, from: path, into: &html)
            html.append("</td><td>")
            if let organization = vault.graph.organization(of: node) {
                writeAnchor(organization, from: path, into: &html)
            }
            html.append("</td><td>")
            html.appendEscaped(vault.notes[index].title ?? "")
            html.append("</td><td data-sort=\"")
            html.append(Self.statusOrder.firstIndex(of: status.code) ?? 0)
            html.append("\"><span class=\"status status-")
            html.append(status.code)
            html.append("\">")
            html.appendEscaped(status.label)
            html.append("</span></td><td data-sort=\"")
            if let lastTouch {
                html.append(lastTouch.description)
                html.append("\">")
                html.appendTime(lastTouch.description)
            } else {
                html.append("\">")
            }
            html.append("</td><td>")
            writeAnchors(vault.graph.referrers(of: node), from: path, into: &html)
            html.append("</td></tr>\n")
            codes.insert(status.code)
        }
        context.put("rows", html)
        context["count"] = rows.count
        context["statuses"] = Self.statusOrder.filter(codes.contains).map {
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
        // About 210 bytes a node: room for all from the start, rather than copies as it grows.
        var svg = HTMLWriter(capacity: 4096 + graph.nodes.count * 256)
        ReferralGraphSVG(graph: graph).write(pageURL: { href($0, from: path) }, into: &svg)
        context.put("svg", svg)
        context["people"] = graph.nodes.indices.filter { $0 != Graph.owner && graph.nodes[$0].isPerson }.count
        context["referrals"] = graph.edges.count { $0.kind == .referred }
        return context
    }

    func tagList() -> Context {
        let path = SitePaths.tags
        var context = base(path, title: "Tags", page: "tags")
        let tags = tagged.keys.sorted().compactMap { key in
            paths.page(ofTag: key).flatMap { page in tagged[key].map { (page, $0) } }
        }
        context.put(
            "tags",
            Self.list("ul", "tag-cloud", tags) { html, tag in
                let (page, entry) = tag
                html.append("<a class=\"tag\" href=\"")
                html.append(SitePaths.relative(from: path, to: page))
                html.append("\">#")
                html.appendEscaped(entry.name)
                html.append("</a> <span class=\"count\">")
                html.append(entry.notes.count)
                html.append("</span>")
            })
        return context
    }

    func tagPage(_ tag: String, at path: String) -> Context {
        var context = base(path, title: "#" + tag, page: "tag")
        context["name"] = tag
        context.put(
            "notes",
            Self.list("ul", "tagged", tagged[tag]?.notes ?? []) { html, index in
                writeAnchor(Graph.node(ofNote: index), from: path, into: &html)
                html.append(" <span class=\"kind\">")
                html.append(vault.notes[index].kind.rawValue)
                html.append("</span>")
                if let title = vault.notes[index].title {
                    html.append(" · ")
                    html.appendEscaped(title)
                }
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
