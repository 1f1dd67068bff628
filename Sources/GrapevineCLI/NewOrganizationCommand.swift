import ArgumentParser
import GrapevineCore

/// `grapevine new org NAME`: a note for an organization.
struct NewOrganizationCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Create a note for an organization you are researching.",
        discussion: """
            Creates organizations/<name>.md from the organization template, with a Research \
            section for what you learn before meeting people there. Refuses when an organization's \
            or a contact's note already has that name; an organization your contacts mention but that has no note yet is \
            exactly what this is for.

            Examples:
              grapevine new org "Brightfield Foods"
            """,
        aliases: ["organization"])

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The organization's name: \"Brightfield Foods\".")
    var name: String

    mutating func validate() throws {
        name = try NewCommand.checkedName(name)
    }

    mutating func execute(_ console: Console) async throws {
        let vault = try VaultOpener.open(global, console)
        try NewCommand.refuseExisting(name, kind: .organization, in: vault)
        let (name, today) = (name, global.date)
        let placement = NewNote.Placement(for: .organization, among: vault.notes)
        try NewCommand.create(
            .organization,
            { () throws(NewNote.Failure) in
                try NewNote.organization(
                    named: name, today: today, templates: TemplateLibrary(vaultRoot: vault.root), in: placement)
            }, in: vault, details: [], console)
    }
}
