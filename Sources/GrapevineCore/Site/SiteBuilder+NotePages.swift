/// The page of each note and placeholder as a `NotePage`: what it shows, worked out from the
/// vault, the graph and the next steps; `SiteBuilder+Notes.swift` renders it.
extension SiteBuilder {
    /// A contact page lists at most this many of the people they led to, nearest first.
    static let ledToLimit = 100
    /// A referral chain longer than `2 × chainEnds` is shown as its first and last
    /// `chainEnds` people, with a link into the rest.
    static let chainEnds = 3
    /// A meeting in a list names at most this many of the people met; its page names them all.
    static let meetingPeopleLimit = 10

    /// The front matter keys each kind of page shows in its own way or not at all
    /// (`structuralKeys`), not among the details.
    static let contactFields = structuralKeys.union(["title", Note.roleKey])
    static let interviewFields = structuralKeys.union(["date", "mode", "duration", "status"])
    static let organizationFields = structuralKeys.union(["target", "motivation"])

    /// The page of `node` at `path`.
    func notePage(_ node: Graph.NodeID, at path: String) -> NotePage {
        guard let index = vault.graph.noteIndex(of: node) else { return placeholderPage(node, at: path) }
        let note = vault.notes[index]
        let stepIndices = stepsByNode[node] ?? []
        // A contact's open tasks have their own list on its page.
        let listed = note.kind == .contact ? stepIndices.filter { steps[$0].kind != .task } : stepIndices
        var page = NotePage(
            path: path, name: note.name, file: paths.shownFile(note.path), details: [],
            tags: tags(note.tags, from: path),
            steps: stepItems(listed, from: path), backlinks: backlinks(to: node, from: path),
            body: [], note: index, kind: .note)
        switch note.kind {
        case .contact:
            page.kind = .contact(contact(node, index, at: path))
            page.details = details(ofNote: index, leavingOut: Self.contactFields)
            page.body = note.bodyMarkdownParts(without: ["Log"], listsOnly: true)
        case .interview:
            guard let interview = interview(node, index, at: path) else { break }
            page.kind = .interview(interview)
            page.details = details(ofNote: index, leavingOut: Self.interviewFields)
            page.body = note.bodyMarkdownParts(
                without: ["Agenda", "Questions", "Referrals", "Resources", "Leads"], listsOnly: true)
        case .organization:
            page.kind = .organization(organization(node, index, at: path))
            page.details = details(ofNote: index, leavingOut: Self.organizationFields)
            page.body = note.bodyMarkdownParts(without: ["Research"])
        case .pitch, .note:
            page.details = details(ofNote: index, leavingOut: Self.structuralKeys)
            page.body = note.bodyMarkdownParts(without: [])
        }
        return page
    }

    private func contact(_ node: Graph.NodeID, _ index: Int, at path: String) -> NotePage.Contact {
        let dossier = dossier(of: node, with: .openTasks)
        // One more than shown, to tell whether there are more.
        let ledTo = referrals.ledTo(of: node, limit: Self.ledToLimit + 1)
        return NotePage.Contact(
            aliases: vault.notes[index].aliases, jobTitle: vault.notes[index].title.flatMap { $0.isEmpty ? nil : $0 },
            organization: dossier.organization.map { link($0.node, from: path) }, status: dossier.status?.label ?? "",
            statusCode: dossier.status?.code ?? "", lastTouch: dossier.lastTouch, chain: chain(to: node, from: path),
            referredBy: dossier.referredBy.map { link($0.node, from: path) },
            remarks: vault.graph.edges(.referred, to: node).compactMap { edge in
                guard edge.isReferralPath, let text = remark(of: edge, on: path) else { return nil }
                return NotePage.Remark(by: link(edge.from, from: path), text: text)
            },
            ledTo: tree(of: ledTo, from: node, on: path),
            ledToMore: ledTo.count > Self.ledToLimit, interviews: meetings(dossier.interviews, from: path),
            log: dossier.logRows.map { row in
                switch row {
                case .entry(let line):
                    let entry = line.entry
                    return NotePage.LogEntry(
                        date: entry.date, event: entry.event?.rawValue ?? "other", word: entry.shownWord,
                        text: inlineText(
                            entry.text, links: writtenLinks(ofItemAt: entry.position, note: index), note: index,
                            on: path),
                        isFuture: line.isFuture)
                case .leftOut(let line):
                    return NotePage.LogEntry(
                        date: nil, event: line.event?.rawValue ?? "other", word: line.event == nil ? "·" : line.word,
                        text: inlineText(
                            line.text, links: writtenLinks(ofItemAt: line.position, note: index), note: index, on: path),
                        isFuture: false, written: line.written.isEmpty ? "(no date)" : line.written,
                        notCounted: line.notCounted)
                }
            },
            tasks: dossier.openTasks.map { task($0, on: path) },
            reminders: dossier.reminders.map { NotePage.Reminder(date: $0.date, text: $0.text) })
    }

