/// Drafts messages to contacts from what the vault knows, through the templates of `TemplateLibrary`.
public struct DraftComposer {
    let vault: Vault
    let today: LocalDate
    /// The templates, loaded by the command that drafts.
    let templates: TemplateLibrary
    /// The contact notes each name written with a slip may mean (`Vault.contactsMeant(by:)`):
    /// a message names them as that contact (`name(_:)`).
    let contactsMeant: [Graph.NodeID: [Int]]

    /// The most words the pitch's first sentence may have to go into an outreach message whole.
    static let aboutMeWords = 25

    /// Creates a composer for a vault as of `today`, with its `templates`.
    public init(vault: Vault, today: LocalDate, templates: TemplateLibrary) {
        self.vault = vault
        self.today = today
        self.templates = templates
        contactsMeant = vault.contactsMeant(by: Array(vault.graph.nodes.indices))
    }

    /// The message of `kind` to `person`, rendered with the user's template or the built-in one.
    ///
    /// `interview` is the index in `vault.notes` of the interview a thank-you or update is about.
    public func draft(_ kind: DraftKind, to person: Graph.NodeID, interview: Int?)
        throws(TemplateLibrary.TemplateError) -> String
    {
        let text = try templates.render(
            kind.templateFile, values(kind, to: person, interview: interview))
        // Templates end in a comment and blank lines that are easy to get wrong: one newline at the end.
        return text.trimmingWhitespace() + "\n"
    }

    /// The values a template of `kind` is filled with; empty values are left out.
    public func values(_ kind: DraftKind, to person: Graph.NodeID, interview: Int?) -> [String: Any] {
        var values = DraftValues()
        addPerson(person, to: &values)
        if let interview, let meeting = vault.notes[interview].interview {
            let note = vault.notes[interview]
            addInterview(note, meeting, to: &values)
            let followThrough =
                kind == .update
                ? FollowThrough(updateAbout: interview, to: person, vault: vault, today: today)
                : FollowThrough(vault: vault, interviewNote: interview, person: person, today: today)
            switch kind {
            case .thankYou: addThankYou(person, interview, meeting, followThrough, to: &values)
            case .update: addUpdate(followThrough, for: person, to: &values)
            case .outreach, .followUp, .tellReferrer: break
            }
        }
        switch kind {
        case .outreach: addOutreach(person, to: &values)
        case .followUp: addFollowUp(person, to: &values)
        case .tellReferrer: addTellReferrer(person, to: &values)
        case .thankYou, .update: break
        }
        return values.dictionary
    }

    // MARK: Parts

    /// The name a message gives a node (`Vault.shownName(of:among:)`): never a slip. A line
    /// break in it (`name: "Ana\nLopez"`) is escaped, as `next` and `show` show it, so that
    /// it does not break the sentence in two.
    func name(_ node: Graph.NodeID) -> String {
        writtenName(node).escapingLineBreaks
    }

    /// The name as written, to find a first name in (`Ana\nLopez`: Ana).
    private func writtenName(_ node: Graph.NodeID) -> String {
        vault.shownName(of: node, among: contactsMeant)
    }

    /// The Log entries of `person` dated up to today: later ones have not happened yet (SPEC
    /// §2.1), as `next` and `report` read them.
    public func log(of person: Graph.NodeID) -> [LogEntry] {
        (vault.note(for: person)?.contact?.log ?? []).asOf(today)
    }

    /// The first name of `person`: their note's `first_name:`, else guessed from their name.
    func firstName(of person: Graph.NodeID) -> String {
        vault.note(for: person)?.contact?.firstName ?? Prose.firstName(writtenName(person))
    }

    func referrers(of person: Graph.NodeID) -> [String] {
        vault.graph.referrers(of: person).filter { $0 != Graph.owner }.map(name)
    }

