import ArgumentParser
import GrapevineCore

/// `grapevine prep NAME`: a printable prep sheet for the next interview with someone.
struct PrepCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "prep",
        abstract: "Print a prep sheet for your next interview with someone.",
        discussion: """
            Gathers what you need before an informational interview on one page of plain text \
            (80 columns, ready to print): who they are, how you reached them (the referral \
            chain, and what the referrer said about them), the organization and your research \
            on it, your pitch, the agenda questions, what you last logged with them, and open \
            tasks.

            The interview is the earliest one with NAME dated today or later that is not \
            cancelled. NAME may be an organization: then it is the next interview with anyone \
            there. Use --interview to prepare a particular one (or to reprint an old sheet). \
            The agenda comes from the interview's Agenda section, else from the question bank \
            in your config.

            Examples:
              grapevine prep "Mary O'Brien"
              grapevine prep "Tidewater Flavor Labs" | lpr
              grapevine prep "Ben Okafor" --interview interviews/2026-11-24-ben-okafor.md
              grapevine prep mary-obrien --json
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The person (or organization) you are meeting: a name, alias, file name or path.")
    var name: String

    @Option(
        name: .long,
        help: ArgumentHelp("Prepare this interview note instead of the next one.", valueName: "path"))
    var interview: String?

    @Flag(name: .long, help: "Print the prep sheet as JSON.")
    var json = false

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        let node = try VaultOpener.node(named: name, in: vault, command: "prep")
        // A plain note or the pitch named after someone: there is no one to meet.
        if let note = vault.note(for: node), note.kind == .note || note.kind == .pitch {
            throw VaultOpener.notSomeone(name, note, wanted: "a contact or an organization")
        }
        let index =
            try interview.map {
                try VaultOpener.interview(named: $0, with: node, in: vault, command: "prep")
            } ?? nextInterview(with: node, in: vault)
        guard let sheet = PrepSheetBuilder(vault: vault, today: global.date).sheet(forInterviewNote: index) else {
            throw CommandError("error: \(vault.notes[index].path.escapingControlCharacters) is not an interview note.")
        }
        if json {
            console.write(try JSONOutput.encode(sheet))
        } else {
            console.write(PrepSheetText(sheet, style: global.style(console)).text)
        }
        VaultOpener.warnAboutProblems(in: vault, console)
    }

    /// The next interview with `node`; when there is none, an error that says so, and what the
    /// interviews there are: one still to come that fell through (`status: cancelled`) is
    /// named as such, not as an earlier one (trial P, finding 5).
    private func nextInterview(with node: Graph.NodeID, in vault: Vault) throws(CommandError) -> Int {
        let today = global.date
        if let index = vault.nextInterview(with: node, today: today) { return index }
        let subject = vault.graph.nodes[node]
        let with = subject.isPerson ? subject.name : "anyone at \(subject.name)"
        let notes = vault.interviewNotes(with: node)
        let isToCome = { (index: Int) in vault.notes[index].interview?.date.map { $0.date >= today } ?? false }
        var message = "error: there is no interview with \(with) coming up (today is \(today))"
        var hints: [String] = []
        let sheet = { (index: Int) in
            "grapevine prep \(Shell.argument(name)) --interview \(Shell.quoted(vault.notes[index].path))"
        }
        let calledOff = notes.first(where: isToCome)
        if subject.isPerson {
            let one = calledOff == nil ? "one" : "a new one"
            hints.append(
                "Schedule \(one) with: grapevine new interview \(Shell.argument(subject.name)) --date YYYY-MM-DD")
        }
        if let calledOff, let interview = vault.notes[calledOff].interview, let date = interview.date,
            let status = interview.status
        {
            message += ": the one on \(date.date) is \(status == .noShow ? "marked a no-show" : "cancelled")"
            hints.append("To print its sheet anyway: \(sheet(calledOff))")
        }
        if let earlier = notes.last(where: { vault.notes[$0].interview?.date.map { $0.date < today } ?? false }) {
            hints.append("To print the sheet of an earlier one: \(sheet(earlier))")
        }
        throw CommandError(message + ".", hints)
    }
}
