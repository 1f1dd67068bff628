/// The page of each note and placeholder.
extension SiteBuilder {
    /// A contact page lists at most this many of the people they led to, nearest first.
    static let ledToLimit = 100
    /// A referral chain longer than `2 × chainEnds` is shown as its first and last
    /// `chainEnds` people, with a link into the rest.
    static let chainEnds = 3
    /// A meeting in a list names at most this many of the people met; its page names them all.
    static let meetingPeopleLimit = 10

    /// The template and values of a node's page at `path`.
    func nodePage(_ node: Graph.NodeID, at path: String) -> (template: String, context: Context) {
        guard let index = vault.graph.noteIndex(of: node) else {
            return ("placeholder", placeholderPage(node, at: path))
        }
        // The note's fields are read one by one: `let note = vault.notes[index]` copies it whole.
        let kind = vault.notes[index].kind
        var context = base(path, title: vault.notes[index].name, page: kind.rawValue)
        context["name"] = vault.notes[index].name
        context["file"] = vault.notes[index].path
        context.put("tags", tagsHTML(vault.notes[index].tags, from: path))
        context.put("backlinks", backlinksHTML(to: node, from: path))
        switch kind {
        case .contact:
            contactValues(node, index, at: path, into: &context)
            return ("contact", context)
        case .interview:
            interviewValues(node, index, at: path, into: &context)
            return ("interview", context)
        case .organization:
            organizationValues(node, index, at: path, into: &context)
            return ("organization", context)
        case .pitch, .note:
            context.put("details", detailsHTML(ofNote: index, shownElsewhere: []))
            context.put("steps", stepsHTML(stepsByNode[node] ?? [], from: path))
            context.put("body", body(of: index, without: []))
            return ("note", context)
        }
    }

    private func contactValues(_ node: Graph.NodeID, _ index: Int, at path: String, into context: inout Context) {
        let dossier = dossier(of: node)
        // One more than shown, to tell whether there are more.
        let leads = referrals.ledTo(of: node, limit: Self.ledToLimit + 1)
        var role = HTMLWriter(capacity: 128)
        if let title = vault.notes[index].title { role.appendEscaped(title) }
        if let organization = dossier.organization {
            if !role.isEmpty { role.append(" at ") }
            writeAnchor(organization.node, from: path, into: &role)
        }
        context.put("role", role)
        context.put("aliases", HTML.escape(vault.notes[index].aliases.joined(separator: ", ")))
        context["status"] = dossier.status
        context["statusCode"] = dossier.statusCode
        context["lastTouch"] = dossier.lastTouch?.description
        context.put("details", detailsHTML(ofNote: index, shownElsewhere: ["title"]))
        context.put("chain", chainHTML(to: node, from: path))
        context.put("referredBy", anchors(dossier.referredBy.map(\.node), from: path))
        context.put("ledTo", ledToHTML(leads, from: path))
        // Open tasks have their own list here.
        context.put("steps", stepsHTML((stepsByNode[node] ?? []).filter { steps[$0].kind != .task }, from: path))
        context.put(
            "interviews", Self.list("ul", "interviews", dossier.interviews) { meeting($1, from: path, into: &$0) })
        context.put("log", logHTML(dossier.log, note: index, on: path))
        context.put(
            "tasks",
            Self.list("ul", "tasks", dossier.openTasks) { html, task in
                html.appendEscaped(task.text)
                if let due = task.due {
                    html.append(" <span class=\"due\">due ")
                    html.appendTime(due.description)
                    html.append("</span>")
                }
                html.append(" ")
                Self.writeSource(task.file, line: task.line, into: &html)
            })
        context.put(
            "reminders",
            Self.list("ul", "tasks", dossier.reminders) { html, reminder in
                html.appendTime(reminder.date.description)
                html.append(" ")
                html.appendEscaped(reminder.text)
            })
        context.put("body", body(of: index, without: ["Log"]))
    }

