import ArgumentParser
import GrapevineCore

/// `grapevine path NAME`: how a person's name reached you, or the warm introductions to an organization.
struct PathCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show how you reached a person, or who can introduce you at an organization.",
        discussion: """
            For a person: every referral chain from you to them, one person passing the name \
            to the next, shortest first (at most \(AllReferralChains.defaultLimit); the output \
            says when there may be more). A referral written after you had already reached \
            them is listed apart: it is not how you reached them.

            For an organization: the warm introductions. Everyone you know there and everyone \
            who gave you the name of someone there, warmest first (met, replied, reached out, \
            not contacted; then the shorter chain from you, then the name), each with what to \
            do: ask for another name, meet, schedule, wait for a reply, write (mentioning who \
            gave you the name), ask someone to introduce you, or thank them and ask for \
            another name.

            NAME is matched like a reference in a note: a path, a file name, a name or alias \
            (any case), or its slug.

            Examples:
              grapevine path "José Núñez"
              grapevine path "Brightfield Foods"
              grapevine path larkspur-bakeworks --json
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The person or organization: a name, alias, file name or path.")
    var name: String

    @Flag(name: .long, help: "Print the chains or introductions as JSON (docs/path-and-graph.md).")
    var json = false

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        let node = try VaultOpener.node(named: name, in: vault, command: "path")
        let style = global.style(console)
        switch Dossier.Kind(of: node, in: vault) {
        case .owner, .contact, .placeholderPerson:
            let report = ReferralChainReport(person: node, in: vault)
            console.write(json ? try JSONOutput.encode(report) : ReferralChainText(report, style: style).text)
        case .organization, .placeholderOrganization:
            let introductions = WarmIntroductions(organization: node, in: vault, today: global.date)
            console.write(
                json ? try JSONOutput.encode(introductions) : WarmIntroductionsText(introductions, style: style).text)
        case .interview, .pitch, .note:
            let hint = "grapevine path takes a contact or an organization: grapevine path \"Maria Lopez\""
            guard let note = vault.note(for: node) else { throw CommandError("error: '\(name)' is not a person.") }
            throw VaultOpener.notSomeone(name, note, wanted: "a person or an organization", hints: [hint])
        }
        VaultOpener.warnAboutProblems(in: vault, console)
    }
}
