import ArgumentParser
import GrapevineCore

/// `grapevine log NAME EVENT [TEXT] [--date D]`: adds a dated entry to a contact's Log.
struct LogCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Add a dated entry to a contact's Log (emailed, replied, met, …).",
        discussion: """
            Appends '- DATE EVENT: TEXT' to the Log section of the contact's note (adding a Log \
            section at the end if there is none). Nothing else in the file changes: the entry \
            goes after the last item of the Log, with the file's own line endings, and the \
            file is replaced in one step, so an editor or a crash never sees half of it. If \
            the note changes while the entry is written (an editor saves it), nothing is \
            written and you are asked to try again; a note you made read-only is refused.

            Next steps are worked out from these entries: log your outreach, their replies, \
            follow-ups, thank-yous and updates as they happen. Logging a message to someone of \
            your network (a contact without 'added', such as an imported one) puts them in your \
            pipeline: from then on next steps follow up with them as with anyone you wrote to.

            Event words: \(NewLogEntry.eventWords.joined(separator: ", ")). KIND is a kind of \
            next step (thank-you, follow-up, schedule, …). Any other word is refused, with the \
            event word it is probably a typo of, so that a typo never becomes an event next \
            steps cannot see; add --note to write it on purpose as a plain dated note, which \
            next steps read only as a day you were in touch once you are (it puts off staying in \
            touch).

            'applied' with the opening's name closes that lead of your interviews with the \
            person (its apply step); log says which, or, when the text names none or several, \
            lists the open ones and how to close the one you meant. It closes an opening \
            listed under Openings in the note of their organization the same way, and says so.

            Examples:
              grapevine log "Maria Lopez" emailed "asked for 20 minutes, mentioned Hannah"
              grapevine log maria-lopez replied --date 2026-11-20
              grapevine log "Sam Reyes" followed up
              grapevine log "Sam Reyes" thanked "for the lab tour" --date "2026-11-21 18:30"
              grapevine log "Dan Ortiz" skipped schedule "a connector, no meeting needed"
              grapevine log "Dan Ortiz" snoozed follow-up until 2026-12-10 "away until the 9th"
              grapevine log "Dan Ortiz" --note lunch "with his team"
              grapevine log Maria applied "Associate product developer posting"
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The contact: a name, alias, file name or path.")
    var name: String

    @Argument(help: "What happened: an event word such as emailed, replied, met or thanked.")
    var event: String

    @Argument(help: "Details, on one line (line breaks become spaces).")
    var text: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "When it happened: YYYY-MM-DD or \"YYYY-MM-DD HH:MM\" (default: today; not after today).", valueName: "date"
        ),
        transform: CommandLineDate.moment)
    var date: LocalDateTime?

    @Flag(name: .long, help: "Write EVENT as a plain dated note even though it is not an event word.")
    var note = false

    func validate() throws {
        guard NewLogEntry(date: LocalDateTime(date: LocalDate(daysSinceEpoch: 0)), event: event, text: []) != nil else {
            throw ValidationError("the event is empty; say what happened, e.g. emailed.")
        }
    }

    mutating func execute(_ console: Console) async throws {
        // A Log says what happened: an entry dated after today is a warning in check, and next
        // ignores it (as `done --date` refuses one).
        if let date, date.date > global.date {
            throw CommandError(
                "error: --date \(date.date) is after today (\(global.date)); log what happened once it has (a task "
                    + "with a due date, or 'remind:', plans it). Nothing was written.",
                status: .usage)
        }
        let entry = NewLogEntry(date: date ?? LocalDateTime(date: global.date), event: event, text: text)!
        if let problem = entry.problem, !note {
            throw CommandError(
                "error: \(problem.message) Nothing was written.",
                [
                    problem.hint,
                    "To write it as a plain dated note, which next steps read only as a day you were in touch, add --note.",
                ],
                status: .usage)
        }
        let vault = try VaultOpener.open(global, console)
        let node = try VaultOpener.node(named: name, in: vault, command: "log", preferring: .contact)
        guard let note = vault.note(for: node), note.kind == .contact else {
            throw notAContact(node, in: vault)
        }
        let appended: NewLogEntry.Appended
        do throws(NewLogEntry.Failure) {
            appended = try entry.append(toNoteAt: note.path, inVault: vault.root)
        } catch {
            throw CommandError(error.description)
        }
        console.write("Added to the Log of \(note.name), \(note.path.escapingControlCharacters):\(appended.line)")
        console.write("  - " + entry.line)
        // An event closes or starts steps (a reply closes a follow-up, a first message starts
        // one), and any entry, a plain note too, is a touch that moves stay-in-touch.
        let shown = VaultOpener.shownSteps(for: vault, global, console)
        if entry.event == .applied {
            sayWhichLead(entry, of: node, in: vault, shown: shown, console)
            sayWhichOpening(entry, of: node, in: vault, console)
        }
        console.write(VaultOpener.renumbered(numbersAreShown: shown != nil))
        if let contact = note.contact, contact.added == nil,
            entry.event?.isContact == true,
            !contact.log.contains(where: { $0.event?.isContact == true })
        {
            // Someone of your network: being in touch puts them in your pipeline, no `added` needed.
            console.write("\(note.name) was part of your network; now you are in touch, 'grapevine next' follows up.")
        }
    }

    /// Says which lead an `applied` entry closes (its text names exactly one open lead of the
    /// interviews held with the person), or, when it names none or several, how to close the
    /// one applied for: `next` would go on asking to apply.
    private func sayWhichLead(
        _ entry: NewLogEntry, of node: Graph.NodeID, in vault: Vault, shown: ShownSteps?, _ console: Console
    ) {
        let (open, named) = vault.leads(applied: entry.text, by: node, on: entry.date.date, today: global.date)
        guard !open.isEmpty else { return }
        if named.count == 1 {
            console.write(
                "That closes the lead '\(named[0].text)' "
                    + "(\(named[0].file.escapingControlCharacters):\(named[0].line)): "
                    + "next no longer asks you to "
                    + "apply for it.")
            return
        }
        let whose = "from your interviews with \(vault.graph.nodes[node].name)"
        let which =
            entry.text.isEmpty
            ? "the entry does not say which of these open leads \(whose) it was:"
            : named.isEmpty
                ? "'\(entry.text)' names none of the open leads \(whose):"
                : "'\(entry.text)' names more than one lead \(whose):"
        let listed = named.isEmpty ? open : named
        guard !listed.isEmpty else { return }
        console.write("It closes no lead: " + which)
        // The apply steps' numbers as next showed them, when they still hold.
        var numbers: [String: Int] = [:]
        if let shown {
            let shownNumbers = shown.numbers
            let steps = NextStep.numbered(NextStepEngine(vault: vault, today: global.date).steps(), today: global.date)
            for step in steps where step.kind == .apply {
                numbers["\(step.file):\(step.line)"] = shownNumbers[step.id]
            }
        }
        for lead in listed {
            let number = numbers["\(lead.file):\(lead.line)"].map { "step \($0)  " } ?? ""
            console.write("  \(number)\(lead.file.escapingControlCharacters):\(lead.line)  \(lead.text)")
        }
        let done =
            listed.contains { numbers["\($0.file):\($0.line)"] != nil }
            ? "grapevine done with its step number above" : "grapevine done with its step number (next shows it)"
        console.write("Close the one you applied for: tick its box in the interview note, or \(done).")
    }

    /// Says which opening of their organization's Openings an `applied` entry closes (its text
    /// names exactly one not ticked), or, when it names several, which: none of them is closed.
    private func sayWhichOpening(_ entry: NewLogEntry, of node: Graph.NodeID, in vault: Vault, _ console: Console) {
        for (organization, named) in vault.openings(applied: entry.text, by: node) {
            if named.count == 1 {
                console.write(
                    "That closes the opening '\(named[0].text)' at \(organization) "
                        + "(\(named[0].file.escapingControlCharacters):\(named[0].line)): "
                        + "next no longer asks you to apply for it.")
                continue
            }
            console.write("It closes no opening: '\(entry.text)' names more than one opening at \(organization):")
            for opening in named {
                console.write("  \(opening.file.escapingControlCharacters):\(opening.line)  \(opening.text)")
            }
            console.write("Close the one you applied for: tick its box, or log again with its name as written there.")
        }
    }

    private func notAContact(_ node: Graph.NodeID, in vault: Vault) -> CommandError {
        if let note = vault.note(for: node) {
            return CommandError(
                "error: \(note.path.escapingControlCharacters) is not a contact's note; a Log belongs to a person.")
        } else if node == Graph.owner {
            return CommandError("error: '\(name)' is you; the Log is for the people you talk to.")
        } else if let plain = vault.plainNote(namedAs: node) {
            // `People/Priya Raman.md` without `type:`: `new contact` would refuse it too.
            return VaultOpener.notSomeone(name, plain, wanted: "a contact")
        } else if vault.graph.nodes[node].isPerson {
            let person = vault.graph.nodes[node].name
            return CommandError(
                "error: \(person) has no note yet, so there is no Log to add to. Create it first:",
                ["  grapevine new contact \(Shell.argument(person))"])
        } else {
            return CommandError(
                "error: \(vault.graph.nodes[node].name) is an organization with no note, not a contact.")
        }
    }
}
