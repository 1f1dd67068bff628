import ArgumentParser
import GrapevineCore

/// `grapevine new contact NAME`: a note for a person.
struct NewContactCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "Create a note for a person you want to talk to.",
        discussion: """
            Creates contacts/<name>.md from the contact template, with today's date as 'added' \
            and whatever you pass as options. Refuses when a note already has that name; someone \
            your notes mention but who has no note yet (a referral) is exactly who this is for.

            --referred-by is written as the name of the note it finds. A name no note has that \
            is one person's name mistyped (Maria Lopes for Maria Lopez, or Dr. Maria López) is \
            written as that person's name, and the output says so; a name like several people's \
            is refused with their names. A name like nobody's is written as typed: someone who \
            has no note yet.

            Examples:
              grapevine new contact "Sam Reyes"
              grapevine new contact "Sam Reyes" --org "Brightfield Foods" --title Chemist
              grapevine new contact "Priya Shah" --referred-by "Sam Reyes"
              grapevine new contact "Dana Fox" --source linkedin --email dana@example.com
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Their name, as you want to read it: \"Sam Reyes\".")
    var name: String

    @Option(name: .customLong("org"), help: ArgumentHelp("Where they work.", valueName: "organization"))
    var organization: String?

    @Option(name: .long, help: ArgumentHelp("Their role.", valueName: "title"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Their email address.", valueName: "address"))
    var email: String?

    @Option(name: .long, help: ArgumentHelp("Who gave you their name (repeatable).", valueName: "name"))
    var referredBy: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("How you found them when nobody referred you: linkedin, alumni, …", valueName: "source"))
    var source: String?

    mutating func validate() throws {
        name = try NewCommand.checkedName(name)
        organization = try organization.map { try NewCommand.checkedName($0, label: "--org") }
        title = try title.map { try NewCommand.checkedName($0, label: "--title") }
        email = try email.map { try NewCommand.checkedName($0, label: "--email") }
        source = try source.map { try NewCommand.checkedName($0, label: "--source") }
        referredBy = try referredBy.map { try NewCommand.checkedName($0, label: "--referred-by") }
    }

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        try NewCommand.refuseExisting(name, kind: .contact, in: vault)
        let fields = NewNote.ContactFields(
            organization: organization.map {
                NewCommand.knownName($0, kind: .organization, option: "--org", in: vault, console)
            },
            title: title, email: email,
            referredBy: try referredBy.map { try NewCommand.referrerName($0, in: vault, console) },
            source: source)
        var details: [(String, String)] = []
        if let organization = fields.organization { details.append(("organization", organization)) }
        if let title { details.append(("title", title)) }
        if !fields.referredBy.isEmpty { details.append(("referred by", fields.referredBy.joined(separator: ", "))) }
        let (name, today) = (name, global.date)
        try NewCommand.create(
            { () throws(NewNote.Failure) in
                try NewNote.contact(
                    named: name, fields: fields, today: today, templates: TemplateLibrary(vaultRoot: vault.root))
            }, in: vault, details: details, console)
    }
}
