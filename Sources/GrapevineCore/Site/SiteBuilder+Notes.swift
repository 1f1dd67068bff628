/// The page of each note and placeholder.
extension SiteBuilder {
    /// The template and values of a node's page at `path`.
    func nodePage(_ node: Graph.NodeID, at path: String) -> (template: String, context: Context) {
        guard let index = vault.graph.noteIndex(of: node) else {
            return ("placeholder", placeholderPage(node, at: path))
        }
        let note = vault.notes[index]
        var context = base(path, title: note.name, page: note.kind.rawValue)
        context["name"] = note.name
        context["file"] = note.path
        Self.set("tags", tagLinks(note.tags, from: path), in: &context)
        Self.set("backlinks", backlinks(to: node, from: path), in: &context)
        switch note.kind {
        case .contact:
            contactValues(node, note, at: path, into: &context)
            return ("contact", context)
        case .interview:
            interviewValues(node, note, at: path, into: &context)
            return ("interview", context)
        case .organization:
            organizationValues(node, note, at: path, into: &context)
            return ("organization", context)
        case .pitch, .note:
            Self.set("details", details(of: note, shownElsewhere: []), in: &context)
            Self.set("steps", stepList(stepsByNode[node] ?? [], from: path), in: &context)
            context["body"] = body(of: index, without: [])
            return ("note", context)
        }
    }

    private func contactValues(_ node: Graph.NodeID, _ note: Note, at path: String, into context: inout Context) {
        let dossier = DossierBuilder(vault: vault, today: today).dossier(for: node)
        let index = vault.graph.noteIndex(of: node)!
        context["title"] = note.title
        context["role"] = note.title != nil || dossier.organization != nil
        context["organization"] = dossier.organization.map { link($0.node, from: path) }
        context["status"] = dossier.status
        context["statusCode"] = dossier.statusCode
        context["lastTouch"] = dossier.lastTouch?.description
        Self.set("aliases", note.aliases, in: &context)
        Self.set("details", details(of: note, shownElsewhere: ["title"]), in: &context)
        Self.set("chain", dossier.referralChain.map { link($0.node, from: path) }, in: &context)
        Self.set("referredBy", dossier.referredBy.map { link($0.node, from: path) }, in: &context)
        Self.set(
            "ledTo",
            dossier.ledTo.map { lead in
                var values: Context = ["person": link(lead.person.node, from: path)]
                values["via"] = lead.via.map { link($0.node, from: path) }
                values["date"] = lead.date?.description
                return values
            }, in: &context)
        // Open tasks have their own list here.
        let shown = (stepsByNode[node] ?? []).filter { steps[$0].kind != .task }
        Self.set("steps", stepList(shown, from: path), in: &context)
        Self.set("interviews", dossier.interviews.map { meeting($0, from: path) }, in: &context)
        Self.set(
            "log",
            dossier.log.map { entry in
                [
                    "date": entry.date.description, "event": entry.event?.rawValue ?? "other", "word": entry.word,
                    "text": inline(entry.text, note: index, on: path),
                ] as Context
            }, in: &context)
        Self.set(
            "tasks",
            dossier.openTasks.map { task in
                var values: Context = ["text": task.text, "file": task.file, "line": task.line]
                values["due"] = task.due?.description
                return values
            }, in: &context)
        Self.set(
            "reminders", dossier.reminders.map { ["date": $0.date.description, "text": $0.text] as Context },
            in: &context)
        context["body"] = body(of: index, without: ["Log"])
    }

