/// The dossier as text for a terminal: a card, then one titled block per part that has anything.
public struct DossierText {
    let dossier: Dossier
    let style: TextStyle

    /// Creates a renderer.
    public init(_ dossier: Dossier, style: TextStyle = .plain) {
        self.dossier = dossier
        self.style = style
    }

    /// The whole dossier.
    public var text: String {
        var blocks = [card]
        blocks += [
            chain, people, ledTo, interviews, log, tasks, reminders, research, openings, backlinks,
        ].compactMap { $0 }
        return blocks.joined(separator: "\n\n")
    }

    private var card: String {
        // Names are one line each, their line breaks escaped (`name: "Ana\nLopez"`).
        var lines = [style.bold(dossier.name.escapingLineBreaks)]
        var subtitle: [String] = []
        switch dossier.kind {
        case .placeholderPerson: subtitle.append("a person with no note yet")
        case .placeholderOrganization: subtitle.append("an organization with no note yet")
        case .owner: subtitle.append("you")
        default: break
        }
        if let title = dossier.details.first(where: { $0.label == "Title" })?.value {
            subtitle.append(title.escapingLineBreaks)
        }
        if let organization = dossier.organization {
            subtitle.append("at \(organization.name.escapingLineBreaks)")
        }
        if !subtitle.isEmpty { lines.append(subtitle.joined(separator: " ")) }
        if let file = dossier.file { lines.append(style.dim(file.escapingControlCharacters)) }
        var details = Columns()
        if let original = dossier.copyOf {
            let file = (original.file ?? original.name).escapingControlCharacters
            details.add(
                "Copy of",
                "\(file) (a sync tool's copy: no steps or status of its own; 'grapevine check' says how to "
                    + "fold it in)")
        }
        for detail in dossier.details where detail.label != "Title" {
            details.add(detail.label, detail.value.escapingLineBreaks)
        }
        if !dossier.aliases.isEmpty {
            details.add("Also", dossier.aliases.map(\.escapingLineBreaks).joined(separator: ", "))
        }
        if !dossier.tags.isEmpty { details.add("Tags", dossier.tags.map { "#\($0)" }.joined(separator: " ")) }
        if let status = dossier.status {
            let touch = dossier.lastTouch.map { "; last in touch \($0)" } ?? ""
            details.add("Status", status.label + touch)
        }
        if !details.isEmpty { lines.append("") }
        lines += details.lines()
        return lines.joined(separator: "\n")
    }

    private var chain: String? {
        guard dossier.kind.isPerson else { return nil }
        let path: String
        if let day = dossier.referralToCome {
            path = "none yet: they are named in the Referrals of a meeting to come (\(day))"
        } else if dossier.referralChain.isEmpty {
            path = "not reachable from you (only through a referral cycle)"
        } else {
            path = dossier.referralChain.map(\.name.escapingLineBreaks).joined(separator: " → ")
        }
        let remarks = dossier.remarks.map { "  \($0.by.name.escapingLineBreaks) gave you the name: \($0.text)" }
        return section("Referral chain", ["  " + path] + remarks)
    }

    private var people: String? {
        var columns = Columns()
        for member in dossier.people {
            columns.add(member.person.name.escapingLineBreaks, member.title ?? "", member.statusLabel)
        }
        return columns.isEmpty ? nil : section("People there", columns.lines())
    }

    private var ledTo: String? {
        var columns = Columns()
        for lead in dossier.ledTo {
            let via = lead.via.map { "via \($0.name.escapingLineBreaks)" } ?? "directly"
            columns.add(
                [
                    lead.person.name.escapingLineBreaks, via, lead.date.map { "\($0)" } ?? "",
                    lead.person.file?.escapingControlCharacters ?? "no note yet",
                ]
                    + (lead.remark.map { [$0] } ?? []))
        }
        return columns.isEmpty ? nil : section("Led to", columns.lines())
    }

