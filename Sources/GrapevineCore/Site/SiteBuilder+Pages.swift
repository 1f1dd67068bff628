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
        let groups = grouped.map { group, indices in
            var values: Context = ["id": "\(group)", "title": agenda.title(of: group), "count": indices.count]
            Self.set("steps", stepList(indices.prefix(Self.dashboardStepLimit), from: path), in: &values)
            if indices.count > Self.dashboardStepLimit { values["more"] = indices.count - Self.dashboardStepLimit }
            return values
        }
        Self.set("groups", groups, in: &context)
        if later > 0 { context["later"] = later }
        let shown = steps.count - later
        let overdue = steps.filter { $0.isOverdue(asOf: today) }.count
        context["summary"] =
            "\(shown) next step\(shown == 1 ? "" : "s") to act on, \(overdue) overdue"
            + (later > 0 ? ", and \(later) due later." : ".")
        let funnel = Funnel(
            vault: vault, today: today, isIncluded: { paths.page(of: Graph.node(ofNote: $0)) != nil })
        context["funnel"] = funnel.stages.map { ["label": $0.label, "count": $0.count] as Context }
        Self.set("upcoming", upcomingInterviews(from: path), in: &context)
        return context
    }

    /// Interviews from today on that are neither cancelled nor missed, soonest first.
    private func upcomingInterviews(from path: String) -> [Context] {
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
            var values: Context = [
                "date": date.description, "when": Self.describe(date),
                "href": SitePaths.relative(from: path, to: paths.page(of: node)!),
            ]
            Self.set("with", people.map { link($0, from: path) }, in: &values)
            values["organization"] = people.lazy.compactMap { vault.graph.organization(of: $0) }.first
                .map { link($0, from: path) }
            values["mode"] = vault.notes[vault.graph.noteIndex(of: node)!].interview?.mode?.rawValue
            return values
        }
    }

    // MARK: Contacts

    /// Statuses in the order of a search: the table sorts by this rank.
    static let statusOrder = ["not-contacted", "awaiting-reply", "replied", "scheduled", "met", "declined"]

    func contactTable() -> Context {
        let path = SitePaths.contacts
        var context = base(path, title: "Contacts", page: "contacts")
        var rows: [(sortName: String, values: Context)] = []
        var statuses: [String: String] = [:]
        for (index, note) in vault.notes.enumerated() {
            let node = Graph.node(ofNote: index)
            guard let contact = note.contact, paths.page(of: node) != nil else { continue }
            let interviews = vault.graph.interviews(with: node).compactMap { vault.note(for: $0)?.interview }
            let status = ContactStatus(log: contact.log, interviews: interviews, today: today)
            let sortName = NameKey.fold(note.name)
            var values: Context = [
                "person": link(node, from: path), "sortName": sortName, "status": status.label,
                "statusCode": status.code, "statusRank": Self.statusOrder.firstIndex(of: status.code) ?? 0,
            ]
            values["title"] = note.title
            values["organization"] = vault.graph.organization(of: node).map { link($0, from: path) }
            values["lastTouch"] =
                DossierBuilder.lastTouch(log: contact.log, interviews: interviews, today: today)?
                .description
            Self.set("referredBy", vault.graph.referrers(of: node).map { link($0, from: path) }, in: &values)
            statuses[status.code] = Self.statusNames[status.code]
            rows.append((sortName, values))
        }
        rows.sort { $0.sortName < $1.sortName }
        context["rows"] = rows.map(\.values)
        context["count"] = rows.count
        context["statuses"] = Self.statusOrder.compactMap { code in
            statuses[code].map { ["code": code, "label": $0] as Context }
        }
        context["script"] = Self.contactTableScript
        return context
    }

    static let statusNames = [
        "not-contacted": "not contacted", "awaiting-reply": "waiting for a reply", "replied": "replied",
        "scheduled": "scheduled", "met": "met", "declined": "declined",
    ]

    // MARK: Graph, tags, search

    func graphPage() -> Context {
        let path = SitePaths.graph
        var context = base(path, title: "Referral graph", page: "graph")
        let graph = vault.graph
        context["svg"] = ReferralGraphSVG(graph: graph).render { node in
            paths.page(of: node).map { SitePaths.relative(from: path, to: $0) }
        }
        context["people"] = graph.nodes.indices.filter { $0 != Graph.owner && graph.nodes[$0].isPerson }.count
        context["referrals"] = graph.edges.filter { $0.kind == .referred }.count
        return context
    }

    func tagList() -> Context {
        let path = SitePaths.tags
        var context = base(path, title: "Tags", page: "tags")
        var counts: [String: (name: String, count: Int)] = [:]
        for (index, note) in vault.notes.enumerated() where paths.page(of: Graph.node(ofNote: index)) != nil {
            for tag in Set(note.tags.map(NameKey.fold)) {
                counts[tag, default: (note.tags.first { NameKey.fold($0) == tag } ?? tag, 0)].count += 1
            }
        }
        let tags = counts.keys.sorted().compactMap { key -> Context? in
            guard let page = paths.page(ofTag: key), let entry = counts[key] else { return nil }
            return ["name": entry.name, "count": entry.count, "href": SitePaths.relative(from: path, to: page)]
        }
        Self.set("tags", hiddenFields.contains("tags") ? [] : tags, in: &context)
        return context
    }

    func tagPage(_ tag: String, at path: String) -> Context {
        var context = base(path, title: "#" + tag, page: "tag")
        context["name"] = tag
        context["notes"] = vault.notes.indices.compactMap { index -> Context? in
            let note = vault.notes[index]
            let node = Graph.node(ofNote: index)
            guard paths.page(of: node) != nil, note.tags.contains(where: { NameKey.fold($0) == tag }) else {
                return nil
            }
            var values = link(node, from: path)
            values["kind"] = note.kind.rawValue
            values["title"] = note.title
            return values
        }
        return context
    }

    func searchPage() -> Context {
        var context = base(SitePaths.search, title: "Search", page: "search")
        context["script"] = SearchIndex.script
        return context
    }

    // MARK: Text

    /// Plain text from a note (a Log entry, an agenda item) as HTML: escaped, with
    /// `[[wikilinks]]` linked as in the note's body and bare `http(s)` URLs made links.
    func inline(_ text: String, note index: Int, on path: String) -> String {
        let bytes = Array(text.utf8)
        let resolve = paths.resolver(forNote: index, on: path)
        var html = ""
        var start = 0
        for match in Wikilink.matches(in: bytes) where match.offset >= start {
            html += Self.linkingURLs(String(decoding: bytes[start..<match.offset], as: UTF8.self))
            let label = HTML.escape(match.label ?? match.target)
            if let href = resolve(.wiki(match.target)).flatMap(HTML.safeHref) {
                html += "<a href=\"\(HTML.escape(href))\">\(label)</a>"
            } else {
                html += label
            }
            var end = match.offset + 2
            while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "]") && bytes[end + 1] == UInt8(ascii: "]")) {
                end += 1
            }
            start = min(bytes.count, end + 2)
        }
        html += Self.linkingURLs(String(decoding: bytes[start...], as: UTF8.self))
        return html
    }

    /// `text` escaped, with each bare `http://` or `https://` URL made a link.
    static func linkingURLs(_ text: String) -> String {
        guard text.contains("http") else { return HTML.escape(text) }
        var html = ""
        for (position, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if position > 0 { html += " " }
            var url = Substring(word)
            while let last = url.last, ".,;:!?)\"'".contains(last) { url = url.dropLast() }
            if url.hasPrefix("http://") || url.hasPrefix("https://"), let safe = HTML.safeURL(String(url)) {
                html += "<a href=\"\(HTML.escape(safe))\" rel=\"noopener noreferrer\">\(HTML.escape(String(url)))</a>"
                html += HTML.escape(String(word.dropFirst(url.count)))
            } else {
                html += HTML.escape(String(word))
            }
        }
        return html
    }
}