    private func interviewValues(_ node: Graph.NodeID, _ index: Int, at path: String, into context: inout Context) {
        // The interview alone: `let note = vault.notes[index]` copies the whole note.
        guard let interview = vault.notes[index].interview else { return }
        var when = HTMLWriter(capacity: 128)
        if let date = interview.date {
            when.appendTime(date.description, label: Self.describe(date))
        } else {
            when.append("Undated")
        }
        if let mode = interview.mode, shows("mode", in: .interview) {
            when.append(" · ")
            when.append(mode.rawValue)
        }
        if shows("duration", in: .interview) {
            when.append(" · ")
            when.append(interview.duration)
            when.append(" minutes")
        }
        context.put("when", when)
        context["status"] = DossierBuilder.status(of: interview, today: today)
        var with = HTMLWriter(capacity: 256)
        for person in vault.graph.neighbors(.met, from: node) {
            if !with.isEmpty { with.append(", ") }
            writeAnchor(person, from: path, into: &with)
            if let organization = vault.graph.organization(of: person) {
                with.append(" (")
                writeAnchor(organization, from: path, into: &with)
                with.append(")")
            }
        }
        context.put("with", with)
        context.put("details", detailsHTML(ofNote: index, shownElsewhere: ["date", "mode", "duration", "status"]))
        let asked = interview.agenda.filter { $0.checked == true }.count
        if !interview.agenda.isEmpty { context["asked"] = "\(asked) of \(interview.agenda.count) asked." }
        var agenda = HTMLWriter(capacity: interview.agenda.count * 200)
        for item in interview.agenda {
            let isAsked = item.checked == true
            if agenda.isEmpty { agenda.append("<ul class=\"agenda\">\n") }
            agenda.append(isAsked ? "<li class=\"asked\">" : "<li class=\"unasked\">")
            agenda.append("<span class=\"mark\" aria-hidden=\"true\">")
            agenda.append(isAsked ? "✓" : "○")
            agenda.append("</span> ")
            writeInline(item.text, note: index, on: path, into: &agenda)
            agenda.append("<span class=\"visually-hidden\">")
            agenda.append(isAsked ? " (asked)" : " (not asked)")
            agenda.append("</span></li>\n")
        }
        if !agenda.isEmpty { agenda.append("</ul>\n") }
        context.put("agenda", agenda)
        context.put(
            "referrals",
            Self.list("ul", "referrals", interview.referrals) { html, mention in
                if let person = vault.node(referencedBy: mention.person) {
                    writeAnchor(person, from: path, into: &html)
                } else {
                    html.appendEscaped(mention.person.label ?? mention.person.target)
                }
                if let comment = Prose.comment(mention.text) {
                    html.append(" — ")
                    writeInline(comment, note: index, on: path, into: &html)
                }
            })
        context.put("resources", itemsHTML(interview.resources, note: index, on: path))
        context.put("leads", itemsHTML(interview.leads, note: index, on: path))
        context.put("steps", stepsHTML(stepsByNode[node] ?? [], from: path))
        context.put("body", body(of: index, without: ["Agenda", "Questions", "Referrals", "Resources", "Leads"]))
    }

    private func organizationValues(_ node: Graph.NodeID, _ index: Int, at path: String, into context: inout Context) {
        let dossier = dossier(of: node)
        let organization = vault.notes[index].organization
        if let organization, organization.isTarget, shows("target", in: .organization) {
            let motivation = shows("motivation", in: .organization) ? organization.motivation : nil
            context["target"] = motivation.map { "target · motivation \($0) of 3" } ?? "target"
        }
        context.put("details", detailsHTML(ofNote: index, shownElsewhere: ["target", "motivation"]))
        context.put("people", Self.list("ul", "people", dossier.people) { member($1, from: path, into: &$0) })
        context.put(
            "interviews", Self.list("ul", "interviews", dossier.interviews) { meeting($1, from: path, into: &$0) })
        if let research = organization?.research {
            let markdown = vault.notes[index].markdown(of: research)
            context.put("research", html(ofMarkdown: markdown.isEmpty ? [] : [markdown[...]], note: index))
        }
        context.put("steps", stepsHTML(stepsByNode[node] ?? [], from: path))
        context.put("body", body(of: index, without: ["Research"]))
    }

    private func placeholderPage(_ node: Graph.NodeID, at path: String) -> Context {
        let name = displayName(of: node)
        var context = base(path, title: name, page: "placeholder")
        let dossier = dossier(of: node)
        context["name"] = name
        let kind = vault.graph.nodes[node].isPerson ? "contact" : "org"
        context["command"] = "grapevine new \(kind) '\(name.replacingOccurrences(of: "'", with: "'\\''"))'"
        context.put("referredBy", anchors(dossier.referredBy.map(\.node), from: path))
        context.put("people", Self.list("ul", "people", dossier.people) { member($1, from: path, into: &$0) })
        context.put("steps", stepsHTML(stepsByNode[node] ?? [], from: path))
        context.put("backlinks", backlinksHTML(to: node, from: path))
        return context
    }