    private func addPerson(_ person: Graph.NodeID, to values: inout DraftValues) {
        // Someone named with a slip for one contact's name is that contact, to greet.
        let meant = vault.contactMeant(by: person, among: contactsMeant)
        let note = vault.note(for: person) ?? meant.map { vault.notes[$0] }
        values["name"] = name(person)
        let firstName = note?.contact?.firstName
        values["first_name"] = firstName ?? Prose.firstName(writtenName(person))
        values["greeting_name"] = firstName ?? Prose.greetingName(writtenName(person))
        values["title"] = note?.title
        values["organization"] = vault.graph.organization(of: person).map(name)
        values["owner"] = vault.config.owner ?? "[Your name]"
        values["today"] = today.description
        values["search_ended"] = vault.config.searchEnded(asOf: today).map { Prose.when($0, today: today) }
        values["source"] = note?.contact?.source
        values.list("referrers", referrers(of: person))
    }

    func addInterview(_ note: Note, _ interview: Interview, to values: inout DraftValues) {
        values["interview_file"] = note.path
        guard let date = interview.date?.date else { return }
        values["interview_date"] = date.description
        values["when"] = Prose.when(date, today: today)
    }

    /// `index` is the interview note's in `vault.notes`.
    private func addThankYou(
        _ person: Graph.NodeID, _ index: Int, _ interview: Interview, _ followThrough: FollowThrough?,
        to values: inout DraftValues
    ) {
        values.list("shared", Self.sharedNotes(vault.notes[index]))
        values["highlight"] = highlight(ofInterview: index, about: person)
        addNamesGiven(followThrough?.namesGiven ?? [], to: &values)
        let resources = { (done: Bool) in
            let items = interview.resources.filter { ($0.checked == true) == done }
            return self.theirWords(items.map { Prose.headline($0.textWithoutDue) }, ofInterview: index, to: person)
        }
        addResources(open: resources(false), done: resources(true), to: &values)
        // After the search ended there is no opening to ask about, as the step says.
        let open =
            vault.config.searchEnded(asOf: today) != nil
            ? []
            : followThrough?.leadsOpen
                ?? theirWords(
                    interview.leads.filter {
                        $0.checked != true && FollowThrough.isOpen($0, meeting: interview.date?.date, today: today)
                    }.map(
                        \.leadText),
                    ofInterview: index, to: person)
        let openings = open.map(Prose.opening)
        values.list("openings", openings, separator: "; ")
        values["several_openings"] = openings.count > 1 ? true : nil
        if let resume = followThrough?.resume { addResume(resume, to: person, to: &values) }
    }

    /// The resume, as it concerns `person` (`ResumeRequest.reply`): attached or sent, since they
    /// asked; nothing when someone else met with them asked; a reminder in brackets when it is
    /// not known who did.
    private func addResume(_ resume: ResumeRequest, to person: Graph.NodeID, to values: inout DraftValues) {
        switch resume.reply(to: person, today: today) {
        case .nothing: break
        case .attach: values["attach_resume"] = true
        case .sent(let sent): values["resume_sent_on"] = sentWhen(sent)
        case .askerUnknown:
            values["resume_asker_unknown"] = true
            values["resume_went_out_on"] = resume.sentOnNote.flatMap(sentWhen)
        }
    }

    /// What they recommended: each item as a thing (`resources`: "reading "Mismatch"", which
    /// "I will look into …" in a template written before the others still reads right), then
    /// the items not yet done (ticked) split into what to do (`resources_to_do`: "read
    /// "Mismatch"") and the rest as written (`resources_to_look_into`), `resources_open` when
    /// either has one, and those done as done (`resources_already_done`: "read "Mismatch"",
    /// "looked into the 18F guide"): a thank-you never promises what is done.
    private func addResources(open: [String], done: [String], to values: inout DraftValues) {
        values.list("resources", (open + done).map(Prose.resourceAsThing))
        values.list("resources_to_do", open.compactMap(Prose.resourceAction))
        values.list("resources_to_look_into", open.filter { Prose.resourceAction($0) == nil })
        values["resources_open"] = open.isEmpty ? nil : true
        values.list("resources_already_done", done.map(Prose.resourceDone))
    }

