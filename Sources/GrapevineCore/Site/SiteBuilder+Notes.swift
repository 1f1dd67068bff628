/// The page of each note and placeholder rendered: a `NotePage`'s values for its template, each
/// list rendered part by part (`SiteTemplates+Parts.swift`).
extension SiteBuilder {
    /// The template and values of a node's page at `path`.
    func nodePage(_ node: Graph.NodeID, at path: String) -> (template: String, context: Context) {
        values(of: notePage(node, at: path))
    }

    /// The template and values of `page`.
    func values(of page: NotePage) -> (template: String, context: Context) {
        let kind: String
        switch page.kind {
        case .contact: kind = "contact"
        case .interview: kind = "interview"
        case .organization: kind = "organization"
        case .note: kind = page.note.map { vault.notes[$0].kind.rawValue } ?? "note"
        case .placeholder: kind = "placeholder"
        }
        var context = base(page.path, title: page.name, page: kind)
        context["name"] = page.name
        context["file"] = page.file
        context.put("details", details(page.details))
        context.put("tags", tags(page.tags))
        context.put("steps", html(page.steps))
        context.put("backlinks", backlinks(page.backlinks))
        if let note = page.note { context.put("body", html(ofMarkdown: page.body, note: note)) }
        switch page.kind {
        case .contact(let contact):
            put(contact, into: &context)
            return ("contact", context)
        case .interview(let interview):
            put(interview, into: &context)
            return ("interview", context)
        case .organization(let organization):
            context["target"] = organization.target
            context.put("people", members(organization.people))
            context.put("introductions", introductions(organization.introductions))
            context["moreIntroductions"] = organization.moreIntroductions > 0 ? organization.moreIntroductions : nil
            context["pathCommand"] = "grapevine path " + Shell.quoted(page.name)
            context.put("interviews", meetings(organization.interviews))
            if let note = page.note, !organization.research.isEmpty {
                context.put(
                    "research", html(ofMarkdown: organization.research, note: note, footnotePrefix: "research-"))
            }
            return ("organization", context)
        case .note:
            return ("note", context)
        case .placeholder(let placeholder):
            context["command"] = placeholder.command
            context.put("referredBy", html(placeholder.referredBy))
            context.put("people", members(placeholder.people))
            context.put("introductions", introductions(placeholder.introductions))
            context["moreIntroductions"] = placeholder.moreIntroductions > 0 ? placeholder.moreIntroductions : nil
            context["pathCommand"] = "grapevine path " + Shell.quoted(page.name)
            return ("placeholder", context)
        }
    }

    private func put(_ contact: NotePage.Contact, into context: inout Context) {
        context["jobTitle"] = contact.jobTitle
        context.put("organization", contact.organization.map { html($0) } ?? HTMLWriter())
        context["hasRole"] = contact.jobTitle != nil || contact.organization != nil
        context["aliases"] = contact.aliases.joined(separator: ", ")
        context["hasAliases"] = !contact.aliases.isEmpty
        // A status a public site cannot tell truly of is not shown, nor said to be withheld:
        // that would tell there is something private about them.
        let isWithheld = contact.statusCode == ContactStatus.withheld.code
        context["isWithheld"] = isWithheld
        if !isWithheld {
            context["status"] = contact.status
            context["statusCode"] = contact.statusCode
        }
        // Someone not contacted yet is not reached: their chain is how you came by the name.
        context["isReached"] = !isWithheld && contact.statusCode != ContactStatus.notContacted.code
        context["lastTouch"] = contact.lastTouch?.description
        context.put("chain", contact.chain.map { chain($0) } ?? HTMLWriter())
        context.put("referredBy", html(contact.referredBy))
        context.put(
            "remarks",
            parts("remark", contact.remarks) { context, remark in
                context.put("by", html(remark.by))
                context.put("text", templates.html(of: remark.text))
            })
        context.put("ledTo", ledTo(contact.ledTo))
        context["moreLedTo"] = contact.ledToMore
        context.put("interviews", meetings(contact.interviews))
        context.put(
            "log",
            parts("log-entry", contact.log) { context, entry in
                context["date"] = entry.date?.description
                context["event"] = entry.event
                context["word"] = entry.word
                context.put("text", templates.html(of: entry.text))
                context["future"] = entry.isFuture
                context["written"] = entry.written
                context["notCounted"] = entry.notCounted
            })
        context.put(
            "tasks",
            parts("task", contact.tasks) { context, task in
                context.put("text", templates.html(of: task.text))
                context["due"] = task.due?.description
                context["file"] = task.file
                context["line"] = task.line
            })
        context.put(
            "reminders",
            parts("reminder", contact.reminders) { context, reminder in
                context["date"] = reminder.date.description
                context["text"] = reminder.text
            })
    }

    private func put(_ interview: NotePage.Interview, into context: inout Context) {
        context["date"] = interview.date?.description
        context["dateLabel"] = interview.date.map(Self.describe)
        context["mode"] = interview.mode
        context["duration"] = interview.duration
        context["status"] = interview.status
        context.put(
            "with",
            parts("interviewee", interview.with.enumerated()) { context, person in
                context["first"] = person.offset == 0
                context.put("person", html(person.element.person))
                context.put("organization", person.element.organization.map { html($0) } ?? HTMLWriter())
            })
        let asked = interview.agenda.filter(\.asked).count
        if !interview.agenda.isEmpty { context["asked"] = "\(asked) of \(interview.agenda.count) asked." }
        context.put(
            "agenda",
            parts("agenda-item", interview.agenda) { context, item in
                context["asked"] = item.asked
                context.put("text", templates.html(of: item.text))
            })
        context.put(
            "referrals",
            parts("referral", interview.referrals) { context, referral in
                context.put("person", html(referral.person))
                context.put("comment", referral.comment.map { templates.html(of: $0) } ?? HTMLWriter())
                context.put("item", templates.html(of: referral.item))
            })
        context.put("resources", listEntries(interview.resources))
        context.put("leads", listEntries(interview.leads))
    }