    // MARK: Parts

    /// The referral chain from you to `node`, its middle left out when it is long: the first
    /// and last `chainEnds` people and, between them, how many more, linked to the page of the
    /// nearest of them (whose own chain goes on from there). A page's chain is then a few
    /// links, not the whole chain: on a chain of 20,000 people every page listed everyone
    /// above them, and the site grew with the square of the vault.
    private func chainHTML(to node: Graph.NodeID, from path: String) -> HTMLWriter {
        guard let ends = chains.ends(of: node, tailLength: Self.chainEnds) else { return HTMLWriter(capacity: 0) }
        var html = HTMLWriter(capacity: 1024)
        html.append("<ol class=\"chain\">\n")
        for person in ends.first { writeChainItem(person, from: path, into: &html) }
        if ends.hidden > 0, let nearest = chains.nodeBefore(ends.last.first ?? node) {
            html.append("<li class=\"more\">")
            let text = "… \(ends.hidden) more …"
            if let href = href(nearest, from: path) {
                html.append("<a href=\"")
                html.append(href)
                html.append("\" title=\"the nearest of them\">")
                html.appendEscaped(text)
                html.append("</a>")
            } else {
                html.appendEscaped(text)
            }
            html.append("</li>\n")
        }
        for person in ends.last { writeChainItem(person, from: path, into: &html) }
        html.append("</ol>\n")
        return html
    }

    private func writeChainItem(_ person: Graph.NodeID, from path: String, into html: inout HTMLWriter) {
        html.append("<li>")
        writeAnchor(person, from: path, into: &html)
        html.append("</li>\n")
    }

    /// The people a contact led to as a tree: each under whoever passed their name on (the
    /// contact's own referrals at the top), siblings nearest first, each with when; a last item
    /// says there are more when `leads` has more than `ledToLimit`.
    private func ledToHTML(_ leads: [Referrals.Referral], from path: String) -> HTMLWriter {
        guard !leads.isEmpty else { return HTMLWriter(capacity: 0) }
        let shown = leads.prefix(Self.ledToLimit)
        // Whoever passed a name on comes earlier in `leads` (nearest first): each lead's
        // children, as first child and next sibling, in one pass.
        var firstChild = [Int](repeating: -1, count: shown.count)
        var lastChild = firstChild
        var nextSibling = firstChild
        var roots: [Int] = []
        for (position, lead) in shown.enumerated() {
            guard let via = lead.via, let parent = shown[..<position].lastIndex(where: { $0.person == via }) else {
                roots.append(position)
                continue
            }
            if lastChild[parent] < 0 {
                firstChild[parent] = position
            } else {
                nextSibling[lastChild[parent]] = position
            }
            lastChild[parent] = position
        }
        var html = HTMLWriter(capacity: shown.count * 120)
        func write(_ position: Int) {
            html.append("<li>")
            writeAnchor(shown[position].person, from: path, into: &html)
            if let date = shown[position].date {
                html.append(" ")
                html.appendTime(date.description)
            }
            var child = firstChild[position]
            if child >= 0 {
                html.append("\n<ul>\n")
                while child >= 0 {
                    write(child)
                    child = nextSibling[child]
                }
                html.append("</ul>")
            }
            html.append("</li>\n")
        }
        html.append("<ul class=\"led-to\">\n")
        roots.forEach(write)
        if leads.count > Self.ledToLimit {
            html.append("<li><span class=\"more\">and more further down the chain</span></li>\n")
        }
        html.append("</ul>\n")
        return html
    }

    /// A contact's Log as a timeline.
    private func logHTML(_ log: [LogEntry], note index: Int, on path: String) -> HTMLWriter {
        guard !log.isEmpty else { return HTMLWriter(capacity: 0) }
        var html = HTMLWriter(capacity: log.count * 160)
        html.append("<ol class=\"timeline\">\n")
        for entry in log {
            html.append("<li>")
            html.appendTime(entry.date.description)
            html.append(" <span class=\"event event-")
            html.append(entry.event?.rawValue ?? "other")
            html.append("\">")
            html.appendEscaped(entry.word)
            html.append("</span> ")
            writeInline(entry.text, note: index, on: path, into: &html)
            html.append("</li>\n")
        }
        html.append("</ol>\n")
        return html
    }

