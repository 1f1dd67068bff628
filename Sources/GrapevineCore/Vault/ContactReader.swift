/// Reads a contact's fields and its Log section.
struct ContactReader {
    let path: String
    /// The contact's name, for the hints.
    let name: String
    let body: MarkdownDocument

    static let keys: Set<String> = [
        "organization", "email", "phone", "linkedin", "location", "referred_by", "source", "added", "connected",
        "first_name", Note.roleKey,
    ]

    func read(_ fields: inout FieldReader) -> Contact {
        let organizations = fields.references("organization")
        if organizations.count > 1, let value = fields.value("organization") {
            // `organization: "[[Acme]], [[Globex]]"` as `[Acme, Globex]`: one is read, and which one is said.
            let first = ReferenceProblems.displayName(of: organizations[0])
            fields.report(
                .warning, .wrongType,
                "a contact has one 'organization', and this one names \(organizations.count); only the first, "
                    + "'\(first)', is used",
                at: value.position,
                hint:
                    "keep the one they work at now, 'organization: \"[[\(first)]]\"', and write the others in the body")
        }
        var contact = Contact(
            organization: organizations.first, email: fields.string("email"), phone: fields.string("phone"),
            linkedin: fields.string("linkedin"), location: fields.string("location"),
            referredBy: fields.references("referred_by"), source: fields.string("source"),
            added: fields.date("added"), connected: fields.date("connected"), log: [],
            firstName: fields.string("first_name"))
        let sections = body.sections(named: ["Log"])
        let items = body.items(in: sections)
        for section in Self.withoutItems(sections, items: items, in: body)
        where section.content.contains(where: { body.blocks.indices.contains($0) && body.blocks[$0].kind != .html }) {
            // Dated headings, paragraphs or a table: read as no event at all, `next` would say
            // "reach out".
            let hasTable = section.content.contains {
                body.blocks.indices.contains($0) && body.blocks[$0].kind == .table
            }
            fields.report(
                .warning, .logWithoutItems,
                hasTable
                    ? "the Log is a table, and only list items are read as events, so none of it counts"
                    : "the Log has text but no list items, so none of it is read as an event",
                at: section.position,
                hint: hasTable
                    ? "write one list item per row, date first: '- 2026-10-01 emailed: intro'"
                    : "write one list item per event: '- 2026-10-01 emailed: intro'")
        }
        if sections.isEmpty, let log = SectionUnderAnotherHeading.log(in: body) {
            // Dated events under `## Contact history`: none is read, and `next` would say "reach out".
            log.report(&fields)
        }
        for item in Self.entryItems(items) {
            if let entry = LogEntryParser.parse(
                item, after: contact.log.last?.date, added: contact.added, fields: &fields)
            {
                contact.log.append(entry)
            } else if let leftOut = LogEntryParser.leftOut(item, after: contact.log.last?.date, added: contact.added) {
                contact.logLeftOut.append(leftOut)
            }
        }
        reportReferralsSection(met: contact.log.last { $0.event == .met }?.date, &fields)
        reportStatus(&fields)
        reportSeveralAddresses(contact.email, &fields)
        reportRoleBesideTitle(&fields)
        return contact
    }

    /// `role:` beside a `title:` that says something else: one job is shown, the `title`, and
    /// the other would be lost without a word. (The same job twice is harmless.)
    private func reportRoleBesideTitle(_ fields: inout FieldReader) {
        guard let title = fields.value("title")?.scalar?.trimmingWhitespace(), !title.isEmpty,
            let role = fields.value(Note.roleKey), let text = role.scalar?.trimmingWhitespace(), !text.isEmpty,
            NameKey.fold(text) != NameKey.fold(title)
        else { return }
        fields.report(
            .warning, .invalidValue,
            "'role' is read as the contact's title only when there is no 'title', and this note has 'title: \(title)', "
                + "so '\(text)' is shown nowhere",
            at: role.position, hint: "keep one of the two: 'title: \(text)' or 'title: \(title)'")
    }