    /// The people they suggested (`suggested`), each as what came of it: met (`met`: "Sam Reyes
    /// on Friday, 23 October"), written to or heard from (`reached`), or not yet (`referrals`):
    /// "I will mention your name" is said only of those, in a template written before the
    /// other two existed as well.
    private func addNamesGiven(_ names: [NameGiven], to values: inout DraftValues) {
        values.list("suggested", names.map { name($0.person) })
        var met: [String] = []
        var reached: [String] = []
        var notYet: [String] = []
        for named in names {
            switch named.progress {
            case .met(let date): met.append("\(name(named.person)) \(Prose.when(date, today: today))")
            case .reachedOut: reached.append(name(named.person))
            case .notYet: notYet.append(name(named.person))
            }
        }
        values.list("met", met)
        values.list("reached", reached)
        // Everyone suggested reached already: "I have already reached out.", not their names twice.
        values["reached_all"] = !reached.isEmpty && reached.count == names.count ? true : nil
        values["several_reached"] = reached.count > 1 ? true : nil
        values.list("referrals", notYet)
        values["some_contacted"] = met.count + reached.count > 0 ? true : nil
    }

    /// The people named in the interview whom the thank-you template in use leaves out: those
    /// met or written to already, when it has no `met_list` or `reached_list` (one written
    /// before them), for the command to say so.
    public func namesLeftOut(of interview: Int, to person: Graph.NodeID) -> [String] {
        let file = DraftKind.thankYou.templateFile
        guard let template = try? templates.source(of: file, builtIn: DraftTemplates.thankYou).text,
            let followThrough = FollowThrough(vault: vault, interviewNote: interview, person: person, today: today)
        else { return [] }
        let tells = { (key: String) in template.contains(key + "_list") || template.contains("{{#" + key + "}}") }
        return followThrough.namesGiven.filter { named in
            switch named.progress {
            case .met: return !tells("met")
            case .reachedOut: return !tells("reached")
            case .notYet: return false
            }
        }.map { name($0.person) }
    }

    private func addOutreach(_ person: Graph.NodeID, to values: inout DraftValues) {
        let referrers = referrers(of: person)
        if !referrers.isEmpty {
            values["connection"] = "\(Prose.list(referrers)) suggested I get in touch with you."
        } else {
            let contact = vault.note(for: person)?.contact
            // Someone you met (`source: met at the meetup`, a `met` entry): the message recalls it.
            values["connection"] =
                MetInPerson(source: contact?.source, log: contact?.log.asOf(today) ?? [])?.sentence(today: today)
                ?? Self.connection(source: contact?.source, connected: contact?.connected)
        }
        values["about_me"] = aboutMe ?? "[One sentence about you: who you are and what you are exploring.]"
    }

    /// The names in their first order, each once: two people met together may both have named someone.
    static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    // MARK: Reading the notes

    /// The items of the interview's Notes section (or its paragraphs, when it has no list).
    static func sharedNotes(_ note: Note) -> [String] {
        guard let section = note.body.section(named: "Notes") else { return [] }
        let texts = topItemTexts(note.body.items(in: section))
        if !texts.isEmpty { return texts }
        return note.markdown(of: section).split(separator: "\n\n").map(paragraphText).filter { !$0.isEmpty }
    }

    /// Everything the people met said, as the interview note records it, wherever: its
    /// paragraphs, quotes and list items (nested ones too: an answer under an Agenda question),
    /// from the opening text (a title left out) through the Notes, the Agenda and sections of
    /// your own (`## Takeaways`), in document order. Not the sections that hold something else
    /// (`notTheirWords`). `Dana: send me your resume.` under the title or an Agenda question is
    /// Dana's words.
    static func meetingWords(_ note: Note) -> [String] {
        let body = note.body
        var isTheirs = [Bool](repeating: false, count: body.blocks.count)
        for index in note.openingBlocks.lowerBound..<body.blocks.count { isTheirs[index] = true }
        for section in body.sections(named: notTheirWords) {
            for index in section.content.clamped(to: body.blocks.indices) { isTheirs[index] = false }
        }
        let items = Dictionary(grouping: body.items.filter { isTheirs[$0.blockIndex] }, by: \.blockIndex)
        return body.blocks.indices.filter { isTheirs[$0] }.flatMap { block -> [String] in
            switch body.blocks[block].kind {
            case .list: return (items[block] ?? []).map { Prose.unquoted(Prose.inMessage($0.text)) }
            case .paragraph, .blockQuote:
                return [paragraphText(Substring(note.markdown(ofBlocks: block..<block + 1)))]
            default: return []
            }
        }.filter { !$0.isEmpty }
    }

