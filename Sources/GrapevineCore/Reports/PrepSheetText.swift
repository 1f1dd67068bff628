/// The prep sheet as printable text, at most 80 columns wide wherever words allow.
public struct PrepSheetText {
    let sheet: PrepSheet
    let style: TextStyle

    /// The page width.
    public static let width = 80

    /// Creates a renderer.
    public init(_ sheet: PrepSheet, style: TextStyle = .plain) {
        self.sheet = sheet
        self.style = style
    }

    /// The whole sheet.
    public var text: String {
        ([header, who, reached] + organizations + [pitch, agenda, history, tasks])
            .compactMap { $0 }.joined(separator: "\n\n")
    }

    private var header: String {
        let names = Prose.list(sheet.people.map(\.name.escapingLineBreaks))
        var when = "no date"
        if let date = sheet.date { when = "\(Prose.weekday(date.date)) \(date)" }
        let facts = [when, sheet.mode, "\(sheet.duration) minutes"].compactMap { $0 }.joined(separator: ", ")
        let place = Interview.place(location: sheet.location, link: sheet.link)
        let file = sheet.file.escapingControlCharacters
        return
            ([style.bold("Prep sheet: " + (names.isEmpty ? file : names)), facts] + place + [style.dim(file)])
            .joined(separator: "\n")
    }

    private var who: String {
        let blocks = sheet.people.map { person in
            var lines = wrap(card(person))
            lines += details(person.details)
            if let about = person.about { lines += [""] + Self.reflowed(about) }
            return lines.joined(separator: "\n")
        }
        return section(
            "Who", blocks.isEmpty ? ["  Nobody: this interview names no contact."] : [blocks.joined(separator: "\n\n")])
    }

    private func card(_ person: PrepSheet.Person) -> String {
        var text = person.name.escapingLineBreaks
        if let title = person.title { text += ", " + title.escapingLineBreaks }
        if let organization = person.organization {
            text += (person.title == nil ? ", at " : " at ") + organization.escapingLineBreaks
        }
        if person.file == nil { text += " (no note yet)" }
        return text
    }

    private var reached: String {
        let many = sheet.people.count > 1
        var lines: [String] = []
        for person in sheet.people {
            let chain =
                person.referralChain.isEmpty
                ? "not reachable from you (only through a referral cycle)"
                : person.referralChain.map(\.escapingLineBreaks).joined(separator: " → ")
            lines += wrap(many ? "\(person.name.escapingLineBreaks): \(chain)" : chain)
            for referral in person.referrals {
                var text = "\(referral.by.escapingLineBreaks) gave you the name"
                if let date = referral.date { text += " on \(date)" }
                if let comment = referral.comment { text += ": \(comment.escapingLineBreaks)" }
                lines += wrap(text, hanging: "    ")
            }
            if person.referrals.isEmpty {
                let source = person.source.map { " (\($0))" } ?? ""
                lines += wrap("Nobody referred them: you found them yourself\(source).")
            }
        }
        return section("How you reached them", lines)
    }

    private var organizations: [String?] {
        guard sheet.organizations.isEmpty else { return sheet.organizations.map(organization) }
        let files = sheet.people.compactMap(\.file?.escapingControlCharacters)
        let hint = files.isEmpty ? "" : ": add organization: to " + Prose.list(files)
        return [section("Organization", wrap("None given\(hint).", hanging: "    "))]
    }