    /// An open task of the contact's note or of an interview with them, its text as a step
    /// says it (private names hidden), with its links.
    private func task(_ task: Dossier.OpenTask, on path: String) -> NotePage.Task {
        let text = paths.hidingLeftOutNodes(in: task.text, fromFile: task.file)
        let links = vault.index(ofPath: task.file).map { index in
            // The task is the innermost item starting on its line.
            (index, writtenLinks(ofItemAt: SourcePosition(line: task.line, column: .max), note: index))
        }
        let shown =
            links.map { inlineText(text, links: $0.1, note: $0.0, on: path) }
            ?? InlineText(pieces: [.text(text)])
        return NotePage.Task(text: shown, due: task.due, file: paths.shownFile(task.file), line: task.line)
    }

    private func interview(_ node: Graph.NodeID, _ index: Int, at path: String) -> NotePage.Interview? {
        guard let interview = vault.notes[index].interview else { return nil }
        return NotePage.Interview(
            date: interview.date, mode: shows("mode", in: .interview) ? interview.mode?.rawValue : nil,
            duration: shows("duration", in: .interview) ? interview.duration : nil,
            status: DossierBuilder.status(of: interview, today: today).rawValue,
            with: vault.graph.neighbors(.met, from: node).map { person in
                NotePage.Interviewee(
                    person: link(person, from: path),
                    organization: vault.graph.organization(of: person).map { link($0, from: path) })
            },
            agenda: interview.agenda.map {
                NotePage.AgendaItem(
                    asked: $0.checked == true,
                    text: inlineText($0.text, links: writtenLinks(of: $0, note: index), note: index, on: path))
            },
            referrals: interview.referrals.map { referral($0, note: index, on: path) },
            resources: listEntries(interview.resources, note: index, on: path),
            // A lead an `applied` Log entry closed is done, as `next` takes it.
            leads: listEntries(
                interview.leads, note: index, on: path, closed: engine.appliedLeads(ofInterview: index)))
    }

    /// A Referrals item of the note at `index`, on the page at `path`.
    private func referral(_ item: ReferralMention, note index: Int, on path: String) -> NotePage.Referral {
        var mention = item
        mention.person = vault.person(namedBy: item)
        let node = vault.node(referencedBy: mention.person)
        let person = node.map { link($0, from: path) } ?? PageLink(name: mention.person.label ?? mention.person.target)
        let links = writtenLinks(ofItemAt: mention.person.position, note: index)
        let isLeftOut = node.map { $0 != Graph.owner && paths.page(of: $0) == nil } == true
        // A person with no note left out is named as a private note may be, in a way no name
        // list can tell whole ("Quist, Zelda"): what the item says around the name may be the
        // rest of it, and is hidden with it.
        if isLeftOut, let node, vault.graph.nodes[node].isPlaceholder {
            return NotePage.Referral(person: person, comment: nil, item: InlineText(pieces: [.text(person.name)]))
        }
        // The name as the item has it linked, the text around it as written; a wikilink links
        // itself. Someone the site leaves out is "(private)", however the item writes them.
        var item = InlineText(pieces: [])
        if let written = mention.writtenName {
            let name = isLeftOut ? person.name : written.name
            let piece = person.href.map { InlineText.Piece.link(name, href: $0) } ?? .text(name)
            let before = String(decoding: mention.text.utf8.prefix(written.bytes.lowerBound), as: UTF8.self)
            let after = String(decoding: mention.text.utf8.dropFirst(written.bytes.upperBound), as: UTF8.self)
            item.pieces =
                inlineText(before, links: links, note: index, on: path).pieces + [piece]
                + inlineText(after, links: links, note: index, on: path).pieces
        } else {
            item = inlineText(mention.text, links: links, note: index, on: path)
        }
        return NotePage.Referral(
            person: person, comment: mention.remark.map { inlineText($0, links: links, note: index, on: path) },
            item: item)
    }

