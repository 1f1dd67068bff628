/// The page of each note and placeholder.
extension SiteBuilder {
    /// A contact page lists at most this many of the people they led to, nearest first.
    static let ledToLimit = 100

    /// The template and values of a node's page at `path`.
    func nodePage(_ node: Graph.NodeID, at path: String) -> (template: String, context: Context) {
        guard let index = vault.graph.noteIndex(of: node) else {
            return ("placeholder", placeholderPage(node, at: path))
        }
        let note = vault.notes[index]
        var context = base(path, title: note.name, page: note.kind.rawValue)
        context["name"] = note.name
        context["file"] = note.path
        context.put("tags", tagsHTML(note.tags, from: path))
        context.put("backlinks", backlinksHTML(to: node, from: path))
        switch note.kind {
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
        let note = vault.notes[index]
        let dossier = dossier(of: node)
        // One more than shown, to tell whether there are more.
        let leads = referrals.leads(of: node, limit: Self.ledToLimit + 1)
        var role = note.title.map(HTML.escape) ?? ""
        if let organization = dossier.organization {
            role += (role.isEmpty ? "" : " at ") + anchor(organization.node, from: path)
        }
        context.put("role", role)
        context.put("aliases", HTML.escape(note.aliases.joined(separator: ", ")))
        context["status"] = dossier.status
        context["statusCode"] = dossier.statusCode
        context["lastTouch"] = dossier.lastTouch?.description
        context.put("details", detailsHTML(ofNote: index, shownElsewhere: ["title"]))
        context.put("chain", Self.list("ol", "chain", dossier.referralChain.map { anchor($0.node, from: path) }))
        context.put("referredBy", Self.inline(dossier.referredBy.map { anchor($0.node, from: path) }))
        context.put("ledTo", ledToHTML(leads, from: path))
        // Open tasks have their own list here.
        context.put("steps", stepsHTML((stepsByNode[node] ?? []).filter { steps[$0].kind != .task }, from: path))
        context.put("interviews", Self.list("ul", "interviews", dossier.interviews.map { meeting($0, from: path) }))
        context.put("log", logHTML(dossier.log, note: index, on: path))
        context.put(
            "tasks",
            Self.list(
                "ul", "tasks",
                dossier.openTasks.map { task in
                    HTML.escape(task.text)
                        + (task.due.map { " <span class=\"due\">due \(Self.time($0.description))</span>" } ?? "")
                        + " <span class=\"source\">\(HTML.escape(task.file)):\(task.line)</span>"
                }))
        context.put(
            "reminders",
            Self.list(
                "ul", "tasks", dossier.reminders.map { Self.time($0.date.description) + " " + HTML.escape($0.text) }))
        context.put("body", body(of: index, without: ["Log"]))
    }

    private func interviewValues(_ node: Graph.NodeID, _ index: Int, at path: String, into context: inout Context) {
        let note = vault.notes[index]
        guard let interview = note.interview else { return }
        var when = interview.date.map { Self.time($0.description, label: Self.describe($0)) } ?? "Undated"
        if let mode = interview.mode { when += " · " + mode.rawValue }
        when += " · \(interview.duration) minutes"
        context["when"] = when
        context["status"] = DossierBuilder.status(of: interview, today: today)
        context.put(
            "with",
            Self.inline(
                vault.graph.neighbors(.met, from: node).map { person in
                    anchor(person, from: path)
                        + (vault.graph.organization(of: person).map { " (\(anchor($0, from: path)))" } ?? "")
                }))
        context.put("details", detailsHTML(ofNote: index, shownElsewhere: ["date", "mode", "duration", "status"]))
        let asked = interview.agenda.filter { $0.checked == true }.count
        if !interview.agenda.isEmpty { context["asked"] = "\(asked) of \(interview.agenda.count) asked." }
        context.put(
            "agenda",
            interview.agenda.isEmpty
                ? ""
                : "<ul class=\"agenda\">\n"
                    + interview.agenda.map { item in
                        let isAsked = item.checked == true
                        return
                            "<li class=\"\(isAsked ? "asked" : "unasked")\"><span class=\"mark\" aria-hidden=\"true\">"
                            + (isAsked ? "✓" : "○") + "</span> " + inline(item.text, note: index, on: path)
                            + "<span class=\"visually-hidden\">\(isAsked ? " (asked)" : " (not asked)")</span></li>\n"
                    }.joined() + "</ul>\n")
        context.put(
            "referrals",
            Self.list(
                "ul", "referrals",
                interview.referrals.map { mention in
                    let person =
                        vault.node(referencedBy: mention.person).map { anchor($0, from: path) }
                        ?? HTML.escape(mention.person.label ?? mention.person.target)
                    return person
                        + (Prose.comment(mention.text).map { " — " + inline($0, note: index, on: path) } ?? "")
                }))
        context.put("resources", itemsHTML(interview.resources, note: index, on: path))
        context.put("leads", itemsHTML(interview.leads, note: index, on: path))
        context.put("steps", stepsHTML(stepsByNode[node] ?? [], from: path))
        context.put("body", body(of: index, without: ["Agenda", "Questions", "Referrals", "Resources", "Leads"]))
    }

    private func organizationValues(_ node: Graph.NodeID, _ index: Int, at path: String, into context: inout Context) {
        let note = vault.notes[index]
        let dossier = dossier(of: node)
        if let organization = note.organization, organization.isTarget {
            context["target"] = organization.motivation.map { "target · motivation \($0) of 3" } ?? "target"
        }
        context.put("details", detailsHTML(ofNote: index, shownElsewhere: ["target", "motivation"]))
        context.put("people", Self.list("ul", "people", dossier.people.map { member($0, from: path) }))
        context.put("interviews", Self.list("ul", "interviews", dossier.interviews.map { meeting($0, from: path) }))
        if let research = note.organization?.research {
            context.put(
                "research",
                MarkdownHTML.render(
                    paths.hidingLinksToLeftOutNodes(in: note.markdown(of: research), fromNote: index),
                    resolve: paths.resolver(forNote: index)))
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
        context.put("referredBy", Self.inline(dossier.referredBy.map { anchor($0.node, from: path) }))
        context.put("people", Self.list("ul", "people", dossier.people.map { member($0, from: path) }))
        context.put("steps", stepsHTML(stepsByNode[node] ?? [], from: path))
        context.put("backlinks", backlinksHTML(to: node, from: path))
        return context
    }

    // MARK: Parts

    /// The people a contact led to, nearest first, with who passed each name on and when; a
    /// last item says there are more when `leads` has more than `ledToLimit`.
    private func ledToHTML(_ leads: [Referrals.Lead], from path: String) -> String {
        guard !leads.isEmpty else { return "" }
        var html = HTMLWriter(capacity: leads.count * 160)
        html.append("<ul class=\"led-to\">\n")
        for lead in leads.prefix(Self.ledToLimit) {
            html.append("<li>")
            html.append(anchor(lead.person, from: path))
            if let via = lead.via {
                html.append(" <span class=\"via\">via ")
                html.append(anchor(via, from: path))
                html.append("</span>")
            }
            if let date = lead.date {
                html.append(" ")
                html.appendTime(date.description)
            }
            html.append("</li>\n")
        }
        if leads.count > Self.ledToLimit {
            html.append("<li><span class=\"more\">and more further down the chain</span></li>\n")
        }
        html.append("</ul>\n")
        return html.html
    }

    /// A contact's Log as a timeline.
    private func logHTML(_ log: [LogEntry], note index: Int, on path: String) -> String {
        guard !log.isEmpty else { return "" }
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
            html.append(inline(entry.text, note: index, on: path))
            html.append("</li>\n")
        }
        html.append("</ol>\n")
        return html.html
    }

    /// The dossier of `node`, without the people it led to: contact pages list those from
    /// `referrals`, with ready-made links.
    private func dossier(of node: Graph.NodeID) -> Dossier {
        var builder = DossierBuilder(vault: vault, today: today)
        builder.ledToLimit = 0
        return builder.dossier(for: node)
    }

    private func meeting(_ meeting: Dossier.Meeting, from path: String) -> String {
        let when = HTML.escape(meeting.date.map(Self.describe) ?? "undated")
        var html = when
        if let index = vault.index(ofPath: meeting.file), let href = href(Graph.node(ofNote: index), from: path) {
            html = "<a href=\"\(href)\">\(when)</a>"
        }
        html += " with " + Self.inline(meeting.with.map { anchor($0.node, from: path) })
        html += " <span class=\"status status-\(meeting.status)\">\(meeting.status)</span>"
        if let mode = meeting.mode { html += " · " + HTML.escape(mode) }
        if let thankYou = meeting.thankYou { html += " · thanked " + HTML.escape(thankYou) }
        if let update = meeting.update { html += " · updated " + HTML.escape(update) }
        return html
    }

    private func member(_ member: Dossier.Member, from path: String) -> String {
        anchor(member.person.node, from: path) + (member.title.map { ", " + HTML.escape($0) } ?? "")
            + " <span class=\"status\">\(HTML.escape(member.status))</span>"
    }

    private func itemsHTML(_ items: [ListItem], note index: Int, on path: String) -> String {
        guard !items.isEmpty else { return "" }
        return "<ul>\n"
            + items.map { item in
                "<li\(item.checked == true ? " class=\"done\"" : "")>" + inline(item.text, note: index, on: path)
                    + "</li>\n"
            }.joined() + "</ul>\n"
    }

    /// "Wed 2026-10-14 14:00": the date as written, with its weekday.
    static func describe(_ date: LocalDateTime) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return "\(weekdays[date.date.weekday - 1]) \(date.description)"
    }

    /// The note's body as HTML, without the sections shown apart; empty when nothing is left.
    private func body(of index: Int, without sections: [String]) -> String {
        let markdown = paths.hidingLinksToLeftOutNodes(
            in: vault.notes[index].bodyMarkdown(without: sections), fromNote: index)
        guard !markdown.isEmpty else { return "" }
        return MarkdownHTML.render(markdown, resolve: paths.resolver(forNote: index))
    }
}