    private func organization(_ place: PrepSheet.Place) -> String {
        var lines = details(place.details)
        if !place.alsoThere.isEmpty {
            lines += wrap("Also there: " + Prose.list(place.alsoThere.map(\.escapingLineBreaks)), hanging: "    ")
        }
        if let research = place.research, !research.isEmpty {
            lines += ["", "  " + style.bold("Your research")] + Self.reflowed(research)
        } else if let same = place.lookAlike, let file = same.file?.escapingControlCharacters {
            let (name, sameName) = (place.name.escapingLineBreaks, same.name.escapingLineBreaks)
            lines += wrap(
                "No note for \(name); if it is \(sameName) (\(file)), write '\(sameName)' as the organization "
                    + "or add '\(name)' to its aliases, and its research shows here.", hanging: "    ")
        } else {
            let file = place.file.map { " in " + $0.escapingControlCharacters } ?? ""
            lines += wrap(
                "No research yet: write what you learn about them under \"## Research\"\(file).", hanging: "    ")
        }
        if let openings = place.openings, !openings.isEmpty {
            lines += ["", "  " + style.bold("Openings")] + Self.reflowed(openings)
            lines += place.openingsApplied.flatMap { wrap($0, hanging: "    ") }
        }
        return section("Organization: " + place.name.escapingLineBreaks, lines)
    }

    private var pitch: String {
        if sheet.pitchIsPlaceholder {
            let file = sheet.pitchFile ?? "pitch.md"
            return section(
                "Your pitch",
                wrap(
                    "Your pitch is still the placeholder text init wrote: replace it in "
                        + "\(file.escapingControlCharacters) with a 30-second "
                        + "answer to \"tell me about yourself\"."))
        }
        guard let pitch = sheet.pitch, !pitch.isEmpty else {
            return section(
                "Your pitch",
                wrap(
                    "No pitch yet: write pitch.md with \"type: pitch\", a 30-second answer to \"tell me about yourself\"."
                ))
        }
        return section("Your pitch", Self.reflowed(pitch))
    }

    /// A note's Markdown as the terminal shows it (`TerminalMarkdown`), fitted to the page.
    private static func reflowed(_ markdown: String) -> [String] {
        Reflow.lines(TerminalMarkdown.of(markdown), width: width, indent: "  ")
    }

    private var agenda: String {
        let source = sheet.agendaSource == "interview" ? "" : " (from your question bank: the interview has no Agenda)"
        let lines = sheet.agenda.enumerated().flatMap { number, question in
            let first = "  \(question.asked ? "[x]" : "[ ]") \(number + 1). "
            return Reflow.wrap(
                question.text.split(separator: " "), first: first, hanging: String(repeating: " ", count: first.count),
                width: Self.width)
        }
        return section("Agenda" + source, lines)
    }

    private var history: String? {
        let many = sheet.people.count > 1
        var lines: [String] = []
        for person in sheet.people where !person.history.isEmpty {
            if many { lines.append("  " + person.name.escapingLineBreaks) }
            for event in person.history {
                let first = "  \(event.date)  "
                lines += Reflow.wrap(
                    event.text.split(separator: " "), first: first,
                    hanging: String(repeating: " ", count: first.count), width: Self.width)
            }
        }
        return lines.isEmpty ? nil : section("What you last logged", lines)
    }

    private var tasks: String? {
        guard !sheet.openTasks.isEmpty else { return nil }
        let lines = sheet.openTasks.flatMap { task in
            let due = task.due.map { "due \($0), " } ?? ""
            return Reflow.wrap(
                "\(task.text) (\(due)\(task.file.escapingControlCharacters):\(task.line))".split(separator: " "),
                first: "  [ ] ",
                hanging: "      ", width: Self.width)
        }
        return section("Open tasks", lines)
    }

    // MARK: Layout

    private func details(_ details: [Dossier.Detail]) -> [String] {
        let width = (details.map(\.label.count).max() ?? 0) + 2
        return details.flatMap { detail in
            let first = "  " + detail.label + String(repeating: " ", count: width - detail.label.count)
            return Reflow.wrap(
                detail.value.escapingLineBreaks.split(separator: " "), first: first,
                hanging: String(repeating: " ", count: first.count), width: Self.width)
        }
    }

    private func wrap(_ text: String, hanging: String = "  ") -> [String] {
        Reflow.wrap(text.split(separator: " "), first: "  ", hanging: hanging, width: Self.width)
    }

    private func section(_ title: String, _ lines: [String]) -> String {
        ([style.bold(title)] + lines.map { $0.trimmingTrailingSpaces() }).joined(separator: "\n")
    }
}
