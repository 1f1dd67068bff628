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
        let jobTitle = vault.notes[index].title.flatMap { $0.isEmpty ? nil : $0 }
        context["jobTitle"] = jobTitle
        context.put("organization", dossier.organization.map { link($0.node, from: path) } ?? HTMLWriter())
        context["hasRole"] = jobTitle != nil || dossier.organization != nil
        let aliases = vault.notes[index].aliases.joined(separator: ", ")
        context["aliases"] = aliases
        context["hasAliases"] = !aliases.isEmpty
        context["status"] = dossier.status
        context["statusCode"] = dossier.statusCode
        context["lastTouch"] = dossier.lastTouch?.description
        context.put("details", detailsHTML(ofNote: index, shownElsewhere: ["title"]))
        context.put("chain", chainHTML(to: node, from: path))
        context.put("referredBy", anchors(dossier.referredBy.map(\.node), from: path))
        context.put("ledTo", ledToHTML(leads, from: path))
        context["moreLedTo"] = leads.count > Self.ledToLimit
        // Open tasks have their own list here.
        context.put("steps", stepsHTML((stepsByNode[node] ?? []).filter { steps[$0].kind != .task }, from: path))
        context.put("interviews", meetingsHTML(dossier.interviews, from: path))
        context.put(
            "log",
            parts("log-entry", dossier.log) { context, entry in
                context["date"] = entry.date.description
                context["event"] = entry.event?.rawValue ?? "other"
                context["word"] = entry.word
                context.put("text", inlineHTML(entry.text, note: index, on: path))
            })
        context.put(
            "tasks",
            parts("task", dossier.openTasks) { context, task in
                context["text"] = task.text
                context["due"] = task.due?.description
                context["file"] = task.file
                context["line"] = task.line
            })
        context.put(
            "reminders",
            parts("reminder", dossier.reminders) { context, reminder in
                context["date"] = reminder.date.description
                context["text"] = reminder.text
            })
        context.put("body", body(of: index, without: ["Log"]))
    }

    private func interviewValues(_ node: Graph.NodeID, _ index: Int, at path: String, into context: inout Context) {
        // The interview alone: `let note = vault.notes[index]` copies the whole note.
        guard let interview = vault.notes[index].interview else { return }
        context["date"] = interview.date?.description
        context["dateLabel"] = interview.date.map(Self.describe)
        context["mode"] = shows("mode", in: .interview) ? interview.mode?.rawValue : nil
        context["duration"] = shows("duration", in: .interview) ? interview.duration : nil
        context["status"] = DossierBuilder.status(of: interview, today: today)
        context.put(
            "with",
            parts("interviewee", vault.graph.neighbors(.met, from: node).enumerated()) { context, person in
                context["first"] = person.offset == 0
                context.put("person", link(person.element, from: path))
                context.put(
                    "organization",
                    vault.graph.organization(of: person.element).map { link($0, from: path) } ?? HTMLWriter())
            })
        context.put("details", detailsHTML(ofNote: index, shownElsewhere: ["date", "mode", "duration", "status"]))
        let asked = interview.agenda.filter { $0.checked == true }.count
        if !interview.agenda.isEmpty { context["asked"] = "\(asked) of \(interview.agenda.count) asked." }
        context.put(
            "agenda",
            parts("agenda-item", interview.agenda) { context, item in
                context["asked"] = item.checked == true
                context.put("text", inlineHTML(item.text, note: index, on: path))
            })
        context.put(
            "referrals",
            parts("referral", interview.referrals) { context, mention in
                if let person = vault.node(referencedBy: mention.person) {
                    context.put("person", link(person, from: path))
                } else {
                    context.put("person", HTMLWriter(HTML.escape(mention.person.label ?? mention.person.target)))
                }
                context.put("comment", Prose.comment(mention.text).map { inlineHTML($0, note: index, on: path) } ?? HTMLWriter())
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
        context.put("people", membersHTML(dossier.people, from: path))
        context.put("interviews", meetingsHTML(dossier.interviews, from: path))
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
        context.put("people", membersHTML(dossier.people, from: path))
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
        var html = chainPeopleHTML(ends.first, from: path)
        if ends.hidden > 0, let nearest = chains.nodeBefore(ends.last.first ?? node) {
            var context = PageValues(capacity: 2)
            context["hidden"] = ends.hidden
            context["href"] = href(nearest, from: path)
            templates.render("chain-more", context, into: &html)
        }
        html.append(chainPeopleHTML(ends.last, from: path))
        return html
    }

    private func chainPeopleHTML(_ people: some Sequence<Graph.NodeID>, from path: String) -> HTMLWriter {
        parts("chain-person", people) { context, person in context.put("person", link(person, from: path)) }
    }

    /// The people a contact led to as a tree: each under whoever passed their name on (the
    /// contact's own referrals at the top), siblings nearest first, each with when; a last item
    /// says there are more when `leads` has more than `ledToLimit` (the page's `moreLedTo`).
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
        func items(_ positions: [Int]) -> HTMLWriter {
            parts("led-to", positions) { context, position in
                context.put("person", link(shown[position].person, from: path))
                context["date"] = shown[position].date?.description
                var children: [Int] = []
                var child = firstChild[position]
                while child >= 0 {
                    children.append(child)
                    child = nextSibling[child]
                }
                context.put("children", items(children))
            }
        }
        return items(roots)
    }

    /// The dossier of `node`, without the parts pages write from the site's own indexes: the
    /// people it led to (`referrals`), front matter details and backlinks.
    private func dossier(of node: Graph.NodeID) -> Dossier {
        var builder = DossierBuilder(vault: vault, today: today)
        builder.parts = []
        builder.statuses = statuses
        return builder.dossier(for: node)
    }

    /// Interviews in a list (`meeting.html` each).
    private func meetingsHTML(_ meetings: [Dossier.Meeting], from path: String) -> HTMLWriter {
        parts("meeting", meetings) { context, meeting in
            context["when"] = meeting.date.map(Self.describe) ?? "undated"
            context["href"] = vault.index(ofPath: meeting.file).flatMap { href(Graph.node(ofNote: $0), from: path) }
            var with = HTMLWriter(capacity: 0)
            writeAnchors(meeting.with.prefix(Self.meetingPeopleLimit).map(\.node), from: path, into: &with)
            context.put("with", with)
            if meeting.with.count > Self.meetingPeopleLimit {
                context["more"] = meeting.with.count - Self.meetingPeopleLimit
            }
            context["status"] = meeting.status
            context["mode"] = shows("mode", in: .interview) ? meeting.mode : nil
            context["thankYou"] = shows("thank_you", in: .interview) ? meeting.thankYou : nil
            context["update"] = shows("update", in: .interview) ? meeting.update : nil
        }
    }

    /// People at an organization (`member.html` each).
    private func membersHTML(_ members: [Dossier.Member], from path: String) -> HTMLWriter {
        parts("member", members) { context, member in
            context.put("person", link(member.person.node, from: path))
            context["title"] = member.title
            context["status"] = member.status
        }
    }

    /// Nodes as links (or names) joined by commas.
    private func anchors(_ nodes: [Graph.NodeID], from path: String) -> HTMLWriter {
        var html = HTMLWriter(capacity: nodes.count * 64)
        writeAnchors(nodes, from: path, into: &html)
        return html
    }

    /// Resources or leads (`list-item.html` each).
    private func itemsHTML(_ items: [ListItem], note index: Int, on path: String) -> HTMLWriter {
        parts("list-item", items) { context, item in
            context["done"] = item.checked == true
            context.put("text", inlineHTML(item.text, note: index, on: path))
        }
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