    private func interviewValues(_ node: Graph.NodeID, _ note: Note, at path: String, into context: inout Context) {
        guard let interview = note.interview else { return }
        let index = vault.graph.noteIndex(of: node)!
        context["date"] = interview.date?.description
        context["when"] = interview.date.map(Self.describe)
        context["mode"] = interview.mode?.rawValue
        context["duration"] = interview.duration
        context["status"] = meetingStatus(interview)
        Self.set(
            "with",
            vault.graph.neighbors(.met, from: node).map { person in
                var values = link(person, from: path)
                values["organization"] = vault.graph.organization(of: person).map { link($0, from: path) }
                return values
            }, in: &context)
        Self.set(
            "details", details(of: note, shownElsewhere: ["date", "mode", "duration", "status"]), in: &context)
        let agenda = interview.agenda.map { item in
            ["text": inline(item.text, note: index, on: path), "asked": item.checked == true] as Context
        }
        Self.set("agenda", agenda, in: &context)
        context["agendaCount"] = agenda.count
        context["asked"] = interview.agenda.filter { $0.checked == true }.count
        Self.set(
            "referrals",
            interview.referrals.map { mention in
                let person = vault.node(referencedBy: mention.person)
                var values: Context = [
                    "person": person.map { link($0, from: path) }
                        ?? ["name": mention.person.label ?? mention.person.target]
                ]
                let remark = Self.remark(in: mention.text)
                if !remark.isEmpty { values["text"] = inline(remark, note: index, on: path) }
                return values
            }, in: &context)
        let items = { (items: [ListItem]) in
            items.map { ["text": inline($0.text, note: index, on: path), "done": $0.checked == true] as Context }
        }
        Self.set("resources", items(interview.resources), in: &context)
        Self.set("leads", items(interview.leads), in: &context)
        Self.set("steps", stepList(stepsByNode[node] ?? [], from: path), in: &context)
        context["body"] = body(of: index, without: ["Agenda", "Questions", "Referrals", "Resources", "Leads"])
    }

    private func organizationValues(_ node: Graph.NodeID, _ note: Note, at path: String, into context: inout Context) {
        let dossier = DossierBuilder(vault: vault, today: today).dossier(for: node)
        let index = vault.graph.noteIndex(of: node)!
        if let organization = note.organization {
            context["target"] = organization.isTarget
            context["motivation"] = organization.motivation
        }
        Self.set("details", details(of: note, shownElsewhere: ["target", "motivation"]), in: &context)
        Self.set("people", dossier.people.map { member($0, from: path) }, in: &context)
        Self.set("interviews", dossier.interviews.map { meeting($0, from: path) }, in: &context)
        if let research = note.organization?.research {
            let html = MarkdownHTML.render(note.markdown(of: research), resolve: paths.resolver(forNote: index))
            if !html.isEmpty { context["research"] = html }
        }
        Self.set("steps", stepList(stepsByNode[node] ?? [], from: path), in: &context)
        context["body"] = body(of: index, without: ["Research"])
    }

    private func placeholderPage(_ node: Graph.NodeID, at path: String) -> Context {
        let name = displayName(of: node)
        var context = base(path, title: name, page: "placeholder")
        let dossier = DossierBuilder(vault: vault, today: today).dossier(for: node)
        context["name"] = name
        let kind = vault.graph.nodes[node].isPerson ? "contact" : "org"
        context["command"] = "grapevine new \(kind) '\(name.replacingOccurrences(of: "'", with: "'\\''"))'"
        Self.set("referredBy", dossier.referredBy.map { link($0.node, from: path) }, in: &context)
        Self.set("people", dossier.people.map { member($0, from: path) }, in: &context)
        Self.set("steps", stepList(stepsByNode[node] ?? [], from: path), in: &context)
        Self.set("backlinks", backlinks(to: node, from: path), in: &context)
        return context
    }

    // MARK: Parts

    private func meeting(_ meeting: Dossier.Meeting, from path: String) -> Context {
        var values: Context = ["when": meeting.date.map(Self.describe) ?? "undated", "status": meeting.status]
        if let index = vault.index(ofPath: meeting.file) {
            values["href"] = paths.page(of: Graph.node(ofNote: index)).map { SitePaths.relative(from: path, to: $0) }
        }
        Self.set("with", meeting.with.map { link($0.node, from: path) }, in: &values)
        values["mode"] = meeting.mode
        values["thankYou"] = meeting.thankYou
        values["update"] = meeting.update
        return values
    }

