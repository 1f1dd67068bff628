import ArgumentParser
import GrapevineCore

/// `grapevine show NAME`: a contact's or organization's dossier.
struct ShowCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything about a contact or organization.",
        discussion: """
            Prints a dossier: the card, where things stand, the referral chain from you, who \
            they led to, interviews, the Log, open tasks, reminders and the notes that link \
            to them. NAME is matched like a reference in a note: a path, a file name, a name \
            or alias (any case), or its slug.

            Examples:
              grapevine show "Maria Lopez"
              grapevine show maria-lopez
              grapevine show "Brightfield Foods" --json
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The contact or organization: a name, alias, file name or path.")
    var name: String

    @Flag(name: .long, help: "Print the dossier as JSON.")
    var json = false

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        let node = try VaultOpener.node(named: name, in: vault, command: "show")
        let dossier = DossierBuilder(vault: vault, today: global.date).dossier(for: node)
        if json {
            console.write(try JSONOutput.encode(dossier))
        } else {
            console.write(DossierText(dossier, style: global.style(console)).text)
            VaultOpener.warnAboutProblems(in: vault, console)
        }
    }
}
