/// A list under another heading than the one Grapevine reads it under: a contact's dated events
/// under `## Contact history` (or under no heading), an interview's people under `## Referrals /
/// names`, its openings under `## Job leads`, its questions under `## Questions to ask`. None of
/// it is read, and `next` goes on as though it were not there, so `check` names the heading to
/// write. (A name decorated, `## 3. Referrals` or `## Leads (openings)`, is read: `Section.key`.)
struct SectionUnderAnotherHeading {
    /// What the list reads like (`a Log (dated events)`).
    let what: String
    /// The headings Grapevine reads it under (`Agenda`, `Questions`).
    let names: [String]
    /// The heading to write: the one of `names` the heading written says in other words.
    let name: String
    /// The heading as written, or `nil` for list items under no heading.
    let title: String?
    /// Where the heading is, or the first item under no heading.
    let position: SourcePosition

    /// In a contact's note with no Log section, where the list that reads as one is: the
    /// innermost section holding the first item that reads as an event
    /// (`LogEntryParser.readsAsEvent`), or, outside any section, the item. Only when at least
    /// half of that section's items (or of the items outside any section) read as events: a
    /// Notes section with one dated line among others is notes.
    static func log(in body: MarkdownDocument) -> Self? {
        guard let first = body.items.first(where: LogEntryParser.readsAsEvent) else { return nil }
        let section = body.sections.last { $0.content.contains(first.blockIndex) }
        let items =
            section.map { body.items(in: $0) }
            ?? body.items.filter { item in !body.sections.contains { $0.content.contains(item.blockIndex) } }
        guard items.filter(LogEntryParser.readsAsEvent).count * 2 >= items.count else { return nil }
        return Self(
            what: "a Log (dated events)", names: ["Log"], name: "Log", title: section?.title,
            position: section?.position ?? first.position)
    }

    /// In an interview's note, each section with list items whose heading says one of the
    /// interview's lists in other words (`Job leads`, `My questions`, `Referrals / names`: a
    /// word of `interviewWords` among others), and that is not inside a section of that name.
    static func interviewSections(in body: MarkdownDocument) -> [Self] {
        body.sections.compactMap { section in
            // Nearly every section is one Grapevine reads, or a `## Notes`: nothing to split in words.
            guard !readKeys.contains(section.key), mayNameAList(section.key),
                let list = interviewList(titled: section.title),
                !list.names.contains(where: section.isNamed),
                !body.sections(named: list.names).contains(where: { $0.content.contains(section.headingIndex) }),
                !body.items(in: section).isEmpty
            else { return nil }
            return Self(
                what: list.what, names: list.names, name: list.name, title: section.title, position: section.position)
        }
    }

    /// Words that say which of an interview's lists a heading means, with what the list reads
    /// like, the headings it is read under and the one to write. Plurals only for Leads and
    /// Questions: `Team lead`, `A question about pay` are notes.
    private static let interviewWords: [(words: Set<String>, what: String, names: [String], name: String)] = [
        // `People to contact`, `Names she gave me`, `Intros` (trial 30: a Referrals list under
        // `## People to contact` made no step, and nothing said so).
        (
            ["referral", "referrals", "contact", "names", "introductions", "intros"],
            "a list of Referrals (people to contact)", ["Referrals"], "Referrals"
        ),
        (["leads", "openings", "postings", "vacancies"], "a list of Leads (openings)", ["Leads"], "Leads"),
        (["questions"], "an Agenda (questions to ask)", ["Agenda", "Questions"], "Questions"),
        (["agenda"], "an Agenda (questions to ask)", ["Agenda", "Questions"], "Agenda"),
    ]

    /// The keys of the sections an interview's note is read by: a handful, compared one by one.
    private static let readKeys = Array(NoteReader.sectionKeys[.interview] ?? [])

    /// The start of each word of `interviewWords`, as a heading's key (lowercase) holds it.
    private static let stems = [
        "referral", "contact", "names", "intro", "lead", "opening", "posting", "vacanc", "question", "agenda",
    ].map {
        Array($0.utf8)
    }

    /// Whether `key` holds the start of a word of `interviewWords`: whether it may name a list.
    ///
    /// Read in place, a stem compared only where the key has its first letter: every window of
    /// every stem was copied and compared, 3,000 instructions a heading (`## Notes` included).
    private static func mayNameAList(_ key: String) -> Bool {
        let bytes = key.utf8.span
        for start in bytes.indices {
            let first = bytes[start]
            for stem in stems where stem[0] == first && start + stem.count <= bytes.count {
                if (1..<stem.count).allSatisfy({ bytes[start + $0] == stem[$0] }) { return true }
            }
        }
        return false
    }

    /// The list of an interview a heading names by one of its words.
    private static func interviewList(titled title: String) -> (what: String, names: [String], name: String)? {
        let words = title.lowercased().split { !$0.isLetter }.map(String.init)
        guard let list = interviewWords.first(where: { !$0.words.isDisjoint(with: words) }) else { return nil }
        return (list.what, list.names, list.name)
    }

    /// The warning: none of the list counts, and the heading that would make it count.
    func report(_ fields: inout FieldReader) {
        let code: DiagnosticCode = name == "Log" ? .logUnderAnotherHeading : .sectionUnderAnotherHeading
        guard let title else {
            fields.report(
                .warning, code,
                "these list items read like \(name) entries, but no '\(name)' heading is above them, so none of "
                    + "them counts",
                at: position, hint: "put a heading '## \(name)' above them")
            return
        }
        let headed = names.map { "'\($0)'" }.joined(separator: " or ")
        fields.report(
            .warning, code,
            "the '\(title)' section reads like \(what), but only a section headed \(headed) is read, so none of it "
                + "counts",
            at: position, hint: "make its heading '## \(name)'")
    }
}