    // MARK: Parts

    private func introductions(_ introductions: [NotePage.Introduction]) -> HTMLWriter {
        parts("introduction", introductions) { context, introduction in
            context["warmth"] = introduction.warmth
            context["warmthCode"] = introduction.warmthCode
            context["isReached"] = introduction.warmthCode != Warmth.notContacted.code
            context.put("person", html(introduction.person))
            context["title"] = introduction.title
            context["worksThere"] = introduction.worksThere
            context.put("referred", html(introduction.referred))
            context["status"] = introduction.status
            context.put("action", templates.html(of: introduction.action))
            context.put("chain", introduction.chain.map { chain($0) } ?? HTMLWriter())
        }
    }

    private func chain(_ chain: NotePage.Chain) -> HTMLWriter {
        var memo: TemplateShapes.Memo?
        var people = parts("chain-person", chain.first, memo: &memo) { context, person in
            context.put("person", html(person))
        }
        if chain.hidden > 0 {
            var context = PageValues(capacity: 2)
            context["hidden"] = chain.hidden
            context["href"] = chain.nearest
            templates.render("chain-more", context, into: &people)
        }
        people.append(
            parts("chain-person", chain.last, memo: &memo) { context, person in context.put("person", html(person)) })
        return people
    }

    private func ledTo(_ people: [NotePage.LedTo]) -> HTMLWriter {
        parts("led-to", people) { context, person in
            context.put("person", html(person.person))
            context["date"] = person.date?.description
            context.put("remark", person.remark.map { templates.html(of: $0) } ?? HTMLWriter())
            context.put("children", ledTo(person.children))
        }
    }

    private func meetings(_ meetings: [NotePage.Meeting]) -> HTMLWriter {
        parts("meeting", meetings) { context, meeting in
            context["when"] = meeting.when
            context["href"] = meeting.href
            context.put("with", html(meeting.with))
            if meeting.more > 0 { context["more"] = meeting.more }
            context["status"] = meeting.status
            context["mode"] = meeting.mode
            context["thankYou"] = meeting.thankYou
            context["update"] = meeting.update
        }
    }

    private func members(_ members: [NotePage.Member]) -> HTMLWriter {
        parts("member", members) { context, member in
            context.put("person", html(member.person))
            context["title"] = member.title
            context["status"] = member.status
        }
    }

    private func listEntries(_ entries: [NotePage.ListEntry]) -> HTMLWriter {
        parts("list-item", entries) { context, entry in
            context["done"] = entry.done
            context.put("text", templates.html(of: entry.text))
        }
    }

    private func details(_ details: [NotePage.Detail]) -> HTMLWriter {
        parts("detail", details) { context, detail in
            context["label"] = detail.label
            context["value"] = detail.value
            context["url"] = detail.url
        }
    }

    private func tags(_ tags: [NotePage.Tag]) -> HTMLWriter {
        var links = HTMLWriter()
        for tag in tags {
            if !links.isEmpty { links.append(" ") }
            var context = PageValues(capacity: 2)
            context["href"] = tag.href
            context["name"] = tag.name
            templates.render("tag-link", context, into: &links)
        }
        return links
    }

    private func backlinks(_ backlinks: [NotePage.Backlink]) -> HTMLWriter {
        parts("backlink", backlinks) { context, backlink in
            context.put("from", html(backlink.from))
            context["line"] = backlink.line
        }
    }

    /// Markdown from the note at `index` as HTML, its links resolved as the note's; empty for
    /// no Markdown. The parts are read one after the other, with a blank line between them,
    /// and then the note's link and footnote definitions, wherever they are in it; the
    /// footnotes' ids start with `footnotePrefix`.
    private func html(ofMarkdown parts: [Substring], note index: Int, footnotePrefix: String = "") -> HTMLWriter {
        guard !parts.isEmpty else { return HTMLWriter() }
        let definitions = vault.notes[index].markdownDefinitions
        let read = definitions.isEmpty ? parts : parts + [definitions[...]]
        // Each part is redacted on its own, and only for a site that hides text: its links to
        // the notes left out, their names as plain words and the values of `private_fields`,
        // as its search entry and the steps that quote its tasks have them.
        let parts =
            paths.hidesText
            ? read.map { Substring(paths.hidingLeftOutNodes(in: String($0), fromNote: index)) } : read
        let html = MarkdownHTML.render(
            parts: parts, resolve: paths.resolver(forNote: index), footnotePrefix: footnotePrefix)
        // Obsidian callouts (`> [!note] Title`) through the `callout` template.
        return HTMLWriter(
            Callout.rendering(in: html) { callout, title, body in
                var values = PageValues(capacity: 3)
                values["kind"] = callout.kind
                values.put("title", HTMLWriter(title))
                values.put("body", HTMLWriter(body))
                return String(decoding: templates.render("callout", values).bytes, as: UTF8.self)
            })
    }
}