    /// The dossier of `node`, without the parts pages write from the site's own indexes: the
    /// people it led to (`referrals`), front matter details and backlinks.
    private func dossier(of node: Graph.NodeID) -> Dossier {
        var builder = DossierBuilder(vault: vault, today: today)
        builder.parts = []
        builder.statuses = statuses
        return builder.dossier(for: node)
    }

    private func meeting(_ meeting: Dossier.Meeting, from path: String, into html: inout HTMLWriter) {
        let when = meeting.date.map(Self.describe) ?? "undated"
        if let index = vault.index(ofPath: meeting.file), let href = href(Graph.node(ofNote: index), from: path) {
            html.append("<a href=\"")
            html.append(href)
            html.append("\">")
            html.appendEscaped(when)
            html.append("</a>")
        } else {
            html.appendEscaped(when)
        }
        html.append(" with ")
        writeAnchors(meeting.with.prefix(Self.meetingPeopleLimit).map(\.node), from: path, into: &html)
        if meeting.with.count > Self.meetingPeopleLimit {
            html.append(" and \(meeting.with.count - Self.meetingPeopleLimit) more")
        }
        html.append(" <span class=\"status status-")
        html.append(meeting.status)
        html.append("\">")
        html.append(meeting.status)
        html.append("</span>")
        if let mode = meeting.mode, shows("mode", in: .interview) {
            html.append(" · ")
            html.appendEscaped(mode)
        }
        if let thankYou = meeting.thankYou, shows("thank_you", in: .interview) {
            html.append(" · thanked ")
            html.appendEscaped(thankYou)
        }
        if let update = meeting.update, shows("update", in: .interview) {
            html.append(" · updated ")
            html.appendEscaped(update)
        }
    }

    private func member(_ member: Dossier.Member, from path: String, into html: inout HTMLWriter) {
        writeAnchor(member.person.node, from: path, into: &html)
        if let title = member.title {
            html.append(", ")
            html.appendEscaped(title)
        }
        html.append(" <span class=\"status\">")
        html.appendEscaped(member.status)
        html.append("</span>")
    }

    /// Nodes as links (or names) joined by commas.
    private func anchors(_ nodes: [Graph.NodeID], from path: String) -> HTMLWriter {
        var html = HTMLWriter(capacity: nodes.count * 64)
        writeAnchors(nodes, from: path, into: &html)
        return html
    }

    private func itemsHTML(_ items: [ListItem], note index: Int, on path: String) -> HTMLWriter {
        var html = HTMLWriter(capacity: items.count * 128)
        for item in items {
            if html.isEmpty { html.append("<ul>\n") }
            html.append(item.checked == true ? "<li class=\"done\">" : "<li>")
            writeInline(item.text, note: index, on: path, into: &html)
            html.append("</li>\n")
        }
        if !html.isEmpty { html.append("</ul>\n") }
        return html
    }

    /// "Wed 2026-10-14 14:00": the date as written, with its weekday.
    static func describe(_ date: LocalDateTime) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return "\(weekdays[date.date.weekday - 1]) \(date.description)"
    }

    /// The note's body as HTML, without the sections shown apart; empty when nothing is left.
    private func body(of index: Int, without sections: [String]) -> HTMLWriter {
        html(ofMarkdown: vault.notes[index].bodyMarkdownParts(without: sections), note: index)
    }

    /// Markdown from the note at `index` as HTML, its links resolved as the note's; empty for
    /// no Markdown. The parts are read one after the other, with a blank line between them.
    private func html(ofMarkdown parts: [Substring], note index: Int) -> HTMLWriter {
        var html = HTMLWriter(capacity: 0)
        guard !parts.isEmpty else { return html }
        // Wikilinks never span lines: each part is redacted on its own, and only for a site
        // that leaves notes out.
        let parts =
            paths.leavesNodesOut
            ? parts.map { Substring(paths.hidingLinksToLeftOutNodes(in: String($0), fromNote: index)) } : parts
        MarkdownHTML.render(parts: parts, resolve: paths.resolver(forNote: index)) { html.append(bytes: $0) }
        return html
    }
}