    private func organization(_ node: Graph.NodeID, _ index: Int, at path: String) -> NotePage.Organization {
        let dossier = dossier(of: node)
        let organization = vault.notes[index].organization
        var target: String?
        if let organization, organization.isTarget, shows("target", in: .organization) {
            let motivation = shows("motivation", in: .organization) ? organization.motivation : nil
            target = motivation.map { "target · motivation \($0) of 3" } ?? "target"
        }
        let research = organization.map { vault.notes[index].markdown(of: $0.research) } ?? ""
        let ways = introductions(to: node, from: path)
        return NotePage.Organization(
            target: target, people: members(dossier.people, from: path), introductions: ways.shown,
            moreIntroductions: ways.more, interviews: meetings(dossier.interviews, from: path),
            research: research.isEmpty ? [] : [research[...]])
    }

    private func placeholderPage(_ node: Graph.NodeID, at path: String) -> NotePage {
        let name = displayName(of: node)
        let dossier = dossier(of: node)
        let kind = vault.graph.nodes[node].isPerson ? "contact" : "org"
        let ways =
            vault.graph.nodes[node].kind == .placeholderOrganization
            ? introductions(to: node, from: path) : (shown: [], more: 0)
        let placeholder = NotePage.Placeholder(
            command: "grapevine new \(kind) " + Shell.quoted(name),
            referredBy: dossier.referredBy.map { link($0.node, from: path) },
            people: members(dossier.people, from: path), introductions: ways.shown, moreIntroductions: ways.more)
        return NotePage(
            path: path, name: name, file: nil, details: [], tags: [],
            steps: stepItems(stepsByNode[node] ?? [], from: path), backlinks: backlinks(to: node, from: path),
            body: [], note: nil, kind: .placeholder(placeholder))
    }

    // MARK: Parts

    /// The referral chain from you to `node`, its middle left out when it is long: the first
    /// and last `chainEnds` people and, between them, how many more, linked to the page of the
    /// nearest of them (whose own chain goes on from there). A page's chain is then a few
    /// links, not the whole chain: on a chain of 20,000 people every page listed everyone
    /// above them, and the site grew with the square of the vault.
    func chain(to node: Graph.NodeID, from path: String) -> NotePage.Chain? {
        // A public site withholds what it cannot tell truly of a contact (`WholeVaultFacts`).
        if let index = vault.graph.noteIndex(of: node), statuses[note: index]?.status == .withheld { return nil }
        // Someone named only in the Referrals of a meeting to come was not found by you: until
        // that day they have no chain (as `show` and the hover card say).
        guard vault.graph.referralToCome(of: node) == nil else { return nil }
        guard let ends = chains.ends(of: node, tailLength: Self.chainEnds) else { return nil }
        let nearest = ends.hidden > 0 ? chains.nodeBefore(ends.last.first ?? node) : nil
        return NotePage.Chain(
            first: ends.first.map { link($0, from: path) }, hidden: nearest == nil ? 0 : ends.hidden,
            nearest: nearest.flatMap { href($0, from: path) }, last: ends.last.map { link($0, from: path) })
    }