    private var interviews: String? {
        var columns = Columns()
        for meeting in dossier.interviews {
            // An undated meeting's first column says so: no status word to repeat it.
            var facts = meeting.status == .undated ? [] : [meeting.status.rawValue]
            if let mode = meeting.mode { facts.append(mode) }
            facts.append("\(meeting.duration) min")
            if meeting.status == .held {
                facts.append(meeting.thankYou.map { "thanked \(Dossier.Meeting.shown($0))" } ?? "no thank-you yet")
            }
            let showsWho = dossier.kind == .organization || dossier.kind == .interview
            let people = showsWho ? meeting.with.map(\.name.escapingLineBreaks).joined(separator: ", ") : ""
            columns.add(
                [Self.when(meeting), people, facts.joined(separator: ", "), meeting.file.escapingControlCharacters]
                    .filter { !$0.isEmpty })
        }
        return columns.isEmpty ? nil : section("Interviews", columns.lines())
    }

    /// A meeting's date; one that cannot be read as written, with where to fix it.
    private static func when(_ meeting: Dossier.Meeting) -> String {
        if let date = meeting.date { return date.description }
        guard let written = meeting.unreadableDate else { return "no date" }
        return "date not readable: '\(written)' (\(meeting.file.escapingControlCharacters):\(meeting.dateLine ?? 1))"
    }

    private var log: String? {
        var columns = Columns()
        for row in dossier.logRows {
            switch row {
            case .entry(let line):
                let entry = line.entry
                // The words say why nothing counts it: a planned call, or a typo of the year.
                let future = line.isFuture ? ["(after today, not counted yet)"] : []
                columns.add([entry.date.description, entry.shownWord, Self.logText(entry.text)] + future)
            case .leftOut(let line):
                columns.add([
                    line.written.isEmpty ? "(no date)" : line.written, line.event == nil ? "·" : line.word,
                    Self.logText(line.text), "(\(line.notCounted))",
                ])
            }
        }
        return columns.isEmpty ? nil : section("Log", columns.lines())
    }

    /// A Log line's text as `show` prints it: `see [[2026-11-10 María López|meeting notes]]` reads
    /// "see meeting notes", as prep and the open tasks show links, and `[waiting on her reply]`
    /// reads as a remark, not a placeholder to fill in; `--json` keeps the text as written.
    private static func logText(_ text: String) -> String {
        Prose.unbracketed(Prose.plain(text))
    }

    private var tasks: String? {
        var columns = Columns()
        for task in dossier.openTasks {
            columns.add(
                "[ ] " + task.text, task.due.map { "due \($0)" } ?? "",
                "\(task.file.escapingControlCharacters):\(task.line)")
        }
        return columns.isEmpty ? nil : section("Open tasks", columns.lines())
    }

    private var reminders: String? {
        var columns = Columns()
        for reminder in dossier.reminders { columns.add(reminder.date.description, reminder.text) }
        return columns.isEmpty ? nil : section("Reminders", columns.lines())
    }

    private var research: String? {
        markdownSection("Research", dossier.research)
    }

    private var openings: String? {
        markdownSection("Openings", dossier.openings).map { text in
            // An opening closed by an `applied` entry, its box not ticked, does not look open.
            text + dossier.openingsApplied.map { "\n  " + $0 }.joined()
        }
    }

    /// A section of the note's own Markdown, indented, as a terminal shows it (`TerminalMarkdown`);
    /// `nil` when it is empty.
    private func markdownSection(_ title: String, _ markdown: String?) -> String? {
        guard let markdown, !markdown.isEmpty else { return nil }
        let lines = TerminalMarkdown.of(markdown).split(separator: "\n", omittingEmptySubsequences: false)
        return section(title, lines.map { "  " + $0 })
    }

    private var backlinks: String? {
        var columns = Columns()
        for link in dossier.backlinks {
            columns.add(
                link.from.name.escapingLineBreaks,
                "\(link.from.file?.escapingControlCharacters ?? ""):\(link.line)")
        }
        return columns.isEmpty ? nil : section("Linked from", columns.lines())
    }

    private func section(_ title: String, _ lines: [String]) -> String {
        ([style.bold(title)] + lines.map { $0.trimmingTrailingSpaces() }).joined(separator: "\n")
    }
}
