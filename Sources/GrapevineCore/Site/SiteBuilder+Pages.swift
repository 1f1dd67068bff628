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
        context.put(
            "steps",
            parts("step-group", grouped) { context, group in
                context["group"] = "\(group.group)"
                context["title"] = agenda.title(of: group.group)
                context["count"] = group.indices.count
                context.put("steps", html(stepItems(group.indices.prefix(Self.dashboardStepLimit), from: path)))
                if group.indices.count > Self.dashboardStepLimit {
                    context["more"] = group.indices.count - Self.dashboardStepLimit
                }
            })
        if later > 0 { context["later"] = later }
        let shown = steps.count - later
        let overdue = steps.count { $0.isOverdue(asOf: today) }
        context["summary"] =
            "\(shown) next step\(shown == 1 ? "" : "s") to act on, \(overdue) overdue"
            + (later > 0 ? ", and \(later) due later." : ".")
        let funnel = Funnel(
            vault: vault, today: today, isIncluded: { paths.page(of: Graph.node(ofNote: $0)) != nil })
        context.put(
            "funnel",
            parts("funnel-stage", funnel.stages) { context, stage in
                context["count"] = stage.count
                context["label"] = stage.label
            })
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
        return parts("upcoming", upcoming) { context, interview in
            let people = vault.graph.neighbors(.met, from: interview.node)
            context["href"] = href(interview.node, from: path)
            context["date"] = interview.date.description
            context["dateLabel"] = Self.describe(interview.date)
            context.put("with", html(people.map { link($0, from: path) }))
            context.put(
                "organization",
                people.lazy.compactMap({ self.vault.graph.organization(of: $0) }).first.map {
                    html(link($0, from: path))
                } ?? HTMLWriter())
            if shows("mode", in: .interview) {
                context["mode"] = vault.graph.noteIndex(of: interview.node).flatMap { vault.notes[$0].interview?.mode }?
                    .rawValue
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
        let table = parts("contact-row", rows) { context, row in
            let node = Graph.node(ofNote: row.index)
            // Every row is a contact note, so every row has a status.
            let status = statuses[note: row.index]
            let code = status?.status.code ?? "not-contacted"
            codes.insert(code)
            context["status"] = code
            context["statusLabel"] = status?.status.label ?? ""
            context["statusRank"] = Self.statusOrder.firstIndex(of: code) ?? 0
            context["sortName"] = row.sortName
            context.put("person", html(link(node, from: path)))
            context.put(
                "organization", vault.graph.organization(of: node).map { html(link($0, from: path)) } ?? HTMLWriter())
            context["jobTitle"] = vault.notes[row.index].title
            context["lastTouch"] = status?.lastTouch?.description
            context.put("referredBy", html(vault.graph.referrers(of: node).map { link($0, from: path) }))
        }
        context.put("rows", table)
        context["count"] = rows.count
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
            parts("tag-count", tags) { context, tag in
                context["href"] = SitePaths.relative(from: path, to: tag.0)
                context["name"] = tag.1.name
                context["count"] = tag.1.notes.count
            })
        return context
    }

    func tagPage(_ tag: String, at path: String) -> Context {
        var context = base(path, title: "#" + tag, page: "tag")
        context["name"] = tag
        context.put(
            "notes",
            parts("tagged-note", tagged[tag]?.notes ?? []) { context, index in
                context.put("note", html(link(Graph.node(ofNote: index), from: path)))
                context["kind"] = vault.notes[index].kind.rawValue
                context["jobTitle"] = vault.notes[index].title
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