    /// The items of a Log that are its entries: the outermost, except that one without a date
    /// over dated items (`- November`, `- Acme process`) groups them, and its items are the
    /// entries; and a dated item nested in an entry (`- 2026-11-04 replied` under the message
    /// it answers) is an entry too. An item with nothing written in it (`- `) is none.
    static func entryItems(_ items: [ListItem]) -> [ListItem] {
        let depth = items.map(\.depth).min() ?? 0
        let isDated = { (item: ListItem) in
            let bytes = item.text.utf8.span
            return LocalDate(utf8: bytes.extracting(0..<min(10, bytes.count))) != nil
        }
        var entries: [ListItem] = []
        for (position, item) in items.enumerated() where item.depth == depth {
            let hasInner = items.indices.contains(position + 1) && items[position + 1].depth > depth
            guard hasInner else {
                // `- ` left from a template (`## Log` / `- {{date}} `): nothing written yet, so no
                // entry, no "no date" warning and no row in `show`.
                // Its first byte nearly always says so (a date's digit): no character is read.
                if item.text.utf8.first.map({ $0 < 0x80 && !UInt8.isASCIISpace($0) }) == true
                    || !item.text.allSatisfy(\.isWhitespace)
                {
                    entries.append(item)
                }
                continue
            }
            let inner = items[(position + 1)...].prefix { $0.depth > depth }.filter { $0.depth == depth + 1 }
            if isDated(item) {
                entries.append(item)
                entries += inner.filter(isDated)
            } else if inner.contains(where: isDated) {
                entries += inner
            } else {
                entries.append(item)
            }
        }
        return entries
    }

    /// `email: ana@acme.com, ana@gmail.com`: one field, so one address that is none (no
    /// mailto link works, and a duplicate of either is not found).
    private func reportSeveralAddresses(_ email: String?, _ fields: inout FieldReader) {
        // Two addresses need two `@`: most fields are ruled out by counting bytes.
        guard let email, email.utf8.count(where: { $0 == UInt8(ascii: "@") }) > 1, let value = fields.value("email")
        else { return }
        let addresses = email.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).filter {
            $0.contains("@")
        }
        guard addresses.count > 1 else { return }
        fields.report(
            .warning, .invalidValue, "'\(email)' is \(addresses.count) addresses in one field", at: value.position,
            hint: "keep one in 'email: \(addresses[0])', and write the others in the note's body")
    }

    /// What a CRM's status field says to stop (`status: paused`, `archived: true`): not read,
    /// so the follow-ups go on, and nothing said so.
    private func reportStatus(_ fields: inout FieldReader) {
        for key in ["status", "archived", "inactive"] {
            guard let value = fields.value(key), let text = value.scalar?.trimmingWhitespace().lowercased(),
                key == "status" ? Self.stoppingStatuses.contains(text) : ["true", "yes"].contains(text)
            else { continue }
            fields.report(
                .warning, .unknownKey,
                "'\(key): \(value.scalar ?? "")' is not read, so the steps about \(name) go on",
                at: value.position,
                hint: "to stop a step, say so in the Log: '- YYYY-MM-DD skipped follow-up: \(text)' "
                    + "(grapevine skip writes it)")
        }
    }

    /// Statuses people write on a contact they do not want to be reminded of.
    private static let stoppingStatuses: Set<String> = [
        "paused", "pause", "on hold", "inactive", "archived", "archive", "closed", "done", "dead", "cold",
        "stopped", "stop", "ignore", "ghosted", "unresponsive", "not interested", "do not contact", "dnc",
    ]

    /// A contact's own list of Referrals (the people they named when you met, written in their
    /// note instead of the meeting's) is not read (SPEC §2.2: an interview's Referrals are),
    /// and nothing said so: the people named were never to be contacted.
    private func reportReferralsSection(met: LocalDate?, _ fields: inout FieldReader) {
        guard let section = body.section(named: "Referrals"), !body.items(in: [section]).isEmpty else { return }
        let who = Shell.argument(name)
        fields.report(
            .warning, .referralsInContactNote,
            "a contact's Referrals section is not read: the people someone named go in the note of the meeting "
                + "where they did, or in 'referred_by' in each person's note",
            at: section.position,
            hint:
                "move the list into the meeting's note (grapevine new interview \(who) --date \(met?.description ?? "YYYY-MM-DD") "
                + "makes one), or write 'referred_by: \(name)' in the note of each person named")
    }

    /// The sections among `sections` that hold none of `items` (theirs, in document order).
    private static func withoutItems(_ sections: [Section], items: [ListItem], in body: MarkdownDocument) -> [Section] {
        guard sections.count > 1 else { return items.isEmpty ? sections : [] }
        // Which blocks hold an item, so that each section is looked at once.
        var holdsItem = [Bool](repeating: false, count: body.blocks.count)
        for item in items where holdsItem.indices.contains(item.blockIndex) { holdsItem[item.blockIndex] = true }
        return sections.filter { section in
            !section.content.contains { holdsItem.indices.contains($0) && holdsItem[$0] }
        }
    }
}