    /// The people a contact led to as a tree: each under whoever passed their name on (the
    /// contact's own referrals at the top), siblings nearest first, each with when; at most
    /// `ledToLimit` of them.
    private func tree(of people: [Referrals.Referral], from node: Graph.NodeID, on path: String) -> [NotePage.LedTo] {
        let shown = people.prefix(Self.ledToLimit)
        // The names the contact gave you directly are said with what their items say of them.
        let given = shown.contains { $0.via == nil } ? vault.graph.edges(.referred, from: node) : []
        let remarks = shown.map { referral in
            referral.via == nil
                ? given.first { $0.to == referral.person && $0.isReferralPath }.flatMap { remark(of: $0, on: path) }
                : nil
        }
        // Whoever passed a name on comes earlier (nearest first): each one's children, in one pass.
        var children = [[Int]](repeating: [], count: shown.count)
        var roots: [Int] = []
        for (position, referral) in shown.enumerated() {
            if let via = referral.via, let parent = shown[..<position].lastIndex(where: { $0.person == via }) {
                children[parent].append(position)
            } else {
                roots.append(position)
            }
        }
        return ledTo(roots, of: shown, remarks: remarks, children: children, from: path)
    }

    private func ledTo(
        _ positions: [Int], of shown: ArraySlice<Referrals.Referral>, remarks: [InlineText?], children: [[Int]],
        from path: String
    ) -> [NotePage.LedTo] {
        positions.map { position in
            NotePage.LedTo(
                person: link(shown[position].person, from: path),
                date: shown[position].date, remark: remarks[position],
                children: ledTo(children[position], of: shown, remarks: remarks, children: children, from: path))
        }
    }

    /// What the Referrals item of the referral `edge` says of the person besides the name
    /// (`Vault.remark(of:)`, as `show` has it), with its links, placed on the page at `path`.
    /// On a public site it is hidden as the item is on its interview's page, which shows it:
    /// the public view keeps only the edge's public places (`PublicFields.publicView`).
    private func remark(of edge: Graph.Edge, on path: String) -> InlineText? {
        guard let (mention, note) = vault.remarkedMention(of: edge), let remark = mention.remark else { return nil }
        let links = writtenLinks(ofItemAt: mention.person.position, note: note)
        return inlineText(Prose.unbracketed(remark), links: links, note: note, on: path)
    }

    /// The dossier of `node`, without the parts pages work out from the site's own indexes (the
    /// people it led to from `referrals`, front matter details, backlinks), and with open tasks
    /// only when asked for (`parts`: a contact page lists them, an organization's does not).
    private func dossier(of node: Graph.NodeID, with parts: DossierBuilder.Parts = []) -> Dossier {
        var builder = DossierBuilder(vault: vault, today: today)
        builder.parts = parts
        builder.statuses = statuses
        builder.nameKeys = nameKeys
        return builder.dossier(for: node)
    }

    private func meetings(_ meetings: [Dossier.Meeting], from path: String) -> [NotePage.Meeting] {
        meetings.map { meeting in
            NotePage.Meeting(
                when: meeting.date.map(Self.describe) ?? "undated",
                href: vault.index(ofPath: meeting.file).flatMap { href(Graph.node(ofNote: $0), from: path) },
                with: meeting.with.prefix(Self.meetingPeopleLimit).map { link($0.node, from: path) },
                more: max(0, meeting.with.count - Self.meetingPeopleLimit), status: meeting.status.rawValue,
                mode: shows("mode", in: .interview) ? meeting.mode : nil,
                thankYou: shows("thank_you", in: .interview) ? meeting.thankYou.map(Dossier.Meeting.shown) : nil,
                update: shows("update", in: .interview) ? meeting.update.map(Dossier.Meeting.shown) : nil)
        }
    }

    private func members(_ members: [Dossier.Member], from path: String) -> [NotePage.Member] {
        members.map {
            NotePage.Member(
                person: link($0.person.node, from: path), title: $0.title,
                status: $0.status == .withheld ? "" : $0.statusLabel)
        }
    }

    /// The items of the note at `index`, ticked or among `closed` (by place) done, on the page at `path`.
    private func listEntries(_ items: [ListItem], note index: Int, on path: String, closed: Set<Int> = [])
        -> [NotePage.ListEntry]
    {
        items.indices.map { place in
            let item = items[place]
            return NotePage.ListEntry(
                done: item.checked == true || closed.contains(place),
                text: inlineText(item.text, links: writtenLinks(of: item, note: index), note: index, on: path))
        }
    }

    /// "Wed 2026-10-14 14:00": the date as written, with its weekday.
    static func describe(_ date: LocalDateTime) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return "\(weekdays[date.date.weekday - 1]) \(date.description)"
    }
}
