import ArgumentParser
import GrapevineCore

/// `grapevine new interview NAME --date D`: a note for a conversation, with an agenda.
struct NewInterviewCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Create a note for an informational interview, with an agenda of questions.",
        discussion: """
            Creates interviews/<date>-<name>.md from the interview template: the person, the \
            date, and an agenda filled from the question bank in .grapevine/config.yml \
            ('questions:'), with sections for notes, referrals, resources, leads and next \
            steps. NAME must be someone with a note, or someone your notes mention (a \
            referral); create a note for anyone else first with 'grapevine new contact'.

            Without --date the interview is dated today, for writing up a conversation you \
            just had; give the date and time for one you are scheduling. A second meeting \
            with the same person that day, given its time, goes in <date>-<name>-2.md.

            Examples:
              grapevine new interview "Sam Reyes" --date "2026-11-25 14:00"
              grapevine new interview sam-reyes --date 2026-11-25
              grapevine new interview "Maria Lopez"          # held today
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Whom you meet: a name, alias, file name or path.")
    var name: String

    @Option(
        name: .long,
        help: ArgumentHelp("When: YYYY-MM-DD or \"YYYY-MM-DD HH:MM\" (default: today).", valueName: "date"),
        transform: CommandLineDate.moment)
    var date: LocalDateTime?

    mutating func validate() throws {
        name = try NewCommand.checkedName(name)
    }

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        let person = try self.person(in: vault, console)
        let when = date ?? LocalDateTime(date: global.date)
        let (questions, today) = (vault.config.questions, global.date)
        var dateDetail = when.description
        if date == nil { dateDetail += " (today; pass --date for another day)" }
        let placement = NewNote.Placement(for: .interview, among: vault.notes).filed(on: when.date)
        let (number, untimed) = try meetingNumber(with: person, at: when, in: placement, of: vault)
        try NewCommand.create(
            .interview,
            { () throws(NewNote.Failure) in
                try NewNote.interview(
                    with: person.name, reference: person.reference, fileStem: person.stem, date: when, number: number,
                    questions: questions, today: today, templates: TemplateLibrary(vaultRoot: vault.root),
                    in: placement)
            }, in: vault, details: [("with", person.name), ("date", dateDetail)], console)
        for path in untimed {
            console.writeError(
                "note: \(path.escapingControlCharacters) is also with \(person.name) on \(when.date), with no time: "
                    + "give it its own "
                    + "('date: \(when.date) HH:MM'), or check takes the two notes for one meeting.")
        }
    }

    /// Which meeting with the person that day the new note is (1, or 2 for `-2.md`, …): the first
    /// whose file name is free, passing a file that holds something else (another person's
    /// interview of the same file name, one called off). A taken name that is already this meeting is refused with
    /// what to do: without a time, or at the same time, it is the same meeting. Also the notes of
    /// that day's meetings with them that have no time.
    private func meetingNumber(
        with person: (node: Graph.NodeID, name: String, reference: String?, stem: String?), at when: LocalDateTime,
        in placement: NewNote.Placement, of vault: Vault
    ) throws -> (number: Int, untimed: [String]) {
        var untimed: [String] = []
        var number = 0
        while true {
            number += 1
            let stem = NewNote.interviewStem(
                with: person.name, fileStem: person.stem, on: when.date, number: number,
                folderNaming: placement.naming)
            let path = placement.folder + stem + ".md"
            guard FileSystem.exists(vault.root + "/" + path) else { return (number, untimed) }
            // A meeting called off that day is not the one to write up.
            guard let index = vault.index(ofPath: path), let interview = vault.notes[index].interview,
                let held = interview.date, held.date == when.date, interview.status == nil,
                vault.graph.edges(.met, from: Graph.node(ofNote: index)).contains(where: { $0.to == person.node })
            else { continue }
            guard let minutes = when.minutes, held.minutes != minutes else {
                throw sameMeeting(path, held: held, person: person.name, when: when)
            }
            if held.minutes == nil { untimed.append(path) }
        }
    }

    /// The refusal of a meeting that has its note already, with the two things meant by it.
    private func sameMeeting(_ path: String, held: LocalDateTime, person: String, when: LocalDateTime)
        -> CommandError
    {
        let at = held.minutes == nil ? "on \(held.date)" : "on \(held)"
        return CommandError(
            "error: \(path.escapingControlCharacters) is already your interview with \(person) \(at); "
                + "nothing was created.",
            [
                "To write up that meeting, open \(path.escapingControlCharacters).",
                "For a second meeting that day, give its time: grapevine new interview \(Shell.argument(name)) "
                    + "--date \"\(when.date) HH:MM\"",
            ])
    }

    /// The person met: their name, how the interview refers to them, and the file name to reuse.
    private func person(in vault: Vault, _ console: Console) throws -> (
        node: Graph.NodeID, name: String, reference: String?, stem: String?
    ) {
        let node: Graph.NodeID
        do throws(CommandError) {
            node = try VaultOpener.node(named: name, in: vault, command: "new interview", preferring: .contact)
        } catch {
            guard case .notFound = vault.lookup(name, preferring: .contact),
                VaultOpener.noteAbout(name, in: vault) == nil
            else { throw error }
            throw CommandError(
                error.message,
                ["To meet someone new, create their note first: grapevine new contact \(Shell.argument(name))"])
        }
        let found = vault.graph.nodes[node]
        guard let note = vault.note(for: node) else {
            guard found.isPerson, node != Graph.owner else { throw notAPerson(found.name) }
            return (node, found.name, nil, nil)
        }
        guard note.kind == .contact else { throw notAPerson("\(note.name) (\(note.path.escapingControlCharacters))") }
        // Refer by name when the name finds this note again, else by path.
        let reference =
            vault.lookup(note.name, preferring: .contact) == .found(node) ? nil : String(note.path.dropLast(3))
        return (node, note.name, reference, note.stem)
    }

    private func notAPerson(_ what: String) -> CommandError {
        CommandError("error: \(what) is not one of your contacts; an interview is with a person.")
    }
}