    /// The sections of an interview that record something other than what the people met said:
    /// what you read before (Research), the people, resources and openings they named, and your
    /// own tasks.
    private static let notTheirWords = ["Research", "Referrals", "Resources", "Leads", "Next steps"]

    /// The texts of the outermost of `items`, as a message quotes them.
    private static func topItemTexts(_ items: [ListItem]) -> [String] {
        let depth = items.map(\.depth).min() ?? 0
        return items.filter { $0.depth == depth }.map { Prose.unquoted(Prose.inMessage($0.text)) }
    }

    /// A paragraph's text on one line; a block quote or an Obsidian callout (`> [!quote]`) is
    /// its text, without the markup.
    private static func paragraphText(_ markdown: Substring) -> String {
        Prose.unquoted(Callout.quotedText(markdown).joined(separator: " ").trimmingWhitespace())
    }

    /// When the resume went out, in words; `nil` when dated after today (it has not gone out yet).
    private func sentWhen(_ sent: Interview.Sent) -> String? {
        switch sent {
        case .on(let date) where date <= today: return Prose.when(date, today: today)
        case .undated: return "on an earlier day"
        case .on: return nil
        }
    }

    /// The first sentence of the pitch, when it is about you and short enough for an outreach
    /// message; else its first clause, when that is a sentence of its own.
    var aboutMe: String? {
        guard let pitch = vault.writtenPitch,
            let paragraph = pitch.body.blocks.first(where: { $0.kind == .paragraph })
        else { return nil }
        let lines = paragraph.start.line...max(paragraph.start.line, paragraph.endLine)
        // Without its Obsidian comments (`%% … %%`), which are not for anyone to read.
        let source = RawHTML.removing(pitch.unshownRanges, from: pitch.text.text(ofLines: lines), of: pitch.text)
        let text = source.split(whereSeparator: \.isNewline).map { Prose.inMessage(String($0.trimmingWhitespace())) }
            .joined(separator: " ")
        let sentence = Prose.firstSentence(text)
        let firstPerson = ["I ", "I'", "I’", "My "].contains { sentence.hasPrefix($0) }
        guard firstPerson else { return nil }
        if Prose.wordCount(sentence) <= Self.aboutMeWords { return sentence }
        for separator in [", ", ": ", "; ", " — "] {
            guard let range = sentence.range(of: separator) else { continue }
            let clause = String(sentence[..<range.lowerBound])
            if Prose.wordCount(clause) >= 4, Prose.wordCount(clause) <= Self.aboutMeWords { return clause + "." }
        }
        return nil
    }

    /// How you came to write to someone nobody referred, from their `source`; for one of your
    /// LinkedIn connections (`connected:`), a reminder to say how you know each other.
    static func connection(source: String?, connected: LocalDate? = nil) -> String {
        if ReachOutRule.isConnection(source: source, connected: connected) {
            return "[Say how you know each other: you are connected on LinkedIn.]"
        }
        guard let source = source?.trimmingWhitespace(), !source.isEmpty else {
            return "[Say how you found them or what you have in common.]"
        }
        // Not put in your mouth as "I found you through a never met, found on LinkedIn".
        if Prose.isRemark(source) { return "[Say how you found them: \(source)]" }
        switch source.lowercased() {
        case "linkedin": return "I came across your profile on LinkedIn."
        case "alumni", "alumni directory", "alumni network": return "I found you through our alumni network."
        case "meetup", "event", "conference", "talk", "panel": return "I heard about your work at a recent \(source)."
        default: return "I found you through \(Prose.withArticle(source))."
        }
    }
}