    private func member(_ member: Dossier.Member, from path: String) -> Context {
        var values: Context = ["person": link(member.person.node, from: path), "status": member.status]
        values["title"] = member.title
        return values
    }

    /// `held`, `scheduled`, `cancelled` or `no-show`, as `show` says it.
    func meetingStatus(_ interview: Interview) -> String {
        switch interview.status {
        case .cancelled?: return "cancelled"
        case .noShow?: return "no-show"
        case nil: return interview.isHeld(asOf: today) ? "held" : "scheduled"
        }
    }

    /// "2026-10-14 14:00, Wed" style: the date as written, with its weekday.
    static func describe(_ date: LocalDateTime) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return "\(weekdays[date.date.weekday - 1]) \(date.description)"
    }

    /// The notes linking to `node`, one entry per note and line.
    func backlinks(to node: Graph.NodeID, from path: String) -> [Context] {
        vault.graph.backlinks(to: node)
            .flatMap { edge in edge.sources.map { (edge.from, $0.line) } }
            .sorted { (vault.graph.nodes[$0.0].name, $0.1) < (vault.graph.nodes[$1.0].name, $1.1) }
            .map { from, line in link(from, from: path).merging(["line": line]) { old, _ in old } }
    }

    func tagLinks(_ tags: [String], from path: String) -> [Context] {
        guard !hiddenFields.contains("tags") else { return [] }
        return tags.compactMap { tag in
            paths.page(ofTag: tag).map { ["name": tag, "href": SitePaths.relative(from: path, to: $0)] }
        }
    }

    /// The note's body as HTML, without the sections shown apart; `nil` when nothing is left.
    private func body(of index: Int, without sections: [String]) -> String? {
        let markdown = vault.notes[index].bodyMarkdown(without: sections)
        guard !markdown.isEmpty else { return nil }
        return MarkdownHTML.render(markdown, resolve: paths.resolver(forNote: index))
    }

    /// The text of a Referrals item after the person: "Sam — sensory scientist" gives
    /// "sensory scientist".
    static func remark(in text: String) -> String {
        for separator in [" — ", " – ", " - ", ": "] {
            if let range = text.range(of: separator) {
                return String(text[range.upperBound...]).trimmingWhitespace()
            }
        }
        return ""
    }

    // MARK: Front matter

    /// Keys shown by the page's structure (the name, the links) rather than as details.
    static let structuralKeys: Set<String> = [
        "name", "type", "tags", "aliases", "private", "remind", "organization", "referred_by", "contact", "contacts",
    ]

    /// The note's front matter as label and value pairs, every value as text (the template
    /// escapes it); values that are `http`, `https` or `mailto` URLs (or an email address)
    /// also get an `href`. Leaves out structural keys, `shownElsewhere` and hidden fields.
    func details(of note: Note, shownElsewhere: Set<String>) -> [Context] {
        note.frontMatter.entries.compactMap { entry in
            let key = entry.key.lowercased()
            guard !Self.structuralKeys.contains(key), !shownElsewhere.contains(key), !hiddenFields.contains(key),
                !entry.value.isNull
            else { return nil }
            let value = Self.text(of: entry.value)
            guard !value.isEmpty else { return nil }
            var values: Context = ["label": Self.label(of: entry.key), "value": value]
            let address = key.contains("email") && !value.contains(":") ? "mailto:" + value : value
            values["href"] = HTML.safeURL(address)
            return values
        }
    }

    /// A front matter value as one line of text.
    static func text(of value: FrontMatter.Value) -> String {
        switch value.content {
        case .scalar(let text, _): return value.isNull ? "" : text.trimmingWhitespace()
        case .list(let values): return values.map(text(of:)).filter { !$0.isEmpty }.joined(separator: ", ")
        case .mapping(let entries):
            return entries.map { "\($0.key): \(text(of: $0.value))" }.joined(separator: "; ")
        }
    }

    /// `thank_you` → "Thank you", `linkedin` → "LinkedIn".
    static func label(of key: String) -> String {
        if key.lowercased() == "linkedin" { return "LinkedIn" }
        let words = key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
